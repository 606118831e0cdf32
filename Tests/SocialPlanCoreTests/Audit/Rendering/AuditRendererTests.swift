import XCTest
@testable import SocialPlanCore

/// Every audit renderer on one small fixed case, compared as exact strings.
final class AuditRendererTests: XCTestCase {
    typealias F = AuditFixture

    /// One account, urgent and normal first replies, a follow-up, a rota on Monday 09:00–12:00.
    static var result: AuditResult {
        let duty = OnDutyWeek(onDutySlots: 36..<48)
        return F.audit([
            F.msg("1", "100", F.at(2, 10), "@Acme refund"),
            F.msg("2", "Acme", F.at(2, 10, 20), "done ^JK", parent: "1"),
            F.msg("3", "200", F.at(2, 11), "@Acme, order"),
            F.msg("4", "Acme", F.at(2, 14), "sent -Becky https://t.co/x", parent: "3"),
            F.msg("5", "200", F.at(2, 14, 30), "thanks, order?", parent: "4"),
            F.msg("6", "300", F.at(2, 15), "@Acme hello"),
        ], F.options(accounts: ["Acme"], slas: Array(F.slas.prefix(2)), onDuty: duty))
    }

    private func lf(_ s: String) -> String { String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "\r" })) }

    /// Every account in full, heatmaps included (the fixture is small).
    static let everything = AuditTextLayout(detailMinimum: 0, heatmapMinimum: 0, heatmaps: true)

    func testText() {
        XCTAssertEqual(AuditTextRenderer.render(Self.result, layout: Self.everything), Self.text)
    }

    /// With the default thresholds, the four mentions make one line of the summary table.
    func testQuietAccountsAreOneLineEach() {
        XCTAssertEqual(AuditTextRenderer.render(Self.result), Self.quiet)
    }

    func testJSON() {
        XCTAssertEqual(AuditJSONRenderer.render(Self.result, includeRows: true), Self.json)
    }

    func testRollupCSV() {
        let csv = AuditCSVRenderer.render(Self.result)
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertEqual(lf(csv), Self.csv)
    }

    func testRowsCSV() {
        let csv = AuditRowsCSVRenderer.render(Self.result)
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertEqual(lf(csv), Self.rows)
    }

    func testMarkdown() {
        XCTAssertEqual(AuditMarkdownRenderer.render(Self.result), Self.markdown)
    }

    static let quiet = #"""
            audit of 6 messages, 1 account, observation ended 2026-03-02T14:00:00Z, hours in Europe/Oslo

            accounts with fewer than 10 mentions (SLA lines summed; json and markdown show each)
              account  mentions met breached unans.br pending closed attain missed replies
              Acme            4   1        1        0       2      0  50.0% 1 of 2       2

            counts: 4 mentions audited, 0 closed, 0 unattributed, 0 for other accounts, 0 outside the period, 0
              not measured, 0 replies before their parent, 0 missing parents, 0 duplicate ids

            """#

    static let text = #"""
            audit of 6 messages, 1 account, observation ended 2026-03-02T14:00:00Z, hours in Europe/Oslo

            Acme: 4 mentions, 2 replies
              sla                     mentions answered met breached unans.br pending closed attain target
              urgent first_reply 30m         1        1   1        0        0       0      0 100.0% ✓ 95%
              normal first_reply 2h          2        1   0        1        0       1      0   0.0% ✗ 90%
              all first_reply                3        2   1        1        0       1      0  50.0%
              urgent next_reply 1h           0        0   0        0        0       0      0      – – 95%
              normal next_reply 4h           1        0   0        0        0       1      0      – – 90%
              all next_reply                 1        0   0        0        0       1      0      –

              reply time, minutes     SLA's clock       calendar
              sla                       p50   p90   p99   p50   p90   p99
              urgent first_reply 30m     20    20    20    20    20    20
              normal first_reply 2h     180   180   180   180   180   180
              all first_reply            20   180   180    20   180   180
              urgent next_reply 1h        –     –     –     –     –     –
              normal next_reply 4h        –     –     –     –     –     –
              all next_reply              –     –     –     –     –     –

              mentions per hour (4 in all)
                    00    03    06    09    12    15    18    21
                Mon ····················████····████················
                Tue ················································
                Wed ················································
                Thu ················································
                Fri ················································
                Sat ················································
                Sun ················································
                    ·· none  ░ up to a quarter  █ most (1)

              median reply time per hour of the mention
                    00    03    06    09    12    15    18    21
                Mon ····················░░██························
                Tue ················································
                Wed ················································
                Thu ················································
                Fri ················································
                Sat ················································
                Sun ················································
                    ·· none  ░ up to a quarter  █ most (180 min)

              agents
                agent  messages answered median min    met outside
                Becky         1        1        180   0.0%       1
                JK            1        1         20 100.0%       0

              replies outside shifts: 1 of 2

            counts: 4 mentions audited, 0 closed, 0 unattributed, 0 for other accounts, 0 outside the period, 0
              not measured, 0 replies before their parent, 0 missing parents, 0 duplicate ids

            """#

    static let json = #"""
            {
              "observation_end": "2026-03-02T14:00:00Z",
              "timezone": "Europe/Oslo",
              "log": null,
              "accounts": [
                {
                  "account": "Acme",
                  "slas": [
                    {
                      "priority": "urgent",
                      "metric": "first_reply",
                      "clock": "business",
                      "limit_minutes": 30,
                      "target": 0.95,
                      "mentions": 1,
                      "answered": 1,
                      "met": 1,
                      "breached": 0,
                      "breached_unanswered": 0,
                      "pending": 0,
                      "closed": 0,
                      "attainment": 1,
                      "target_met": true,
                      "p50_sla_minutes": 20,
                      "p90_sla_minutes": 20,
                      "p99_sla_minutes": 20,
                      "p50_calendar_minutes": 20,
                      "p90_calendar_minutes": 20,
                      "p99_calendar_minutes": 20
                    },
                    {
                      "priority": "normal",
                      "metric": "first_reply",
                      "clock": "calendar",
                      "limit_minutes": 120,
                      "target": 0.9,
                      "mentions": 2,
                      "answered": 1,
                      "met": 0,
                      "breached": 1,
                      "breached_unanswered": 0,
                      "pending": 1,
                      "closed": 0,
                      "attainment": 0,
                      "target_met": false,
                      "p50_sla_minutes": 180,
                      "p90_sla_minutes": 180,
                      "p99_sla_minutes": 180,
                      "p50_calendar_minutes": 180,
                      "p90_calendar_minutes": 180,
                      "p99_calendar_minutes": 180
                    },
                    {
                      "priority": "all",
                      "metric": "first_reply",
                      "clock": null,
                      "limit_minutes": null,
                      "target": null,
                      "mentions": 3,
                      "answered": 2,
                      "met": 1,
                      "breached": 1,
                      "breached_unanswered": 0,
                      "pending": 1,
                      "closed": 0,
                      "attainment": 0.5,
                      "target_met": null,
                      "p50_sla_minutes": 20,
                      "p90_sla_minutes": 180,
                      "p99_sla_minutes": 180,
                      "p50_calendar_minutes": 20,
                      "p90_calendar_minutes": 180,
                      "p99_calendar_minutes": 180
                    },
                    {
                      "priority": "urgent",
                      "metric": "next_reply",
                      "clock": "business",
                      "limit_minutes": 60,
                      "target": 0.95,
                      "mentions": 0,
                      "answered": 0,
                      "met": 0,
                      "breached": 0,
                      "breached_unanswered": 0,
                      "pending": 0,
                      "closed": 0,
                      "attainment": null,
                      "target_met": null,
                      "p50_sla_minutes": null,
                      "p90_sla_minutes": null,
                      "p99_sla_minutes": null,
                      "p50_calendar_minutes": null,
                      "p90_calendar_minutes": null,
                      "p99_calendar_minutes": null
                    },
                    {
                      "priority": "normal",
                      "metric": "next_reply",
                      "clock": "calendar",
                      "limit_minutes": 240,
                      "target": 0.9,
                      "mentions": 1,
                      "answered": 0,
                      "met": 0,
                      "breached": 0,
                      "breached_unanswered": 0,
                      "pending": 1,
                      "closed": 0,
                      "attainment": null,
                      "target_met": null,
                      "p50_sla_minutes": null,
                      "p90_sla_minutes": null,
                      "p99_sla_minutes": null,
                      "p50_calendar_minutes": null,
                      "p90_calendar_minutes": null,
                      "p99_calendar_minutes": null
                    },
                    {
                      "priority": "all",
                      "metric": "next_reply",
                      "clock": null,
                      "limit_minutes": null,
                      "target": null,
                      "mentions": 1,
                      "answered": 0,
                      "met": 0,
                      "breached": 0,
                      "breached_unanswered": 0,
                      "pending": 1,
                      "closed": 0,
                      "attainment": null,
                      "target_met": null,
                      "p50_sla_minutes": null,
                      "p90_sla_minutes": null,
                      "p99_sla_minutes": null,
                      "p50_calendar_minutes": null,
                      "p90_calendar_minutes": null,
                      "p99_calendar_minutes": null
                    }
                  ],
                  "replies": 2,
                  "replies_outside_shifts": 1,
                  "not_measured": 0,
                  "agents": [
                    {
                      "agent": "Becky",
                      "messages": 1,
                      "answered": 1,
                      "median_reply_minutes": 180,
                      "met_share": 0,
                      "outside_shifts": 1
                    },
                    {
                      "agent": "JK",
                      "messages": 1,
                      "answered": 1,
                      "median_reply_minutes": 20,
                      "met_share": 1,
                      "outside_shifts": 0
                    }
                  ],
                  "heatmap": {
                    "volume": [
                      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
                      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
                      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
                    ],
                    "median_reply_minutes": [
                      [null, null, null, null, null, null, null, null, null, null, 20, 180, null, null, null, null, null, null, null, null, null, null, null, null],
                      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
                      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
                      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
                      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
                      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
                      [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null]
                    ]
                  }
                }
              ],
              "counts": {
                "messages": 6,
                "mentions": 4,
                "unattributed": 0,
                "other_accounts": 0,
                "outside_period": 0,
                "not_measured": 0,
                "closed": 0,
                "bad_order_replies": 0,
                "missing_parents": 0,
                "duplicate_ids": 0
              },
              "notes": [],
              "rows": [
                {
                  "id": "1",
                  "account": "Acme",
                  "priority": "urgent",
                  "metric": "first_reply",
                  "target_minutes": 30,
                  "created_at": "2026-03-02T09:00:00Z",
                  "due_at": "2026-03-02T09:30:00Z",
                  "replied_at": "2026-03-02T09:20:00Z",
                  "elapsed_calendar_minutes": 20,
                  "elapsed_business_minutes": 20,
                  "status": "met",
                  "agent": "JK"
                },
                {
                  "id": "3",
                  "account": "Acme",
                  "priority": "normal",
                  "metric": "first_reply",
                  "target_minutes": 120,
                  "created_at": "2026-03-02T10:00:00Z",
                  "due_at": "2026-03-02T12:00:00Z",
                  "replied_at": "2026-03-02T13:00:00Z",
                  "elapsed_calendar_minutes": 180,
                  "elapsed_business_minutes": 180,
                  "status": "breached",
                  "agent": "Becky"
                },
                {
                  "id": "5",
                  "account": "Acme",
                  "priority": "normal",
                  "metric": "next_reply",
                  "target_minutes": 240,
                  "created_at": "2026-03-02T13:30:00Z",
                  "due_at": "2026-03-02T17:30:00Z",
                  "replied_at": null,
                  "elapsed_calendar_minutes": 30,
                  "elapsed_business_minutes": 30,
                  "status": "pending",
                  "agent": null
                },
                {
                  "id": "6",
                  "account": "Acme",
                  "priority": "normal",
                  "metric": "first_reply",
                  "target_minutes": 120,
                  "created_at": "2026-03-02T14:00:00Z",
                  "due_at": "2026-03-02T16:00:00Z",
                  "replied_at": null,
                  "elapsed_calendar_minutes": 0,
                  "elapsed_business_minutes": 0,
                  "status": "pending",
                  "agent": null
                }
              ]
            }

            """#

    static let csv = #"""
            account,priority,metric,clock,limit_minutes,target,mentions,answered,met,breached,breached_unanswered,pending,closed,attainment,target_met,p50_sla_minutes,p90_sla_minutes,p99_sla_minutes,p50_calendar_minutes,p90_calendar_minutes,p99_calendar_minutes
            Acme,urgent,first_reply,business,30,0.95,1,1,1,0,0,0,0,1,yes,20,20,20,20,20,20
            Acme,normal,first_reply,calendar,120,0.9,2,1,0,1,0,1,0,0,no,180,180,180,180,180,180
            Acme,all,first_reply,,,,3,2,1,1,0,1,0,0.5,,20,180,180,20,180,180
            Acme,urgent,next_reply,business,60,0.95,0,0,0,0,0,0,0,,,,,,,,
            Acme,normal,next_reply,calendar,240,0.9,1,0,0,0,0,1,0,,,,,,,,
            Acme,all,next_reply,,,,1,0,0,0,0,1,0,,,,,,,,

            """#

    static let rows = #"""
            id,account,priority,metric,target_minutes,created_at,due_at,replied_at,elapsed_calendar_minutes,elapsed_business_minutes,status,agent
            1,Acme,urgent,first_reply,30,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z,2026-03-02T09:20:00Z,20,20,met,JK
            3,Acme,normal,first_reply,120,2026-03-02T10:00:00Z,2026-03-02T12:00:00Z,2026-03-02T13:00:00Z,180,180,breached,Becky
            5,Acme,normal,next_reply,240,2026-03-02T13:30:00Z,2026-03-02T17:30:00Z,,30,30,pending,
            6,Acme,normal,first_reply,120,2026-03-02T14:00:00Z,2026-03-02T16:00:00Z,,0,0,pending,

            """#

    static let markdown = #"""
            # Reply-time audit

            Observation ended 2026-03-02T14:00:00Z; hours in Europe/Oslo.

            ## Acme

            | SLA | mentions | answered | met | breached | breached unanswered | pending | closed | attainment | target | p50 SLA-clock min | p90 SLA-clock min | p99 SLA-clock min | p50 calendar min | p90 calendar min | p99 calendar min |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|
            | urgent first_reply 30m | 1 | 1 | 1 | 0 | 0 | 0 | 0 | 100.0% | ✓ 95% | 20 | 20 | 20 | 20 | 20 | 20 |
            | normal first_reply 2h | 2 | 1 | 0 | 1 | 0 | 1 | 0 | 0.0% | ✗ 90% | 180 | 180 | 180 | 180 | 180 | 180 |
            | all first_reply | 3 | 2 | 1 | 1 | 0 | 1 | 0 | 50.0% |  | 20 | 180 | 180 | 20 | 180 | 180 |
            | urgent next_reply 1h | 0 | 0 | 0 | 0 | 0 | 0 | 0 | – | – 95% | – | – | – | – | – | – |
            | normal next_reply 4h | 1 | 0 | 0 | 0 | 0 | 1 | 0 | – | – 90% | – | – | – | – | – | – |
            | all next_reply | 1 | 0 | 0 | 0 | 0 | 1 | 0 | – |  | – | – | – | – | – | – |

            Reply times in minutes: on the SLA's clock (business minutes for a business-clock SLA) and in calendar minutes.

            ```
            mentions per hour
                    00    03    06    09    12    15    18    21
                Mon ····················████····████················
                Tue ················································
                Wed ················································
                Thu ················································
                Fri ················································
                Sat ················································
                Sun ················································
                    ·· none  ░ up to a quarter  █ most (1)
            median reply time
                    00    03    06    09    12    15    18    21
                Mon ····················░░██························
                Tue ················································
                Wed ················································
                Thu ················································
                Fri ················································
                Sat ················································
                Sun ················································
                    ·· none  ░ up to a quarter  █ most (180 min)
            ```

            | agent | messages | answered | median min | met | outside shifts |
            |---|---:|---:|---:|---:|---:|
            | Becky | 1 | 1 | 180 | 0.0% | 1 |
            | JK | 1 | 1 | 20 | 100.0% | 0 |

            Replies outside shifts: 1 of 2.

            """#
}
