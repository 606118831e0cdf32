/// The week as JSON, with a documented, stable shape (docs/scheduling.md). Keys are sorted.
public enum ScheduleJSONRenderer {
    struct Document: Encodable {
        var strategy: String
        var week: String
        var timezone: String
        var hours: Int
        var member: String?
        var posts: [Post]
        var unfilled: [Unfilled]
        var shifts: [Shift]
        var intervals: [Interval]
        var understaffed: [Block]
        var summary: Summary
    }

    struct Post: Encodable {
        var stream: String, kind: String, member: String, local_start: String, local_end: String
        var utc_start: String, utc_end: String, published: Bool, hashtags: [String], channels: [String]
    }

    struct Unfilled: Encodable { var stream: String, date: String?, reason: String, reason_code: String }

    struct Shift: Encodable {
        var member: String, local_start: String, local_end: String, utc_start: String, utc_end: String, minutes: Int, fixed: Bool
    }

    struct Interval: Encodable {
        var local_start: String, utc_start: String, arrivals: Double, required_raw: Int, needed: Double, required: Int, scheduled: Int
        var difference: Int, target_beyond_reach: Bool
    }

    struct Block: Encodable {
        var local_start: String, local_end: String, fewest_on_duty: Int, most_needed: Int, available_not_scheduled: [String]
        var at_hours_limit: [String]
        var cover: [Cover]
        var description: String
    }

    struct Cover: Encodable {
        var member: String, reason: String, hours_used: Double
    }

    struct Summary: Encodable {
        var posts: Int, unfilled: Int, shifts: Int, shortfall_agent_intervals: Int, understaffed_intervals: Int
        var uncovered_intervals: Int
        var care_hours_scheduled: Double
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
                return Post(stream: p.stream, kind: p.kind.rawValue, member: p.author, local_start: local(p.start), local_end: local(p.end),
                            utc_start: InstantFormat.utc(p.start), utc_end: InstantFormat.utc(p.end), published: p.isPublished,
                            hashtags: stream?.hashtags.map(\.value) ?? [], channels: stream?.channels ?? [])
            },
            unfilled: schedule.unfilled.map { Unfilled(stream: $0.stream, date: $0.date?.description, reason: $0.reason.description, reason_code: $0.reason.code) },
            shifts: shifts.map { Shift(member: $0.member, local_start: local($0.start), local_end: local($0.end), utc_start: InstantFormat.utc($0.start),
                                      utc_end: InstantFormat.utc($0.end), minutes: $0.minutes, fixed: $0.isFixed) },
            intervals: schedule.staffing.map { s in
                Interval(local_start: local(s.start), utc_start: InstantFormat.utc(s.start), arrivals: (s.arrivals * 1000).rounded() / 1000,
                         required_raw: s.rawRequired, needed: (s.needed * 1000).rounded() / 1000, required: s.required, scheduled: s.scheduled, difference: s.difference,
                         target_beyond_reach: s.targetBeyondReach)
            },
            understaffed: schedule.shortfalls.map { b in
                Block(local_start: local(schedule.timeline.instant(ofInterval: b.first)), local_end: local(schedule.timeline.instant(ofInterval: b.end)),
                      fewest_on_duty: b.fewestOnDuty, most_needed: b.mostNeeded, available_not_scheduled: b.availableButNotScheduled,
                      at_hours_limit: b.atHoursLimit,
                      cover: b.cover.map { Cover(member: $0.member, reason: $0.reason.rawValue, hours_used: $0.hoursUsed) },
                      description: ScheduleTextRenderer.describe(b, schedule: schedule, strategy: strategy))
            },
            summary: Summary(posts: posts.count, unfilled: schedule.unfilled.count, shifts: shifts.count,
                             shortfall_agent_intervals: schedule.totalShortfall,
                             understaffed_intervals: schedule.staffing.filter { $0.difference < 0 }.count,
                             uncovered_intervals: schedule.uncoveredIntervals,
                             care_hours_scheduled: Double(shifts.reduce(0) { $0 + $1.minutes }) / 60))
        return JSONText.encode(doc)
    }
}
