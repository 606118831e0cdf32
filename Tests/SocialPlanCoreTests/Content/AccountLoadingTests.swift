import XCTest
@testable import SocialPlanCore

/// Accounts on networks: the new form, the older single-account form, references to accounts.
final class AccountLoadingTests: XCTestCase {
    private let header = "version: 1\nname: Fjordkaffe\ntimezone: Europe/Oslo\n"

    private func load(_ body: String) -> LoadResult { StrategyLoader.load(header + body) }

    func testAccountsLoadWithNetworkHandleBioAndZone() throws {
        let r = load("""
        accounts:
          ig: { network: instagram, handle: "@fjordkaffe", bio: "Offisiell konto for Fjordkaffe." }
          us: { network: Twitter, handle: "@fjordkaffe_us", timezone: America/New_York }
        """)
        XCTAssertEqual(r.diagnostics, [])
        let s = try XCTUnwrap(r.strategy)
        XCTAssertEqual(s.accounts.map(\.id), ["ig", "us"])
        XCTAssertEqual(s.accounts.map(\.network), [.instagram, .x], "`Twitter` is read as X")
        XCTAssertEqual(s.accounts[1].timezone, "America/New_York")
        XCTAssertEqual(s.zone(of: s.accounts[1]), "America/New_York")
        XCTAssertEqual(s.zone(of: s.accounts[0]), "Europe/Oslo")
        XCTAssertEqual(s.accounts[0].label, "@fjordkaffe on Instagram")
    }

    func testAnUnknownNetworkIsAnErrorWithASuggestion() {
        let r = load("accounts:\n  tt: { network: tiktokk, handle: \"@fjordkaffe\" }\n")
        XCTAssertEqual(r.diagnostics.map(\.id), ["invalid-value"])
        XCTAssertEqual(r.diagnostics.first?.position, SourcePosition(line: 5, column: 18))
        XCTAssertEqual(r.diagnostics.first?.help, "did you mean `tiktok`?")
    }

    func testTheOlderSingleAccountFormLoadsAsOneAccountWithAWarningThatWritesTheNewForm() throws {
        let r = load("""
        account: { handle: "@fjordkaffe", bio: "Offisiell konto for Fjordkaffe." }
        team:
          kari: { available: { mon-fri: "08:00-16:00" } }
        content:
          news: { by: [kari], every: 1/week, channels: [instagram, x] }
        """)
        XCTAssertEqual(r.diagnostics.map(\.id), ["single-account-form"])
        XCTAssertEqual(r.diagnostics.first?.severity, .warning)
        let help = try XCTUnwrap(r.diagnostics.first?.help)
        XCTAssertTrue(help.contains("instagram: { network: instagram, handle: \"@fjordkaffe\" }"), help)
        XCTAssertTrue(help.contains("x: { network: x, handle: \"@fjordkaffe\" }"), help)
        let s = try XCTUnwrap(r.strategy)
        XCTAssertEqual(s.accounts.count, 1)
        XCTAssertTrue(s.accounts[0].isSingleAccountForm)
        let news = try XCTUnwrap(s.content.first)
        XCTAssertEqual(s.accounts(for: news).map(\.id), ["account"], "network names reach the one account")
        XCTAssertEqual(s.networks(for: news), [.x, .instagram], "the channels still say which networks")
    }

    func testBothFormsTogetherAndBothStreamKeysTogetherAreErrors() {
        let r = load("""
        account: { handle: "@a" }
        accounts:
          x: { network: x, handle: "@a" }
        team:
          kari: { available: { mon-fri: "08:00-16:00" } }
        content:
          news: { by: [kari], every: 1/week, accounts: [x], channels: [x] }
        """)
        XCTAssertEqual(r.diagnostics.filter { $0.severity == .error }.map(\.id), ["duplicate-key", "duplicate-key"])
    }

