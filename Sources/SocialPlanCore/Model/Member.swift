/// A person on the team.
public struct Member: Sendable, Hashable {
    /// The key under `team:` (`kari`).
    public var id: String
    /// Display name (`Kari Nordmann`); the id when not given.
    public var name: String
    /// Roles such as `editor` or `care`.
    public var roles: [String]
    /// The member's IANA zone; their availability is read in it.
    public var timezone: String
    /// When the member can work, in their own zone. No hours when not given.
    public var available: WeeklyHours
    /// Most hours a week they may be scheduled.
    public var maxHoursPerWeek: Double?
    /// Dates away (holiday, leave).
    public var away: [Located<DateSpan>]
    /// Fixed care shifts, in the member's zone; the rota honours them first.
    public var fixedShifts: WeeklyHours
    /// Where the keys are; `own` is the member's id.
    public var positions: KeyPositions

    /// Creates a member.
    public init(id: String, name: String, roles: [String], timezone: String, available: WeeklyHours,
                maxHoursPerWeek: Double? = nil, away: [Located<DateSpan>] = [], positions: KeyPositions) {
        self.id = id
        self.name = name
        self.roles = roles
        self.timezone = timezone
        self.available = available
        self.maxHoursPerWeek = maxHoursPerWeek
        self.away = away
        self.fixedShifts = .none
        self.positions = positions
    }

    /// False when `available:` was written but could not be loaded (or its key was misspelt):
    /// the member's hours are then unknown rather than empty.
    public var isAvailabilityKnown: Bool { !positions.unreadable.contains("available") }

    /// The first word of the display name, for plain-language messages ("Kari").
    public var firstName: String { name.split(separator: " ").first.map(String.init) ?? id }
}
