/// The week's filled slots as publishing-tool items: one per slot and account.
public enum PublishingItems {
    /// Every published slot with a post, once per account it goes to, in time order; and a note
    /// for each published slot that has no post (it cannot be exported) — nothing is dropped
    /// silently. A media `file` is given as written (relative to the strategy): publishing tools
    /// take URLs, so the export's own notes say which media need uploading first.
    public static func items(_ schedule: WeekSchedule, strategy: Strategy, member: String? = nil) -> (items: [PublishingItem], notes: [String]) {
        var items: [PublishingItem] = []
        var notes: [String] = []
        let clock = schedule.timeline.clock
        for slot in schedule.posts where slot.isPublished && (member == nil || slot.author == member) {
            let wall = clock.wallTime(at: slot.start)
            let when = "\(InstantFormat.day(wall.date)) \(InstantFormat.clock(wall.minute))"
            guard let id = slot.post, let post = strategy.post(id) else {
                notes.append("\(when) \(slot.stream): left out: no post fills this slot yet")
                continue
            }
            let accounts = slot.accounts.compactMap(strategy.account)
            guard !accounts.isEmpty else {
                notes.append("\(when) \(slot.stream): left out: the strategy names no account with a network (write `accounts:`)")
                continue
            }
            for account in accounts {
                guard let network = account.network else {
                    notes.append("\(when) \(slot.stream): left out for \(account.id): the account has no network (write `accounts:`)")
                    continue
                }
                items.append(PublishingItem(
                    accountID: account.id, network: network.rawValue, handle: account.handle ?? account.id, start: slot.start,
                    zone: strategy.zone(of: account), stream: slot.stream, postID: id, text: strategy.publishedText(of: post),
                    link: nil, media: post.media.map { PublishingMedia(url: $0.source, alt: $0.alt, isVideo: $0.isVideo) }))
            }
        }
        // Tools take media by URL; a `file:` has to be uploaded first. Once per file.
        var seen = Set<String>()
        for item in items {
            for m in item.media where !m.url.lowercased().hasPrefix("https://") && !m.url.lowercased().hasPrefix("http://") {
                guard seen.insert(m.url).inserted else { continue }
                notes.append("post \(item.postID): \(m.url) is a file beside the strategy, not a URL: upload it and give the post `url:` instead")
            }
        }
        return (items, notes)
    }
}
