/// The structural differences of two strategies (``PlanChange``), area by area in report
/// order: things matched by their id (people, accounts, streams, posts, SLAs by priority), so a
/// renamed id is one thing removed and another added; settings compared key by key on the
/// values in words, so two spellings of one value (`1h` and `60m`) are no change.
public enum PlanComparison {
    /// Every change from `old` to `new`, by area, then in the new file's order (removed things
    /// after, in the old file's order).
    ///
    /// Complexity: O(n) in the number of people, accounts, streams, posts and SLAs (matched
    /// through a dictionary by id), times the keys compared.
    public static func changes(from old: Strategy, to new: Strategy) -> [PlanChange] {
        var list = PlanChangeList()
        strategy(old, new, into: &list)
        people(old.team, new.team, into: &list)
        accounts(old.accounts, new.accounts, into: &list)
        streams(old.content, new.content, into: &list)
        slas(old.care?.slas ?? [], new.care?.slas ?? [], into: &list)
        care(old.care, new.care, into: &list)
        mentions(old.mentions, new.mentions, into: &list)
        posts(old.posts, new.posts, into: &list)
        publishing(old.publishing, new.publishing, into: &list)
        return list.changes
    }

    static func strategy(_ old: Strategy, _ new: Strategy, into list: inout PlanChangeList) {
        list.compare(.strategy, "", "name", old.name, new.name)
        list.compare(.strategy, "", "timezone", old.timezone, new.timezone)
        list.compare(.strategy, "", "posts_from", old.postsFrom?.value ?? "none", new.postsFrom?.value ?? "none")
    }

    static func people(_ old: [Member], _ new: [Member], into list: inout PlanChangeList) {
        list.match(.people, old, new, id: \.id, summary: PlanWords.member) { a, b, list in
            list.compare(.people, b.id, "name", a.name, b.name)
            list.compare(.people, b.id, "roles", PlanWords.list(a.roles), PlanWords.list(b.roles))
            list.compare(.people, b.id, "timezone", a.timezone, b.timezone)
            list.compare(.people, b.id, "available", PlanWords.hours(a.available), PlanWords.hours(b.available))
            list.compare(.people, b.id, "max_hours_per_week", PlanWords.limit(a.maxHoursPerWeek), PlanWords.limit(b.maxHoursPerWeek))
            list.compare(.people, b.id, "away", PlanWords.dates(a.away), PlanWords.dates(b.away))
            list.compare(.people, b.id, "shifts", PlanWords.hours(a.fixedShifts), PlanWords.hours(b.fixedShifts))
        }
    }

    static func accounts(_ old: [Account], _ new: [Account], into list: inout PlanChangeList) {
        list.match(.accounts, old, new, id: \.id, summary: { $0.label }) { a, b, list in
            list.compare(.accounts, b.id, "network", a.network?.name ?? "none", b.network?.name ?? "none")
            list.compare(.accounts, b.id, "handle", a.handle ?? "none", b.handle ?? "none")
            list.compare(.accounts, b.id, "timezone", a.timezone ?? "the strategy's", b.timezone ?? "the strategy's")
            list.compare(.accounts, b.id, "bio", a.bio ?? "none", b.bio ?? "none", long: true)
        }
    }

