import XCTest
@testable import SocialPlanCore

/// The generated week of mentions against the forecast it comes from (SimulationInput suite).
final class SimulationInputMentionStreamTests: XCTestCase {
    private let seeds: [UInt64] = (0..<200).map { SimulationRandom.replicationSeed(base: 49, index: $0) }

    func testTotalFirstContactsAverageTheForecastTotal() throws {
        let (_, schedule) = try SimulationInputFixture.load()
        let expected = schedule.volume.firstContacts.reduce(0, +)
        XCTAssertGreaterThan(expected, 250)  // weekly volume plus the posts' replies
        var total = 0
        for seed in seeds { total += try SimulationInputFixture.stream(seed: seed).mentions.count }
        let mean = Double(total) / Double(seeds.count)
        // Poisson: sd of the mean is √(λ / runs); allow five of them.
        XCTAssertEqual(mean, expected, accuracy: 5 * (expected / Double(seeds.count)).squareRoot())
    }

    func testArrivalsFollowTheDailyProfile() throws {
        let (_, schedule) = try SimulationInputFixture.load()
        let t = schedule.timeline
        // Daytime: 08:00–20:00 local; the retail profile puts most mentions there.
        let isDay = (0..<t.intervalCount).map { i -> Bool in
            let minute = t.wallTime(ofInterval: i).minute
            return minute >= 8 * 60 && minute < 20 * 60
        }
        let volume = schedule.volume.firstContacts
        let expectedDay = zip(volume, isDay).filter(\.1).map(\.0).reduce(0, +) * Double(seeds.count)
        let expectedNight = zip(volume, isDay).filter { !$0.1 }.map(\.0).reduce(0, +) * Double(seeds.count)
        var day = 0, night = 0
        for seed in seeds.prefix(100) + seeds.suffix(100) {
            let stream = try SimulationInputFixture.stream(seed: seed)
            for m in stream.mentions {
                let interval = Int(m.arrival / SimulationSpan.stepSeconds)
                if isDay[interval] { day += 1 } else { night += 1 }
            }
        }
        XCTAssertGreaterThan(expectedDay, 3 * expectedNight)
        XCTAssertEqual(Double(day), expectedDay, accuracy: 5 * expectedDay.squareRoot())
        XCTAssertEqual(Double(night), expectedNight, accuracy: 5 * expectedNight.squareRoot() + 5)
    }

    func testPerIntervalCountsMatchTheForecastInEveryHourOfTheWeek() throws {
        let (_, schedule) = try SimulationInputFixture.load()
        let n = schedule.timeline.intervalCount
        var counts = Array(repeating: 0, count: n)
        // Hour buckets (4 intervals), first contacts only, 200 runs.
        for seed in seeds {
            let stream = try SimulationInputFixture.stream(seed: seed)
            for m in stream.mentions { counts[Int(m.arrival / SimulationSpan.stepSeconds)] += 1 }
        }
        for hour in 0..<(n / 4) {
            let expected = schedule.volume.firstContacts[(hour * 4)..<(hour * 4 + 4)].reduce(0, +) * Double(seeds.count)
            let observed = Double(counts[(hour * 4)..<(hour * 4 + 4)].reduce(0, +))
            // ~168 checks: six sd (+3 for near-empty hours) keeps false alarms negligible.
            XCTAssertEqual(observed, expected, accuracy: 6 * expected.squareRoot() + 3, "hour \(hour)")
        }
    }

    func testPrioritySharesFollowTheMixInSLAOrder() throws {
        var urgent = 0, all = 0
        for seed in seeds.prefix(100) {
            let stream = try SimulationInputFixture.stream(seed: seed)
            XCTAssertEqual(stream.priorities.names, ["urgent", "normal"])
            for m in stream.mentions {
                XCTAssertTrue((0..<2).contains(m.priority))
                if m.priority == 0 { urgent += 1 }
                all += 1
            }
        }
        let share = Double(urgent) / Double(all)
        XCTAssertEqual(share, 0.10, accuracy: 5 * (0.1 * 0.9 / Double(all)).squareRoot())
    }

    func testHandleTimesHaveTheStatedMeanAndVariation() throws {
        var values: [Double] = []
        for seed in seeds.prefix(150) {
            let mentions = try SimulationInputFixture.stream(seed: seed).mentions
            values += mentions.map(\.handleTime) + mentions.compactMap(\.followUp?.handleTime)
        }
        let mean = values.reduce(0, +) / Double(values.count)
        let sd = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
        XCTAssertGreaterThan(values.count, 50_000)
        XCTAssertEqual(mean, 360, accuracy: 360 * 0.02)   // mean 6m
        XCTAssertEqual(sd / mean, 1.0, accuracy: 0.08)    // cv 1.0 (lognormal: slow to settle)
        XCTAssertTrue(values.allSatisfy { $0 > 0 && $0.isFinite })
    }

