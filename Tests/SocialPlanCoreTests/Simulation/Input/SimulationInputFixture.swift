import Foundation
import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// The bundled Fjordkaffe strategy scheduled for 2026-W49, loaded once for all input tests.
enum SimulationInputFixture {
    static let fjordkaffe: (strategy: Strategy, schedule: WeekSchedule)? = {
        let url = PackageRoot.file("Strategies/fjordkaffe.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
              let strategy = StrategyLoader.load(text).strategy,
              let week = try? ISOWeek.parse("2026-W49").get() else { return nil }
        return (strategy, WeekScheduler.schedule(strategy, week: week))
    }()

    static func load() throws -> (strategy: Strategy, schedule: WeekSchedule) {
        try XCTUnwrap(fjordkaffe, "Strategies/fjordkaffe.yaml should load and schedule")
    }

    static func stream(seed: UInt64, warmUp: Int = 0) throws -> MentionStream {
        let (strategy, schedule) = try load()
        var random = SimulationRandom(seed: seed)
        return MentionStreamGenerator.generate(schedule: schedule, strategy: strategy, warmUpIntervals: warmUp, random: &random)
    }
}
