import XCTest
@testable import YAMLTree

final class YAMLParserTests: XCTestCase {
    private func parse(_ text: String, limits: YAMLLimits = .standard) -> YAMLDocument {
        YAMLParser(limits: limits).parse(text)
    }

    private func root(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> YAMLNode {
        let doc = parse(text)
        XCTAssertEqual(doc.problems, [], file: file, line: line)
        return try XCTUnwrap(doc.root, file: file, line: line)
    }

    func testPositionsOfNodesAndKeysAreOneBased() throws {
        let r = try root("name: Fjordkaffe\ncare:\n  hours: { mon: \"08:00-16:00\" }\n")
        let entries = try XCTUnwrap(r.mapping)
        XCTAssertEqual(entries[0].keyPosition, SourcePosition(line: 1, column: 1))
        XCTAssertEqual(entries[0].value.position, SourcePosition(line: 1, column: 7))
        XCTAssertEqual(entries[1].keyPosition, SourcePosition(line: 2, column: 1))
        let care = try XCTUnwrap(entries[1].value.mapping)
        XCTAssertEqual(care[0].keyPosition, SourcePosition(line: 3, column: 3))
        let hours = try XCTUnwrap(care[0].value.mapping)
        XCTAssertEqual(hours[0].keyPosition, SourcePosition(line: 3, column: 12))
        XCTAssertEqual(hours[0].value.position, SourcePosition(line: 3, column: 17))
        XCTAssertEqual(hours[0].value.scalar?.style, .doubleQuoted)
    }

    func testCoreSchemaTyping() throws {
        let r = try root("""
            a: NO
            b: yes
            c: on
            d: 09:00
            e: true
            f: "true"
            g: 42
            h: "42"
            i: 0.9
            j: ~
            k:
            l: 0x1F
            m: 1e3
            n: False
            o: 2026-12-24
            p: .inf
            q: 12345678901234567890123
            r: !!str 7
            """)
        let values = try XCTUnwrap(r.mapping).map { $0.value.scalar?.value }
        XCTAssertEqual(values, [
            .string("NO"), .string("yes"), .string("on"), .string("09:00"), .bool(true), .string("true"),
            .int(42), .string("42"), .float(0.9), .null, .null, .int(31), .float(1000), .bool(false),
            .string("2026-12-24"), .float(.infinity), .string("12345678901234567890123"), .string("7"),
        ])
    }

    func testDuplicateKeysAreReportedWithBothPositionsAndFirstValueKept() throws {
        let doc = parse("team:\n  kari: { name: A }\n  ola: {}\n  kari: { name: B }\n")
        XCTAssertEqual(doc.problems.count, 1)
        let problem = try XCTUnwrap(doc.problems.first)
        XCTAssertEqual(problem.id, "yaml-duplicate-key")
        XCTAssertEqual(problem.position, SourcePosition(line: 4, column: 3))
        XCTAssertEqual(problem.related.first?.position, SourcePosition(line: 2, column: 3))
        let team = try XCTUnwrap(doc.root?.mapping?.first?.value.mapping)
        XCTAssertEqual(team.map(\.key), ["kari", "ola"])
        XCTAssertEqual(team[0].value.mapping?.first?.value.scalar?.text, "A")
    }

    func testAliasesAndMergeKeys() throws {
        let r = try root("""
            base: &base { roles: [care], max: 30 }
            kari: { <<: *base, max: 20 }
            ola: *base
            """)
        let entries = try XCTUnwrap(r.mapping)
        let kari = try XCTUnwrap(entries[1].value.mapping)
        XCTAssertEqual(kari.map(\.key), ["max", "roles"])
        XCTAssertEqual(kari[0].value.scalar?.value, .int(20))
        XCTAssertEqual(entries[2].value.mapping?.count, 2)
        XCTAssertEqual(entries[2].value.position, SourcePosition(line: 3, column: 6))
    }

    func testBillionLaughsFailsFastWithAClearError() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...30 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        let start = Date()
        let doc = parse(text)
        XCTAssertNil(doc.root)
        XCTAssertEqual(doc.problems.map(\.id), ["yaml-limit"])
        XCTAssertTrue(doc.problems[0].message.contains("aliases"), doc.problems[0].message)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "must fail fast, not expand")
    }

    func testUnknownAliasIsAnError() {
        let doc = parse("a: *nothing\n")
        XCTAssertEqual(doc.problems.map(\.id), ["yaml-unknown-alias"])
        XCTAssertEqual(doc.problems.first?.position, SourcePosition(line: 1, column: 4))
    }

    func testDeepNestingIsCappedWithoutStackOverflow() {
        let depth = 200_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let doc = parse(text)
        XCTAssertNil(doc.root)
        XCTAssertEqual(doc.problems.map(\.id), ["yaml-limit"])
        XCTAssertEqual(doc.problems.first?.position, SourcePosition(line: 1, column: 65))
    }

    func testNestingJustBelowTheCapBuildsAndFreesATree() throws {
        let limits = YAMLLimits(maxDepth: 64)
        let text = String(repeating: "[", count: 64) + "x" + String(repeating: "]", count: 64)
        let doc = parse(text, limits: limits)
        XCTAssertEqual(doc.problems, [])
        var node = try XCTUnwrap(doc.root)
        var depth = 0
        while let inner = node.sequence?.first { node = inner; depth += 1 }
        XCTAssertEqual(depth, 64)
        XCTAssertEqual(node.scalar?.text, "x")
    }

    func testByteOrderMarkIsAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("name: Café\n".utf8)
        let doc = YAMLParser().parse(bytes: bytes)
        XCTAssertEqual(doc.problems, [])
        XCTAssertEqual(doc.root?.mapping?.first?.value.scalar?.text, "Café")
        XCTAssertEqual(doc.root?.mapping?.first?.keyPosition, SourcePosition(line: 1, column: 1))
    }

    func testUTF16WithByteOrderMarkIsAccepted() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "name: Kåre\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let doc = YAMLParser().parse(bytes: bytes)
        XCTAssertEqual(doc.problems, [])
        XCTAssertEqual(doc.root?.mapping?.first?.value.scalar?.text, "Kåre")
    }

    func testInvalidUTF8IsReportedWithItsPosition() throws {
        let bytes: [UInt8] = Array("name: ok\nbio: ".utf8) + [0xFF, 0xFE, 0x41] + Array("\n".utf8)
        let doc = YAMLParser().parse(bytes: bytes)
        XCTAssertNil(doc.root)
        let problem = try XCTUnwrap(doc.problems.first)
        XCTAssertEqual(problem.id, "yaml-syntax")
        XCTAssertTrue(problem.message.contains("UTF-8"), problem.message)
        XCTAssertEqual(problem.position, SourcePosition(line: 2, column: 6))
    }

    func testTabIndentationGetsLibyamlsMessageAndAHelp() throws {
        let doc = parse("care:\n\thours: x\n")
        let problem = try XCTUnwrap(doc.problems.first)
        XCTAssertEqual(problem.id, "yaml-syntax")
        XCTAssertEqual(problem.position?.line, 2)
        XCTAssertEqual(problem.help?.contains("tab"), true)
    }

    func testSyntaxErrorKeepsLibyamlsPosition() throws {
        let doc = parse("name: \"Fjordkaffe\nbio: x\n")
        let problem = try XCTUnwrap(doc.problems.first)
        XCTAssertEqual(problem.id, "yaml-syntax")
        XCTAssertTrue(problem.message.contains("quoted scalar"), problem.message)
        XCTAssertEqual(problem.position?.line, 3)
    }

    func testEmptyAndCommentOnlyFilesAreDistinguished() {
        XCTAssertEqual(parse("").problems.map(\.message), ["the file is empty"])
        XCTAssertEqual(parse("\n  \n").problems.map(\.message), ["the file is empty"])
        XCTAssertEqual(parse("# just a note\n# another\n").problems.map(\.message), ["the file holds only comments, no strategy"])
    }

    func testSeveralDocumentsAreRefusedAtTheSecond() throws {
        let doc = parse("name: a\n---\nname: b\n")
        XCTAssertNil(doc.root)
        let problem = try XCTUnwrap(doc.problems.first)
        XCTAssertEqual(problem.id, "yaml-multiple-documents")
        XCTAssertEqual(problem.position, SourcePosition(line: 2, column: 1))
    }

    func testOversizedInputIsRefusedBeforeParsing() {
        let doc = YAMLParser(limits: YAMLLimits(maxBytes: 10)).parse("name: longer than ten bytes\n")
        XCTAssertEqual(doc.problems.map(\.id), ["yaml-limit"])
    }

    func testComplexKeysAreReportedAndSkipped() throws {
        let doc = parse("? [a, b]\n: 1\nok: 2\n")
        XCTAssertEqual(doc.problems.map(\.id), ["yaml-complex-key"])
        XCTAssertEqual(doc.root?.mapping?.map(\.key), ["ok"])
    }

    func testAliasExpansionBudgetCountsCopies() {
        let text = "a: &a [1, 2, 3, 4]\nb: [*a, *a, *a]\n"
        XCTAssertEqual(YAMLParser(limits: YAMLLimits(maxNodes: 12)).parse(text).problems.map(\.id), ["yaml-limit"])
        XCTAssertEqual(YAMLParser(limits: YAMLLimits(maxNodes: 40)).parse(text).problems, [])
    }

    // MARK: linear in the file (issue 14 item 2)

    /// A long list, many aliases and many merges build in one pass: each node is made once and
    /// counted once (before, every append copied the list: 50,000 items took 35 s).
    func testLongListsAliasesAndMergesBuildWithEveryNodeCountedOnce() throws {
        let list = try root("x: [" + (0..<100_000).map(String.init).joined(separator: ", ") + "]\n")
        let items = try XCTUnwrap(list.mapping?.first?.value.sequence)
        XCTAssertEqual(items.count, 100_000)
        XCTAssertEqual(items.last?.scalar?.value, .int(99_999))
        XCTAssertEqual(list.nodeCount, 1 + 1 + 1 + 100_000, "root, key, list and its items")

        let aliased = try root("a: &a { k: v }\nmany:\n" + String(repeating: "  - *a\n", count: 50_000))
        let copies = try XCTUnwrap(aliased.mapping?.last?.value.sequence)
        XCTAssertEqual(copies.count, 50_000)
        XCTAssertEqual(copies.last?.position, SourcePosition(line: 50_002, column: 5))
        XCTAssertEqual(aliased.nodeCount, 1 + (1 + 3) + (1 + 1 + 50_000 * 3))

        // The first mapping merged wins a key, and a key written in the mapping wins over both.
        let n = 5_000
        let anchors = (0..<n).map { "m\($0): &m\($0) { k\($0): \($0), shared: \($0) }\n" }.joined()
        let merged = try root(anchors + "all:\n  k7: own\n  <<: [" + (0..<n).map { "*m\($0)" }.joined(separator: ", ") + "]\n")
        let all = try XCTUnwrap(merged.mapping?.last?.value.mapping)
        XCTAssertEqual(all.count, 1 + n)
        XCTAssertEqual(all.first { $0.key == "k7" }?.value.scalar?.text, "own")
        XCTAssertEqual(all.first { $0.key == "shared" }?.value.scalar?.value, .int(0))
        XCTAssertEqual(all.filter { $0.key == "shared" }.count, 1)
    }

    /// A file without aliases that holds more nodes than the budget stops at the node past it.
    func testTheNodeBudgetStopsALongListAtItsPosition() {
        let text = "x:\n" + String(repeating: "  - 1\n", count: 2_000)
        let doc = YAMLParser(limits: YAMLLimits(maxNodes: 1_000)).parse(text)
        XCTAssertNil(doc.root)
        XCTAssertEqual(doc.problems.map(\.id), ["yaml-limit"])
        // Root, key and list are three nodes: item 998 on line 999 is node 1,001.
        XCTAssertEqual(doc.problems.first?.position, SourcePosition(line: 999, column: 5))
    }
}
