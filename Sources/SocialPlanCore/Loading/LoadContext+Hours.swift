import Foundation
import YAMLTree

extension LoadContext {
    /// Reads weekly hours: `{ mon-fri: "08:00-16:00", sat: ["10:00-12:00", "13:00-15:00"] }`.
    /// A day given twice, or overlapping periods on one day, are errors naming both places.
    mutating func weeklyHours(_ node: YAMLNode, what: String) -> WeeklyHours? {
        guard let entries = node.mapping else {
            if node.scalar?.value == .null { return WeeklyHours.none }
            error("wrong-type", "\(what) must map days to periods, not \(node.kindDescription)", at: node.position,
                  help: "write e.g. { mon-fri: \"08:00-16:00\", sat: \"10:00-14:00\" }")
            return nil
        }
        var hours = WeeklyHours.none
        var dayFirstSeen: [Weekday: SourcePosition] = [:]
        var ok = true
        for entry in entries {
            let days: [Weekday]
            switch Weekday.parseSet(entry.key) {
            case .success(let d): days = d
            case .failure(let e):
                error("invalid-value", "\(what): \(e.message)", at: entry.keyPosition, help: e.help)
                ok = false
                continue
            }
            if entry.value.scalar?.value == .null {
                error("invalid-value", "\(what): \(entry.key) has no period", at: entry.keyPosition,
                      help: "write a period like \(entry.key): \"09:00-17:00\" or \(entry.key): off; inside { } quote day lists: \"tue,thu\": \"09:00-17:00\"")
                ok = false
                continue
            }
            var periods: [Located<TimePeriod>] = []
            let isOff = entry.value.scalar.map { ["off", "closed", "none"].contains($0.text.lowercased()) } ?? false
            if !isOff {
                for item in items(entry.value, what: "\(what) periods") {
                    if let p = value(item, what: "\(what) on \(entry.key)", TimePeriod.parse) {
                        periods.append(Located(p, at: item.position))
                    } else {
                        ok = false
                    }
                }
            }
            for (i, a) in periods.enumerated() {
                for b in periods[(i + 1)...] where Self.overlap(a.value, b.value) {
                    error("invalid-value", "\(what): periods \(a.value) and \(b.value) overlap", at: b.position,
                          help: "merge them into one period", notes: [Diagnostic.Note("\(a.value) is here", at: a.position)])
                    ok = false
                }
            }
            for day in days {
                if let first = dayFirstSeen[day] {
                    error("invalid-value", "\(what): \(day) is given twice", at: entry.keyPosition,
                          help: "list each day once; put several periods in a list: mon: [\"08:00-11:00\", \"12:00-16:00\"]",
                          notes: [Diagnostic.Note("\(day) is first given here", at: first)])
                    ok = false
                    continue
                }
                dayFirstSeen[day] = entry.keyPosition
                hours[day] = periods.map(\.value)
            }
        }
        return ok ? hours : nil
    }

    static func overlap(_ a: TimePeriod, _ b: TimePeriod) -> Bool {
        let ra = a.minuteRange, rb = b.minuteRange
        // Compare on a two-day axis so periods past midnight overlap correctly.
        return ra.overlaps(rb) || ra.overlaps((rb.lowerBound + 1440)..<(rb.upperBound + 1440))
            || rb.overlaps((ra.lowerBound + 1440)..<(ra.upperBound + 1440))
    }

    /// Reads authors: `[kari, role: editor]` or a single one.
    mutating func authorRefs(_ node: YAMLNode, what: String) -> [Located<AuthorRef>] {
        let list = items(node, what: what)
        // `by` and `staff` are required: an empty list names nobody to do the work.
        if list.isEmpty, node.sequence != nil || node.scalar?.value == .null {
            error("invalid-value", "\(what) is empty; name at least one member id or `role: NAME`", at: node.position,
                  help: "e.g. \(what.hasSuffix("by") ? "by" : "staff"): [kari, role: editor]")
        }
        return list.compactMap { item in
            if let entries = item.mapping {
                guard entries.count == 1, let e = entries.first, e.key == "role" || e.key == "member" else {
                    error("invalid-value", "\(what): write a member id or `role: NAME`", at: item.position,
                          help: "e.g. by: [kari, role: editor]")
                    return nil
                }
                guard let name = text(e.value, what: "\(what) \(e.key)") else { return nil }
                return Located(e.key == "role" ? .role(name) : .member(name), at: e.value.position)
            }
            guard let t = text(item, what: what) else { return nil }
            if t.hasPrefix("role:") {
                return Located(.role(t.dropFirst(5).trimmingCharacters(in: .whitespaces)), at: item.position)
            }
            return Located(.member(t), at: item.position)
        }
    }
}
