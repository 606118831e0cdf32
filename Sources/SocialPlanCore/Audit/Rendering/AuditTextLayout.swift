/// How much of each account the text report shows (docs/audit.md, "The text report"): an
/// account with fewer mentions than ``detailMinimum`` is one line of a summary table; heatmaps
/// appear for accounts with at least ``heatmapMinimum`` mentions, or for every detailed account
/// with ``heatmaps`` (`--heatmaps`). Markdown, JSON and CSV show every account in full.
public struct AuditTextLayout: Sendable, Hashable {
    /// Accounts below this many mentions are summarised in one table.
    public var detailMinimum: Int
    /// Accounts with at least this many mentions get heatmaps: one a cell of the 7 × 24 grid on
    /// average, below which the grid is mostly empty.
    public var heatmapMinimum: Int
    /// Heatmaps for every detailed account, whatever its volume.
    public var heatmaps: Bool

    /// The default: details from 10 mentions, heatmaps from 168.
    public static let standard = AuditTextLayout(detailMinimum: 10, heatmapMinimum: 168, heatmaps: false)

    /// Creates a layout.
    public init(detailMinimum: Int, heatmapMinimum: Int, heatmaps: Bool) {
        self.detailMinimum = detailMinimum
        self.heatmapMinimum = heatmapMinimum
        self.heatmaps = heatmaps
    }

    /// A mention count of `account`: every row of it, measured or not.
    static func mentions(_ account: AuditAccountReport) -> Int { account.heatmap.volume.joined().reduce(0, +) }

    /// True when `account` gets its own section.
    func isDetailed(_ account: AuditAccountReport) -> Bool { Self.mentions(account) >= detailMinimum }

    /// True when `account`'s section shows heatmaps.
    func showsHeatmaps(_ account: AuditAccountReport) -> Bool { heatmaps || Self.mentions(account) >= heatmapMinimum }
}
