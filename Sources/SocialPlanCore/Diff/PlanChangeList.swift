/// The changes found so far, with the two ways of finding them.
struct PlanChangeList {
    var changes: [PlanChange] = []

    mutating func append(_ change: PlanChange) { changes.append(change) }

    /// A `changed` entry when the values in words differ; `long` values (texts, word lists) are
    /// shown as excerpts around where they first differ (``PlanWords/excerpts(_:_:)``).
    mutating func compare(_ area: PlanChange.Area, _ subject: String, _ key: String, _ before: String, _ after: String,
                          long: Bool = false) {
        guard before != after else { return }
        let shown = long ? PlanWords.excerpts(before, after) : (before, after)
        changes.append(PlanChange(area: area, subject: subject, kind: .changed, key: key, before: shown.0, after: shown.1))
    }

    /// Things matched by id: the new file's in order (added, or compared by `same`), then the
    /// old file's that are gone.
    mutating func match<Thing>(_ area: PlanChange.Area, _ old: [Thing], _ new: [Thing], id: (Thing) -> String,
                               summary: (Thing) -> String, same: (Thing, Thing, inout PlanChangeList) -> Void) {
        var before: [String: Thing] = [:]
        for thing in old where before[id(thing)] == nil { before[id(thing)] = thing }
        let kept = Set(new.map(id))
        for thing in new {
            if let previous = before[id(thing)] {
                same(previous, thing, &self)
            } else {
                changes.append(PlanChange(area: area, subject: id(thing), kind: .added, after: summary(thing)))
            }
        }
        for thing in old where !kept.contains(id(thing)) {
            changes.append(PlanChange(area: area, subject: id(thing), kind: .removed, before: summary(thing)))
        }
    }
}
