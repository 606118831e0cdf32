/// One list of dates in a strategy (care holidays, a member's away, publishing blackout).
struct DateList {
    /// "care holidays", "member `kari` away", "publishing blackout".
    var name: String
    /// The key the list is written under, for notes and help.
    var key: String
    /// The dates and ranges, in file order.
    var spans: [Located<DateSpan>]

    /// Every date list of `strategy`, in file order of sections.
    static func all(in strategy: Strategy) -> [DateList] {
        var lists = strategy.team.map { DateList(name: "member `\($0.id)` away", key: "away", spans: $0.away) }
        lists.append(DateList(name: "publishing blackout", key: "blackout", spans: strategy.publishing.blackout))
        if let care = strategy.care { lists.append(DateList(name: "care holidays", key: "holidays", spans: care.holidays)) }
        return lists.filter { !$0.spans.isEmpty }
    }
}
