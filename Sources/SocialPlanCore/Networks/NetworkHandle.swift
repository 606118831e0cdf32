/// Checks an account handle against what a network accepts (`docs/networks.md`, "Handles").
public enum NetworkHandle {
    /// nil when `handle` is valid for `network`, else what is wrong and what valid looks like.
    ///
    /// A leading `@` is accepted wherever the network writes one (every network but LinkedIn).
    /// Mastodon needs the remote form `@user@server.tld` so the handle names its server.
    /// Complexity: O(n).
    public static func problem(with handle: String, on network: Network) -> ValueError? {
        let shape = HandleShape.of(network)
        if network == .linkedin { return LinkedInHandle.problem(with: handle, help: shape.help) }
        let body = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
        switch network {
        case .bluesky: return DomainHandle.problem(with: handle, domain: body, help: shape.help)
        case .mastodon: return mastodonProblem(handle, body, help: shape.help)
        default: break
        }
        if let p = shape.problem(handle: handle, name: body) { return p }
        if network == .tiktok, body.hasSuffix(".") {
            return ValueError("`\(handle)` ends with a period, which TikTok does not allow", help: shape.help)
        }
        return nil
    }

    static func mastodonProblem(_ handle: String, _ body: String, help: String) -> ValueError? {
        let parts = body.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            if parts.count < 2 {
                return ValueError("`\(handle)` does not name its server; Mastodon handles need the remote form", help: help)
            }
            return ValueError("`\(handle)` has too many @; a Mastodon handle has one between user and server", help: help)
        }
        let user = String(parts[0])
        let userShape = HandleShape(noun: "a Mastodon username", range: 1...30,
                                    allowed: { MastodonLength.isUsernameScalar($0) || $0 == "." || $0 == "-" },
                                    allowedWords: "letters, digits, underscores, and dots or dashes between them", help: help)
        if let p = userShape.problem(handle: handle, name: user) { return p }
        if user.hasPrefix(".") || user.hasPrefix("-") || user.hasSuffix(".") || user.hasSuffix("-") {
            return ValueError("`\(handle)` has a username that starts or ends with `.` or `-`", help: help)
        }
        return DomainHandle.problem(with: handle, domain: String(parts[1]), help: help, what: "server")
    }
}
