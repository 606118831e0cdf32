import YAMLTree

/// What loading a strategy file gives: the model (as much of it as could be read) and every
/// problem found, in one pass.
public struct LoadResult: Sendable {
    /// The strategy, or `nil` when the file could not be read as one at all.
    public var strategy: Strategy?
    /// Every problem, YAML and format alike.
    public var diagnostics: [Diagnostic]
    /// The post files read for `posts_from:`, in name order.
    public var postFiles: [PostFileSource] = []

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads strategy files (format version 1) into ``Strategy`` values with diagnostics.
///
/// Loading never stops at the first problem: each section and each value is read on its own,
/// unreadable values are reported at their position and left out, and references (authors,
/// staff, priorities) are checked once the whole file is read.
public enum StrategyLoader {
    /// Reads the post files of a `posts_from:` folder (the executable reads the disk; the core
    /// does no IO): the `*.md` files in name order, or what is wrong with the folder.
    public typealias PostFolderReader = @Sendable (String) -> Result<[PostFileSource], ValueError>

    /// Loads a strategy from UTF-8 text.
    public static func load(_ text: String, limits: YAMLLimits = .standard, posts: PostFolderReader? = nil) -> LoadResult {
        load(bytes: Array(text.utf8), limits: limits, posts: posts)
    }

    /// Loads a strategy from raw bytes (any encoding libyaml detects). `posts` reads the files
    /// of `posts_from:`; without it the folder is not read (its posts are missing).
    public static func load(bytes: [UInt8], limits: YAMLLimits = .standard, posts: PostFolderReader? = nil) -> LoadResult {
        let document = YAMLParser(limits: limits).parse(bytes: bytes)
        var context = LoadContext()
        context.source = SourceFile(path: "", text: String(decoding: bytes, as: UTF8.self))
        context.diagnostics = document.problems.map(Diagnostic.init)
        guard let root = document.root else { return LoadResult(strategy: nil, diagnostics: context.diagnostics) }
        var strategy = context.strategy(from: root)
        var postFiles: [PostFileSource] = []
        if let folder = strategy?.postsFrom {
            if let posts {
                switch posts(folder.value) {
                case .success(let files):
                    postFiles = files
                    for file in files {
                        let loaded = PostFileLoader.load(file, limits: limits)
                        context.diagnostics += loaded.diagnostics
                        if let post = loaded.post { strategy?.posts.append(post) }
                    }
                case .failure(let problem):
                    context.error("posts-from", "posts_from `\(folder.value)`: \(problem.message)", at: folder.position, help: problem.help)
                }
            }
        }
        if let strategy {
            context.checkReferences(strategy)
            context.checkAccountReferences(strategy)
            context.checkPostReferences(strategy)
            context.checkBusiestWeek(strategy)
            context.checkRotaSize(strategy)
        }
        return LoadResult(strategy: strategy, diagnostics: context.diagnostics, postFiles: postFiles)
    }
}

extension LoadContext {
    mutating func strategy(from root: YAMLNode) -> Strategy? {
        guard root.mapping != nil else {
            error("wrong-type", "a strategy file must be a mapping of keys, not \(root.kindDescription)", at: root.position,
                  help: "start with `version: 1`, `name:` and `timezone:`; `socialplan init` writes a starter file")
            return nil
        }
        guard let f = fields(of: root, section: FormatSpec.strategy, owner: "", at: root.position) else { return nil }
        var version = 1
        if let node = f["version"], let v = integer(node, what: "version", limit: Limits.version) {
            if v != 1 {
                error("unsupported-version", "format version \(v) is not supported; this socialplan reads version 1", at: node.position,
                      help: "write `version: 1`")
            }
            version = v
        }
        let name = f["name"].flatMap { text($0, what: "name") } ?? ""
        var zone = "Etc/UTC"
        if let node = f["timezone"], let z = self.zone(node, what: "timezone") { zone = z }

        var strategy = Strategy(version: version, name: name, timezone: zone, positions: f.positions)
        if let node = f["accounts"] { strategy.accounts = accounts(node) }
        if let node = f["team"] { strategy.team = team(node, defaultZone: zone) }
        if let node = f["content"] { strategy.content = content(node) }
        if let node = f["account"] {
            if f["accounts"] != nil {
                error("duplicate-key", "the strategy has both `account:` and `accounts:`", at: f.positions["account"],
                      help: "move the handle and bio into an entry of `accounts:` and remove `account:`")
            } else {
                let networks = strategy.content.flatMap(\.targets).compactMap { Network(word: $0.value)?.rawValue }
                let unique = networks.enumerated().filter { networks.firstIndex(of: $0.element) == $0.offset }.map(\.element)
                strategy.accounts = singleAccount(node, at: f.positions["account"], networks: unique).map { [$0] } ?? []
            }
        }
        if let node = f["publishing"] { strategy.publishing = publishing(node, at: f.positions["publishing"]) }
        if let node = f["posts"] { strategy.posts = posts(node) }
        if let node = f["posts_from"], let t = text(node, what: "posts_from") { strategy.postsFrom = Located(t, at: node.position) }
        if let node = f["care"] { strategy.care = care(node, at: f.positions["care"]) }
        if let node = f["mentions"] { strategy.mentions = mentions(node, at: f.positions["mentions"]) }
        if let node = f["audit"] { strategy.audit = audit(node, at: f.positions["audit"]) }
        if let node = f["disable"] { strategy.disabledRules = texts(node, what: "disable") }
        return strategy
    }

