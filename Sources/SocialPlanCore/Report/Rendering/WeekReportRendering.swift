/// `socialplan report`: the checked week as one self-contained HTML page (inline CSS and SVG,
/// no script, nothing fetched), written as polyglot XHTML so an XML parser reads it too
/// (docs/report.md). The numbers and sentences are those `check` prints, read from the same
/// values: the SLA table's forms, the verdict line, the gap sentences (``GapWords``) and the
/// suggested fix (``SuggestedFixRenderer``).
public enum WeekReportRendering: ReportRendering {
    public static let formats: [OutputFormat] = [.html]

    /// The sections of the page, in order, by id (the audit's only with a log): what the
    /// browser check looks for.
    public static func sectionIDs(_ report: WeekReport) -> [String] {
        ["summary", "slas", "coverage", "gaps", "reply-times", "calendar"] + (report.comparison == nil ? [] : ["audit"])
    }

    public static func render(_ report: WeekReport, as format: OutputFormat) -> String {
        let m = ReportMarkup.self
        let title = "\(report.strategy.name) — week \(report.schedule.timeline.week)"
        // The policy forbids every script and every fetch: the page is self-contained.
        let head = m.element("head", [], m.empty("meta", [("charset", "utf-8")])
            + m.empty("meta", [("http-equiv", "Content-Security-Policy"), ("content", "default-src 'none'; style-src 'unsafe-inline'")])
            + m.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
            + m.empty("meta", [("name", "color-scheme"), ("content", "light dark")])
            + m.empty("meta", [("name", "generator"), ("content", "socialplan \(report.inputs.version)")])
            + m.element("title", [], m.text(title))
            + m.element("style", [], ReportStyle.css))
        // The answer first, the detail after it (docs/report.md, "What each section shows").
        let sections = [ReportSLASection.render(report), ReportCoverageSection.render(report), ReportGapSection.render(report),
                        ReportReplyTimeSection.render(report), ReportCalendarSection.render(report)]
            + (report.comparison.map { [ReportAuditSection.render($0, report: report)] } ?? [])
        let body = m.element("body", [], header(report) + navigation(report)
            + m.element("main", [], sections.joined(separator: "\n"))
            + m.element("footer", [], m.paragraph("Written by socialplan \(report.inputs.version). Times are in "
                + "\(report.schedule.timezone); days run Monday to Sunday. How to read this page: docs/report.md.")))
        return "<!DOCTYPE html>\n" + m.element("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en"), ("xml:lang", "en")],
                                                head + "\n" + body) + "\n"
    }

    /// The strategy, week and inputs, and the overall verdict as `check` words it.
    static func header(_ report: WeekReport) -> String {
        let m = ReportMarkup.self
        let t = report.schedule.timeline, dates = t.week.dates, sim = report.simulation
        let week = "\(t.week) (\(InstantFormat.day(dates[0])) – \(InstantFormat.day(dates[6])) \(dates[6].year))"
        var inputs: [(String, String)] = [("strategy file", report.inputs.file), ("week", week), ("time zone", report.schedule.timezone),
                                          ("simulation", SimulationTextRenderer.weeks(sim)), ("seed", String(sim.seed)),
                                          ("replications", "\(sim.replications) (asked \(sim.budget.initial), at most \(sim.budget.cap))"),
                                          ("socialplan", report.inputs.version)]
        if let log = report.inputs.log { inputs.append(("reply log", log)) }
        let list = inputs.map { m.element("dt", [], m.text($0.0)) + m.element("dd", [], m.words($0.1)) }.joined()
        return m.element("header", [("id", "summary")],
                         m.element("h1", [], m.words(report.strategy.name))
                         + m.paragraph("Week report: posting calendar, care rota, coverage and SLA outlook", cssClass: "muted")
                         + m.element("dl", [("class", "inputs")], list)
                         + m.paragraph(SimulationTextRenderer.verdictLine(sim), cssClass: "verdict " + sim.verdict.rawValue))
    }

    static func navigation(_ report: WeekReport) -> String {
        let m = ReportMarkup.self
        var links = [("slas", "SLA outlook"), ("coverage", "Coverage"), ("gaps", "Gaps and fix"), ("reply-times", "Reply times"),
                     ("calendar", "Week calendar")]
        if report.comparison != nil { links.append(("audit", "Plan against actuals")) }
        return m.element("nav", [("aria-label", "Sections")],
                         m.element("ul", [], links.map { m.element("li", [], m.element("a", [("href", "#" + $0.0)], m.text($0.1))) }.joined()))
    }
}
