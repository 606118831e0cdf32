import YAMLTree

/// One account on one network: the handle people see, the profile text, and the zone its
/// posting windows are read in.
public struct Account: Sendable, Hashable {
    /// The key under `accounts:` (`fjordkaffe-ig`); `account` for the older single-account form.
    public var id: String
    /// The network; `nil` only for the older `account:` form, which names none.
    public var network: Network?
    /// `@fjordkaffe`, `@fjordkaffe.no` (Bluesky), `@fjordkaffe@mastodon.social`.
    public var handle: String?
    /// The profile text.
    public var bio: String?
    /// The zone the windows of this account's slots are read in; `nil` is the strategy's zone.
    public var timezone: String?
    /// Where the keys are; `own` is the account's id.
    public var positions: KeyPositions

    /// Creates an account.
    public init(id: String, network: Network?, handle: String? = nil, bio: String? = nil, timezone: String? = nil,
                positions: KeyPositions) {
        self.id = id
        self.network = network
        self.handle = handle
        self.bio = bio
        self.timezone = timezone
        self.positions = positions
    }

    /// True for the account of the older single-account form (`account:`), which has no network.
    public var isSingleAccountForm: Bool { network == nil }

    /// "@fjordkaffe on Instagram", or the handle alone (or the id) when there is no network.
    public var label: String {
        let who = handle ?? id
        return network.map { "\(who) on \($0.name)" } ?? who
    }

    /// True when `ref` (as written in a stream's `accounts:`, a post's `accounts:` or a
    /// `per_account:` key) names this account: its id, or its network. An account of the older
    /// form has no network and answers to every network name.
    public func answers(to ref: String) -> Bool {
        if ref == id { return true }
        guard let named = Network(word: ref) else { return false }
        return network == nil || network == named
    }
}

/// Settings written for some accounts only: `per_account:` under a stream or `publishing:`,
/// keyed by an account id or a network name (every account on that network). An account id
/// wins over its network.
public struct PerAccount<Settings: Sendable & Hashable>: Sendable, Hashable {
    /// The key as written: an account id or a network name.
    public var key: Located<String>
    /// The settings that replace the general ones for the matching accounts.
    public var settings: Settings

    /// Creates an override.
    public init(key: Located<String>, settings: Settings) {
        self.key = key
        self.settings = settings
    }
}

extension Array {
    /// The override that applies to `account`: one keyed by its id, else one keyed by its network.
    public func override<S>(for account: Account) -> S? where Element == PerAccount<S> {
        if let exact = first(where: { $0.key.value == account.id }) { return exact.settings }
        guard let network = account.network else { return nil }
        return first { Network(word: $0.key.value) == network }?.settings
    }
}
