import XCTest
@testable import SocialPlanCore

/// Precise checks of the content, hashtag, account and date rules.
final class ContentRuleTests: XCTestCase {
    func testCadenceThatNeedsMoreThanTheGapAllows() {
        let text = CadenceExceedsWindowsRule.description.triggering[1]
        let found = RuleTestSupport.findings(CadenceExceedsWindowsRule.self, text)
        XCTAssertEqual(found.map(\.message), [
            "stream `flash-deals` (every: 3/day) needs 3 posts a day every day, but its posting windows fit only 1 a day (with publishing min_gap 1h)",
        ])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "every:", in: text))
        XCTAssertEqual(found.first?.notes.map(\.position), [RuleTestSupport.position(of: "at:", in: text), RuleTestSupport.position(of: "min_gap:", in: text)])
    }

    func testDailyCadenceWithWeekdayWindowsSuggestsWeekdays() {
        let found = RuleTestSupport.findings(CadenceExceedsWindowsRule.self, CadenceExceedsWindowsRule.description.triggering[0])
        XCTAssertEqual(found.first?.message, "stream `daily-tip` (every: daily) needs a post every day, but its posting windows fit none on Sat and Sun")
        XCTAssertEqual(found.first?.help, "add windows for sat-sun under `at:`, or write `every: weekdays`")
    }

    func testSlotCapacityPlacesSlotsGreedilyAcrossPeriods() {
        let periods = [TimePeriod(start: ClockTime(hour: 9, minute: 0), end: ClockTime(hour: 9, minute: 10)),
                       TimePeriod(start: ClockTime(hour: 9, minute: 20), end: ClockTime(hour: 9, minute: 30)),
                       TimePeriod(start: ClockTime(hour: 11, minute: 0), end: ClockTime(hour: 12, minute: 0))]
        XCTAssertEqual(SlotCapacity(slotMinutes: 1, stepMinutes: 60, perDayCap: nil).count(in: periods), 2, "09:00 and 11:00")
        XCTAssertEqual(SlotCapacity(slotMinutes: 1, stepMinutes: 30, perDayCap: nil).count(in: periods), 3, "09:00, 11:00, 11:30")
        XCTAssertEqual(SlotCapacity(slotMinutes: 1, stepMinutes: 30, perDayCap: 2).count(in: periods), 2)
        XCTAssertEqual(SlotCapacity(slotMinutes: 30, stepMinutes: 30, perDayCap: nil).count(in: periods), 2, "only the 1h period holds 30m slots")
        XCTAssertEqual(SlotCapacity(slotMinutes: 1, stepMinutes: 0, perDayCap: nil).count(in: periods), SlotCapacity.unlimited)
        XCTAssertEqual(SlotCapacity(slotMinutes: 1, stepMinutes: 0, perDayCap: 4).count(in: periods), 4)
    }

    func testHashtagFindingsPointAtTheItem() {
        let text = HashtagMalformedRule.description.triggering[1]
        let found = RuleTestSupport.findings(HashtagMalformedRule.self, text)
        XCTAssertEqual(found.map(\.message), [
            "hashtag `#fjord kaffe` in stream `product-news` contains a space, which ends the hashtag",
            "hashtag `#2026` in stream `product-news` is only digits, which platforms do not link",
        ])
        XCTAssertEqual(found.map(\.position), [RuleTestSupport.position(of: "\"#fjord kaffe\"", in: text), RuleTestSupport.position(of: "\"#2026\"", in: text)])
        XCTAssertEqual(found.first?.help, "write it as \"#fjordkaffe\", in quotes: an unquoted # starts a YAML comment")
    }

    func testHashtagShapes() {
        for good in ["#fjordkaffe", "#kaffepåfjorden", "#Kaffe2026", "#god_jul", "#コーヒー", "#2026kaffe"] {
            XCTAssertNil(HashtagMalformedRule.problem(good), good)
        }
        XCTAssertEqual(HashtagMalformedRule.problem("fjordkaffe"), "does not start with #")
        XCTAssertEqual(HashtagMalformedRule.problem("#"), "has no text after #")
        XCTAssertEqual(HashtagMalformedRule.problem("##kaffe"), "contains `#`, which ends the hashtag")
        XCTAssertEqual(HashtagMalformedRule.problem("#kaffe!"), "contains `!`, which ends the hashtag")
        XCTAssertEqual(HashtagMalformedRule.problem("#123"), "is only digits, which platforms do not link")
    }

    func testDuplicateHashtagNotesTheFirst() {
        let text = HashtagDuplicateRule.description.triggering[1]
        let found = RuleTestSupport.findings(HashtagDuplicateRule.self, text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "\"#fjordkaffe\"", in: text))
        XCTAssertEqual(found.first?.notes.first?.position, RuleTestSupport.position(of: "\"#Fjordkaffe\"", in: text))
    }

    func testTooManyHashtagsPointsAtTheFirstExtraAndCountsRepeatsOnce() {
        let text = HashtagsTooManyRule.description.triggering[0]
        let found = RuleTestSupport.findings(HashtagsTooManyRule.self, text)
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "\"#oslo\"", in: text))
        let repeats = """
            team:
              kari: { available: { mon-fri: "08:00-16:00" } }
            content:
              news: { by: [kari], every: 3/week, hashtags: ["#a", "#b", "#A", "#c"] }
            """
        XCTAssertEqual(RuleTestSupport.findings(HashtagsTooManyRule.self, repeats).count, 0)
    }

    func testNorwegianBioPasses() {
        XCTAssertTrue(BioUnclearSpeakerRule.saysWhoSpeaks("Offisiell konto for Fjordkaffe AS", name: "Kaffebaren", handle: nil))
        XCTAssertTrue(BioUnclearSpeakerRule.saysWhoSpeaks("Offisiell konto for Fjordkaffe AS", name: "Fjordkaffe", handle: "@fjordkaffe"))
        let text = """
            version: 1
            name: Fjordkaffe
            timezone: Europe/Oslo
            accounts:
              instagram:
                network: instagram
                handle: "@fjordkaffe"
                bio: "Offisiell konto for Fjordkaffe AS. Kundeservice kvardagar 08–20."
            """
        XCTAssertEqual(RuleTestSupport.findings(BioUnclearSpeakerRule.self, text).count, 0)
        XCTAssertEqual(RuleTestSupport.findings(BioMissingRule.self, text).count, 0)
    }

    func testBioSpeakerSignals() {
        let who: (String) -> Bool = { BioUnclearSpeakerRule.saysWhoSpeaks($0, name: "Nordlys Outdoor", handle: "@nordlys_ute") }
        XCTAssertTrue(who("Gear for the Arctic from NORDLYS outdoor"), "name, any case")
        XCTAssertTrue(who("Turutstyr frå nordlysoutdoor.no"), "name without the space")
        XCTAssertTrue(who("Follow nordlys_ute for trips"), "handle without @")
        XCTAssertTrue(who("Offizieller Account. Wir antworten werktags."), "official word, German")
        XCTAssertTrue(who("Virallinen tili"), "official word, Finnish")
        XCTAssertTrue(who("Help with your order. -Kari"), "dash signature")
        XCTAssertTrue(who("Help with your order, ^KN"), "caret initials")
        XCTAssertTrue(who("Tweets by Kari and Ola"), "byline")
        XCTAssertFalse(who("Gear for the Arctic. We reply fast."))
        XCTAssertFalse(who("Open mon-fri, 08-16"), "a dash in a range is no signature")
    }

    func testBioMissingWithoutAccountPointsAtContent() {
        let text = BioMissingRule.description.triggering[1]
        let found = RuleTestSupport.findings(BioMissingRule.self, text)
        XCTAssertEqual(found.map(\.message), ["the strategy publishes content but has no `accounts:` with a bio"])
        XCTAssertEqual(found.first?.position, RuleTestSupport.position(of: "content:", in: text))
    }

    func testDatesInEveryList() {
        let text = """
            team:
              kari: { available: { mon-fri: "08:00-16:00" }, away: [2026-07-21..2026-07-01] }
            publishing: { blackout: [2026-12-25, 2062-12-24..2062-12-23] }
            """
        let reversed = RuleTestSupport.findings(DateRangeReversedRule.self, text)
        XCTAssertEqual(reversed.map(\.message), [
            "member `kari` away range 2026-07-21..2026-07-01 ends before it starts, so it covers no day",
            "publishing blackout range 2062-12-24..2062-12-23 ends before it starts, so it covers no day",
        ])
        XCTAssertEqual(reversed.first?.position, RuleTestSupport.position(of: "2026-07-21..", in: text))
        XCTAssertEqual(reversed.first?.help, "write the earlier date first: 2026-07-01..2026-07-21")
        XCTAssertEqual(RuleTestSupport.findings(DateOverlapRule.self, text).count, 0, "reversed ranges are not also overlaps")
    }

    func testOverlapNotesTheFirstDate() {
        let text = DateOverlapRule.description.triggering[0]
        let found = RuleTestSupport.findings(DateOverlapRule.self, text)
        XCTAssertEqual(found.map(\.message), ["care holidays gives 2026-12-25 twice"])
        let line = RuleTestSupport.position(of: "holidays:", in: text)?.line
        XCTAssertEqual(found.first?.position?.line, line)
        XCTAssertEqual(found.first?.notes.first?.position?.line, line)
        XCTAssertLessThan(found.first?.notes.first?.position?.column ?? 0, found.first?.position?.column ?? 0)
    }

    func testExampleHeaderIsAddedUnlessTheExampleHasItsOwn() {
        XCTAssertTrue(RuleExample.strategyText("team:\n  ola: { timezone: America/New_York }\n").hasPrefix(RuleExample.header))
        XCTAssertEqual(RuleExample.strategyText("version: 1\nname: X\ntimezone: Asia/Tokyo\n"), "version: 1\nname: X\ntimezone: Asia/Tokyo\n")
    }

    func testPhrases() {
        XCTAssertEqual(Phrase.days([.mon, .tue, .wed, .thu, .fri]), "Mon–Fri")
        XCTAssertEqual(Phrase.days([.sun, .sat]), "Sat and Sun")
        XCTAssertEqual(Phrase.days([.mon, .wed, .fri]), "Mon, Wed and Fri")
        XCTAssertEqual(Phrase.days([.mon, .tue, .wed, .sat]), "Mon–Wed and Sat")
        XCTAssertEqual(Phrase.days(Weekday.allCases), "every day")
        XCTAssertEqual(Phrase.weekdaysPlural([.sun]), "Sundays")
        XCTAssertEqual(Phrase.hours(minutes: 3810), "63.5")
        XCTAssertEqual(Phrase.length(minutes: 750), "12h30m")
    }
}
