import SocialPlanCore
import XCTest

final class SARIFDiagnosticRendererTests: XCTestCase {
    func testPathsBecomeRelativeURIReferences() {
        XCTAssertEqual(SARIFDiagnosticRenderer.uriReference("Strategies/fjordkaffe.yaml"), "Strategies/fjordkaffe.yaml")
        XCTAssertEqual(SARIFDiagnosticRenderer.uriReference("my plan#2.yaml"), "my%20plan%232.yaml")
        XCTAssertEqual(SARIFDiagnosticRenderer.uriReference("c:/kafé.yaml"), "c%3A/kaf%C3%A9.yaml")
    }

    func testAResultCarriesLevelPositionNotesAndHelp() {
        let file = SourceFile(path: "s.yaml", text: "a: 1\n")
        let d = Diagnostic(id: "unknown-key", severity: .warning, message: "unknown key `a`", at: SourcePosition(line: 1, column: 1),
                           notes: [.init("defined here", at: SourcePosition(line: 1, column: 4)), .init("no place")], help: "did you mean `b`?")
        let kind = DiagnosticKind(id: "unknown-key", name: "Unknown key", severity: .error, explanation: "A key.", documentation: "docs/diagnostics.md#the-format")
        let out = SARIFDiagnosticRenderer(kinds: [kind], documentationBase: "https://example.org", toolVersion: "9.9")
            .render([FileDiagnostics(file: file, diagnostics: [d])])
        for expected in [#""level": "warning""#, #""ruleIndex": 0"#, #""startColumn": 1"#, #""startColumn": 4"#,
                         #""text": "unknown key `a`\nnote: no place\nhelp: did you mean `b`?""#,
                         #""helpUri": "https://example.org/docs/diagnostics.md#the-format""#,
                         #""columnKind": "unicodeCodePoints""#, #""version": "9.9""#, #""executionSuccessful": true"#] {
            XCTAssertTrue(out.contains(expected), expected + "\n" + out)
        }
    }
}
