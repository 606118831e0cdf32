import Foundation
import XCTest
@testable import SocialPlanCore

/// The bounded engine finds what ICU (`NSRegularExpression`, the engine before) finds, on a
/// table of the patterns people write and on seeded random ones, in time linear in the text.
final class BoundedRegexTests: XCTestCase {
    private func all(_ regex: BoundedRegex, _ text: String) -> [RegexMatch] {
        var steps = 0
        return regex.matches(in: Array(text.unicodeScalars), steps: &steps)
    }

    /// Compares every match, and the first group of each, with ICU.
    private func assertAgrees(_ pattern: String, _ texts: [String], caseInsensitive: Bool = false,
                              file: StaticString = #filePath, line: UInt = #line) {
        guard let reference = RegexReference.compile(pattern, caseInsensitive: caseInsensitive) else {
            return XCTFail("ICU refuses \(pattern)", file: file, line: line)
        }
        let regex: BoundedRegex
        do { regex = try BoundedRegex(pattern, caseInsensitive: caseInsensitive) } catch {
            return XCTFail("refused \(pattern): \(error.message)", file: file, line: line)
        }
        for text in texts {
            XCTAssertEqual(all(regex, text), RegexReference.matches(reference, in: text),
                           "\(pattern.debugDescription) on \(text.debugDescription)\(caseInsensitive ? " ignoring case" : "")", file: file, line: line)
        }
    }

    func testThePatternsOfTheDocsAndTestsAgreeWithICU() {
        let replies = ["We're on it ^JK", "done /KN thanks", "Sorry! -Becky", "order #123456 late", "ORDER 1234567",
                       "thanks ^jk \n", "ab\r\n", "x ^AB ^CD", "", "é ^ÉÀ", "-Kari-Ann", "😀 -Ola 😀", "order#12345"]
        for p in [#"\^([A-Z]{2})\s*$"#, #"-(\w+)$"#, #"/([A-Z]{2})\b"#, "[A-Z]{3}$", #"order ?#?\d{6,}"#, #"order ?#?\d{5,}"#,
                  #"^(\w+)"#, #"\b\w"#, #"(?:\^|-)\s*(\p{Lu}*)"#.replacingOccurrences(of: #"\p{Lu}"#, with: "[A-ZÉÀ]"),
                  "(a|ab)(c|bcd)", "x*", "(?i)order", #"(\d+)?"#, "[^ ]+$", "(?<agent>[A-Z]+)$", #"\S+"#, #"\W+"#, #"\B\w+"#] {
            assertAgrees(p, replies)
            assertAgrees(p, replies, caseInsensitive: true)
        }
    }

    /// The documented difference: a repeated group that can match empty. The match is ICU's;
    /// ICU's first group is a final empty iteration, ours the last one that read something.
    func testARepeatedGroupThatCanMatchEmptyKeepsTheLastIterationThatRead() throws {
        for (pattern, text, icuGroup, ourGroup) in [("(a*)*", "aa", 2..<2, 0..<2), ("x(a*)*", "xaab", 3..<3, 1..<3), ("x(a|)*", "xaa", 3..<3, 2..<3)] {
            let regex = try BoundedRegex(pattern)
            XCTAssertTrue(regex.repeatsEmptyMatch, pattern)
            let icu = try XCTUnwrap(RegexReference.matches(XCTUnwrap(RegexReference.compile(pattern, caseInsensitive: false)), in: text).first)
            let ours = try XCTUnwrap(regex.firstMatch(in: text))
            XCTAssertEqual(ours.range, icu.range, pattern)
            XCTAssertEqual(icu.group, icuGroup, pattern)
            XCTAssertEqual(ours.group, ourGroup, pattern)
        }
        XCTAssertFalse(try BoundedRegex("(a+)*").repeatsEmptyMatch)
        XCTAssertFalse(try BoundedRegex("(a*)?").repeatsEmptyMatch)
    }