    /// An IANA `Area/Location` zone name.
    mutating func zone(_ node: YAMLNode, what: String) -> String? {
        guard let t = text(node, what: what) else { return nil }
        switch ZoneName.resolve(t) {
        case .success: return t
        case .failure(let e):
            error("invalid-timezone", "\(what): \(e.message)", at: node.position, help: e.help)
            return nil
        }
    }

    mutating func team(_ node: YAMLNode, defaultZone: String) -> [Member] {
        guard let entries = entries(of: node, owner: "team", keys: .id) else { return [] }
        return entries.compactMap { entry in
            checkID(entry.key, at: entry.keyPosition, what: "member")
            let owner = "member `\(entry.key)`"
            guard let f = fields(of: entry.value, section: FormatSpec.member, owner: owner, at: entry.keyPosition) else { return nil }
            var member = Member(id: entry.key, name: entry.key, roles: [], timezone: defaultZone, available: .none, positions: f.positions)
            if let n = f["name"], let t = text(n, what: "\(owner) name") { member.name = t }
            if let n = f["roles"] { member.roles = texts(n, what: "\(owner) roles").map(\.value) }
            if let n = f["timezone"], let z = zone(n, what: "\(owner) timezone") { member.timezone = z }
            if let n = f["available"] {
                if let h = weeklyHours(n, what: "\(owner) availability") { member.available = h } else { member.positions.markUnreadable("available") }
            }
            if let n = f["max_hours_per_week"] { member.maxHoursPerWeek = number(n, what: "\(owner) max_hours_per_week", limit: Limits.maxHoursPerWeek) }
            if let n = f["away"] { member.away = dateSpans(n, what: "\(owner) away") }
            if let n = f["shifts"], let h = weeklyHours(n, what: "\(owner) shifts") { member.fixedShifts = h }
            return member
        }
    }

    mutating func content(_ node: YAMLNode) -> [ContentStream] {
        guard let entries = entries(of: node, owner: "content", keys: .id) else { return [] }
        return entries.compactMap { entry in
            checkID(entry.key, at: entry.keyPosition, what: "content stream")
            let owner = "stream `\(entry.key)`"
            guard let f = fields(of: entry.value, section: FormatSpec.stream, owner: owner, at: entry.keyPosition) else { return nil }
            var kind = ContentKind.post
            if let n = f["kind"], let k = choice(n, what: "\(owner) kind", from: ContentKind.acceptedWords).flatMap(ContentKind.init(word:)) {
                kind = k
            }
            var stream = ContentStream(id: entry.key, kind: kind, positions: f.positions)
            if let n = f["about"] { stream.about = text(n, what: "\(owner) about") }
            if let n = f["by"] { stream.authors = authorRefs(n, what: "\(owner) by") }
            if let n = f["every"] { stream.cadence = value(n, what: "\(owner) every", Cadence.parse) }
            if let n = f["at"] { stream.windows = weeklyHours(n, what: "\(owner) posting window") }
            if let n = f["duration"], let d = duration(n, what: "\(owner) duration", limit: Limits.slotDuration) { stream.duration = d }
            if let n = f["hashtags"] { stream.hashtags = texts(n, what: "\(owner) hashtags") }
            if let n = f["accounts"] {
                stream.targets = nonEmptyTexts(n, what: "\(owner) accounts",
                                               help: "name at least one account or network, or leave `accounts` out to publish to every account that has the kind")
            }
            if let n = f["channels"] {
                if f["accounts"] != nil {
                    error("duplicate-key", "\(owner) has both `accounts` and `channels`", at: n.position,
                          help: "`channels` is the older name of `accounts`: keep `accounts`")
                } else {
                    stream.targets = texts(n, what: "\(owner) channels")
                }
            }
            if let n = f["per_account"] {
                stream.perAccount = perAccount(n, owner: owner, section: FormatSpec.streamTiming) { context, f, what in
                    StreamTiming(cadence: f["every"].flatMap { context.value($0, what: "\(what) every", Cadence.parse) },
                                 windows: f["at"].flatMap { context.weeklyHours($0, what: "\(what) posting window") })
                }
            }
            if let n = f["replies_per_post"] { stream.repliesPerPost = number(n, what: "\(owner) replies_per_post", limit: Limits.repliesPerPost) }
            return stream
        }
    }

    mutating func publishing(_ node: YAMLNode, at own: SourcePosition) -> Publishing {
        guard let f = fields(of: node, section: FormatSpec.publishing, owner: "publishing", at: own) else { return Publishing() }
        var publishing = Publishing(minGap: f["min_gap"].flatMap { duration($0, what: "publishing min_gap", limit: Limits.minGap) },
                                    maxPerDay: f["max_per_day"].flatMap { integer($0, what: "publishing max_per_day", limit: Limits.maxPerDay) },
                                    blackout: f["blackout"].map { dateSpans($0, what: "publishing blackout") } ?? [],
                                    positions: f.positions)
        if let n = f["per_account"] {
            publishing.perAccount = perAccount(n, owner: "publishing", section: FormatSpec.feedLimits) { context, f, what in
                FeedLimits(minGap: f["min_gap"].flatMap { context.duration($0, what: "\(what) min_gap", limit: Limits.minGap) },
                           maxPerDay: f["max_per_day"].flatMap { context.integer($0, what: "\(what) max_per_day", limit: Limits.maxPerDay) })
            }
        }
        return publishing
    }
}
