/// A simulated week as text for a terminal: the verdict per SLA, the staffing gaps with the
/// breaches they cause, heatmaps of the gap and of breaches, occupancy and the largest backlog.
public struct SimulationTextRenderer: Sendable {
    /// How much to show.
    public enum Detail: Sendable { case verdict, full }
    /// `verdict` (what `check` prints: SLAs and gaps) or `full` (what `simulate` prints).
    public var detail: Detail

    /// Creates a renderer.
    public init(detail: Detail = .full) { self.detail = detail }

    /// Renders `report` of `strategy`.
    public func render(_ report: SimulationReport, strategy: Strategy) -> String {
        var out = header(report, strategy: strategy)
        out += "\n" + slaTable(report)
        out += gapList(report, strategy: strategy)
        if detail == .full {
            let map = GapHeatmap(report)
            out += "\nagents short by hour (· covered, blank: nobody needed or on duty, + ten or more)\n" + map.shortText()
            out += "\nsimulated breaches by hour of arrival (· none, ░▒▓█ up to the worst hour)\n" + map.breachText()
            out += "\n" + occupancy(report, strategy: strategy)
        }
        out += backlog(report)
        out += "\n" + TextWrap.text(Self.verdictLine(report))
        return out
    }

    func header(_ report: SimulationReport, strategy: Strategy) -> String {
        let t = report.schedule.timeline
        let dates = t.week.dates
        var out = "\(report.name) — simulated week \(t.week) (\(InstantFormat.day(dates[0])) – \(InstantFormat.day(dates[6])) \(dates[6].year), \(report.schedule.timezone))\n"
        out += "\(Self.weeks(report)), \(Self.warmUp(report.warmUpIntervals))\n"
        if report.whatIf.volumeScale != 1 { out += "what if: mention volume × \(ReportNumbers.fixed(report.whatIf.volumeScale, 2)) (same rota)\n" }
        if !report.whatIf.without.isEmpty { out += "what if: without \(report.whatIf.without.joined(separator: ", ")) (week planned again)\n" }
        guard strategy.mentions != nil else {
            return out + "mentions: none simulated — the strategy has no mentions: forecast (docs/strategy-format.md#mentions)\n"
        }
        let covered = strategy.careAccounts.filter { $0.network != nil }
        let on = covered.isEmpty ? "" : " on " + strategy.accountNames(covered.map(\.id))
        out += "mentions\(on): \(Self.range(report.arrivals)) a week, \(ReportNumbers.count(report.arrivals.mean - report.answered.mean)) still waiting when the week ends"
        if report.notMeasured.mean > 0 { out += ", \(ReportNumbers.count(report.notMeasured.mean)) follow-ups without a next_reply limit" }
        return out + "\n"
    }

    /// Two tables of at most 100 columns for the bundled strategies: the verdict by risk
    /// (weeks kept against the share wanted), then what the average week looks like.
    func slaTable(_ report: SimulationReport) -> String {
        guard !report.slas.isEmpty else { return "no SLA under care.sla: nothing to judge\n" }
        var verdicts = [["SLA", "limit", "target", "weeks kept (95% CI)", "want", "verdict"]]
        var weeks = [["SLA", "met, mean (95% CI)", "SLA clock", "calendar", "breaches/week"]]
        for sla in report.slas {
            let m = sla.measure
            let limit = TimeSpan(seconds: m.limitSeconds).description + (m.clock == .business ? " business" : "")
            let kept = sla.verdict == .noMentions ? "—" : Self.weeksKept(sla.weeksKept)
            verdicts.append([m.name, limit, ReportNumbers.shortPercent(m.target), kept,
                             ReportNumbers.shortPercent(m.confidence), Self.mark(sla.verdict) + " " + sla.verdict.words])
            weeks.append([m.name, sla.attainment.map { ReportNumbers.percent($0) } ?? "—", Self.percentiles(sla.p50, sla.p90, sla.p99),
                          Self.percentiles(sla.calendarP50, sla.calendarP90, sla.calendarP99), ReportNumbers.count(sla.breaches.mean)])
        }
        return Self.table(verdicts)
            + "  weeks kept: simulated weeks whose met share reached the target; want: care.confidence\n\n"
            + Self.table(weeks)
            + "  met: share of a week's judged mentions answered within the limit, mean over the weeks\n"
            + "  SLA clock, calendar: reply time p50 p90 p99 on the SLA's clock and in calendar time, as `audit`\n"
            + "  reports them; breaches: answered late or unanswered past due\n"
    }

