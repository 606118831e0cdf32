/// Domain-name handles: a Bluesky handle, a Mastodon server. The rule is atproto's handle
/// syntax (`packages/syntax/src/handle.ts`): ASCII letters, digits, hyphens and periods; two
/// or more labels of 1–63, none starting or ending with a hyphen; the last label starting
/// with a letter; 253 characters in all; not under a reserved top-level domain.
enum DomainHandle {
    /// Top-level domains atproto refuses at registration.
    static let reservedTopLevelDomains: Set<String> = ["local", "arpa", "invalid", "localhost", "internal", "example", "alt", "onion"]

    static func problem(with handle: String, domain: String, help: String, what: String = "domain") -> ValueError? {
        if domain.isEmpty { return ValueError("`\(handle)` has no \(what)", help: help) }
        if let bad = domain.unicodeScalars.first(where: { !(HandleShape.isASCIIAlnum($0) || $0 == "-" || $0 == ".") }) {
            let shown = bad == " " ? "a space" : "`\(bad)`"
            return ValueError("`\(handle)` contains \(shown); a \(what) has only letters, digits, hyphens and periods", help: help)
        }
        if domain.utf8.count > 253 {
            return ValueError("`\(handle)` is too long: the \(what) has \(domain.utf8.count) characters, at most 253", help: help)
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 { return ValueError("`\(handle)` needs a \(what) of at least two parts, like name.bsky.social", help: help) }
        for label in labels {
            if label.isEmpty { return ValueError("`\(handle)` has an empty part between periods", help: help) }
            if label.count > 63 { return ValueError("`\(handle)` has a part of \(label.count) characters, at most 63", help: help) }
            if label.hasPrefix("-") || label.hasSuffix("-") {
                return ValueError("`\(handle)` has a part `\(label)` that starts or ends with a hyphen", help: help)
            }
        }
        let tld = String(labels[labels.count - 1]).lowercased()
        if let first = tld.unicodeScalars.first, !((0x61...0x7A).contains(first.value)) {
            return ValueError("`\(handle)` ends in `.\(tld)`; the last part must start with a letter", help: help)
        }
        if reservedTopLevelDomains.contains(tld) {
            return ValueError("`\(handle)` ends in the reserved domain `.\(tld)`", help: help)
        }
        return nil
    }
}
