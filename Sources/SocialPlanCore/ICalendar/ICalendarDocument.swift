import Foundation

/// A whole `.ics` file: calendar-level properties and the events to export.
public struct ICalendarDocument: Sendable {
    /// The `PRODID` socialplan writes unless told otherwise.
    public static let defaultProductID = "-//socialplan//socialplan 0.1//EN"

    /// `PRODID`: who made the file.
    public var productID: String
    /// `X-WR-CALNAME`: the name Google and Apple Calendar give a subscribed or imported
    /// calendar; `nil` writes none.
    public var name: String?
    /// `DTSTAMP` of every event. Supplied by the caller (never the wall clock) so the same
    /// input gives the same bytes (see docs/calendar-export.md for the CLI's choice).
    public var stamp: Date
    /// The events, in any order: the writer sorts them by start instant, then UID.
    public var events: [CalendarEvent]

    /// A document from its parts.
    public init(productID: String = Self.defaultProductID, name: String? = nil, stamp: Date,
                events: [CalendarEvent]) {
        self.productID = productID
        self.name = name
        self.stamp = stamp
        self.events = events
    }
}
