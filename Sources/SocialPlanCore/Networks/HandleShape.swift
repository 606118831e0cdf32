/// The simple handle rule most networks have: a name of so many characters from a set.
struct HandleShape {
    /// What the name is called, with its article ("an X username", "a TikTok username").
    var noun: String
    /// How many characters it may have.
    var range: ClosedRange<Int>
    /// Which characters it may contain.
    var allowed: (Unicode.Scalar) -> Bool
    /// The allowed characters in words ("letters, digits or underscores").
    var allowedWords: String
    /// The help line: what valid looks like, with an example.
    var help: String

    /// The first problem with `name` (the handle without its `@`), or nil.
    func problem(handle: String, name: String) -> ValueError? {
        if name.isEmpty { return ValueError("`\(handle)` has no name after the @", help: help) }
        if let bad = name.unicodeScalars.first(where: { !allowed($0) }) {
            let shown = bad == " " ? "a space" : "`\(bad)`"
            return ValueError("`\(handle)` contains \(shown); \(noun) has only \(allowedWords)", help: help)
        }
        let n = name.unicodeScalars.count
        if n < range.lowerBound {
            return ValueError("`\(handle)` is too short: \(n) characters, \(noun) has at least \(range.lowerBound)", help: help)
        }
        if n > range.upperBound {
            return ValueError("`\(handle)` is too long: \(n) characters, \(noun) has at most \(range.upperBound)", help: help)
        }
        return nil
    }

    /// The rule for each network (Bluesky, Mastodon and LinkedIn add their own checks).
    static func of(_ network: Network) -> HandleShape {
        let word: (Unicode.Scalar) -> Bool = { isASCIIAlnum($0) || $0 == "_" }
        let dotted: (Unicode.Scalar) -> Bool = { isASCIIAlnum($0) || $0 == "_" || $0 == "." }
        switch network {
        case .x:
            return HandleShape(noun: "an X username", range: 1...15, allowed: word, allowedWords: "letters, digits or underscores",
                               help: "an X username is @ and 1 to 15 letters, digits or underscores, e.g. @socialplan")
        case .bluesky:
            return HandleShape(noun: "a Bluesky handle", range: 1...253, allowed: { _ in true }, allowedWords: "",
                               help: "a Bluesky handle is a domain name, e.g. @socialplan.bsky.social or @socialplan.com")
        case .mastodon:
            return HandleShape(noun: "a Mastodon handle", range: 1...30, allowed: { _ in true }, allowedWords: "",
                               help: "a Mastodon handle is @user@server, e.g. @socialplan@mastodon.social")
        case .threads, .instagram:
            return HandleShape(noun: "a \(network.name) username", range: 1...30, allowed: dotted,
                               allowedWords: "letters, digits, periods or underscores",
                               help: "a \(network.name) username is 1 to 30 letters, digits, periods or underscores, e.g. @social.plan")
        case .facebook:
            return HandleShape(noun: "a Facebook username", range: 5...50, allowed: { isASCIIAlnum($0) || $0 == "." },
                               allowedWords: "letters, digits or periods",
                               help: "a Facebook page username is 5 to 50 letters, digits or periods, e.g. socialplan.app")
        case .linkedin:
            return HandleShape(noun: "a LinkedIn page slug", range: 1...100, allowed: { isASCIIAlnum($0) || $0 == "-" || $0 == "_" },
                               allowedWords: "letters, digits, hyphens or underscores",
                               help: "a LinkedIn page is its slug or URL, e.g. socialplan or https://www.linkedin.com/company/socialplan")
        case .tiktok:
            return HandleShape(noun: "a TikTok username", range: 2...24, allowed: dotted,
                               allowedWords: "letters, digits, periods or underscores",
                               help: "a TikTok username is @ and 2 to 24 letters, digits, underscores or periods, not ending in a period, e.g. @socialplan")
        case .youtube:
            return HandleShape(noun: "a YouTube handle", range: 3...30, allowed: { dotted($0) || $0 == "-" },
                               allowedWords: "letters, digits, underscores, hyphens or periods",
                               help: "a YouTube handle is @ and 3 to 30 letters, digits, underscores, hyphens or periods, e.g. @socialplan")
        }
    }

    static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }
}
