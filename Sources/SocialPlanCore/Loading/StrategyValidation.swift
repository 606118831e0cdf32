/// The `validate` job for one file: load, then lint, as one list of diagnostics.
public enum StrategyValidation {
    /// The result of validating one file.
    public struct Outcome: Sendable {
        /// The file and everything found in it.
        public var report: FileDiagnostics
        /// The strategy when it loaded without errors.
        public var strategy: Strategy?
    }

    /// Loads `bytes` as a strategy and runs every rule not in `disabled`.
    /// Rules run on whatever loaded, even after loading errors, so one pass shows everything;
    /// `strategy` is only returned when there are no errors at all.
    public static func validate(bytes: [UInt8], path: String, disabled: Set<String> = [], limits: YAMLLimits = .standard) -> Outcome {
        let loaded = StrategyLoader.load(bytes: bytes, limits: limits)
        var diagnostics = loaded.diagnostics
        if let strategy = loaded.strategy {
            diagnostics += Linter.run(strategy, disabled: disabled)
        }
        let file = SourceFile(path: path, text: decode(bytes))
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return Outcome(report: FileDiagnostics(file: file, diagnostics: diagnostics), strategy: hasErrors ? nil : loaded.strategy)
    }

    /// The file's text for excerpts: UTF-16 when it starts with a UTF-16 byte-order mark,
    /// otherwise UTF-8 (invalid bytes shown as U+FFFD).
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
