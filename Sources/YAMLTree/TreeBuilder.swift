import CYAML

/// Turns libyaml events into ``YAMLNode`` values with an explicit stack (no recursion, so deep
/// input cannot overflow the call stack), enforcing ``YAMLLimits`` as it goes.
///
/// Complexity: O(events + nodes made by aliases), whatever the shape: each open list or mapping
/// is changed in place at the top of the stack (never copied to append one more item), and
/// duplicate and merged keys are found through hash tables, not by scanning the entries.
struct TreeBuilder {
    /// An open list or mapping, waiting for its items.
    private struct Frame {
        var start: SourcePosition
        var anchor: String?
        /// Nil for a list.
        var mapping: MappingFrame?
        /// A list's items.
        var items: [YAMLNode] = []
    }

    private struct MappingFrame {
        var entries: [YAMLMappingEntry] = []
        var firstSeen: [String: SourcePosition] = [:]
        /// Entries of `<<` merges, first merge first; each key once (``mergedKeys``).
        var merged: [YAMLMappingEntry] = []
        var mergedKeys: Set<String> = []
        var pendingKey: (text: String, position: SourcePosition, isMerge: Bool)?
        /// Set after a key that could not be used, so its value is skipped too.
        var skipNextValue = false
    }

    let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var documents = 0
    private var nodes = 0
    private(set) var problems: [YAMLProblem] = []
    /// Set when a fatal problem stops the build.
    private(set) var isFinished = false

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    mutating func fail(_ problem: YAMLProblem) {
        problems.append(problem)
        isFinished = true
        root = nil
    }

    func finish(isBlank: Bool) -> YAMLDocument {
        var problems = self.problems
        if !isFinished && documents == 0 {
            problems.append(isBlank
                ? YAMLProblem(id: "yaml-empty", message: "the file is empty", position: nil,
                              help: "start from a template: socialplan init my-strategy.yaml")
                : YAMLProblem(id: "yaml-empty", message: "the file holds only comments, no strategy",
                              position: nil, help: "start from a template: socialplan init my-strategy.yaml"))
        }
        return YAMLDocument(root: isFinished ? nil : root, problems: problems)
    }

    mutating func handle(_ event: yaml_event_t) {
        let position = SourcePosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(YAMLProblem(
                    id: "yaml-multiple-documents",
                    message: "this file holds more than one YAML document; a strategy is one document",
                    position: position,
                    help: "remove the `---` line that starts the second document, or split the file"))
            }
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let text = Self.string(s.value, length: Int(s.length))
            let style: YAMLScalar.Style
            switch s.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let tag = s.tag.map { String(cString: $0) }
            let node = YAMLNode(.scalar(YAMLScalar(text: text, style: style, tag: tag)), at: position)
            guard count(1, at: position) else { return }
            if let anchor = s.anchor.map({ String(cString: $0) }) { anchors[anchor] = node }
            add(node, plainScalar: style == .plain && tag == nil)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                fail(YAMLProblem(id: "yaml-unknown-alias", message: "alias `*\(name)` refers to no anchor defined before it",
                                 position: position, help: "define the anchor first, e.g. `defaults: &\(name) …`"))
                return
            }
            guard count(target.nodeCount, at: position) else { return }
            var copy = target
            copy.position = position
            add(copy, plainScalar: false)
        case YAML_SEQUENCE_START_EVENT:
            let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
            guard push(Frame(start: position, anchor: anchor), at: position) else { return }
        case YAML_MAPPING_START_EVENT:
            let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
            guard push(Frame(start: position, anchor: anchor, mapping: MappingFrame()), at: position) else { return }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let node: YAMLNode
            if let m = frame.mapping {
                // Every key written is in `firstSeen`, so a merged key is added only when absent.
                var entries = m.entries
                for entry in m.merged where m.firstSeen[entry.key] == nil { entries.append(entry) }
                node = YAMLNode(.mapping(entries), at: frame.start)
            } else {
                node = YAMLNode(.sequence(frame.items), at: frame.start)
            }
            let anchor = frame.anchor
            if let anchor { anchors[anchor] = node }
            add(node, plainScalar: false)
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame, at position: SourcePosition) -> Bool {
        guard count(1, at: position) else { return false }
        guard stack.count < limits.maxDepth else {
            fail(YAMLProblem(id: "yaml-limit",
                             message: "lists and mappings are nested more than \(limits.maxDepth) levels deep",
                             position: position, help: "a strategy needs only a few levels; check the indentation"))
            return false
        }
        stack.append(frame)
        return true
    }

    /// Adds `n` nodes to the expansion budget; fails the build when it is exceeded.
    private mutating func count(_ n: Int, at position: SourcePosition) -> Bool {
        nodes += n
        guard nodes <= limits.maxNodes else {
            fail(YAMLProblem(id: "yaml-limit",
                             message: "the document holds more than \(limits.maxNodes) nodes (values, lists and mappings, aliases expanded)",
                             position: position,
                             help: "a strategy holds a few thousand; aliases that repeat other aliases grow exponentially (a 'billion laughs' file)"))
            return false
        }
        return true
    }

    /// Adds `node` to the open list or mapping, changed in place at the top of the stack. O(1)
    /// amortised (a merge: O(entries merged)).
    private mutating func add(_ node: YAMLNode, plainScalar: Bool) {
        guard !stack.isEmpty else {
            if documents <= 1 { root = node }
            return
        }
        let top = stack.count - 1
        // Taken out of the frame while it changes, so its arrays and tables are not shared
        // (and so not copied); put back after.
        guard var mapping = stack[top].mapping.take() else {
            stack[top].items.append(node)
            return
        }
        addToMapping(&mapping, node, plainScalar: plainScalar)
        stack[top].mapping = mapping
    }

    private mutating func addToMapping(_ m: inout MappingFrame, _ node: YAMLNode, plainScalar: Bool) {
        if m.skipNextValue {
            m.skipNextValue = false
        } else if let key = m.pendingKey {
            m.pendingKey = nil
            if key.isMerge {
                merge(node, into: &m, at: key.position)
            } else if let first = m.firstSeen[key.text] {
                problems.append(YAMLProblem(
                    id: "yaml-duplicate-key", message: "duplicate key `\(key.text)`", position: key.position,
                    related: [("`\(key.text)` first defined here", first)],
                    help: "each key may appear once in a mapping; the first value is used"))
            } else {
                m.firstSeen[key.text] = key.position
                m.entries.append(YAMLMappingEntry(key: key.text, keyPosition: key.position, value: node))
            }
        } else if let scalar = node.scalar {
            let isMerge = plainScalar && scalar.text == "<<"
            m.pendingKey = (scalar.text, node.position, isMerge)
        } else {
            problems.append(YAMLProblem(
                id: "yaml-complex-key", message: "a mapping key must be plain text, not \(node.kindDescription)",
                position: node.position, help: "write keys as `name: value`"))
            m.skipNextValue = true
        }
    }

    /// `<<: *defaults` (or a list of aliases) copies keys not written explicitly.
    private mutating func merge(_ node: YAMLNode, into m: inout MappingFrame, at position: SourcePosition) {
        let sources = node.sequence ?? [node]
        for source in sources {
            guard let entries = source.mapping else {
                problems.append(YAMLProblem(id: "yaml-merge", message: "`<<` merges mappings only, not \(source.kindDescription)",
                                            position: source.position, help: "write `<<: *anchor-of-a-mapping`"))
                continue
            }
            for entry in entries where m.mergedKeys.insert(entry.key).inserted { m.merged.append(entry) }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }
}
