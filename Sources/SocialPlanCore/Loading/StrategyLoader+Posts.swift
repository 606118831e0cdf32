import YAMLTree

extension LoadContext {
    /// `posts:`: the content library written in the strategy.
    mutating func posts(_ node: YAMLNode) -> [Post] {
        guard let entries = entries(of: node, owner: "posts", keys: .id) else { return [] }
        return entries.compactMap { entry in
            checkID(entry.key, at: entry.keyPosition, what: "post")
            guard let f = fields(of: entry.value, section: FormatSpec.post, owner: "post `\(entry.key)`", at: entry.keyPosition) else { return nil }
            var post = Post(id: entry.key, positions: f.positions)
            if let n = f["text"] {
                post.text = nonEmptyTexts(n, what: "post `\(entry.key)` text", help: "write the text, or one entry per part of a thread")
            }
            readPostFields(f, into: &post)
            return post
        }
    }

    /// The keys a post has wherever it is written (all but `text`).
    mutating func readPostFields(_ f: Fields, into post: inout Post) {
        let owner = "post `\(post.id)`"
        if let n = f["stream"], let t = text(n, what: "\(owner) stream") { post.stream = Located(t, at: n.position) }
        if let n = f["accounts"] {
            post.targets = nonEmptyTexts(n, what: "\(owner) accounts",
                                         help: "name at least one account or network, or leave `accounts` out to use every account of its stream")
        }
        if let n = f["link"], let t = text(n, what: "\(owner) link") { post.link = Located(t, at: n.position) }
        if let n = f["media"] { post.media = media(n, owner: owner) }
        if let n = f["hashtags"] { post.hashtags = texts(n, what: "\(owner) hashtags") }
        if let n = f["status"], let t = choice(n, what: "\(owner) status", from: PostStatus.allCases.map(\.rawValue)) {
            post.status = PostStatus(rawValue: t) ?? .draft
        }
        if let n = f["approved_by"], let t = text(n, what: "\(owner) approved_by") { post.approvedBy = Located(t, at: n.position) }
        if let n = f["not_before"] { post.notBefore = value(n, what: "\(owner) not_before", LocalDate.parse) }
        if let n = f["not_after"] { post.notAfter = value(n, what: "\(owner) not_after", LocalDate.parse) }
        if let first = post.notBefore, let last = post.notAfter, last < first, let n = f["not_after"] {
            error("invalid-value", "\(owner) not_after \(last) is before not_before \(first)", at: n.position,
                  help: "the post may go out from not_before to not_after, both included")
        }
        if let n = f["recycle_after"] { post.recycleAfter = duration(n, what: "\(owner) recycle_after", limit: Limits.recycleAfter) }
        if let n = f["published"] {
            post.published = items(n, what: "\(owner) published").compactMap { item in
                value(item, what: "\(owner) published", LocalDate.parse).map { Located($0, at: item.position) }
            }
        }
    }

    private mutating func media(_ node: YAMLNode, owner: String) -> [PostMedia] {
        items(node, what: "\(owner) media", single: false).compactMap { item in
            let what = "\(owner) media"
            guard let f = fields(of: item, section: FormatSpec.postMedia, owner: what, at: item.position) else { return nil }
            let file = f["file"].flatMap { text($0, what: "\(what) file") }
            let url = f["url"].flatMap { text($0, what: "\(what) url") }
            guard let source = file ?? url else {
                error("missing-key", "\(what) has neither `file` nor `url`", at: item.position,
                      help: "write `{ file: media/photo.jpg, alt: \"what the photo shows\" }`")
                return nil
            }
            if file != nil, url != nil {
                error("invalid-value", "\(what) has both `file` and `url`", at: f.positions["url"], help: "keep one of them")
            }
            var isVideo = PostMedia.videoExtensions.contains(String(source.split(separator: ".").last ?? "").lowercased())
            if let n = f["kind"], let k = choice(n, what: "\(what) kind", from: ["image", "video"]) { isVideo = k == "video" }
            return PostMedia(source: source, alt: f["alt"].flatMap { text($0, what: "\(what) alt") }, isVideo: isVideo,
                             position: item.position)
        }
    }
}

/// A post file of `posts_from:`: its path (relative to the strategy's folder, as shown in
/// diagnostics) and its bytes.
public struct PostFileSource: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Reading a Markdown post file: YAML front matter between `---` lines, then the text. A line
/// holding only `---` in the text separates the parts of a thread.
enum PostFileLoader {
    /// The keys a post file's front matter may hold: a post's keys but `text` (the body is the text).
    static let frontMatter = FormatSection(path: "posts_from front matter", fields: FormatSpec.post.fields.filter { $0.name != "text" })

