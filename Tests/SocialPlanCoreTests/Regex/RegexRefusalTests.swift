import XCTest
@testable import SocialPlanCore

/// What the bounded engine refuses, where, and why.
final class RegexRefusalTests: XCTestCase {
    private func refusal(_ pattern: String, file: StaticString = #filePath, line: UInt = #line) -> RegexSyntaxError? {
        do {
            _ = try BoundedRegex(pattern)
            XCTFail("accepted \(pattern)", file: file, line: line)
            return nil
        } catch { return error }
    }

    func testConstructsThatNeedBacktrackingAreRefusedWithTheirOffset() {
        let cases: [(String, Int, String)] = [
            ("ab(?=c)", 2, "look-ahead"),
            ("(?!x)y", 0, "negative look-ahead"),
            ("a(?<=b)", 1, "look-behind"),
            ("a(?<!b)", 1, "negative look-behind"),
            ("x(?>ab|a)c", 1, "atomic group"),
            ("(a)\\1", 3, "back-reference `\\1`"),
            ("(?<n>a)\\k<n>", 7, "named back-reference"),
            ("a++b", 1, "possessive quantifier `++`"),
            ("a{2,3}+", 1, "possessive quantifier `{2,3}+`"),
        ]
        for (pattern, offset, construct) in cases {
            guard let e = refusal(pattern) else { continue }
            XCTAssertEqual(e.offset, offset, pattern)
            XCTAssertTrue(e.message.contains(construct), "\(pattern): \(e.message)")
            XCTAssertTrue(e.message.contains("linear-time matcher"), "\(pattern) says why: \(e.message)")
            XCTAssertNotNil(e.help, pattern)
        }
    }

    func testUnsupportedAndMalformedSyntaxIsRefusedWithItsOffset() {
        let cases: [(String, Int, String)] = [
            (#"a\p{L}"#, 1, "Unicode property classes"),
            (#"\Qa\E"#, 0, "quoting"),
            (#"x\y"#, 1, #"`\y` is not an escape"#),
            ("[[:alpha:]]", 1, "POSIX class"),
            ("[a-z&&[^b]]", 4, "set operations"),
            ("(?m)^a", 2, "flag `m`"),
            ("(?#note)a", 0, "comments"),
            ("ab(c", 2, "`(` is not closed"),
            ("a)b", 1, "`)` closes no group"),
            ("[ab", 0, "`[` is not closed"),
            ("a{2", 1, "`{` does not start a count"),
            ("a{1001}", 1, "more than 1000"),
            ("a{3,2}", 1, "maximum below its minimum"),
            ("*a", 0, "nothing before it"),
            ("a**", 2, "repeats a quantifier"),
            ("[z-a]", 1, "runs backwards"),
            (#"[\b]"#, 1, "cannot be used inside brackets"),
            (#"\0101"#, 0, "octal"),
            (#"\x{110000}"#, 0, "hexadecimal value"),
            ("ab\\", 2, "lone `\\`"),
            ("", 0, "empty"),
            ("((a{100}){100}){100}", 0, "more than 10000 matching steps"),
        ]
        for (pattern, offset, fragment) in cases {
            guard let e = refusal(pattern) else { continue }
            XCTAssertEqual(e.offset, offset, pattern)
            XCTAssertTrue(e.message.contains(fragment), "\(pattern): \(e.message)")
        }
        XCTAssertNotNil(refusal(String(repeating: "(", count: 101) + "a" + String(repeating: ")", count: 101))?.message.contains("nested"))
    }
}
