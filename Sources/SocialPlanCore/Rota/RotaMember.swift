/// One person who can take care shifts.
///
/// All times are indices of 15-minute intervals into the planned week (`0..<intervalCount`).
public struct RotaMember: Sendable, Hashable {
    /// A stable name for the member, used only to label output.
    public var id: String
    /// One flag per interval of the week: may this member be on duty then.
    ///
    /// Already excludes away days, holidays and the member's posting tasks. Entries past the end
    /// of the array count as unavailable.
    public var available: [Bool]
    /// Most intervals of duty this week (`max_hours_per_week × 4`), `nil` for no limit.
    ///
    /// Fixed shifts count toward it; when they alone reach it, nothing more is planned.
    public var maxIntervals: Int?
    /// Shifts fixed in the strategy, as half-open interval ranges.
    ///
    /// They are honoured first and as given, even where they break the length, rest or
    /// availability rules; they are only clipped to the week.
    public var fixedShifts: [Range<Int>]

    /// Creates a member.
    public init(id: String, available: [Bool], maxIntervals: Int? = nil, fixedShifts: [Range<Int>] = []) {
        self.id = id
        self.available = available
        self.maxIntervals = maxIntervals
        self.fixedShifts = fixedShifts
    }
}
