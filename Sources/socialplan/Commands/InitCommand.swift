import ArgumentParser
import SocialPlanCore

/// `socialplan init [--template NAME] PATH`: write a starter strategy.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter strategy file from a template.",
        discussion: "Templates: " + StarterTemplate.all.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ") + ".")

    @Option(help: "Template to start from: \(StarterTemplate.all.map(\.name).joined(separator: ", ")).",
            completion: .list(StarterTemplate.all.map(\.name)))
    var template: String = StarterTemplate.defaultName

    @Flag(help: "Replace PATH if it already exists.")
    var force = false

    @Flag(help: "List the templates and exit.")
    var list = false

    @Argument(help: "Where to write the new strategy file, e.g. my-strategy.yaml.", completion: StrategyCompletion.strategyFile)
    var path: String?

    func validate() throws {
        if !list && path == nil { throw ValidationError("give the path of the file to write, e.g. socialplan init my-strategy.yaml") }
        if StarterTemplate.named(template) == nil {
            let names = StarterTemplate.all.map(\.name)
            let hint = Suggestion.closest(to: template, in: names).map { " (did you mean `\($0)`?)" } ?? ""
            throw ValidationError("no template `\(template)`\(hint); templates: \(names.joined(separator: ", "))")
        }
    }

    func run() throws {
        if list {
            Terminal.writeOutput(StarterTemplate.all.map { "\($0.name.padding(18))\($0.summary)\n" }.joined())
            return
        }
        guard let path, let chosen = StarterTemplate.named(template) else { throw ExitCode(2) }
        do {
            try FileAccess.writeAtomically(chosen.text, to: path, overwrite: force)
        } catch {
            Terminal.writeError("error: \(error)\n")
            throw ExitCode(2)
        }
        Terminal.writeError("wrote \(path) from template \(chosen.name); next: socialplan check \(path)\n")
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