    /// `8m 22m 44m`: the means of three percentiles, `—` when none was answered.
    static func percentiles(_ p50: ReplicationSummary?, _ p90: ReplicationSummary?, _ p99: ReplicationSummary?) -> String {
        guard p50 != nil || p90 != nil || p99 != nil else { return "—" }
        return [p50, p90, p99].map { $0.map { ReportNumbers.duration($0.mean) } ?? "—" }.joined(separator: " ")
    }

    /// `17 of 20 (63.9–94.8%)`: the Wilson interval rounded outwards.
    static func weeksKept(_ share: ProportionSummary) -> String {
        "\(share.successes) of \(share.trials) (\(ReportNumbers.percentRange(share.lower, share.upper)))"
    }

    /// `20 simulated weeks from seed 1`, and how an extended run got to its count:
    /// `160 simulated weeks (20, doubled until every verdict was clear) from seed 1`.
    static func weeks(_ report: SimulationReport) -> String {
        var text = "\(report.replications) simulated weeks"
        if report.extended {
            text += report.replications >= report.budget.cap
                ? " (\(report.budget.initial), doubled up to the cap of \(report.budget.cap))"
                : " (\(report.budget.initial), doubled until every verdict was clear)"
        }
        return text + " from seed \(report.seed)"
    }

    /// The understaffed blocks that explain breaches, each with who could have covered and why
    /// not, then the blocks that run below the plan but hold, on a few lines without advice.
    func gapList(_ report: SimulationReport, strategy: Strategy) -> String {
        let problems = report.problemGaps, thin = report.thinGaps
        var out = "\n"
        if report.gaps.isEmpty { return out + Self.noGaps + "\n" }
        if !problems.isEmpty {
            out += TextWrap.text(Self.problemsHeadline(report))
            for gap in problems {
                out += TextWrap.text(Self.problem(gap, report: report, strategy: strategy), indent: "  ", hanging: "    ")
            }
        }
        if !thin.isEmpty {
            out += Self.thinHeadline(report) + ": "
            // No-break spaces keep each block's time on one line when wrapping.
            out += thin.map { GapWords.when($0.gap, timeline: report.schedule.timeline).replacingAll(" ", "\u{A0}") }
                .joined(separator: ", ")
            let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
            out = lines.dropLast().joined(separator: "\n") + "\n" + TextWrap.text(String(lines.last ?? ""))
        }
        return out
    }

    /// `staffing gaps behind the breaches (2 blocks, 3½ agent-hours short; 4.1 of 5.0 breaches
    /// a week arise in them)`: the heading of ``SimulationReport/problemGaps``.
    public static func problemsHeadline(_ report: SimulationReport) -> String {
        let problems = report.problemGaps
        let inThem = problems.reduce(0) { $0 + $1.breaches }
        return "staffing gaps behind the breaches (\(Self.blocks(problems.count)), "
            + "\(ScheduleTextRenderer.agentHours(Self.short(problems, report))) short; "
            + "\(ReportNumbers.count(inThem)) of \(ReportNumbers.count(report.breaches.mean)) breaches a week arise in them)"
    }

    /// `below the plan but holding (3 blocks, 1¾ agent-hours; 0.2 breaches a week arise in
    /// them)`: the heading of ``SimulationReport/thinGaps``, before the list of their times.
    public static func thinHeadline(_ report: SimulationReport) -> String {
        let thin = report.thinGaps
        let inThem = thin.reduce(0) { $0 + $1.breaches }
        let head = report.problemGaps.isEmpty && report.verdict == .meets ? "below the plan but holding" : "also below the plan but holding"
        return "\(head) (\(Self.blocks(thin.count)), \(ScheduleTextRenderer.agentHours(Self.short(thin, report))); "
            + "\(ReportNumbers.count(inThem)) breaches a week arise in them)"
    }

    /// The sentence `check` prints when the rota covers every interval.
    public static let noGaps = "staffing gaps: none, the rota covers every interval's requirement"

    /// A gap behind breaches in words: when, who could have covered and why not (or the
    /// advice to extend someone's hours when nobody else was at work), and its breaches a week.
    public static func problem(_ gap: SimulatedGap, report: SimulationReport, strategy: Strategy) -> String {
        var line = GapWords.sentence(gap.gap, schedule: report.schedule, strategy: strategy)
        if gap.gap.cover.isEmpty { line += ": extend someone's availability or hire" }
        return line + " (\(ReportNumbers.count(gap.breaches)) breaches a week)"
    }

    static func blocks(_ n: Int) -> String { "\(n) \(n == 1 ? "block" : "blocks")" }

    /// Agent-intervals below the requirement inside `gaps`.
    static func short(_ gaps: [SimulatedGap], _ report: SimulationReport) -> Int {
        gaps.reduce(0) { sum, gap in
            sum + (gap.gap.first..<gap.gap.end).reduce(0) { $0 + max(0, -report.schedule.staffing[$1].difference) }
        }
    }