    func testICUEdgeCasesAgree() {
        assertAgrees("$", ["ab\r\n", "ab\n\n", "ab\n", "ab\r", "ab\u{85}", "ab\u{2028}", "ab\u{0B}", "ab"])
        assertAgrees(#"\Z"#, ["ab\r\n", "ab\n"])
        assertAgrees(#"\z"#, ["ab\r\n", "ab"])
        assertAgrees(".", ["\u{0B}\u{0C}\u{85}\u{2028}\r\na\u{2029}é\u{1F600}"])
        assertAgrees("(a*)*", ["b", ""])
        assertAgrees("x(a*)*", ["xb"])
        assertAgrees("x(a*)+", ["xb"])
        assertAgrees("x(a|)*", ["xb"])
        assertAgrees("x(a*){2,3}", ["xb", "xaaa"])
        assertAgrees("x(a*)*?", ["xb"])
        assertAgrees("a*", ["baab"])
        assertAgrees("|a", ["ab"])
        assertAgrees("a|", ["ab"])
        assertAgrees("(a)|b", ["b", "ab"])
        assertAgrees("(a)*", ["aa"])
        assertAgrees("(?:(a)|b)*", ["ab", "ba"])
        assertAgrees(#"\bb"#, ["ab b é", "b"])
        assertAgrees(#"\w"#, ["a\u{301}_\u{200C}١-"])
        assertAgrees(#"\s"#, ["\u{0B}\u{85}\u{A0}\u{2028}\u{1680}x \t"])
        assertAgrees(#"\d+"#, ["1١٣x22"])
        assertAgrees("k", ["K\u{212A}k"], caseInsensitive: true)
        assertAgrees("[a-z]", ["\u{212A}\u{17F}Q"], caseInsensitive: true)
        assertAgrees("[^a-z]", ["K\u{212A}1"], caseInsensitive: true)
        assertAgrees("[A-Z]+", ["abc\u{212A}"], caseInsensitive: true)
        assertAgrees("É", ["éÉe"], caseInsensitive: true)
        assertAgrees("(?i)a(?-i)b", ["AB", "Ab", "aB"])
        assertAgrees("(?i:a)b", ["AB", "Ab"])
        assertAgrees("(?i)a|b", ["A", "B"])
        assertAgrees("x(?:(?i)a|b)c", ["xAc", "xBc", "xbC"])
        assertAgrees("a{2}", ["aaaaa"])
        assertAgrees("a{2,}?", ["aaaaa"])
        assertAgrees("a{1,3}?b", ["aaab"])
        assertAgrees("a??b", ["ab", "b"])
        assertAgrees("[]a]+", ["]a]b"])
        assertAgrees("[a-]+", ["-a-b"])
        assertAgrees(#"[\w-]+"#, ["ab-c d"])
        assertAgrees(#"[^\d\s]+"#, ["ab1 c"])
        assertAgrees(#"\x41\x{1F600}\u00E9"#, ["A😀é"])
        assertAgrees(#"\.\*\$\^\(\)\[\]\{\}\|\?\+\\\-\/\ "#, [#".*$^()[]{}|?+\-/ "#])
        assertAgrees("^*a", ["a"])
        assertAgrees(#"(\w+)@(\w+)"#, ["mail ola@host now"])
    }

    /// Random patterns over a small alphabet, random texts: where ICU accepts a pattern the
    /// engine accepts it too (or refuses it by design) and finds the same matches and groups.
    func testSeededRandomPatternsAgreeWithICU() {
        var random = TestRandom(seed: 0x5EED_0014)
        let atoms = ["a", "b", "é", "1", " ", ".", #"\d"#, #"\w"#, #"\s"#, #"\W"#, "[ab]", "[^a]", "[a-c]", "^", "$", #"\b"#, #"\B"#, "A", "K"]
        let texts = ["", "a", "ab", "aab", "ba", "abba", "a1 b", "é A", "aa\n", "Kk\u{212A}", "bbb ", "1 2 3", "aé1 b\r\n"]
        func pattern(_ depth: Int) -> String {
            var parts: [String] = []
            for _ in 0..<random.int(in: 1...3) {
                var atom: String
                if depth < 2 && random.chance(25) {
                    let inner = random.chance(30) ? pattern(depth + 1) + "|" + pattern(depth + 1) : pattern(depth + 1)
                    atom = (random.chance(50) ? "(" : "(?:") + inner + ")"
                } else {
                    atom = atoms[random.below(atoms.count)]
                }
                if random.chance(40) {
                    atom += ["*", "+", "?", "{2}", "{1,2}", "{0,}", "*?", "+?", "??"][random.below(9)]
                }
                parts.append(atom)
            }
            return parts.joined()
        }
        var compared = 0
        for _ in 0..<250 {
            let p = pattern(0)
            let ci = random.chance(30)
            guard let reference = RegexReference.compile(p, caseInsensitive: ci) else { continue }
            guard let regex = try? BoundedRegex(p, caseInsensitive: ci) else {
                // Only what ICU means differently may be refused: a quantified assertion is fine.
                XCTFail("refused a pattern ICU runs: \(p)")
                continue
            }
            for text in texts {
                let ours = all(regex, text), icu = RegexReference.matches(reference, in: text)
                // Where a repeated part can match empty, ICU's rules for empty iterations differ
                // (documented): only the matches made without such a part are compared.
                if regex.repeatsEmptyMatch { continue }
                XCTAssertEqual(ours, icu,
                               "\(p.debugDescription) on \(text.debugDescription)\(ci ? " ignoring case" : "")")
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 1000, "most random patterns were compared")
    }

    /// The patterns that make a backtracking engine take exponential time cost at most
    /// instructions × (scalars + 1) steps here, counted, not timed.
    func testCatastrophicPatternsTakeLinearSteps() throws {
        let cases: [(String, String)] = [("(a+)+$", "a"), ("(a*)*b", "a"), ("(a|aa)+$", "a"), ("(x+x+)+y", "x"), (#"(\w+\s?)+$"#, "ab "),
                                         ("(.*a){12}", "a"), ("^(a|a?)+$", "a")]
        for (p, unit) in cases {
            let regex = try BoundedRegex(p)
            var last = 0
            for n in [100, 1_000, 4_000] {
                let text = Array((String(repeating: unit, count: n) + "!").unicodeScalars)
                var steps = 0
                _ = regex.firstMatch(in: text, from: 0, steps: &steps)
                let bound = regex.program.instructions.count * (text.count + 1)
                XCTAssertLessThanOrEqual(steps, bound, "\(p) on \(n) × \(unit)")
                if last > 0 { XCTAssertLessThan(steps, last * 12, "\(p): more text, proportionally more steps") }
                last = steps
            }
        }
    }

    /// The issue's case: a signature `(a+)+$` on a long reply gives its answer (no agent) after
    /// a number of steps proportional to the reply.
    func testTheIssuesSignatureFinishes() throws {
        let pattern = try XCTUnwrap(SignaturePattern("(a+)+$"))
        let reply = String(repeating: "a", count: 5_000) + "!"
        XCTAssertNil(pattern.agent(in: reply))
        var steps = 0
        _ = pattern.regex.firstMatch(in: Array(reply.unicodeScalars), from: 0, steps: &steps)
        XCTAssertLessThanOrEqual(steps, 5_002 * pattern.regex.program.instructions.count)
        XCTAssertEqual(pattern.agent(in: "done aaa"), "aaa")
    }
}
