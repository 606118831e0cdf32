/// The layout of a reply log.
public enum LogFormat: Sendable, Hashable {
    /// The public "Customer Support on Twitter" CSV (``LogColumnMapping/twcs``): header
    /// required, columns by name in any order, ids must be whole numbers.
    case twcs
    /// Any CSV with a header, read through a column mapping.
    case csv(LogColumnMapping)
    /// JSON Lines: one object per line, fields named by the mapping.
    case jsonl(LogColumnMapping)

    /// The mapping the format reads with.
    public var mapping: LogColumnMapping {
        switch self {
        case .twcs: return .twcs
        case .csv(let m), .jsonl(let m): return m
        }
    }
}
