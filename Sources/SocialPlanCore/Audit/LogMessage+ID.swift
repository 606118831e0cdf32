extension LogMessage {
    /// The normal form of an id as logs write it: surrounding spaces and tabs trimmed,
    /// `192625.0` → `192625`, `1.92625e5` → `192625` (exact decimal shifting, no rounding);
    /// text that is not a whole number stays as written. Complexity: O(n).
    public static func normalizedID(_ text: String) -> String {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { LogBytes.normalizedID(UnsafeRawBufferPointer($0)) }
    }
}
