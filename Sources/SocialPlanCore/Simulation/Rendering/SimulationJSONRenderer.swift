import Foundation

/// A simulated week as JSON, with the documented, stable shape of docs/simulation.md
/// ("JSON output"): keys in a fixed order, numbers rounded to 4 decimals, every estimate as
/// `{"mean", "ci_low", "ci_high"}`, times both local (strategy zone) and UTC.
public enum SimulationJSONRenderer {
    /// Renders `report` of `strategy`, with `extra` keys (`check`'s `fix`) at the end.
    public static func render(_ report: SimulationReport, strategy: Strategy, extra: [(String, JSONValue)] = []) -> String {
        let t = report.schedule.timeline
        func local(_ instant: Int) -> JSONValue {
            let w = t.clock.wallTime(at: instant)
            return .string(InstantFormat.wall(w.date, w.minute))
        }
        let mentions: JSONValue = .object([("arrivals", estimate(report.arrivals)), ("answered", estimate(report.answered)),
                                           ("not_measured", estimate(report.notMeasured)), ("breaches", estimate(report.breaches))])
        let problems = Set(report.problemGaps.map(\.gap.first))
        let gaps: [JSONValue] = report.gaps.map { gap in
            let block = gap.gap
            let start = t.instant(ofInterval: block.first), end = t.instant(ofInterval: block.end)
            let pairs: [(String, JSONValue)] = [
                ("local_start", local(start)), ("local_end", local(end)),
                ("utc_start", .string(InstantFormat.utc(start))), ("utc_end", .string(InstantFormat.utc(end))),
                ("on_duty", .array([.integer(block.fewestOnDuty), .integer(block.mostOnDuty)])),
                ("needed", .array([.integer(block.fewestNeeded), .integer(block.mostNeeded)])),
                ("breaches", number(gap.breaches)),
                ("causes_breaches", .bool(problems.contains(block.first))),
                ("cover", .array(block.cover.map { c in
                    .object([("member", .string(c.member)), ("reason", .string(c.reason.rawValue)), ("hours_used", number(c.hoursUsed))])
                })),
                ("available_not_scheduled", .array(block.availableButNotScheduled.map { JSONValue.string($0) })),
                ("at_hours_limit", .array(block.atHoursLimit.map { JSONValue.string($0) })),
                ("description", .string(GapWords.sentence(block, schedule: report.schedule, strategy: strategy))),
            ]
            return .object(pairs)
        }
        let members: [JSONValue] = report.members.map { m in
            .object([("member", .string(m.member)), ("on_duty_minutes", .integer(m.onDutySeconds / 60)),
                     ("occupancy", m.occupancy.map { estimate($0) } ?? .null)])
        }
        let occupancy: JSONValue = .object([("team", report.teamOccupancy.map { estimate($0) } ?? .null),
                                            ("overrun_hours", estimate(report.overrunHours)), ("members", .array(members))])
        var backlog: JSONValue = .null
        if let peak = report.largestBacklog {
            backlog = .object([("local_start", local(peak.start)), ("utc_start", .string(InstantFormat.utc(peak.start))),
                               ("waiting", estimate(peak.waiting))])
        }
        let intervals: [JSONValue] = report.intervals.map { row in
            let pairs: [(String, JSONValue)] = [
                ("local_start", local(row.start)), ("utc_start", .string(InstantFormat.utc(row.start))),
                ("required", .integer(row.required)), ("scheduled", .integer(row.scheduled)),
                ("difference", .integer(row.difference)), ("answering", .integer(row.answering)),
                ("arrivals", number(row.arrivals)), ("breaches", number(row.breaches)),
                ("peak_backlog", number(row.peakBacklog)), ("occupancy", row.occupancy.map { number($0) } ?? .null),
            ]
            return .object(pairs)
        }
        let whatIf: JSONValue = .object([("scale_volume", number(report.whatIf.volumeScale)),
                                         ("without", .array(report.whatIf.without.map { JSONValue.string($0) }))])
        let pairs: [(String, JSONValue)] = [
            ("strategy", .string(report.name)),
            ("week", .string(t.week.description)),
            ("timezone", .string(report.schedule.timezone)),
            ("seed", .string(String(report.seed))),
            ("replications", .integer(report.replications)),
            ("replications_requested", .integer(report.budget.initial)),
            ("replications_cap", .integer(report.budget.cap)),
            ("warm_up_minutes", .integer(report.warmUpIntervals * 15)),
            ("what_if", whatIf),
            ("verdict", .string(report.verdict.rawValue)),
            ("mentions", mentions),
            ("slas", .array(report.slas.map { sla($0) })),
            ("gaps", .array(gaps)),
            ("occupancy", occupancy),
            ("largest_backlog", backlog),
            ("intervals", .array(intervals)),
        ]
        let document = JSONValue.object(pairs + extra)
        return document.rendered() + "\n"
    }

    static func sla(_ s: SLAForecast) -> JSONValue {
        let m = s.measure
        return .object([
            ("priority", .string(m.priority)), ("metric", .string(m.metric.rawValue)), ("clock", .string(m.clock.rawValue)),
            ("limit_minutes", number(Double(m.limitSeconds) / 60)), ("target", number(m.target)),
            ("verdict", .string(s.verdict.rawValue)),
            ("confidence", number(m.confidence)),
            ("weeks_kept", .integer(s.weeksKept.successes)),
            ("weeks_kept_share", number(s.weeksKept.share)),
            ("weeks_kept_ci", .array([number(s.weeksKept.lower), number(s.weeksKept.upper)])),
            ("weeks_judged", .integer(s.judgedWeeks)),
            ("attainment", s.attainment.map { estimate($0) } ?? .null),
            ("p50_sla_minutes", minutes(s.p50)), ("p90_sla_minutes", minutes(s.p90)), ("p99_sla_minutes", minutes(s.p99)),
            ("p50_calendar_minutes", minutes(s.calendarP50)), ("p90_calendar_minutes", minutes(s.calendarP90)),
            ("p99_calendar_minutes", minutes(s.calendarP99)),
            ("mentions", estimate(s.mentions)), ("breaches", estimate(s.breaches)),
            ("breached_unanswered", estimate(s.breachedUnanswered)), ("pending", estimate(s.pending)),
        ])
    }

    /// A reply-time percentile's estimate in minutes, or `null` when nothing was answered.
    static func minutes(_ seconds: ReplicationSummary?) -> JSONValue {
        seconds.map { estimate($0, scale: 1.0 / 60) } ?? .null
    }

    /// `{"mean", "ci_low", "ci_high"}` of `summary` × `scale`; `ci_*` null when the interval is unbounded.
    static func estimate(_ summary: ReplicationSummary, scale: Double = 1) -> JSONValue {
        let bounded = summary.halfWidth.isFinite
        return .object([("mean", number(summary.mean * scale)),
                        ("ci_low", bounded ? number(summary.lower * scale) : .null),
                        ("ci_high", bounded ? number(summary.upper * scale) : .null)])
    }

    /// A number rounded to 4 decimals (integers print without a fraction).
    static func number(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        let rounded = (value * 10_000).rounded() / 10_000
        return .number(rounded == 0 ? 0 : rounded)
    }
}
