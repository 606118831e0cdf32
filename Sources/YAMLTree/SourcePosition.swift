/// A place in a source file: 1-based line and 1-based column (counted in characters).
public struct SourcePosition: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars as libyaml counts them.
    public var column: Int

    /// Creates a position; both numbers are 1-based.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, the form used in every diagnostic.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
