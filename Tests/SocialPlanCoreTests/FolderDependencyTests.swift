import Foundation
import SocialPlanTestSupport
import XCTest

/// The layout tells the architecture: each top-level folder of `Sources/SocialPlanCore` is one
/// part, and the parts use each other without cycles (docs/architecture in CONTRIBUTING.md).
/// Swift has no imports inside a module, so a folder "imports" another when its code names a
/// type declared at the top level there. `SOCIALPLAN_PRINT_FOLDERS=1 swift test --filter
/// FolderDependencyTests` prints the graph.
final class FolderDependencyTests: XCTestCase {
    static let core = PackageRoot.file("Sources/SocialPlanCore")

    func testFolderDependenciesHaveNoCycles() throws {
        let graph = try FolderGraph(root: Self.core)
        XCTAssertGreaterThan(graph.folders.count, 10, "the scan found the folders")
        XCTAssertTrue(graph.uses("Schedule", "Model"), "the scan sees real uses (Schedule names Strategy)")
        if ProcessInfo.processInfo.environment["SOCIALPLAN_PRINT_FOLDERS"] == "1" { print(graph.description) }
        for component in graph.cycles() {
            let cycle = graph.loop(through: component)
            let path = (cycle + [cycle[0]]).joined(separator: " → ")
            let why = zip(cycle, cycle.dropFirst() + [cycle[0]]).map { "\($0) uses \($1): \(graph.types($0, $1).prefix(4).joined(separator: ", "))" }
            XCTFail("folder cycle \(path)\n" + why.joined(separator: "\n"))
        }
    }

    func testTheScanFindsACycleWhenThereIsOne() {
        var graph = FolderGraph(edges: ["A": ["B": ["Bee"]], "B": ["C": ["Sea"]], "C": ["A": ["Ay"]], "D": ["A": ["Ay"]]])
        XCTAssertEqual(graph.cycles().map { Set($0) }, [["A", "B", "C"]])
        graph.edges["C"] = [:]
        XCTAssertEqual(graph.cycles().count, 0)
    }
}

/// Folder → folder → the type names that make the use.
struct FolderGraph: CustomStringConvertible {
    var edges: [String: [String: Set<String>]]
    var folders: [String] { Array(Set(edges.keys).union(edges.values.flatMap(\.keys))).sorted() }

    init(edges: [String: [String: Set<String>]]) { self.edges = edges }

    init(root: URL) throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }
        var owner: [String: String] = [:]
        var sources: [(folder: String, text: String)] = []
        for path in files.sorted() {
            let parts = path.split(separator: "/")
            guard parts.count > 1 else { continue }
            let folder = String(parts[0])
            let text = Self.code(try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
            sources.append((folder, text))
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
                if let name = Self.declaredType(line), owner[name] == nil { owner[name] = folder }
            }
        }
        var edges: [String: [String: Set<String>]] = [:]
        for (folder, text) in sources {
            for word in Self.capitalisedWords(text) {
                guard let other = owner[word], other != folder else { continue }
                edges[folder, default: [:]][other, default: []].insert(word)
            }
        }
        self.edges = edges
    }

    func uses(_ a: String, _ b: String) -> Bool { edges[a]?[b] != nil }
    func types(_ a: String, _ b: String) -> [String] { (edges[a]?[b] ?? []).sorted() }

    /// Strongly connected components of more than one folder (Tarjan), each sorted.
    func cycles() -> [[String]] {
        var index: [String: Int] = [:], low: [String: Int] = [:], stack: [String] = [], onStack: Set<String> = []
        var next = 0, result: [[String]] = []
        func visit(_ v: String) {
            index[v] = next; low[v] = next; next += 1
            stack.append(v); onStack.insert(v)
            for w in (edges[v] ?? [:]).keys.sorted() {
                if index[w] == nil { visit(w); low[v] = min(low[v]!, low[w]!) }
                else if onStack.contains(w) { low[v] = min(low[v]!, index[w]!) }
            }
            guard low[v] == index[v] else { return }
            var component: [String] = []
            while let w = stack.popLast() {
                onStack.remove(w)
                component.append(w)
                if w == v { break }
            }
            if component.count > 1 { result.append(component.sorted()) }
        }
        for v in folders where index[v] == nil { visit(v) }
        return result
    }

    /// A shortest loop from the component's first folder back to it, inside the component.
    func loop(through component: [String]) -> [String] {
        let inside = Set(component), start = component[0]
        var parent: [String: String] = [:], queue = [start], head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for w in (edges[v] ?? [:]).keys.sorted() where inside.contains(w) {
                if w == start {
                    var path = [v]
                    while let p = parent[path[0]] { path.insert(p, at: 0) }
                    return path
                }
                if parent[w] == nil && w != start { parent[w] = v; queue.append(w) }
            }
        }
        return component
    }

    var description: String {
        folders.map { f in
            let targets = (edges[f] ?? [:]).keys.sorted()
            return "\(f) → \(targets.isEmpty ? "(nothing)" : targets.joined(separator: ", "))"
        }.joined(separator: "\n")
    }

    /// The text without comments and string literals, so words in prose do not count.
    static func code(_ text: String) -> String {
        var out = ""
        var inString = false, escaped = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var previous: Character = "\n"
            for c in line {
                if inString {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                    previous = c
                    continue
                }
                if c == "/" && previous == "/" { out.removeLast(); break }
                if c == "\"" { inString = true; previous = c; continue }
                out.append(c)
                previous = c
            }
            inString = false // multi-line literals: each line's text is prose
            out.append("\n")
        }
        return out
    }

    static func declaredType(_ line: Substring) -> String? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "<" || $0 == "{" })
        let kinds: Set<Substring> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        guard let i = words.firstIndex(where: { kinds.contains($0) }), i + 1 < words.count else { return nil }
        let modifiers: Set<Substring> = ["public", "internal", "fileprivate", "private", "final", "indirect", "package"]
        guard words[..<i].allSatisfy({ modifiers.contains($0) || $0.hasPrefix("@") }) else { return nil }
        let name = words[i + 1]
        return name.first?.isUppercase == true ? String(name) : nil
    }

    static func capitalisedWords(_ text: String) -> Set<String> {
        var words: Set<String> = [], current = ""
        for c in text {
            if c.isLetter || c.isNumber || c == "_" { current.append(c) } else {
                if current.first?.isUppercase == true { words.insert(current) }
                current = ""
            }
        }
        if current.first?.isUppercase == true { words.insert(current) }
        return words
    }
}
