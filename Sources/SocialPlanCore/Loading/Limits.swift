/// Every limit on a number a strategy file or a flag can carry, with why it is there. Each is
/// far beyond what a real business writes, and low enough that every command finishes in
/// seconds and no arithmetic overflows. `docs/limits.md` is generated from ``all``.
public enum Limits {
    static let day = 86_400.0
    static let week = 7 * day

    // MARK: top level, team and publishing

    public static let version = Limit("`version`", .integer, 1, 1000, why: "versions are small numbers; this socialplan reads version 1")

    public static let maxHoursPerWeek = Limit("`team.<id>.max_hours_per_week`", .number, 0, 168, why: "the hours in a week")
    public static let maxPerDay = Limit("`publishing.max_per_day`, `publishing.per_account.<account>.max_per_day`", .integer, 1, 96,
                                        why: "one post every 15 minutes, the scheduler's step")
    public static let minGap = Limit("`publishing.min_gap`, `publishing.per_account.<account>.min_gap`", .duration, 0, week,
                                     why: "a gap longer than a week leaves a weekly plan one post")
    public static let perDay = Limit("`content.<id>.every` (also per account): `n/day`", .integer, 1, Double(Cadence.maxPerDay),
                                     why: "one post an hour around the clock; planning grows with the square of a stream's posts")
    public static let perWeek = Limit("`content.<id>.every` (also per account): `n/week`", .integer, 1, Double(Cadence.maxPerWeek),
                                      why: "one post an hour around the clock; planning grows with the square of a stream's posts")
    public static let slotDuration = Limit("`content.<id>.duration`", .duration, 0, day, why: "a slot is part of one day's work")
    public static let repliesPerPost = Limit("`content.<id>.replies_per_post`", .number, 0, 1000,
                                             why: "a post that draws more is an event: write it under mentions.events")
    public static let recycleAfter = Limit("`posts.<id>.recycle_after`", .duration, 0, 520 * week,
                                           why: "ten years; a post not to be repeated in ten years is written without recycle_after")

    // MARK: care

    public static let handleTimeMean = Limit("`care.handle_time`, `care.handle_time.mean`", .duration, 0, day, minimumExcluded: true,
                                             why: "one mention taking longer than a day is a project, not a reply")
    public static let handleTimeCV = Limit("`care.handle_time.cv`", .number, 0, 10,
                                           why: "real handle times vary with a cv of 0.3 to 1.5; beyond 10 a handful of samples would fill the week")
    public static let shrinkage = Limit("`care.shrinkage`", .percentage, 0, 1, maximumExcluded: true,
                                        why: "at 100% nobody is ever answering")
    public static let maxOccupancy = Limit("`care.max_occupancy`", .percentage, 0, 1, minimumExcluded: true,
                                           why: "nobody is busy more than all the time")
    public static let confidence = Limit("`care.confidence`", .percentage, 0, 1, minimumExcluded: true, maximumExcluded: true,
                                         why: "no number of simulated weeks can show 100%")
    public static let target = Limit("`care.sla.<priority>.target`", .percentage, 0, 1, minimumExcluded: true,
                                     why: "a share of mentions is at most all of them (rule sla-target-range)")
    public static let replyTime = Limit("`care.sla.<priority>.first_reply`, `next_reply`", .duration, 0, week,
                                        why: "a reply is judged within the simulated week and its overhang")
    public static let minShift = Limit("`care.rota.min_shift`", .duration, 900, day, why: "the planner works in 15-minute steps within a day")
    public static let maxShift = Limit("`care.rota.max_shift`", .duration, 900, day, why: "a shift is part of one day")
    public static let minRest = Limit("`care.rota.min_rest`", .duration, 0, week, why: "a longer rest than a week leaves a weekly rota one shift")
    public static let rotaSize = Limit("the care rota: care staff × the 676 15-minute intervals of the longest week", .integer, 0, 1_000_000,
                                       why: "planning grows with both; 1,479 care staff plan in a few seconds, and a larger team is several rotas")

    // MARK: mentions

    public static let mentionsPerWeek = Limit("`mentions.per_week`", .number, 0, 100_000,
                                              why: "the most one simulated week holds in the time budget")
    public static let busiestWeek = Limit("the busiest week: `per_week` + `replies_per_post` × posts, with follow-ups and `events` (× `--scale-volume`)", .number, 0, 100_000,
                                          why: "the most one simulated week holds in the time budget")
    public static let eventFactor = Limit("`mentions.events[].factor`", .number, 0, 100,
                                          why: "a viral day brings 10 to 30 times the usual volume; overlapping events multiply")
    public static let eventCount = Limit("`mentions.events` entries", .integer, 0, 1000,
                                         why: "years of launches and sales; the busiest-week check compares every pair")
    public static let profileWeight = Limit("`mentions.profile` weights", .number, 0, 1_000_000,
                                            why: "weights are relative: a million to one is finer than any hour's forecast")
    public static let share = Limit("`mentions.priorities` shares, `mentions.followups.share`", .percentage, 0, 1, why: "a share is at most all mentions")
    public static let followupAfter = Limit("`mentions.followups.after`", .duration, 0, week,
                                            why: "a follow-up is simulated within the week and its overhang")

