import ArgumentParser
import Foundation
import SocialPlanCore

/// Loading one strategy file for the commands that work on a valid plan (`schedule`, …):
/// read it, validate it, and stop with the diagnostics when it has errors.
enum StrategyInput {
    /// The strategy at `path`. Errors are printed to standard error with their excerpts and end
    /// the command with exit code 1; file problems with 2. Warnings are summarised in one line.
    static func load(_ path: String) throws -> Strategy {
        try loadWithBytes(path).strategy
    }

    /// The strategy at `path` with the bytes it was read from (for `check --suggest-fix`).
    static func loadWithBytes(_ path: String) throws -> (strategy: Strategy, bytes: [UInt8]) {
        let bytes: [UInt8]
        do {
            bytes = try FileAccess.read(path)
        } catch {
            Terminal.writeError("error: \(error)\n")
            throw ExitCode(2)
        }
        let outcome = StrategyValidation.validate(bytes: bytes, path: path, posts: PostFolder.reader(for: path))
        let reports = StrategyValidation.reports(outcome)
        guard let strategy = outcome.strategy else {
            let colors = Terminal.colorsAllowed(fileDescriptor: 2)
            let errors = reports.map { FileDiagnostics(file: $0.file, diagnostics: $0.diagnostics.filter { $0.severity == .error }) }
                .filter { !$0.diagnostics.isEmpty }
            let count = errors.reduce(0) { $0 + $1.diagnostics.count }
            Terminal.writeError(TextDiagnosticRenderer(colors: colors).render(errors), styled: true)
            Terminal.writeError("\(path) has \(count) \(count == 1 ? "error" : "errors"); fix \(count == 1 ? "it" : "them") first (socialplan validate \(path))\n")
            throw ExitCode(1)
        }
        let warnings = reports.flatMap(\.diagnostics).filter { $0.severity == .warning }.count
        if warnings > 0 {
            Terminal.writeError("note: \(path) has \(warnings) \(warnings == 1 ? "warning" : "warnings"); see socialplan validate \(path)\n")
        }
        return (strategy, bytes)
    }

    /// The week to plan: `--week` when given, else the ISO week after today in the strategy's
    /// zone. This is the only place socialplan reads the wall clock.
    static func week(_ text: String?, zone: String) throws -> ISOWeek {
        if let text {
            switch ISOWeek.parse(text) {
            case .success(let w): return w
            case .failure(let e): throw ValidationError("--week: \(e.message); \(e.help ?? "")")
            }
        }
        let now = Int(Date().timeIntervalSince1970)
        let today = ZoneClock(zone: zone, from: now - 3 * 86_400, to: now + 3 * 86_400).wallTime(at: now).date
        return ISOWeek.containing(today).next
    }

    /// Checks a member id given to `option` (`--member`, `--without`) against the team, with a suggestion.
    static func member(_ id: String?, in strategy: Strategy, option: String = "--member") throws -> String? {
        guard let id else { return nil }
        guard strategy.member(id) == nil else { return id }
        let ids = strategy.team.map(\.id)
        let hint = Suggestion.closest(to: id, in: ids).map { " (did you mean `\($0)`?)" } ?? ""
        throw ValidationError("\(option): `\(id)` is not on the team\(hint); members: \(ids.joined(separator: ", "))")
    }
}