    func testReferencesNameAnAccountOrANetworkSomeAccountIsOn() {
        let r = load("""
        accounts:
          ig: { network: instagram, handle: "@fjordkaffe" }
        team:
          kari: { available: { mon-fri: "08:00-16:00" } }
        content:
          news: { by: [kari], every: 1/week, accounts: [ig, instagran, linkedin] }
        publishing:
          per_account: { igg: { max_per_day: 2 } }
        """)
        let errors = r.diagnostics.filter { $0.id == "unknown-account" }
        XCTAssertEqual(errors.map(\.message), [
            "stream `news` names `instagran`, which is neither an account nor a network",
            "stream `news` names LinkedIn, but no account is on LinkedIn",
            "publishing per_account names `igg`, which is neither an account nor a network",
        ])
        XCTAssertEqual(errors.first?.help, "did you mean `instagram`?")
        XCTAssertEqual(errors.last?.help, "did you mean `ig`?")
    }

    func testAStreamWithoutAccountsGoesWhereItsKindExists() throws {
        let s = try XCTUnwrap(load("""
        accounts:
          ig: { network: instagram, handle: "@fjordkaffe" }
          masto: { network: mastodon, handle: "@fjordkaffe@mastodon.social" }
        team:
          kari: { available: { mon-fri: "08:00-16:00" } }
        content:
          news: { by: [kari], every: 1/week }
          boosts: { kind: boost, by: [kari], every: 1/week }
          brew-guide: { kind: thread, by: [kari], every: 1/week }
          replies: { kind: reply-session, by: [kari], every: weekdays }
        """).strategy)
        XCTAssertEqual(s.content.map(\.id), ["news", "boosts", "brew-guide", "replies"])
        XCTAssertEqual(s.content[1].kind, .repost, "`boost` is Mastodon's word for a repost")
        XCTAssertEqual(s.accounts(for: s.content[0]).map(\.id), ["ig", "masto"])
        XCTAssertEqual(s.accounts(for: s.content[1]).map(\.id), ["ig", "masto"], "both have reposts")
        XCTAssertEqual(s.accounts(for: s.content[2]).map(\.id), ["masto"], "Instagram has no threads")
        XCTAssertEqual(s.accounts(for: s.content[3]).map(\.id), ["ig", "masto"], "a reply session covers every account")
    }

    func testPerAccountTimingPrefersTheAccountIdOverItsNetwork() throws {
        let s = try XCTUnwrap(load("""
        accounts:
          x-no: { network: x, handle: "@fjordkaffe" }
          x-en: { network: x, handle: "@fjordkaffe_en" }
        team:
          kari: { available: { mon-fri: "08:00-16:00" } }
        content:
          news:
            by: [kari]
            every: 3/week
            per_account:
              x: { every: 5/week }
              x-en: { every: 1/week, at: { mon: "09:00-10:00" } }
        """).strategy)
        let news = s.content[0]
        XCTAssertEqual(s.timing(of: news, for: s.accounts[0]).cadence, .perWeek(5))
        XCTAssertEqual(s.timing(of: news, for: s.accounts[1]).cadence, .perWeek(1))
        XCTAssertNotNil(s.timing(of: news, for: s.accounts[1]).windows)
        XCTAssertNil(s.timing(of: news, for: s.accounts[0]).windows)
    }
}

extension AccountLoadingTests {
    func testEmptyAccountListsAndEmptyTextsAreErrorsNotEveryAccount() {
        let r = StrategyLoader.load("""
        version: 1
        name: Fjordkaffe
        timezone: Europe/Oslo
        accounts:
          ig: { network: instagram, handle: "@fjordkaffe" }
        team:
          kari: { available: { mon-fri: "08:00-16:00" } }
        content:
          news: { by: [kari], every: 1/week, accounts: [] }
        posts:
          p: { stream: news, text: [], accounts: [] }
        """)
        XCTAssertEqual(r.diagnostics.map(\.message), [
            "stream `news` accounts is an empty list",
            "post `p` text is an empty list",
            "post `p` accounts is an empty list",
        ])
    }
}