    // MARK: flags

    public static let replications = Limit("`--replications` (check, simulate, audit --compare, erlang --simulate)", .integer, 2, 1000,
                                           why: "a confidence interval needs 2; 1,000 weeks give intervals narrower than any forecast")
    public static let maxReplications = Limit("`--max-replications`", .integer, 2, 1000, why: "the same cap as --replications")
    public static let simulationWork = Limit(
        "`simulate`, `check`: mentions simulated at most, the busiest week × every week the run may simulate (`--max-replications`, and for `check` the fix search)",
        .number, 0, 50_000_000, why: "about ten seconds of simulation on two cores; more is refused before it starts")
    public static let scaleVolume = Limit("`simulate --scale-volume`", .number, 0, 100, why: "a what-if beyond 100 times the forecast is a different business")
    public static let logWeeks = Limit("`simulate --log-weeks`", .integer, 1, 53, why: "the weeks of one year")
    public static let forecastWeeks = Limit("`forecast --weeks`", .integer, 1, 520, why: "ten years of weekly history; older weeks do not forecast next week")
    public static let sample = Limit("`triage --sample`", .integer, 0, 100_000, why: "a sample to read; the counts cover every mention anyway")
    public static let agents = Limit("`erlang --agents`", .integer, 1, 100_000, why: "beyond any one queue")
    public static let erlangTraffic = Limit("`erlang`: traffic, `--rate` × `--aht`", .number, 0, 1_000_000,
                                            why: "the exact Erlang C sums stay finite and fast")
    public static let simulateArrivals = Limit("`erlang --simulate`", .integer, 1, 1_000_000_000, why: "seconds of work")

    /// Every limit, in the order of `docs/limits.md`.
    public static let all: [Limit] = [
        version, maxHoursPerWeek, maxPerDay, minGap, perDay, perWeek, slotDuration, repliesPerPost, recycleAfter,
        handleTimeMean, handleTimeCV, shrinkage, maxOccupancy, confidence, target, replyTime, minShift, maxShift, minRest, rotaSize,
        mentionsPerWeek, busiestWeek, eventFactor, eventCount, profileWeight, share, followupAfter,
        replications, maxReplications, simulationWork, scaleVolume, logWeeks, forecastWeeks, sample, agents, erlangTraffic, simulateArrivals,
    ]

    /// An upper estimate of the mentions in the strategy's busiest week (``busiestWeek``):
    /// `per_week`, replies to posts, follow-ups and events together.
    public static func busiestWeekEstimate(_ strategy: Strategy) -> Double {
        LoadContext.busiestWeek(strategy)
    }

    /// `docs/limits.md`: one table of every limit.
    public static func markdown() -> String {
        var out = """
            # Limits

            Every number a strategy file or a flag can carry has a range. Each limit is far beyond what a real \
            business writes, and low enough that every command finishes in seconds and no arithmetic overflows \
            (issue 14). The loader checks file values when it reads them and reports an `invalid-value` error at the \
            value, naming the limit and why; flags are checked before anything runs (exit 2). The JSON Schema \
            (`docs/strategy.schema.json`) carries the same bounds: `minimum` and `maximum` for numbers and \
            fractions, patterns for percentages (`80%`) and cadences (`3/week`), and for durations a pattern that \
            bounds each unit by the maximum (exact for a value written in one unit, such as `8d` against 7d; \
            `6d25h` is left to the loader, since a pattern cannot add units up) with a `not` pattern for what is \
            too short.

            This page is generated from `Sources/SocialPlanCore/Loading/Limits.swift`
            (`SOCIALPLAN_UPDATE_GOLDEN=1 swift test`).

            | key or flag | range | why the upper end |
            |---|---|---|

            """
        for limit in all {
            out += "| \(limit.key) | \(limit.rangeWords) | \(limit.why) |\n"
        }
        out += """

            `--seed` takes any whole number from 0 to 18446744073709551615 (64 bits).

            Durations are also bounded by their syntax (at most nine digits per unit), and percentages written with \
            `%` must lie within ±1,000,000% before the ranges above apply, so no value overflows while it is read.
            """
        return out + "\n"
    }
}