    static func streams(_ old: [ContentStream], _ new: [ContentStream], into list: inout PlanChangeList) {
        list.match(.streams, old, new, id: \.id, summary: PlanWords.stream) { a, b, list in
            list.compare(.streams, b.id, "kind", a.kind.rawValue, b.kind.rawValue)
            list.compare(.streams, b.id, "by", PlanWords.authors(a.authors), PlanWords.authors(b.authors))
            list.compare(.streams, b.id, "every", a.cadence?.description ?? "none", b.cadence?.description ?? "none")
            list.compare(.streams, b.id, "at", a.windows.map(PlanWords.hours) ?? "whenever an author is available",
                         b.windows.map(PlanWords.hours) ?? "whenever an author is available")
            list.compare(.streams, b.id, "duration", a.duration.description, b.duration.description)
            list.compare(.streams, b.id, "accounts", PlanWords.list(a.targets.map(\.value), none: "every account"),
                         PlanWords.list(b.targets.map(\.value), none: "every account"))
            list.compare(.streams, b.id, "per_account", PlanWords.timings(a.perAccount), PlanWords.timings(b.perAccount))
            list.compare(.streams, b.id, "hashtags", PlanWords.list(a.hashtags.map(\.value)), PlanWords.list(b.hashtags.map(\.value)))
            list.compare(.streams, b.id, "replies_per_post", PlanWords.number(a.repliesPerPost), PlanWords.number(b.repliesPerPost))
            list.compare(.streams, b.id, "about", a.about ?? "none", b.about ?? "none", long: true)
        }
    }

    static func slas(_ old: [ServiceLevel], _ new: [ServiceLevel], into list: inout PlanChangeList) {
        list.match(.slas, old, new, id: \.priority, summary: PlanWords.sla) { a, b, list in
            list.compare(.slas, b.priority, "first_reply", a.firstReply?.description ?? "none", b.firstReply?.description ?? "none")
            list.compare(.slas, b.priority, "next_reply", a.nextReply?.description ?? "none", b.nextReply?.description ?? "none")
            list.compare(.slas, b.priority, "target", a.target.description, b.target.description)
            list.compare(.slas, b.priority, "clock", a.clock.rawValue, b.clock.rawValue)
        }
    }

    static func posts(_ old: [Post], _ new: [Post], into list: inout PlanChangeList) {
        list.match(.posts, old, new, id: \.id, summary: PlanWords.post) { a, b, list in
            list.compare(.posts, b.id, "stream", a.stream?.value ?? "none", b.stream?.value ?? "none")
            list.compare(.posts, b.id, "status", a.status.rawValue, b.status.rawValue)
            list.compare(.posts, b.id, "approved_by", a.approvedBy?.value ?? "none", b.approvedBy?.value ?? "none")
            list.compare(.posts, b.id, "text", a.text.map(\.value).joined(separator: " / "), b.text.map(\.value).joined(separator: " / "), long: true)
            list.compare(.posts, b.id, "link", a.link?.value ?? "none", b.link?.value ?? "none")
            list.compare(.posts, b.id, "accounts", PlanWords.list(a.targets.map(\.value), none: "the stream's"),
                         PlanWords.list(b.targets.map(\.value), none: "the stream's"))
            list.compare(.posts, b.id, "hashtags", PlanWords.list(a.hashtags.map(\.value)), PlanWords.list(b.hashtags.map(\.value)))
            list.compare(.posts, b.id, "media", PlanWords.list(a.media.map(\.source)), PlanWords.list(b.media.map(\.source)))
            list.compare(.posts, b.id, "not_before", a.notBefore?.description ?? "none", b.notBefore?.description ?? "none")
            list.compare(.posts, b.id, "not_after", a.notAfter?.description ?? "none", b.notAfter?.description ?? "none")
            list.compare(.posts, b.id, "recycle_after", a.recycleAfter?.description ?? "none", b.recycleAfter?.description ?? "none")
            list.compare(.posts, b.id, "published", PlanWords.list(a.published.map(\.value.description)),
                         PlanWords.list(b.published.map(\.value.description)))
        }
    }

    static func publishing(_ old: Publishing, _ new: Publishing, into list: inout PlanChangeList) {
        list.compare(.publishing, "", "min_gap", old.minGap?.description ?? "none", new.minGap?.description ?? "none")
        list.compare(.publishing, "", "max_per_day", old.maxPerDay.map(String.init) ?? "none", new.maxPerDay.map(String.init) ?? "none")
        list.compare(.publishing, "", "blackout", PlanWords.dates(old.blackout), PlanWords.dates(new.blackout))
        list.compare(.publishing, "", "per_account", PlanWords.feedLimits(old.perAccount), PlanWords.feedLimits(new.perAccount))
    }
}