    static func load(_ source: PostFileSource, limits: YAMLLimits) -> (post: Post?, diagnostics: [Diagnostic]) {
        var context = LoadContext()
        // A byte-order mark some editors write is not part of the first `---` line.
        let bytes = source.bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(source.bytes.dropFirst(3)) : source.bytes
        let text = String(decoding: bytes, as: UTF8.self)
        // "\r\n" is one Character in Swift: split on both line ends.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        let name = source.path.split(separator: "/").last.map { String($0.hasSuffix(".md") ? $0.dropLast(3) : $0) } ?? source.path
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else {
            context.error("post-front-matter", "a post file starts with `---`, its keys, and another `---` line",
                          at: SourcePosition(line: 1, column: 1),
                          help: "start with a `---` line, then keys such as `stream: product-news` and `status: approved`, a closing `---` line, and the text")
            return (nil, context.diagnostics.map { var d = $0; d.file = source.path; return d })
        }
        // The front matter as YAML: the lines up to the closing `---` (the opening one is a
        // YAML document start), so positions are the file's own.
        let yaml = lines[0..<close].joined(separator: "\n") + "\n"
        let document = YAMLParser(limits: limits).parse(bytes: Array(yaml.utf8))
        context.diagnostics += document.problems.map(Diagnostic.init)
        let own = SourcePosition(line: 1, column: 1)
        var post = Post(id: name, file: source.path, positions: KeyPositions(own: own))
        if let root = document.root, let f = context.fields(of: root, section: frontMatter, owner: "post `\(name)`", at: own) {
            post.positions = f.positions
            context.readPostFields(f, into: &post)
        }
        // The body: parts separated by `---` lines, each trimmed, with the line it starts on.
        var parts: [Located<String>] = []
        var current: [Substring] = []
        var start = close + 2
        func flush(_ next: Int) {
            let body = current.joined(separator: "\n").trimming(" \t\n")
            if !body.isEmpty { parts.append(Located(body, at: SourcePosition(line: start, column: 1))) }
            current = []
            start = next
        }
        for (index, line) in lines.enumerated().dropFirst(close + 1) {
            if line == "---" { flush(index + 2) } else { current.append(line) }
        }
        flush(lines.count)
        post.text = parts
        if parts.isEmpty {
            context.error("missing-key", "post `\(name)` has no text after its front matter", at: SourcePosition(line: close + 1, column: 1),
                          help: "write the post's text after the closing `---`")
        }
        return (post, context.diagnostics.map { var d = $0; d.file = source.path; return d })
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension LoadContext {
    /// Every post names a published stream and a member as approver; ids are unique across
    /// `posts:` and the post files.
    mutating func checkPostReferences(_ strategy: Strategy) {
        let streams = strategy.content.map(\.id)
        var seen: [String: Post] = [:]
        for post in strategy.posts {
            func report(_ id: String, _ message: String, at position: SourcePosition?, help: String?) {
                diagnostics.append(Diagnostic(id: id, severity: .error, message: message, at: position, help: help, file: post.file))
            }
            if let first = seen[post.id] {
                report("duplicate-key", "post `\(post.id)` is written twice", at: post.positions.own,
                       help: "first written \(first.file.map { "in \($0)" } ?? "under `posts:`"); give each post its own id (file name)")
            }
            seen[post.id] = seen[post.id] ?? post
            if let ref = post.stream {
                if let stream = strategy.content.first(where: { $0.id == ref.value }) {
                    if !stream.kind.isPublished {
                        report("invalid-value", "post `\(post.id)` belongs to `\(ref.value)`, a \(stream.kind.label.lowercased()) that publishes nothing",
                               at: ref.position, help: "name a stream of posts, threads, reposts, carousels or videos")
                    }
                } else {
                    report("unknown-reference", "post `\(post.id)` names stream `\(ref.value)`, which is not under `content:`", at: ref.position,
                           help: Suggestion.closest(to: ref.value, in: streams).map { "did you mean `\($0)`?" }
                            ?? "streams: \(streams.joined(separator: ", "))")
                }
            }
            if let approver = post.approvedBy, strategy.member(approver.value) == nil {
                report("unknown-reference", "post `\(post.id)` was approved by `\(approver.value)`, who is not on the team",
                       at: approver.position, help: Suggestion.closest(to: approver.value, in: strategy.team.map(\.id)).map { "did you mean `\($0)`?" }
                        ?? "write a member id")
            }
        }
    }
}
