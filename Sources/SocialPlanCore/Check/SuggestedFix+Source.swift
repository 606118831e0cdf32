extension SuggestedFix {
    /// `text` — the file the checked strategy was loaded from — with every change written in,
    /// one after the other (the text is loaded again between changes, so each edit finds its
    /// keys where the previous edit left them). The result loads without new diagnostics.
    ///
    /// Complexity: O(changes × file length), one load per change.
    public func source(editing text: String) -> Result<String, StrategyEditError> {
        var current = text
        for change in changes {
            let loaded = StrategyLoader.load(current)
            guard let strategy = loaded.strategy, !loaded.hasErrors else {
                return .failure(StrategyEditError("the strategy file has errors; fix them before applying a suggested fix"))
            }
            switch change.applied(toSource: current, strategy: strategy) {
            case .success(let edited): current = edited
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(current)
    }
}

extension SuggestedFix {
    /// A strategy file's text when its bytes can be edited in place: UTF-8 (a byte-order mark
    /// allowed); nil for UTF-16 or UTF-32 (byte-order marks or NUL bytes) and invalid UTF-8.
    public static func editableText(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.contains(0) { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
