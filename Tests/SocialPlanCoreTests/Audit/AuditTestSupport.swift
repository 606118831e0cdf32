@testable import SocialPlanCore

/// Builders shared by the audit tests: promises, options and messages at Oslo wall times.
/// 2026-03-02 is a Monday; care hours are Mon–Fri 09:00–17:00.
enum AuditFixture {
    static let pos = SourcePosition(line: 1, column: 1)

    static func sla(_ priority: String, first: TimeSpan?, next: TimeSpan? = nil, target: Int = 90,
                    clock: ReplyClock = .calendar) -> ServiceLevel {
        ServiceLevel(priority: priority, firstReply: first, nextReply: next, target: Percentage(percent: Double(target)),
                     clock: clock, positions: KeyPositions(own: pos))
    }

    /// urgent (business 30m/1h, 95 %), normal (calendar 2h/4h, 90 %), low (calendar 1d, no next_reply, 80 %).
    static let slas = [
        sla("urgent", first: .minutes(30), next: .hours(1), target: 95, clock: .business),
        sla("normal", first: .hours(2), next: .hours(4), target: 90),
        sla("low", first: TimeSpan(seconds: 86_400), target: 80),
    ]

    static let triage = [TriageRule(priority: "urgent", keywords: ["refund", "Ikkje fungerer"], position: pos),
                         TriageRule(priority: "normal", keywords: ["order"], position: pos)]

    static func options(accounts: [String] = [], slas: [ServiceLevel] = slas, holidays: [String] = [],
                        observationEnd: Int? = nil, onDuty: OnDutyWeek? = nil) -> AuditOptions {
        AuditOptions(accounts: accounts, slas: slas, triage: triage,
                     calendar: .hours(SLAFixture.hours(SLAFixture.weekdays, "09:00-17:00"),
                                      holidays: holidays.compactMap { try? DateSpan.parse($0).get() }),
                     zone: "Europe/Oslo", observationEnd: observationEnd, onDuty: onDuty)
    }

    /// An Oslo instant on 2026-03-`day` at `hour`:`minute`.
    static func at(_ day: Int, _ hour: Int, _ minute: Int = 0, second: Int = 0) -> Int {
        SLAFixture.at("2026-03-\(day < 10 ? "0" : "")\(day)", hour, minute, second: second)
    }

    /// A customer message (`inbound`) or an account's (`from` a brand).
    static func msg(_ id: String, _ author: String, _ time: Int, _ text: String = "", parent: String? = nil,
                    inbound: Bool? = nil, priority: String? = nil) -> LogMessage {
        LogMessage(id: id, author: author, inbound: inbound ?? author.allSatisfy(\.isNumber), createdAt: time, text: text,
                   inResponseTo: parent, priority: priority, line: 1)
    }

    static func audit(_ messages: [LogMessage], _ options: AuditOptions = options()) -> AuditResult {
        Audit.run(options, messages: messages)
    }
}
