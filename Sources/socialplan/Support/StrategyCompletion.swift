import ArgumentParser
import SocialPlanCore

/// What the shell completes for socialplan's arguments (`--generate-completion-script`).
enum StrategyCompletion {
    /// Strategy files: YAML files and folders.
    static let strategyFile = CompletionKind.file(extensions: ["yaml", "yml"])

    /// The member ids of the strategy file already on the command line (`schedule FILE --member
    /// <TAB>`), read when the user presses TAB; nothing when no file there loads.
    static let memberIDs = CompletionKind.custom { words, _, prefix in
        for word in words.dropFirst() where word.hasSuffix(".yaml") || word.hasSuffix(".yml") {
            guard let bytes = try? FileAccess.read(word), let strategy = StrategyLoader.load(bytes: bytes).strategy else { continue }
            return strategy.team.map(\.id).filter { $0.hasPrefix(prefix) }
        }
        return []
    }
}
