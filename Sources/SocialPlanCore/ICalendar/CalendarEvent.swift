/// One entry of an exported calendar: a post to publish or a customer-care shift.
///
/// The writer turns each event into one `VEVENT`. Text fields may hold anything (newlines,
/// commas, semicolons, backslashes, emoji): the writer escapes and folds them.
public struct CalendarEvent: Sendable, Hashable {
    /// Stable identity, supplied by the caller; the same post or shift must get the same UID on
    /// every export, so a calendar app updates the entry instead of adding a second one.
    public var uid: String
    /// Title shown in the calendar.
    public var summary: String
    /// Longer notes; `nil` writes no `DESCRIPTION`.
    public var description: String?
    /// Category labels (`CATEGORIES`); empty labels are dropped, none writes no line.
    public var categories: [String]
    /// When the event starts, on the clock of its zone.
    public var start: ZonedWallTime
    /// When the event ends; may be in another zone than ``start``. Equal to ``start`` for a
    /// zero-length event (a post). An end before the start is written as a zero-length event.
    public var end: ZonedWallTime
    /// Place, e.g. the channel or room; `nil` writes no `LOCATION`.
    public var location: String?
    /// `true` writes `TRANSP:TRANSPARENT` (does not block free/busy time: posts, reminders);
    /// `false` writes `TRANSP:OPAQUE` (busy: care shifts).
    public var transparent: Bool

    /// An event from its parts.
    public init(uid: String, summary: String, description: String? = nil, categories: [String] = [],
                start: ZonedWallTime, end: ZonedWallTime, location: String? = nil, transparent: Bool) {
        self.uid = uid
        self.summary = summary
        self.description = description
        self.categories = categories
        self.start = start
        self.end = end
        self.location = location
        self.transparent = transparent
    }
}
