import XCTest
@testable import SocialPlanCore

/// Strings from files in Markdown: escaped words, and code spans whose fence outgrows the
/// backticks inside.
final class MarkdownTextTests: XCTestCase {
    func testInlineEscapesMarkupHTMLAndControls() {
        XCTAssertEqual(MarkdownText.inline("a|b"), #"a\|b"#)
        XCTAssertEqual(MarkdownText.inline("<script>"), #"\<script\>"#)
        XCTAssertEqual(MarkdownText.inline("*x* _y_ `z` $m$ ~s~ [l](u) #h !i &amp;"),
                       ##"\*x\* \_y\_ \`z\` \$m\$ \~s\~ \[l\](u) \#h \!i \&amp;"##)
        XCTAssertEqual(MarkdownText.inline("one\ntwo\u{1B}"), #"one\\ntwo\\u{1B}"#)
        XCTAssertEqual(MarkdownText.inline("Kari Nordmann – 09:00"), "Kari Nordmann – 09:00", "plain words are left alone")
        XCTAssertEqual(MarkdownText.inline("@fjordkaffe on X, mail@host, @ 9"), "@\u{2060}fjordkaffe on X, mail@\u{2060}host, @ 9",
                       "a word joiner keeps a handle from mentioning a GitHub user")
    }

    func testCodeSpansGrowTheirFence() {
        XCTAssertEqual(MarkdownText.code("ana"), "`ana`")
        XCTAssertEqual(MarkdownText.code("a`b"), "``a`b``")
        XCTAssertEqual(MarkdownText.code("`x``"), "``` `x`` ```")
        XCTAssertEqual(MarkdownText.code("a|b"), "`a|b`", "outside a table a pipe is a pipe")
        XCTAssertEqual(MarkdownText.code("a|b", inTable: true), #"`a\|b`"#)
        XCTAssertEqual(MarkdownText.code("<b>\n"), #"`<b>\n`"#)
    }
}
