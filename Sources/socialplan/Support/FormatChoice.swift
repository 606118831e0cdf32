import ArgumentParser
import SocialPlanCore

/// `--format` of a command, limited to the formats its report's ``ReportRendering`` writes:
/// the help lists exactly those, and any other value is a usage error (exit 2).
struct FormatChoice<Rendering: ReportRendering>: ExpressibleByArgument {
    var format: OutputFormat

    init(_ format: OutputFormat) { self.format = format }

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument), Rendering.formats.contains(format) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { Rendering.formats.map(\.rawValue) }
    /// The shell completes exactly these formats.
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
    var defaultValueDescription: String { format.rawValue }

    /// The default format: the rendering's first.
    static var standard: FormatChoice { FormatChoice(Rendering.formats[0]) }

    /// `report` in the chosen format.
    func render(_ report: Rendering.Report) -> String { Rendering.render(report, as: format) }

    /// `report` in the chosen format, handed to `write` in pieces (`OutputOptions.emit` streams them).
    func render(_ report: Rendering.Report, into write: (String) throws -> Void) rethrows {
        try Rendering.render(report, as: format, into: write)
    }
}
