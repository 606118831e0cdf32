/// A LinkedIn company page, written as its slug (`socialplan`) or its URL
/// (`https://www.linkedin.com/company/socialplan/`, scheme and `www.` optional).
enum LinkedInHandle {
    static func problem(with handle: String, help: String) -> ValueError? {
        if handle.hasPrefix("@") {
            return ValueError("`\(handle)` starts with @; LinkedIn pages have no @ handle", help: help)
        }
        var rest = Substring(handle)
        for prefix in ["https://", "http://"] where rest.lowercased().hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        if rest.lowercased().hasPrefix("www.") { rest = rest.dropFirst(4) }
        var slug = String(rest)
        if rest.lowercased().hasPrefix("linkedin.com/") {
            let path = rest.dropFirst("linkedin.com/".count).split(separator: "/", omittingEmptySubsequences: false)
            guard let kind = path.first, kind.lowercased() == "company" || kind.lowercased() == "showcase" else {
                return ValueError("`\(handle)` is not a company page URL; those look like linkedin.com/company/slug", help: help)
            }
            guard path.count >= 2, !path[1].isEmpty, path.dropFirst(2).allSatisfy(\.isEmpty) else {
                return ValueError("`\(handle)` has no page slug after /\(kind)/", help: help)
            }
            slug = String(path[1])
        } else if rest.contains("/") {
            return ValueError("`\(handle)` is not a linkedin.com address", help: help)
        }
        return HandleShape.of(.linkedin).problem(handle: handle, name: slug)
    }
}