    func testSameSeedSameStreamAndDifferentSeedsDiffer() throws {
        let a = try SimulationInputFixture.stream(seed: 7)
        let b = try SimulationInputFixture.stream(seed: 7)
        let c = try SimulationInputFixture.stream(seed: 8)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a.mentions, c.mentions)
    }

    func testArrivalsAreSortedInsideTheWeekWithUniqueIds() throws {
        for seed in seeds.prefix(20) {
            let stream = try SimulationInputFixture.stream(seed: seed)
            let horizon = stream.span.horizon
            XCTAssertEqual(horizon, Double(stream.span.weekIntervals * 900))
            XCTAssertTrue(zip(stream.mentions, stream.mentions.dropFirst()).allSatisfy { a, b in
                a.arrival < b.arrival || (a.arrival == b.arrival && a.id < b.id)
            })
            XCTAssertTrue(stream.mentions.allSatisfy { $0.arrival >= 0 && $0.arrival < horizon })
            XCTAssertEqual(Set(stream.mentions.map(\.id)).count, stream.mentions.count)
            XCTAssertEqual(Set(stream.mentions.map(\.id)), Set(0..<stream.mentions.count))
        }
    }

    func testFollowUpsArePlannedOnTheirFirstContactWithFreshIds() throws {
        var withFollowUp = 0, all = 0
        for seed in seeds.prefix(100) {
            let stream = try SimulationInputFixture.stream(seed: seed)
            XCTAssertEqual(stream.followUpDelay, 1200)  // after: 20m, counted from the reply
            XCTAssertTrue(stream.mentions.allSatisfy { !$0.isFollowUp }, "follow-ups are spawned by the simulator")
            let planned = stream.mentions.compactMap(\.followUp)
            // Numbered after the first contacts, in the order they were drawn (the parents' order).
            XCTAssertEqual(planned.map(\.id), Array(stream.mentions.count..<(stream.mentions.count + planned.count)))
            XCTAssertTrue(planned.allSatisfy { $0.handleTime > 0 && $0.handleTime.isFinite })
            all += stream.mentions.count
            withFollowUp += planned.count
        }
        XCTAssertEqual(Double(withFollowUp) / Double(all), 0.30, accuracy: 5 * (0.3 * 0.7 / Double(all)).squareRoot())
    }

    func testWarmUpReplaysTheWeeksLastDayBeforeMonday() throws {
        let stream = try SimulationInputFixture.stream(seed: 3, warmUp: SimulationSpan.day)
        XCTAssertEqual(stream.span.weekStart, 86_400)
        XCTAssertEqual(stream.span.horizon, 86_400 + Double(stream.span.weekIntervals * 900))
        XCTAssertTrue(stream.mentions.allSatisfy { $0.arrival >= 0 && $0.arrival < stream.span.horizon })
        XCTAssertTrue(stream.mentions.contains { $0.arrival < 86_400 })  // Sunday night has mentions
        XCTAssertEqual(stream.span.weekInterval(ofStep: 0), stream.span.weekIntervals - 96)
        XCTAssertEqual(stream.span.weekInterval(ofStep: 96), 0)
        // The warm-up's expected volume is Sunday's: compare over many seeds.
        let (_, schedule) = try SimulationInputFixture.load()
        let n = schedule.timeline.intervalCount
        let sunday = schedule.volume.firstContacts[(n - 96)..<n].reduce(0, +)
        var warm = 0
        for seed in seeds.prefix(100) {
            let s = try SimulationInputFixture.stream(seed: seed, warmUp: SimulationSpan.day)
            warm += s.mentions.filter { $0.arrival < 86_400 }.count
        }
        let expected = sunday * 100
        XCTAssertEqual(Double(warm), expected, accuracy: 5 * expected.squareRoot() + 3)
    }

    func testStrategyWithoutMentionsGivesAnEmptyStream() throws {
        var (strategy, _) = try SimulationInputFixture.load()
        strategy.mentions = nil
        let schedule = WeekScheduler.schedule(strategy, week: try ISOWeek.parse("2026-W49").get())
        var random = SimulationRandom(seed: 1)
        let stream = MentionStreamGenerator.generate(schedule: schedule, strategy: strategy, random: &random)
        XCTAssertTrue(stream.mentions.isEmpty)
        XCTAssertEqual(stream.plannedFollowUpCount, 0)
    }
}
