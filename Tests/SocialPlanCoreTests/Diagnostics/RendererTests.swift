import XCTest
@testable import SocialPlanCore

final class RendererTests: XCTestCase {
    private let file = SourceFile(path: "shop.yaml", text: "care:\n  sla:\n    normal: { frist_reply: 1h, target: 90% }\n")

    private var diagnostic: Diagnostic {
        Diagnostic(id: "unknown-key", severity: .error, message: "unknown key `frist_reply` in sla `normal`",
                   at: SourcePosition(line: 3, column: 15),
                   notes: [Diagnostic.Note("the sla starts here", at: SourcePosition(line: 3, column: 5))],
                   help: "did you mean `first_reply`?")
    }

    func testTextRendererShowsLineCaretNotesAndHelp() {
        let text = TextDiagnosticRenderer(colors: false).render(diagnostic, in: file)
        XCTAssertEqual(text, """
            shop.yaml:3:15: error: unknown key `frist_reply` in sla `normal` [unknown-key]
             3 |     normal: { frist_reply: 1h, target: 90% }
               |               ^^^^^^^^^^^
            shop.yaml:3:5: note: the sla starts here
             3 |     normal: { frist_reply: 1h, target: 90% }
               |     ^^^^^^
               = help: did you mean `first_reply`?

            """)
    }

    func testColourOnlyWhenAsked() {
        XCTAssertFalse(TextDiagnosticRenderer(colors: false).render(diagnostic, in: file).contains("\u{1B}"))
        XCTAssertTrue(TextDiagnosticRenderer(colors: true).render(diagnostic, in: file).contains("\u{1B}[1;31merror"))
    }

    func testFileLevelDiagnosticsHaveNoExcerpt() {
        let d = Diagnostic(id: "yaml-empty", severity: .error, message: "the file is empty", at: nil, help: "start from a template")
        XCTAssertEqual(TextDiagnosticRenderer(colors: false).render(d, in: SourceFile(path: "e.yaml", text: "")),
                       "e.yaml: error: the file is empty [yaml-empty]\n   = help: start from a template\n")
    }

    func testCaretUnderQuotedTokenAndAfterTabs() {
        XCTAssertEqual(TextDiagnosticRenderer.tokenWidth(Array("\"ab c\" x".unicodeScalars), from: 0), 6)
        XCTAssertEqual(TextDiagnosticRenderer.tokenWidth(Array("key: v".unicodeScalars), from: 0), 3)
        let f = SourceFile(path: "t.yaml", text: "\tx: 1\n")
        let d = Diagnostic(id: "yaml-syntax", severity: .error, message: "m", at: SourcePosition(line: 1, column: 2))
        XCTAssertTrue(TextDiagnosticRenderer(colors: false).render(d, in: f).contains("  | \t^\n"))
    }

    func testJSONShape() throws {
        let json = JSONDiagnosticRenderer.render([FileDiagnostics(file: file, diagnostics: [diagnostic])])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try XCTUnwrap(object["files"] as? [[String: Any]])
        let first = try XCTUnwrap((files.first?["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["id"] as? String, "unknown-key")
        XCTAssertEqual(first["line"] as? Int, 3)
        XCTAssertEqual(first["column"] as? Int, 15)
        XCTAssertEqual(first["help"] as? String, "did you mean `first_reply`?")
        XCTAssertEqual((object["summary"] as? [String: Int])?["errors"], 1)
    }

    func testGitHubAnnotationsEscapeNewlinesAndProperties() {
        let out = GitHubDiagnosticRenderer.render([FileDiagnostics(file: SourceFile(path: "a,b:c.yaml", text: ""), diagnostics: [diagnostic])])
        XCTAssertEqual(out, "::error file=a%2Cb%3Ac.yaml,line=3,col=15,title=unknown-key::unknown key `frist_reply` in sla `normal`%0Anote: the sla starts here (line 3)%0Ahelp: did you mean `first_reply`?\n")
    }

    func testSummaryLine() {
        let groups = [FileDiagnostics(file: file, diagnostics: [diagnostic]), FileDiagnostics(file: file, diagnostics: [])]
        XCTAssertEqual(DiagnosticSummary(groups).line, "2 files checked: 1 error")
        XCTAssertEqual(DiagnosticSummary([]).line, "0 files checked: no problems")
    }

    func testVeryLongLinesAreCutAroundTheColumn() {
        let long = "name: " + String(repeating: "x", count: 100_000) + " tail"
        let d = Diagnostic(id: "wrong-type", severity: .error, message: "m", at: SourcePosition(line: 1, column: 50_007))
        let text = TextDiagnosticRenderer(colors: false).render(d, in: SourceFile(path: "l.yaml", text: long))
        XCTAssertLessThan(text.count, 600)
        let lines = text.split(separator: "\n")
        XCTAssertTrue(lines[1].contains("| …x"), String(lines[1]))
        XCTAssertTrue(lines[1].hasSuffix("x…"))
        // The caret still sits under the reported column.
        let caretColumn = lines[2].distance(from: lines[2].startIndex, to: lines[2].firstIndex(of: "^") ?? lines[2].endIndex)
        let barColumn = lines[1].distance(from: lines[1].startIndex, to: lines[1].firstIndex(of: "|") ?? lines[1].endIndex)
        // The window is what fits 100 columns beside the gutter (`1 | `) and the … marks.
        XCTAssertEqual(caretColumn - barColumn - 2, (100 - 3 - 4) / 4 + 1)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 }, text)
    }

    /// Help and notes are wrapped under themselves at 100 columns, a code span kept whole;
    /// the first line stays whole for the tools that read it.
    func testHelpIsWrappedAtTheWidthAndCodeSpansStayWhole() {
        let help = "write one entry per account, for example `accounts: { x: { network: x, handle: \"@shop\" } }`, "
            + String(repeating: "and then some more words ", count: 8)
        let d = Diagnostic(id: "single-account-form", severity: .warning, message: String(repeating: "long message ", count: 10),
                           at: SourcePosition(line: 1, column: 1), help: help)
        let text = TextDiagnosticRenderer(colors: false).render(d, in: SourceFile(path: "a.yaml", text: "account: x\n"))
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertGreaterThan(lines[0].count, 100, "the first line is never broken")
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.count <= 100 }, text)
        XCTAssertTrue(text.contains("`accounts: { x: { network: x, handle: \"@shop\" } }`"), text)
        let helpLines = lines.drop { !$0.contains("= help: ") }
        XCTAssertGreaterThan(helpLines.count, 2, text)
        XCTAssertTrue(helpLines.dropFirst().allSatisfy { $0.hasPrefix(String(repeating: " ", count: 11)) }, "continued under the text")
    }
}
