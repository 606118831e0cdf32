/// Words the publishing exports share: how a note names an item, and a text's lines.
enum PublishingLabel {
    /// `fjordkaffe-x 2026-12-07 09:00 Europe/Oslo, post spring-launch`: the account, the local
    /// publish time in the account's zone (what the user sees in the tool) and the post.
    static func of(_ item: PublishingItem) -> String {
        let clock = ZoneClock(zone: item.zone, from: item.start - 86_400, to: item.start + 86_400)
        let wall = clock.wallTime(at: item.start)
        return "\(item.accountID) \(InstantFormat.wall(wall.date, wall.minute)) \(item.zone), post \(item.postID)"
    }

    /// The lines of `text`, split at LF, CRLF or a lone CR; an empty line stays.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for u in text.unicodeScalars {
            if u == "\n" && afterCR { afterCR = false; continue }
            afterCR = u == "\r"
            if u == "\n" || u == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(u)
            }
        }
        lines.append(String(current))
        return lines
    }
}
