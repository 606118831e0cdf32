import ArgumentParser
import SocialPlanCore

/// `socialplan schema`: the JSON Schema of the strategy format, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft-07) of the strategy format (the same as docs/strategy.schema.json).")

    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.emit(StrategySchema.json())
    }
}
