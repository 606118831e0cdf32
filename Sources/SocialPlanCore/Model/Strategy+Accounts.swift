extension Strategy {
    /// The accounts a stream publishes to (or, for a reply session, answers on), in account
    /// order: those its `accounts:` names (by id or network), or, when it names none, every
    /// account whose network has the stream's kind.
    public func accounts(for stream: ContentStream) -> [Account] {
        guard !stream.targets.isEmpty else {
            return accounts.filter { account in account.network.map { $0.rules.word(for: stream.kind) != nil } ?? true }
        }
        return accounts.filter { account in stream.targets.contains { account.answers(to: $0.value) } }
    }

    /// The networks a stream reaches: its accounts' networks, or for the older single-account
    /// form the networks its `channels:` name. In `Network` order.
    public func networks(for stream: ContentStream) -> [Network] {
        var found = Set(accounts(for: stream).compactMap(\.network))
        for target in stream.targets {
            if let n = Network(word: target.value), accounts.contains(where: { $0.answers(to: target.value) }) { found.insert(n) }
        }
        return Network.allCases.filter(found.contains)
    }

    /// The accounts a post goes to: those of its stream, narrowed to the ones it names.
    public func accounts(for post: Post) -> [Account] {
        guard let streamID = post.stream?.value, let stream = content.first(where: { $0.id == streamID }) else { return [] }
        let own = accounts(for: stream)
        guard !post.targets.isEmpty else { return own }
        return own.filter { account in post.targets.contains { account.answers(to: $0.value) } }
    }

    /// The networks a post reaches (the networks of its accounts; for the older form, of its stream).
    public func networks(for post: Post) -> [Network] {
        guard let streamID = post.stream?.value, let stream = content.first(where: { $0.id == streamID }) else { return [] }
        let streamNetworks = networks(for: stream)
        guard !post.targets.isEmpty else { return streamNetworks }
        return streamNetworks.filter { network in
            post.targets.contains { Network(word: $0.value) == network || account($0.value)?.network == network }
        }
    }

    /// How often and when `stream` goes to `account`: its `per_account` entry for the account
    /// (or its network) where one is written, the stream's own `every` and `at` otherwise.
    public func timing(of stream: ContentStream, for account: Account?) -> StreamTiming {
        let own: StreamTiming? = account.flatMap { stream.perAccount.override(for: $0) }
        return StreamTiming(cadence: own?.cadence ?? stream.cadence, windows: own?.windows ?? stream.windows)
    }

    /// The accounts whose mentions care answers (and its SLAs hold for): those `care.accounts`
    /// names, or every account.
    public var careAccounts: [Account] {
        guard let refs = care?.accounts, !refs.isEmpty else { return accounts }
        return accounts.filter { account in refs.contains { account.answers(to: $0.value) } }
    }

    /// How `stream` is planned: its accounts grouped by the timing (`every` and `at` after
    /// `per_account`) and zone they share, in account order; each group's slots go to all of
    /// its accounts at once. A stream that publishes nothing, or has no accounts, is one unit
    /// with its own timing (a task belongs to no account unless the stream names some). The
    /// planner, and the rules that count a stream's slots, read the same units.
    public func postingUnits(of stream: ContentStream) -> [PostingUnit] {
        let accounts = stream.kind == .task && stream.targets.isEmpty ? [] : accounts(for: stream)
        guard stream.kind.isPublished, !accounts.isEmpty else {
            return [PostingUnit(stream: stream, zone: timezone, accounts: accounts)]
        }
        var units: [PostingUnit] = []
        for account in accounts {
            let timing = timing(of: stream, for: account)
            let zone = zone(of: account)
            if let i = units.firstIndex(where: { $0.timing == timing && $0.zone == zone }) {
                units[i].accounts.append(account)
            } else {
                var copy = stream
                copy.cadence = timing.cadence
                copy.windows = timing.windows
                units.append(PostingUnit(stream: copy, zone: zone, accounts: [account]))
            }
        }
        return units
    }

    /// The zone `account`'s posting windows are read in.
    public func zone(of account: Account?) -> String { account?.timezone ?? timezone }
}

extension Strategy {
    /// Accounts for people: each account's network name when no two accounts share a network
    /// ("Instagram, X"), else the account ids; the handle alone for the older single-account form.
    public func accountNames(_ ids: [String]) -> String {
        let networks = accounts.compactMap(\.network)
        let unique = Set(networks).count == networks.count
        return ids.map { id in
            guard let account = account(id) else { return id }
            guard let network = account.network else { return account.handle ?? id }
            return unique ? network.name : id
        }.joined(separator: ", ")
    }

    /// True when the strategy has a content library (`posts:` or `posts_from:`), so its slots
    /// are filled and an empty one is worth reporting.
    public var hasLibrary: Bool { !posts.isEmpty || postsFrom != nil }

    /// The post with `id`.
    public func post(_ id: String) -> Post? { posts.first { $0.id == id } }

    /// The text `post` goes out with in `stream`: its parts with the link and the stream's and
    /// its own hashtags added (see ``Post/publishedText(hashtags:)``).
    public func publishedText(of post: Post) -> [String] {
        let stream = content.first { $0.id == post.stream?.value }
        return post.publishedText(hashtags: stream?.hashtags.map(\.value) ?? [])
    }
}

/// One stream's slots for one set of accounts (see ``Strategy/postingUnits(of:)``).
public struct PostingUnit: Sendable {
    /// The stream with this unit's `every` and `at` as its `cadence` and `windows`.
    public var stream: ContentStream
    /// The zone the windows are read in.
    public var zone: String
    /// The accounts each slot goes to (or a reply session covers).
    public var accounts: [Account]

    /// The unit's timing.
    public var timing: StreamTiming { StreamTiming(cadence: stream.cadence, windows: stream.windows) }
}
