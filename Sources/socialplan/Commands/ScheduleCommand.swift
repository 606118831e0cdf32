import ArgumentParser
import SocialPlanCore

/// `socialplan schedule FILE`: the week's posting calendar and care rota.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Plan a week: the posting calendar and the care rota, with what could not be filled.",
        discussion: "Exit codes: 0 planned (gaps are reported), 1 the file has errors or, with --strict, a slot is unfilled or without an approved post or an interval understaffed, 2 usage or file problems.")

    @Argument(help: "The strategy file.", completion: StrategyCompletion.strategyFile)
    var file: String

    @Option(help: "ISO week to plan, e.g. 2026-W49 (default: next week in the strategy's zone).")
    var week: String?

    @Option(help: "Show one member's posts and shifts (a member id).", completion: StrategyCompletion.memberIDs)
    var member: String?

    @Option(help: "Output format: text, markdown, csv, json or ics (iCalendar).")
    var format = FormatChoice<ScheduleRendering>.standard

    @Option(help: ArgumentHelp("Write the week's posts for a publishing tool instead of the plan: \(PublishingExport.allCases.map(\.rawValue).joined(separator: ", ")).",
                               discussion: "What the layout cannot carry is listed on standard error (docs/calendar-export.md)."))
    var export: PublishingExport?

    @Flag(help: "Exit 1 when any slot is unfilled, any published slot has no approved post (with a content library) or any interval is understaffed.")
    var strict = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if export != nil, format.format != FormatChoice<ScheduleRendering>.standard.format {
            throw ValidationError("--export writes a publishing tool's layout; leave out --format")
        }
    }

    func run() throws {
        let strategy = try StrategyInput.load(file)
        let chosen = try StrategyInput.week(week, zone: strategy.timezone)
        let who = try StrategyInput.member(member, in: strategy)
        // The rota of a large team can take seconds: show how far it is (standard error, a
        // terminal only, after half a second).
        let bar = ProgressBar(total: 100, label: "planning the care rota")
        let schedule = WeekScheduler.schedule(strategy, week: chosen) { progress in
            bar.update(done: Int(progress.fraction * 100), detail: progress.step.words)
        }
        bar.finish()
        if let export {
            let (items, skipped) = PublishingItems.items(schedule, strategy: strategy, member: who)
            let result = export.render(items)
            try output.emit(result.text)
            let notes = skipped + result.notes
            if !notes.isEmpty {
                Terminal.writeError("\(export.rawValue): \(items.count) \(items.count == 1 ? "post" : "posts") written; \(notes.count) \(notes.count == 1 ? "note" : "notes"):\n"
                    + notes.map { TextWrap.text($0, indent: "  ", hanging: "    ") }.joined())
            }
        } else {
            try output.emit(format.render(ScheduleView(schedule: schedule, strategy: strategy, member: who)))
        }
        if strict && (!schedule.isComplete || !schedule.emptySlots.isEmpty) { throw ExitCode(1) }
    }
}

extension PublishingExport: ExpressibleByArgument {}
