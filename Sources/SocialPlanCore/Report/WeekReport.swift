/// What `socialplan report` shows: the checked week (the same ``CheckResult`` `check` prints,
/// so the verdicts, numbers, gap sentences and the verified fix are the same), the inputs
/// that produced it, and — with a reply log — the plan-against-actuals comparison that
/// `audit --compare` prints. Rendered to one HTML page by ``WeekReportRendering``.
public struct WeekReport: Sendable {
    /// The inputs written in the page's header.
    public struct Inputs: Sendable, Hashable {
        /// The strategy file as the user named it.
        public var file: String
        /// socialplan's version.
        public var version: String
        /// The reply log (`--log`), when one was compared.
        public var log: String?

        /// Inputs of a report.
        public init(file: String, version: String, log: String? = nil) {
            self.file = file
            self.version = version
            self.log = log
        }
    }

    /// The week's check: strategy, simulation report (with its schedule) and suggested fix.
    public var check: CheckResult
    /// What produced it.
    public var inputs: Inputs
    /// The log's whole weeks against their simulation; nil without `--log`.
    public var comparison: AuditComparison?

    /// A report of `check`, optionally with a comparison.
    public init(check: CheckResult, inputs: Inputs, comparison: AuditComparison? = nil) {
        self.check = check
        self.inputs = inputs
        self.comparison = comparison
    }

    /// The strategy reported on.
    public var strategy: Strategy { check.strategy }
    /// The simulated week.
    public var simulation: SimulationReport { check.report }
    /// The week's plan: posting calendar, rota and staffing.
    public var schedule: WeekSchedule { check.report.schedule }
}

extension WeekReport {
    /// `socialplan report`: checks `week` of `strategy` exactly as `check` does
    /// (``WeekCheck/check(strategy:week:seed:replications:source:progress:)``: simulation and
    /// verified fix), beside the `comparison` of a log already made (``AuditComparison/run(strategy:options:seed:replications:logName:read:)``,
    /// as `audit --compare`, with `replications.initial` simulated weeks per log week). The log
    /// is compared first so that its problems end the run before the check is simulated.
    ///
    /// Complexity: that of the check.
    public static func assemble(strategy: Strategy, week: ISOWeek, seed: UInt64, replications: ReplicationBudget,
                                source: String? = nil, inputs: Inputs, comparison: AuditComparison? = nil,
                                progress: (@Sendable (_ planned: Int) -> Void)? = nil) -> WeekReport {
        let check = WeekCheck.check(strategy: strategy, week: week, seed: seed, replications: replications,
                                    source: source, progress: progress)
        return WeekReport(check: check, inputs: inputs, comparison: comparison)
    }
}
