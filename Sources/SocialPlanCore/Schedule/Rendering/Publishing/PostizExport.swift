/// Postiz: the bodies of the public API's create-post request, `POST /public/v1/posts`
/// (docs.postiz.com/public-api/posts/create; the request's DTO is `create.post.dto.ts` in
/// gitroomhq/postiz-app; both checked 2026-12-06, docs/calendar-export.md "Postiz").
///
/// One request carries one `date` for all its `posts[]`, so the file is a JSON array with one
/// body per distinct publish instant; the items of that instant are its `posts[]`, one per
/// item. Times are UTC (`2026-12-07T08:00:00.000Z`, the documented form), so no zone rule of
/// Postiz's is involved. Complexity: O(n log n) for n items (the sort).
enum PostizExport {
    /// Settings Postiz requires beyond `__type`, per network (x: `who_can_reply_post`,
    /// instagram: `post_type`; the others need none). Postiz replaces `__type` with the
    /// channel's own provider, so `instagram-standalone` and `linkedin-page` channels work too.
    static let settings: [String: [(String, JSONValue)]] = [
        "x": [("who_can_reply_post", .string("everyone"))],
        "instagram": [("post_type", .string("post"))],
        "facebook": [], "linkedin": [], "threads": [], "bluesky": [], "mastodon": [],
    ]

    /// Networks whose required Postiz settings are choices socialplan does not hold.
    static let leftOut: [String: String] = [
        "tiktok": "Postiz requires TikTok's privacy level, duet, stitch, comment and branded-content choices, which the content library does not hold; schedule it in Postiz",
        "youtube": "Postiz requires a YouTube title and visibility, which the content library does not hold; schedule it in Postiz",
    ]

    /// Networks where Postiz posts `value[1…]` as a reply thread; elsewhere they are comments.
    static let threaded: Set<String> = ["x", "bluesky", "threads", "mastodon"]

    /// The media endings Postiz's `ValidUrlExtension` accepts (checked case-sensitively).
    static let mediaEndings = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp4"]

    static func render(_ items: [PublishingItem]) -> PublishingExportResult {
        let sorted = items.sorted { ($0.start, $0.accountID, $0.postID) < ($1.start, $1.accountID, $1.postID) }
        var itemNotes: [String] = []
        var posts: [(start: Int, accountID: String, post: JSONValue)] = []
        var hasMedia = false
        for item in sorted {
            let label = PublishingLabel.of(item)
            if let reason = leftOut[item.network] {
                itemNotes.append("\(label): left out: \(reason)")
                continue
            }
            guard let extra = settings[item.network] else {
                itemNotes.append("\(label): left out: Postiz has no channel type for network \"\(item.network)\" that socialplan knows")
                continue
            }
            var parts = item.text
            if let link = item.link, !link.isEmpty, !parts.contains(where: { $0.contains(link) }) {
                if parts.isEmpty { parts = [link] } else { parts[0] += (parts[0].isEmpty ? "" : "\n\n") + link }
                itemNotes.append("\(label): link added to the end of the text (Postiz has no link field)")
            }
            if parts.allSatisfy(\.isEmpty) && item.media.isEmpty {
                itemNotes.append("\(label): left out: no text and no media to publish")
                continue
            }
            if parts.isEmpty { parts = [""] }
            if parts.count > 1 && !threaded.contains(item.network) {
                let rest = parts.count == 2 ? "part 2 becomes a comment" : "parts 2–\(parts.count) become comments"
                itemNotes.append("\(label): thread of \(parts.count) parts: \(rest) under the post (\(item.network) has no threads)")
            }
            for m in item.media where !mediaEndings.contains(where: { m.url.split(separator: "?", maxSplits: 1).first.map(String.init)?.hasSuffix($0) ?? false }) {
                itemNotes.append("\(label): Postiz refuses \(m.url): a media URL must end in .png, .jpg, .jpeg, .gif, .webp or .mp4; upload it through POST /public/v1/upload and use the answer's id and path")
            }
            hasMedia = hasMedia || !item.media.isEmpty
            let values: [JSONValue] = parts.enumerated().map { i, part in
                .object([("content", .string(html(part))), ("image", .array(i == 0 ? item.media.map(medium) : []))])
            }
            let post = JSONValue.object([
                ("integration", .object([("id", .string(item.accountID))])),
                ("value", .array(values)),
                ("settings", .object([("__type", .string(item.network))] + extra)),
            ])
            posts.append((item.start, item.accountID, post))
        }
        var bodies: [JSONValue] = []
        var index = 0
        while index < posts.count {
            let start = posts[index].start
            var group: [JSONValue] = []
            while index < posts.count && posts[index].start == start {
                group.append(posts[index].post)
                index += 1
            }
            bodies.append(.object([("type", .string("schedule")), ("date", .string(date(start))), ("shortLink", .bool(false)),
                                   ("tags", .array([])), ("posts", .array(group))]))
        }
        var notes: [String] = []
        if !bodies.isEmpty {
            notes.append("\(bodies.count) \(bodies.count == 1 ? "request" : "requests"), one per publish time: send each element of the array as its own POST /public/v1/posts (Postiz limits API requests per hour)")
            let accounts = Set(posts.map(\.accountID)).sorted()
            notes.append("integration.id holds the socialplan account id (\(accounts.joined(separator: ", "))): replace each with the channel's id from GET /public/v1/integrations before sending")
        }
        if hasMedia {
            notes.append("media are given by URL only (id and path both hold the URL): a Postiz server that restricts upload domains refuses them until each is uploaded through POST /public/v1/upload-from-url and replaced by the answer's id and path")
        }
        if bodies.isEmpty { notes.append("no posts to send") }
        return PublishingExportResult(text: JSONValue.array(bodies).document, notes: notes + itemNotes)
    }

    /// `2026-12-07T08:00:00.000Z`: the form of the documented example.
    static func date(_ instant: Int) -> String {
        String(InstantFormat.utc(instant).dropLast()) + ".000Z"
    }

    /// A post's text as Postiz stores it: HTML, one `<p>` per line, `&`, `<` and `>` escaped,
    /// which Postiz's converter (`stripHtmlValidation`) turns back into the same lines.
    static func html(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        return PublishingLabel.lines(text).map { line in
            "<p>" + line.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;") + "</p>"
        }.joined()
    }

    /// One `image[]` entry.
    static func medium(_ m: PublishingMedia) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(m.url)), ("path", .string(m.url))]
        if let alt = m.alt, !alt.isEmpty { pairs.append(("alt", .string(alt))) }
        return .object(pairs)
    }
}
