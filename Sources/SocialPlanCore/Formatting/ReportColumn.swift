import Foundation

/// One column of a report table, described once for every format: people read it in the text
/// and Markdown tables (``Shown``), programs in JSON and CSV (``Keyed``). A column can be for
/// one audience only (a text label that stands for several keyed columns, or a key that text
/// folds into another cell). A feature lists its columns once, in order; each renderer reads
/// the audience it serves, so a new figure is one entry in that list plus its goldens.
public struct ReportColumn<Row>: Sendable {
    /// How a column lines up where people read it.
    public enum Alignment: Sendable { case left, right }

    /// The column as people read it.
    public struct Shown: Sendable {
        /// The text table's header.
        public let text: String
        /// The Markdown table's header.
        public let markdown: String
        /// Alignment of the cells.
        public let alignment: Alignment
        /// The cell.
        public let cell: @Sendable (Row) -> String

        public init(text: String, markdown: String, alignment: Alignment, cell: @escaping @Sendable (Row) -> String) {
            self.text = text
            self.markdown = markdown
            self.alignment = alignment
            self.cell = cell
        }
    }

    /// The column as programs read it.
    public struct Keyed: Sendable {
        /// The JSON key and the CSV column name.
        public let key: String
        /// The figure; CSV writes ``JSONValue/csvField``.
        public let value: @Sendable (Row) -> JSONValue

        public init(key: String, value: @escaping @Sendable (Row) -> JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// nil for a column only programs read.
    public let shown: Shown?
    /// nil for a column only people read.
    public let keyed: Keyed?

    public init(shown: Shown?, keyed: Keyed?) {
        self.shown = shown
        self.keyed = keyed
    }

    /// A column only programs read.
    public static func keyed(_ key: String, _ value: @escaping @Sendable (Row) -> JSONValue) -> ReportColumn {
        ReportColumn(shown: nil, keyed: Keyed(key: key, value: value))
    }
}

extension Array {
    /// The columns people read, in order.
    public func shown<Row>() -> [ReportColumn<Row>.Shown] where Element == ReportColumn<Row> { compactMap(\.shown) }
    /// The columns programs read, in order.
    public func keyed<Row>() -> [ReportColumn<Row>.Keyed] where Element == ReportColumn<Row> { compactMap(\.keyed) }
}

extension JSONValue {
    /// The value as one CSV field: text and numbers as written, `yes`/`no`, empty for `null`
    /// (nested values as their one-line JSON).
    public var csvField: String {
        switch self {
        case .string(let s), .literal(let s): return s
        case .integer(let i): return String(i)
        case .number(let d): return JSONValue.format(d)
        case .bool(let b): return b ? "yes" : "no"
        case .null: return ""
        case .object, .array: return rendered().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }
    }
}
