/// The formats socialplan writes; one name per format across every command.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json, ics, yaml, github, sarif, html
}

/// The one rendering contract. Each feature owns a `Rendering` type in its `Rendering/`
/// folder: the report value it renders (carrying everything the words need, such as the
/// strategy or a member filter), the formats it writes, and one call that writes a format.
/// Commands never switch on formats themselves: they pass the user's choice through.
///
/// ```swift
/// let text = ScheduleRendering.render(ScheduleView(schedule: s, strategy: st), as: .json)
/// ```
public protocol ReportRendering {
    associatedtype Report
    /// The formats this report is written in, the default first.
    static var formats: [OutputFormat] { get }
    /// `report` in `format`, ending in a newline. `format` is one of ``formats``; any other
    /// falls back to the default (the first), so a caller can never get an empty document.
    static func render(_ report: Report, as format: OutputFormat) -> String
    /// The same document handed to `write` in pieces, for reports too large to hold as one
    /// String (an audit of 100,000 accounts); the pieces joined are exactly
    /// ``render(_:as:)``'s text. The default hands over that text at once.
    static func render(_ report: Report, as format: OutputFormat, into write: (String) throws -> Void) rethrows
}

extension ReportRendering {
    public static func render(_ report: Report, as format: OutputFormat, into write: (String) throws -> Void) rethrows {
        try write(render(report, as: format))
    }
}
