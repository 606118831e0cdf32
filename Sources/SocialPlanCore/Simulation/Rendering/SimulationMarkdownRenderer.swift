/// A simulated week as Markdown, for a wiki page or a pull-request comment: the verdict per
/// SLA, the staffing gaps, occupancy and the largest backlog.
public enum SimulationMarkdownRenderer {
    /// Renders `report` of `strategy`.
    public static func render(_ report: SimulationReport, strategy: Strategy) -> String {
        let t = report.schedule.timeline
        func cell(_ s: String) -> String { s.replacingAll("|", "\\|").replacingAll("\n", " ") }
        var out = "# \(cell(report.name)) — simulated week \(t.week)\n\n"
        out += "\(SimulationTextRenderer.weeks(report)), times in \(report.schedule.timezone). "
        out += "Mentions a week: \(SimulationTextRenderer.range(report.arrivals)).\n"
        if !report.whatIf.isNone {
            out += "What if: volume × \(ReportNumbers.fixed(report.whatIf.volumeScale, 2))"
            out += report.whatIf.without.isEmpty ? ".\n" : ", without \(report.whatIf.without.joined(separator: ", ")).\n"
        }
        out += "\n## SLA verdicts\n\n"
        if report.slas.isEmpty { out += "No SLA under `care.sla`.\n" } else {
            out += "| SLA | limit | target | weeks kept (95% CI) | want | verdict | met, mean (95% CI) | p50 SLA clock | p90 SLA clock | p99 SLA clock | p50 calendar | p90 calendar | p99 calendar | breaches/week |\n"
            out += "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
            for s in report.slas {
                let m = s.measure
                out += "| \(cell(m.name)) | \(TimeSpan(seconds: m.limitSeconds))\(m.clock == .business ? " business" : "") | \(ReportNumbers.shortPercent(m.target)) | "
                out += "\(s.verdict == .noMentions ? "—" : SimulationTextRenderer.weeksKept(s.weeksKept)) | \(ReportNumbers.shortPercent(m.confidence)) | "
                out += "\(SimulationTextRenderer.mark(s.verdict)) \(s.verdict.words) | \(s.attainment.map { ReportNumbers.percent($0) } ?? "—") | "
                out += [s.p50, s.p90, s.p99, s.calendarP50, s.calendarP90, s.calendarP99].map { $0.map { ReportNumbers.duration($0.mean) } ?? "—" }.joined(separator: " | ")
                out += " | \(ReportNumbers.count(s.breaches.mean)) |\n"
            }
            out += "\nWeeks kept: simulated weeks whose met share reached the target, with the 95 % Wilson interval; want: "
            out += "`care.confidence`. Met: a week's share of judged mentions answered within the limit, mean over the weeks "
            out += "with its 95 % confidence interval. p50/p90/p99: reply time on the SLA's clock (business time for a business-clock SLA) and in calendar time.\n"
        }
        out += "\n## Staffing gaps\n\n"
        if report.gaps.isEmpty { out += "None: the rota covers every interval's requirement.\n" }
        if !report.problemGaps.isEmpty { out += "Behind the breaches:\n\n" }
        out += report.problemGaps.map { gap in "- \(cell(SimulationTextRenderer.problem(gap, report: report, strategy: strategy)))\n" }.joined()
        if !report.thinGaps.isEmpty {
            out += "\(report.problemGaps.isEmpty ? "" : "\n")Below the plan but holding (breaches a week): "
            out += report.thinGaps.map { "\(GapWords.when($0.gap, timeline: t)) (\(ReportNumbers.count($0.breaches)))" }
                .joined(separator: ", ") + ".\n"
        }
        out += "\n## Occupancy\n\n"
        if let team = report.teamOccupancy {
            out += "Team: \(ReportNumbers.percent(team, clip: false)).\n\n| member | on duty | occupancy |\n|---|---|---|\n"
            for m in report.members {
                out += "| \(cell(strategy.member(m.member)?.name ?? m.member)) | \(ScheduleTextRenderer.hours(m.onDutySeconds / 60)) | \(m.occupancy.map { ReportNumbers.percent($0, clip: false) } ?? "—") |\n"
            }
        } else {
            out += "Nobody is on duty this week.\n"
        }
        if let peak = report.largestBacklog {
            let w = t.clock.wallTime(at: peak.start)
            out += "\nLargest backlog: \(SimulationTextRenderer.range(peak.waiting)) waiting, \(InstantFormat.day(w.date)) \(InstantFormat.clock(w.minute)).\n"
        }
        out += "\n**\(cell(SimulationTextRenderer.verdictLine(report)))**\n"
        return out
    }
}