    func occupancy(_ report: SimulationReport, strategy: Strategy) -> String {
        var out = "occupancy (share of answering time spent on mentions, work shared evenly among those on duty)\n"
        guard let team = report.teamOccupancy else { return out + "  nobody is on duty this week\n" }
        out += "  team \(ReportNumbers.percent(team))"
        if let cap = strategy.care?.maxOccupancy {
            out += ", max_occupancy \(ReportNumbers.percent(cap.fraction))"
            if team.mean > cap.fraction { out += ": above the cap, no slack for breaks or a busy hour" }
        }
        out += "\n"
        if report.overrunHours.mean >= 0.25 {
            let hours = ScheduleTextRenderer.hours(Int((report.overrunHours.mean * 60).rounded()))
            out += TextWrap.text("\(hours) a week of work falls outside answering time (finished after a shift or into a break; "
                                 + "not in these figures)", indent: "  ", hanging: "    ")
        }
        for m in report.members {
            let name = strategy.member(m.member)?.name ?? m.member
            let value = m.occupancy.map { ReportNumbers.percent($0) } ?? "—"
            out += "  \(ReportNumbers.pad(name, 18)) \(value), \(ScheduleTextRenderer.hours(m.onDutySeconds / 60)) on duty\n"
        }
        return out
    }

    func backlog(_ report: SimulationReport) -> String {
        guard let peak = report.largestBacklog else { return "\nlargest backlog while staffed: nothing waits\n" }
        let t = report.schedule.timeline
        let wall = t.clock.wallTime(at: peak.start)
        return "\nlargest backlog while staffed: \(Self.range(peak.waiting)) waiting, \(InstantFormat.day(wall.date)) \(InstantFormat.clock(wall.minute))–\(InstantFormat.clock(wall.minute + 15))\n"
    }

    /// `verdict: 2 of 3 SLA targets missed (…)`.
    public static func verdictLine(_ report: SimulationReport) -> String {
        let judged = report.slas.filter { $0.verdict != .noMentions }
        let missed = judged.filter { $0.verdict == .misses }
        let close = judged.filter { $0.verdict == .tooCloseToCall }
        if report.slas.isEmpty { return "verdict: no SLA targets to check" }
        let wanted = judged.first.map { ReportNumbers.shortPercent($0.measure.confidence) } ?? "80%"
        if !missed.isEmpty {
            return "verdict: \(missed.count) of \(judged.count) SLA \(judged.count == 1 ? "target" : "targets") missed, kept in fewer than \(wanted) of weeks "
                + "(\(missed.map(\.measure.name).joined(separator: ", ")))"
        }
        if !close.isEmpty {
            let names = close.map(\.measure.name).joined(separator: ", ")
            let verb = close.count == 1 ? "is" : "are"
            if !report.extended && report.replications < 1000 {
                return "verdict: no target clearly missed, but \(names) \(verb) too close to call: the share of weeks kept straddles the "
                    + "\(wanted) wanted; simulate more weeks (--max-replications \(min(1000, max(ReplicationBudget.defaultCap, 2 * report.replications)))) or add cover"
            }
            return "verdict: no target clearly missed, but \(names) \(verb) still too close to call after \(report.replications) weeks: "
                + "the share of weeks kept straddles the \(wanted) wanted; add cover to be sure"
        }
        if judged.isEmpty { return "verdict: no SLA target could be judged: no mention arrived in any simulated week" }
        return "verdict: every SLA target is met in at least \(wanted) of weeks (\(judged.count) of \(judged.count))"
    }

    static func mark(_ verdict: SLAVerdict) -> String {
        switch verdict {
        case .meets: "✓"
        case .misses: "✗"
        case .tooCloseToCall: "?"
        case .noMentions: "–"
        }
    }

    /// `3412 (3380–3444)`.
    static func range(_ s: ReplicationSummary) -> String {
        "\(ReportNumbers.count(s.mean)) (\(ReportNumbers.count(max(0, s.lower)))–\(ReportNumbers.count(s.upper)))"
    }

    static func warmUp(_ intervals: Int) -> String {
        intervals == 0 ? "no warm-up" : intervals % 96 == 0 ? "\(intervals / 96) day\(intervals == 96 ? "" : "s") of warm-up" : "\(intervals * 15) minutes of warm-up"
    }

    /// Left-aligned columns separated by two spaces, indented by two.
    static func table(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in
            let line = row.enumerated().map { ReportNumbers.pad($1, widths[$0]) }.joined(separator: "  ")
            return "  " + String(line.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n") + "\n"
    }
}
