/// The `validate` job for one file: load, then lint, as one list of diagnostics.
public enum StrategyValidation {
    /// The result of validating one file.
    public struct Outcome: Sendable {
        /// The strategy file and everything found in it.
        public var report: FileDiagnostics
        /// Each post file of `posts_from:` with what was found in it, in name order.
        public var postReports: [FileDiagnostics] = []
        /// The strategy when it loaded without errors.
        public var strategy: Strategy?
    }

    /// Loads `bytes` as a strategy and runs every rule not in `disabled`.
    /// Rules run on whatever loaded, even after loading errors, so one pass shows everything;
    /// `strategy` is only returned when there are no errors at all.
    /// `posts` reads the files of `posts_from:` (see ``StrategyLoader/PostFolderReader``); their
    /// findings come back per file in `postReports`, with paths joined to the strategy's folder.
    public static func validate(bytes: [UInt8], path: String, disabled: Set<String> = [], limits: YAMLLimits = .standard,
                                posts: StrategyLoader.PostFolderReader? = nil) -> Outcome {
        let loaded = StrategyLoader.load(bytes: bytes, limits: limits, posts: posts)
        var diagnostics = loaded.diagnostics
        if let strategy = loaded.strategy {
            diagnostics += Linter.run(strategy, disabled: disabled)
        }
        let file = SourceFile(path: path, text: decode(bytes))
        let hasErrors = diagnostics.contains { $0.severity == .error }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) + "/" : ""
        let postReports = loaded.postFiles.map { post in
            FileDiagnostics(file: SourceFile(path: folder + post.path, text: decode(post.bytes)),
                            diagnostics: diagnostics.filter { $0.file == post.path })
        }
        return Outcome(report: FileDiagnostics(file: file, diagnostics: diagnostics.filter { $0.file == nil }),
                       postReports: postReports, strategy: hasErrors ? nil : loaded.strategy)
    }

    /// The strategy's report first, then each post file's.
    public static func reports(_ outcome: Outcome) -> [FileDiagnostics] { [outcome.report] + outcome.postReports }

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
