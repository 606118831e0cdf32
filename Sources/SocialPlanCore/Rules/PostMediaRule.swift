/// Images without alt text, more images than the network takes, no video where only video goes.
struct PostMediaRule: StrategyRule {
    static let description = RuleDescription(
        id: "post-media",
        name: "Post media the network refuses or people cannot read",
        severity: .error,
        rationale: "Every image needs a text alternative for people who cannot see it, within the network's alt-text limit; each network takes only so many images in one post; Instagram and TikTok publish nothing without an image or video, and YouTube only videos.",
        triggering: [
            """
            accounts:
              ig: { network: instagram, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi:
                stream: product-news
                status: approved
                text: "Julekaffi is back."
                media: [↓{ file: media/julekaffi.jpg }]
            """,
            """
            accounts:
              yt: { network: youtube, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              clips: { kind: video, by: [kari], every: 1/week }
            posts:
              latte-art:
                stream: clips
                status: approved
                text: "Latte art in slow motion."
                ↓media: [{ file: media/latte.jpg, alt: "A heart drawn in milk foam" }]
            """,
        ],
        nonTriggering: [
            """
            accounts:
              ig: { network: instagram, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              product-news: { by: [kari], every: 1/week }
            posts:
              julekaffi:
                stream: product-news
                status: approved
                text: "Julekaffi is back."
                media: [{ file: media/julekaffi.jpg, alt: "A red cup of coffee with a cinnamon stick on a wooden counter" }]
            """,
            """
            accounts:
              tiktok: { network: tiktok, handle: "@fjordkaffe", bio: "Official account of Fjordkaffe." }
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              clips: { kind: video, by: [kari], every: 1/week }
            posts:
              latte-art:
                stream: clips
                status: approved
                text: "Latte art in slow motion."
                media: [{ url: "https://cdn.fjordkaffe.no/latte.mp4" }]
            """,
        ])

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.posts.flatMap { post -> [Diagnostic] in
            var found: [Diagnostic] = []
            func add(_ message: String, at position: SourcePosition, help: String) {
                found.append(finding(message, at: position, help: help, file: post.file))
            }
            for item in post.media where !item.isVideo {
                if (item.alt ?? "").allSatisfy(\.isWhitespace) {
                    add("an image of post `\(post.id)` has no alt text", at: item.position,
                        help: "add `alt:` saying what the image shows, e.g. alt: \"A red cup of coffee on a wooden counter\"")
                }
            }
            let networks = strategy.networks(for: post)
            let images = post.media.filter { !$0.isVideo }
            for network in networks {
                let rules = network.rules
                if let limit = rules.altTextLimit, let item = post.media.first(where: { ($0.alt?.count ?? 0) > limit }) {
                    add("alt text of post `\(post.id)` is \(item.alt?.count ?? 0) characters; \(network.name) takes \(limit)",
                        at: item.position, help: "say what matters in the image in fewer words")
                }
                if !rules.videoOnly, images.count > rules.imagesPerPost {
                    add("post `\(post.id)` has \(images.count) images; \(network.name) takes \(rules.imagesPerPost) in one post",
                        at: images[rules.imagesPerPost].position, help: "keep \(rules.imagesPerPost), or split the post")
                }
                if !rules.videoOnly, rules.needsMedia, post.media.isEmpty, strategy.content.first(where: { $0.id == post.stream?.value })?.kind != .repost {
                    add("post `\(post.id)` goes to \(network.name), which publishes no post without an image or video",
                        at: post.positions.own, help: "add `media:` with an image and its alt text, or leave \(network.name) out of its `accounts`")
                }
                if rules.videoOnly, !post.media.contains(where: \.isVideo) {
                    add("post `\(post.id)` goes to \(network.name), which publishes only videos, but has no video",
                        at: post.positions["media"], help: "add `media: [{ file: clip.mp4 }]`, or leave \(network.name) out of its `accounts`")
                }
            }
            return found
        }
    }
}
