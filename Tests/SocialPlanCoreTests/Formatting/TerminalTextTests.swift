import XCTest
@testable import SocialPlanCore

/// Safe output (issue 14, item 4): control characters escaped for terminals, formulas
/// neutralised in CSV, JSON without raw controls, GitHub annotations escaped.
final class TerminalTextTests: XCTestCase {
    static let hostile = "\u{1B}]0;PWNED\u{7}Kari\u{1B}[31m red\u{1B}[2J"

    func testControlCharactersAreShownAsEscapes() {
        XCTAssertEqual(TerminalText.escaped(Self.hostile), "\\u{1B}]0;PWNED\\u{7}Kari\\u{1B}[31m red\\u{1B}[2J")
        XCTAssertEqual(TerminalText.escaped("nul\u{0} del\u{7F} c1\u{85}\u{9B}"), "nul\\u{0} del\\u{7F} c1\\u{85}\\u{9B}")
        XCTAssertEqual(TerminalText.escaped("æøå 🐣 \u{A0}nbsp"), "æøå 🐣 \u{A0}nbsp", "nothing above C1 is touched")
    }

    func testLayoutIsKeptInReportsButNotInsideAValue() {
        XCTAssertEqual(TerminalText.escaped("a\tb\nc\r\nd\re"), "a\tb\nc\r\nd\\re", "a lone CR could overwrite the line")
        XCTAssertEqual(TerminalText.inline("a\tb\nc\r\n"), "a\\tb\\nc\\r\\n")
    }

    /// The byte scan that lets text with nothing to escape through unchanged finds exactly what
    /// the escaping changes.
    func testTheByteScanAgreesWithTheEscaping() {
        let samples = ["plain", "a\nb\tc", "crlf\r\n", "lone\r", "cr\rx", "\r\r\n", "del\u{7F}", "c1\u{85}", "c1 last\u{9F}",
                       "\u{A0}nbsp", "Â\u{80}", "é", "🐣", "\u{1B}[2J", "", "\r"]
        for text in samples {
            let scalars = Array(text.unicodeScalars)
            for keeping in [true, false] {
                // Read scalar by scalar: a control that the layout does not keep.
                let expected = scalars.indices.contains { i in
                    let c = scalars[i]
                    let kept = keeping && (c == "\n" || c == "\t" || (c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"))
                    return TerminalText.isControl(c) && !kept
                }
                XCTAssertEqual(TerminalText.needsEscaping(text.utf8, keepingLayout: keeping), expected,
                               "\(text.debugDescription) keeping layout: \(keeping)")
            }
        }
    }

    func testCSVCellsThatASpreadsheetWouldRunGetAQuote() {
        XCTAssertEqual(CSVText.field("=HYPERLINK(\"http://evil.example\",\"x\")"), "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
        for formula in ["=1+2", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "\u{0}x", "-", "+", "-1e5", "--3", "-3."] {
            XCTAssertTrue(CSVText.neutralised(formula).hasPrefix("'"), formula)
        }
        for value in ["-3", "+1.5", "-0.25", "42", "09:00", "2026-12-01T09:00:00Z", "#hashtag", "", "a=b", "'quoted"] {
            XCTAssertEqual(CSVText.neutralised(value), value, value)
        }
        XCTAssertEqual(CSVText.row(["-3", "-x", "ok"]), "-3,'-x,ok\r\n")
    }

    func testJSONHoldsNoRawControlCharacter() {
        XCTAssertEqual(JSONValue.quote("a\u{1B}b\u{7F}c\u{85}d\u{9F}"), "\"a\\u001bb\\u007fc\\u0085d\\u009f\"")
    }

    func testGitHubAnnotationsEscapeControlsPercentAndLineBreaks() {
        XCTAssertEqual(GitHubDiagnosticRenderer.escapeData("50%\r\nnext \u{1B}[2J"), "50%25%0D%0Anext \\u{1B}[2J")
        XCTAssertEqual(GitHubDiagnosticRenderer.escapeProperty("a:b,c%\n"), "a%3Ab%2Cc%25%0A")
    }

    func testTheDiagnosticExcerptIsEscapedAndTheCaretStaysUnderItsToken() {
        let source = SourceFile(path: "x\u{1B}.yaml", text: "a: \u{1B}[2J\u{0} bad\n")
        let d = Diagnostic(id: "invalid-value", severity: .error, message: "bad `\u{1B}[2J`", at: SourcePosition(line: 1, column: 10))
        let text = TextDiagnosticRenderer(colors: false).render(d, in: source)
        let shown = "a: \\u{1B}[2J\\u{0} bad"
        XCTAssertEqual(text, "x\\u{1B}.yaml:1:10: error: bad `\\u{1B}[2J` [invalid-value]\n"
                       + " 1 | \(shown)\n"
                       + "   | " + String(repeating: " ", count: shown.count - 3) + "^^^\n")
    }
}
