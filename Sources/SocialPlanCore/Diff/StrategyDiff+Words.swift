/// The diff's own sentences, shared by every format (the JSON `headline` and `verdict` say
/// what the text and the Markdown say).
extension StrategyDiff {
    /// `2 changes to people, 1 change to SLAs; 1 SLA gets worse: urgent first_reply 85% → 60%
    /// of weeks kept`, or `no changes`.
    public var headline: String {
        if isSame { return "no changes" }
        var parts: [String] = []
        let counts = PlanChange.Area.allCases.compactMap { area -> String? in
            let n = changes(in: area).count
            return n == 0 ? nil : "\(Phrase.count(n, "change")) to \(area.words)"
        }
        parts.append(counts.isEmpty ? "no change to the plan's keys" : counts.joined(separator: ", "))
        let worse = slas.filter { $0.direction == .worse }, better = slas.filter { $0.direction == .better }
        if !worse.isEmpty { parts.append("\(Phrase.count(worse.count, "SLA")) \(worse.count == 1 ? "gets" : "get") worse: \(Self.moves(worse))") }
        if !better.isEmpty { parts.append("\(Phrase.count(better.count, "SLA")) \(better.count == 1 ? "gets" : "get") better: \(Self.moves(better))") }
        if worse.isEmpty && better.isEmpty && slas.contains(where: { $0.direction == .same }) {
            let both = slas.allSatisfy { $0.direction == .same }
            parts.append(both ? "every SLA keeps the same share of weeks" : "the SLAs of both files keep the same share of weeks")
        }
        return parts.joined(separator: "; ")
    }

    /// `urgent first_reply 85% → 60% of weeks kept` for each, joined.
    static func moves(_ slas: [SLAComparison]) -> String {
        Phrase.list(slas.map { "\($0.name) \(weeksKeptShare($0.before)) → \(weeksKeptShare($0.after))" }) + " of weeks kept"
    }

    /// `85%`, `73.7%`: the share of simulated weeks that kept the promise; `—` when there is none.
    public static func weeksKeptShare(_ forecast: SLAForecast?) -> String {
        forecast.map { ReportNumbers.shortPercent($0.weeksKept.share) } ?? "—"
    }

    /// `meets → misses`, `meets`, `— → misses` (added), `meets → —` (removed).
    public static func verdictMove(_ s: SLAComparison) -> String {
        let a = s.before?.verdict.words ?? "—", b = s.after?.verdict.words ?? "—"
        return a == b ? a : "\(a) → \(b)"
    }

    /// `▲`, `▼`, `=`, or `+` / `−` for an SLA only one side has.
    public static func mark(_ direction: SLAComparison.Direction) -> String {
        switch direction {
        case .better: "▲"
        case .worse: "▼"
        case .same: "="
        case .added: "+"
        case .removed: "−"
        }
    }

    /// The last line: `verdict: 1 SLA gets a worse verdict: urgent first_reply meets → misses`,
    /// or that none does.
    public var verdictLine: String {
        if isSame { return "verdict: no changes, the same plan and the same outcome" }
        let worse = worseVerdicts
        guard !worse.isEmpty else { return "verdict: no SLA gets a worse verdict" }
        let list = Phrase.list(worse.map { "\($0.name) \(Self.verdictMove($0))" })
        return "verdict: \(Phrase.count(worse.count, "SLA")) \(worse.count == 1 ? "gets" : "get") a worse verdict: \(list)"
    }

    /// `3¼ agent-hours`: a shortfall in agent-intervals as the schedule writes it.
    public static func shortfall(_ intervals: Int) -> String { ScheduleTextRenderer.agentHours(intervals) }
}
