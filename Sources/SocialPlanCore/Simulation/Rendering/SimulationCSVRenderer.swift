/// A simulated week as CSV, one row per 15-minute interval (RFC 4180, CRLF): the plan's
/// required and scheduled agents and what the simulation saw (means across replications).
public enum SimulationCSVRenderer {
    /// The header row's fields, in order.
    public static let columns = ["local_start", "utc_start", "required", "scheduled", "difference", "answering",
                                 "arrivals", "breaches", "peak_backlog", "occupancy"]

    /// Renders `report`'s intervals.
    public static func render(_ report: SimulationReport) -> String {
        let t = report.schedule.timeline
        var out = CSVText.row(columns)
        for row in report.intervals {
            let w = t.clock.wallTime(at: row.start)
            out += CSVText.row([InstantFormat.wall(w.date, w.minute), InstantFormat.utc(row.start), String(row.required),
                                String(row.scheduled), String(row.difference), String(row.answering),
                                ReportNumbers.fixed(row.arrivals, 3), ReportNumbers.fixed(row.breaches, 3),
                                ReportNumbers.fixed(row.peakBacklog, 3), row.occupancy.map { ReportNumbers.fixed($0, 4) } ?? ""])
        }
        return out
    }
}
