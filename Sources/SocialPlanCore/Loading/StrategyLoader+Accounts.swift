import YAMLTree

extension LoadContext {
    /// `accounts:`: one account per entry, each on one network with a handle valid there.
    mutating func accounts(_ node: YAMLNode) -> [Account] {
        guard let entries = entries(of: node, owner: "accounts", keys: .id) else { return [] }
        return entries.compactMap { entry in
            checkID(entry.key, at: entry.keyPosition, what: "account")
            let owner = "account `\(entry.key)`"
            guard let f = fields(of: entry.value, section: FormatSpec.accountEntry, owner: owner, at: entry.keyPosition) else { return nil }
            var network: Network?
            if let n = f["network"], let t = text(n, what: "\(owner) network") {
                network = Network(word: t)
                if network == nil {
                    let names = Network.allCases.map(\.rawValue)
                    error("invalid-value", "\(owner) network `\(t)` is not one socialplan knows", at: n.position,
                          help: Suggestion.closest(to: t, in: names, caseInsensitive: true).map { "did you mean `\($0)`?" }
                            ?? "write one of \(names.joined(separator: ", ")) (docs/networks.md)")
                }
            }
            guard let network else { return nil }
            var account = Account(id: entry.key, network: network, positions: f.positions)
            if let n = f["handle"], let t = text(n, what: "\(owner) handle") {
                account.handle = t
                if let problem = NetworkHandle.problem(with: t, on: network) {
                    error("invalid-handle", "\(owner) handle `\(t)`: \(problem.message)", at: n.position, help: problem.help)
                }
            }
            if let n = f["bio"] { account.bio = text(n, what: "\(owner) bio") }
            if let n = f["timezone"] { account.timezone = zone(n, what: "\(owner) timezone") }
            return account
        }
    }

    /// The older `account:` form: one account without a network. Loading it still works; a
    /// warning says how to write `accounts:`.
    mutating func singleAccount(_ node: YAMLNode, at own: SourcePosition, networks: [String]) -> Account? {
        guard let f = fields(of: node, section: FormatSpec.account, owner: "account", at: own) else { return nil }
        let account = Account(id: "account", network: nil, handle: f["handle"].flatMap { text($0, what: "account handle") },
                              bio: f["bio"].flatMap { text($0, what: "account bio") }, positions: f.positions)
        let names = networks.isEmpty ? ["instagram"] : networks
        let example = names.map { "\($0): { network: \($0), handle: \"\(account.handle ?? "@you")\" }" }.joined(separator: ", ")
        warning("single-account-form", "`account:` names no network; posts cannot be checked against a network's limits",
                at: own, help: "write one entry per account: `accounts: { \(example) }` with the bio on each, "
                    + "and `accounts:` instead of `channels:` in streams (docs/strategy-format.md#accountsid)")
        return account
    }

    /// `per_account:` entries of a stream or of `publishing`.
    mutating func perAccount<S>(_ node: YAMLNode, owner: String, section: FormatSection,
                                read: (inout LoadContext, Fields, String) -> S) -> [PerAccount<S>] {
        guard let entries = entries(of: node, owner: "\(owner) per_account", keys: .account) else { return [] }
        return entries.compactMap { entry in
            let what = "\(owner) per_account `\(entry.key)`"
            guard let f = fields(of: entry.value, section: section, owner: what, at: entry.keyPosition) else { return nil }
            return PerAccount(key: Located(entry.key, at: entry.keyPosition), settings: read(&self, f, what))
        }
    }

    /// Checks that every account reference names an account (by id) or a network an account
    /// is on, and that each stream's kind exists on the networks it reaches.
    mutating func checkAccountReferences(_ strategy: Strategy) {
        let ids = strategy.accounts.map(\.id)
        let candidates = ids + Network.allCases.map(\.rawValue)
        func check(_ ref: Located<String>, in what: String) {
            guard !strategy.accounts.contains(where: { $0.answers(to: ref.value) }) else { return }
            if let network = Network(word: ref.value) {
                error("unknown-account", "\(what) names \(network.name), but no account is on \(network.name)", at: ref.position,
                      help: strategy.accounts.isEmpty ? "add an account under `accounts:` with `network: \(network.rawValue)`"
                        : "add an account with `network: \(network.rawValue)` under `accounts:`, or name one of \(ids.joined(separator: ", "))")
            } else {
                error("unknown-account", "\(what) names `\(ref.value)`, which is neither an account nor a network", at: ref.position,
                      help: Suggestion.closest(to: ref.value, in: candidates, caseInsensitive: true).map { "did you mean `\($0)`?" }
                        ?? (ids.isEmpty ? "add the account under `accounts:`" : "accounts: \(ids.joined(separator: ", "))"))
            }
        }
        for stream in strategy.content {
            for ref in stream.targets { check(ref, in: "stream `\(stream.id)`") }
            for entry in stream.perAccount { check(entry.key, in: "stream `\(stream.id)` per_account") }
        }
        for entry in strategy.publishing.perAccount { check(entry.key, in: "publishing per_account") }
        for ref in strategy.care?.accounts ?? [] { check(ref, in: "care accounts") }
        for post in strategy.posts {
            for ref in post.targets { check(ref, in: "post `\(post.id)`") }
        }
    }
}
