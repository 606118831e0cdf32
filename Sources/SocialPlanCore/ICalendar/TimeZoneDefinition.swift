import Foundation

/// A `VTIMEZONE` built from the zone's real transitions in the system tz database.
///
/// Nothing is hard-coded: the transitions in a window around the events are read through
/// Foundation, then written in one of three forms:
/// - **no transition** in the window (Asia/Tokyo): one `STANDARD` from `19700101T000000`
///   with equal `TZOFFSETFROM` / `TZOFFSETTO`;
/// - **yearly rules** (the default, when exact): one `STANDARD` and one `DAYLIGHT`, each with
///   the first onset in the window as `DTSTART` and an `RRULE` (`BYMONTH` + `BYDAY`), used only
///   when the rule reproduces *every* transition from the window start to ``ruleCheckYears``
///   past its end, and no other. Outlook reads only this shape: it is reported to ignore
///   `RDATE`s and to mis-read more than one `STANDARD` or `DAYLIGHT`;
/// - **explicit transitions** otherwise (rules that are not "nth weekday of a month", such as
///   Morocco's): an opening sub-component with the state at the window start, then one
///   sub-component per transition, `DTSTART` on the clock before the change.
///
/// The window runs from 1 January two years before the earliest time to 1 January two years
/// after the latest (UTC), so every event has at least a year of correct definition around it.
struct TimeZoneDefinition: Sendable, Hashable {
    /// How transitions are written when a yearly rule would fit.
    enum Style: Sendable, Hashable {
        /// `RRULE`s when they reproduce the transitions exactly, explicit ones otherwise.
        case yearlyRulesWhenExact
        /// Always one sub-component per transition (for tests of that form).
        case explicitTransitions
    }

    /// How many years past the window a yearly rule must also match the tz database, so a rule
    /// that only happens to agree for a few years (Israel's "Friday on or after 23 March" equals
    /// "last Friday of March" from 2024 to 2027) is not written as if it held for good.
    static let ruleCheckYears = 6

    /// `TZID`, the zone name as the events use it.
    var zone: String
    /// The sub-components, ordered by first onset.
    var observances: [TimeZoneObservance]

    /// The definition of `zone` (known to Foundation as `timeZone`) around `instants`.
    ///
    /// Complexity: O(t) Foundation queries for the t transitions in the window.
    init(zone: String, timeZone: TimeZone, covering instants: ClosedRange<Int>, style: Style = .yearlyRulesWhenExact) {
        self.zone = zone
        let window = Self.window(covering: instants)
        let checkEnd = CivilDateTime(year: CivilDateTime(wallSeconds: window.upperBound).year + Self.ruleCheckYears,
                                     month: 1, day: 1).wallSeconds
        let checked = ZoneTransition.all(in: timeZone, window: window.lowerBound..<checkEnd)
        let transitions = checked.filter { window.contains($0.instant) }
        let opening = ZoneTransition.State(of: timeZone, at: window.lowerBound)
        if transitions.isEmpty {
            observances = [TimeZoneObservance(isDaylight: false, onset: CivilDateTime(year: 1970, month: 1, day: 1),
                                              offsetFrom: opening.offset, offsetTo: opening.offset, name: opening.name)]
        } else if style == .yearlyRulesWhenExact,
                  let ruled = Self.yearlyRules(for: checked, span: window.lowerBound..<checkEnd) {
            observances = ruled
        } else {
            let start = TimeZoneObservance(isDaylight: opening.isDaylight,
                                           onset: CivilDateTime(wallSeconds: window.lowerBound + opening.offset),
                                           offsetFrom: opening.offset, offsetTo: opening.offset, name: opening.name)
            observances = [start] + transitions.map {
                TimeZoneObservance(isDaylight: $0.isDaylight, onset: $0.onset, offsetFrom: $0.offsetBefore,
                                   offsetTo: $0.offsetAfter, name: $0.name)
            }
        }
    }

    /// The content lines, unfolded.
    var lines: [String] {
        ["BEGIN:VTIMEZONE", "TZID:\(zone)"] + observances.flatMap(\.lines) + ["END:VTIMEZONE"]
    }

    /// 1 January (UTC) two years before the earliest instant up to 1 January two years after
    /// the latest one.
    static func window(covering instants: ClosedRange<Int>) -> Range<Int> {
        let firstYear = CivilDateTime(wallSeconds: instants.lowerBound).year
        let lastYear = CivilDateTime(wallSeconds: instants.upperBound).year
        return CivilDateTime(year: firstYear - 2, month: 1, day: 1).wallSeconds
            ..< CivilDateTime(year: lastYear + 2, month: 1, day: 1).wallSeconds
    }

    /// One `STANDARD` and one `DAYLIGHT` with `RRULE`s, if `transitions` (all those in `span`)
    /// fall into exactly two kinds (to daylight, to standard), each following one yearly rule
    /// that yields exactly the transitions of its kind in `span`; `nil` otherwise.
    static func yearlyRules(for transitions: [ZoneTransition], span: Range<Int>) -> [TimeZoneObservance]? {
        let kinds = [true, false].map { daylight in transitions.filter { $0.isDaylight == daylight } }
        var result: [TimeZoneObservance] = []
        for group in kinds {
            guard let first = group.first, group.count >= 2,
                  group.allSatisfy({ $0.offsetBefore == first.offsetBefore && $0.offsetAfter == first.offsetAfter && $0.name == first.name }),
                  let rule = YearlyRule(fitting: group.map(\.onset)),
                  expand(rule, offsetBefore: first.offsetBefore, span: span) == group.map(\.instant)
            else { return nil }
            result.append(TimeZoneObservance(isDaylight: first.isDaylight, onset: first.onset, offsetFrom: first.offsetBefore,
                                             offsetTo: first.offsetAfter, name: first.name, rule: rule))
        }
        return result.sorted { $0.onset.wallSeconds - $0.offsetFrom < $1.onset.wallSeconds - $1.offsetFrom }
    }

    /// The instants `rule` names in `span`, for onsets read with `offsetBefore`.
    static func expand(_ rule: YearlyRule, offsetBefore: Int, span: Range<Int>) -> [Int] {
        let firstYear = CivilDateTime(wallSeconds: span.lowerBound + offsetBefore).year
        let lastYear = CivilDateTime(wallSeconds: span.upperBound + offsetBefore).year
        return (firstYear...lastYear)
            .map { rule.onset(in: $0).wallSeconds - offsetBefore }
            .filter { span.contains($0) }
    }
}
