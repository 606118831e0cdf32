import Foundation

/// One date or an inclusive range of dates, written `2026-12-24` or `2026-12-24..2026-12-31`.
public struct DateSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    /// First date.
    public var first: LocalDate
    /// Last date (inclusive).
    public var last: LocalDate

    /// Creates a span; a single date has `first == last`.
    public init(first: LocalDate, last: LocalDate) {
        self.first = first
        self.last = last
    }

    /// True when `date` is inside the span.
    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    /// True when the range is written backwards.
    public var isReversed: Bool { last < first }

    /// `2026-12-24` or `2026-12-24..2026-12-31`.
    public var description: String { first == last ? "\(first)" : "\(first)..\(last)" }

    /// Parses a date or `first..last`.
    public static func parse(_ text: String) -> Result<DateSpan, ValueError> {
        let t = text.trimmingSpaces
        if let r = t.range(of: "..") {
            let a = LocalDate.parse(String(t[..<r.lowerBound]))
            let b = LocalDate.parse(String(t[r.upperBound...]))
            switch (a, b) {
            case (.success(let x), .success(let y)): return .success(DateSpan(first: x, last: y))
            case (.failure(let e), _), (_, .failure(let e)):
                return .failure(ValueError(e.message, help: "write a date range as 2026-12-24..2026-12-31"))
            }
        }
        return LocalDate.parse(t).map { DateSpan(first: $0, last: $0) }
    }
}
