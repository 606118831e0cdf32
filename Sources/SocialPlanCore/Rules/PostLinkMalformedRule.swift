/// A post's link that is not a whole http(s) address.
struct PostLinkMalformedRule: StrategyRule {
    static let description = RuleDescription(
        id: "post-link-malformed",
        name: "Post link malformed",
        severity: .error,
        rationale: "A link without `https://`, with spaces, or without a host is not clickable on any network and is not shortened as a link, so it also counts as plain text.",
        triggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi: { stream: product-news, text: "Julekaffi is back.", link: ↓"fjordkaffe.no/julekaffi" }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi: { stream: product-news, text: "Julekaffi is back.", link: ↓"https://fjordkaffe .no/julekaffi" }
            """,
        ],
        nonTriggering: [
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi: { stream: product-news, text: "Julekaffi is back.", link: "https://fjordkaffe.no/julekaffi?utm_source=x" }
            """,
            """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi: { stream: product-news, text: "Julekaffi is back." }
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.posts.compactMap { post in
            guard let link = post.link, let problem = Self.problem(link.value) else { return nil }
            return finding("the link of post `\(post.id)` \(problem)", at: link.position,
                           help: "write the whole address, e.g. https://fjordkaffe.no/julekaffi", file: post.file)
        }
    }

    /// What is wrong with `link`, or `nil` for an `http://` or `https://` address with a host.
    static func problem(_ link: String) -> String? {
        let lower = link.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return "does not start with https://" }
        if link.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }) { return "contains a space" }
        let rest = link.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }.split(separator: "@").last.map(String.init) ?? ""
        let name = host.split(separator: ":").first.map(String.init) ?? ""
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else { return "has no host name such as example.com" }
        return nil
    }
}
