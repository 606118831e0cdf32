/// A diff as JSON (docs/diff.md, "JSON output"): keys in the documented order; each SLA's
/// `before` and `after` in the shape of `simulate`'s `slas[]`; gaps with the schedule's
/// `description` sentence.
public enum DiffJSONRenderer {
    /// Renders `view`.
    public static func render(_ view: DiffView) -> String {
        let diff = view.diff
        let changes: [JSONValue] = diff.changes.map { c in
            .object([("area", .string(c.area.rawValue)), ("subject", .string(c.subject)), ("change", .string(c.kind.rawValue)),
                     ("key", .text(c.key)), ("before", .text(c.before)), ("after", .text(c.after)), ("description", .string(c.words))])
        }
        let slas: [JSONValue] = diff.slas.map { s in
            .object([("sla", .string(s.name)), ("direction", .string(s.direction.rawValue)),
                      ("verdict_gets_worse", .bool(s.verdictGetsWorse)),
                      ("before", s.before.map { SimulationJSONRenderer.sla($0) } ?? .null),
                      ("after", s.after.map { SimulationJSONRenderer.sla($0) } ?? .null)])
        }
        let g = diff.gaps
        let before = diff.oldReport.schedule, after = diff.newReport.schedule
        func gap(_ block: StaffingGap, _ schedule: WeekSchedule, _ strategy: Strategy) -> JSONValue {
            let t = schedule.timeline
            return .object([("utc_start", .string(InstantFormat.utc(t.instant(ofInterval: block.first)))),
                            ("utc_end", .string(InstantFormat.utc(t.instant(ofInterval: block.end)))),
                            ("description", .string(GapWords.sentence(block, schedule: schedule, strategy: strategy)))])
        }
        let gaps: JSONValue = .object([
            ("shortfall_agent_intervals_before", .integer(g.shortfallBefore)),
            ("shortfall_agent_intervals_after", .integer(g.shortfallAfter)),
            ("blocks_before", .integer(before.gaps.count)), ("blocks_after", .integer(after.gaps.count)),
            ("opened", .array(g.opened.map { gap($0, after, diff.new) })),
            ("closed", .array(g.closed.map { gap($0, before, diff.old) })),
            ("changed", .array(g.changed.map { change in
                .object([("before", .array(change.before.map { gap($0, before, diff.old) })),
                         ("after", .array(change.after.map { gap($0, after, diff.new) }))])
            })),
            ("unchanged", .integer(g.unchanged)),
        ])
        let document: JSONValue = .object([
            ("old", .object([("file", .string(view.oldFile)), ("strategy", .string(diff.old.name)),
                             ("replications", .integer(diff.oldReport.replications))])),
            ("new", .object([("file", .string(view.newFile)), ("strategy", .string(diff.new.name)),
                             ("replications", .integer(diff.newReport.replications))])),
            ("week", .string(diff.week.description)),
            ("seed", .string(String(diff.seed))),
            ("same", .bool(diff.isSame)),
            ("headline", .string(diff.headline)),
            ("worse_verdicts", .array(diff.worseVerdicts.map { .string($0.name) })),
            ("changes", .array(changes)),
            ("slas", .array(slas)),
            ("gaps", gaps),
        ])
        return document.document
    }
}
