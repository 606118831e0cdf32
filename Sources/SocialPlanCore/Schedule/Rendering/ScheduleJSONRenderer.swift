/// The week as JSON, with a documented, stable shape (docs/scheduling.md). Keys in document order.
public enum ScheduleJSONRenderer {
    struct Document: Encodable {
        var strategy: String
        var week: String
        var timezone: String
        var hours: Int
        var member: String?
        var posts: [Post]
        var unfilled: [Unfilled]
        var withoutPost: [WithoutPost]
        var shifts: [Shift]
        var intervals: [Interval]
        var gaps: [Block]
        var summary: Summary
    }

    struct Post: Encodable {
        var stream: String, kind: String, member: String, localStart: String, localEnd: String
        var utcStart: String, utcEnd: String, published: Bool, hashtags: [String], accounts: [String]
        var post: String?, text: [String]?
    }

    struct WithoutPost: Encodable { var stream: String, localStart: String, accounts: [String], drafts: [String], reason: String }

    struct Unfilled: Encodable { var stream: String, date: String?, reason: String, reasonCode: String }

    struct Shift: Encodable {
        var member: String, localStart: String, localEnd: String, utcStart: String, utcEnd: String, minutes: Int, fixed: Bool
    }

    struct Interval: Encodable {
        var localStart: String, utcStart: String, arrivals: Double, requiredRaw: Int, needed: Double, required: Int, scheduled: Int
        var difference: Int, targetBeyondReach: Bool
    }

    struct Block: Encodable {
        var localStart: String, localEnd: String, fewestOnDuty: Int, mostNeeded: Int, availableNotScheduled: [String]
        var atHoursLimit: [String]
        var cover: [Cover]
        var description: String
    }

    struct Cover: Encodable {
        var member: String, reason: String, hoursUsed: Double
    }

    struct Summary: Encodable {
        var posts: Int, unfilled: Int, withoutPost: Int, shifts: Int, shortfallAgentIntervals: Int, gapIntervals: Int
        var uncoveredIntervals: Int
        var careHoursScheduled: Double
    }

    /// Renders the document (one member's posts and shifts with `member`; intervals stay whole).
    public static func render(_ schedule: WeekSchedule, strategy: Strategy, member: String? = nil) -> String {
        let clock = schedule.timeline.clock
        func local(_ instant: Int) -> String { let w = clock.wallTime(at: instant); return InstantFormat.wall(w.date, w.minute) }
        let posts = schedule.posts.filter { member == nil || $0.author == member }
        let shifts = schedule.shifts.filter { member == nil || $0.member == member }
        let doc = Document(
            strategy: schedule.name, week: schedule.timeline.week.description, timezone: schedule.timezone,
            hours: schedule.timeline.hours, member: member,
            posts: posts.map { p in
                let stream = strategy.content.first { $0.id == p.stream }
                return Post(stream: p.stream, kind: p.kind.rawValue, member: p.author, localStart: local(p.start), localEnd: local(p.end),
                            utcStart: InstantFormat.utc(p.start), utcEnd: InstantFormat.utc(p.end), published: p.isPublished,
                            hashtags: stream?.hashtags.map(\.value) ?? [], accounts: p.accounts, post: p.post,
                            text: p.post.flatMap(strategy.post).map(strategy.publishedText(of:)))
            },
            unfilled: schedule.unfilled.map { Unfilled(stream: $0.stream, date: $0.date?.description, reason: $0.reason.description, reasonCode: $0.reason.code) },
            withoutPost: schedule.emptySlots.filter { member == nil || $0.slot.author == member }.map { e in
                WithoutPost(stream: e.slot.stream, localStart: local(e.slot.start), accounts: e.slot.accounts, drafts: e.drafts, reason: e.reason)
            },
            shifts: shifts.map { Shift(member: $0.member, localStart: local($0.start), localEnd: local($0.end), utcStart: InstantFormat.utc($0.start),
                                      utcEnd: InstantFormat.utc($0.end), minutes: $0.minutes, fixed: $0.isFixed) },
            intervals: schedule.staffing.map { s in
                Interval(localStart: local(s.start), utcStart: InstantFormat.utc(s.start), arrivals: (s.arrivals * 1000).rounded() / 1000,
                         requiredRaw: s.rawRequired, needed: (s.needed * 1000).rounded() / 1000, required: s.required, scheduled: s.scheduled, difference: s.difference,
                         targetBeyondReach: s.targetBeyondReach)
            },
            gaps: schedule.gaps.map { b in
                Block(localStart: local(schedule.timeline.instant(ofInterval: b.first)), localEnd: local(schedule.timeline.instant(ofInterval: b.end)),
                      fewestOnDuty: b.fewestOnDuty, mostNeeded: b.mostNeeded, availableNotScheduled: b.availableButNotScheduled,
                      atHoursLimit: b.atHoursLimit,
                      cover: b.cover.map { Cover(member: $0.member, reason: $0.reason.rawValue, hoursUsed: $0.hoursUsed) },
                      description: GapWords.sentence(b, schedule: schedule, strategy: strategy))
            },
            summary: Summary(posts: posts.count, unfilled: schedule.unfilled.count,
                             withoutPost: schedule.emptySlots.filter { member == nil || $0.slot.author == member }.count, shifts: shifts.count,
                             shortfallAgentIntervals: schedule.totalShortfall,
                             gapIntervals: schedule.staffing.filter { $0.difference < 0 }.count,
                             uncoveredIntervals: schedule.uncoveredIntervals,
                             careHoursScheduled: Double(shifts.reduce(0) { $0 + $1.minutes }) / 60))
        return JSONValue(encoding: doc).document
    }
}
