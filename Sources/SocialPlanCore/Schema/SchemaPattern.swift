/// Regular expressions that carry the limits of durations, percentages and cadences into the
/// JSON Schema, as far as a pattern can say them (issue 14): a pattern cannot add up units, so
/// a duration's bound holds for each unit alone (`8d`, `169h` and `10081m` are refused where
/// the limit is 7d, while `6d23h` passes); a value written in one unit is checked exactly.
/// The loader remains the authority and checks the total.
enum SchemaPattern {
    /// The units of a duration, largest first, with their seconds (``TimeSpan/parse(_:)``).
    static let durationUnits: [(unit: String, seconds: Int)] = [("w", 604_800), ("d", 86_400), ("h", 3600), ("m", 60), ("s", 1)]

    /// A duration whose every unit is within `limit`'s maximum: `^(…w)?(…d)?(…h)?(…m)?(…s)?$`.
    ///
    /// Complexity: O(units × digits of the maximum).
    static func duration(_ limit: Limit) -> String {
        let most = Int(limit.maximum)
        return "^" + durationUnits.map { "(\(wholeNumber(upTo: most / $0.seconds))\($0.unit))?" }.joined() + "$"
    }

    /// A duration of zero in every unit written (`0m`, `0h0m`): refused where the limit
    /// excludes 0.
    static let zeroDuration = "^(0+[wdhms])+$"

    /// A duration shorter than `seconds` (a whole number of minutes up to an hour, such as the
    /// 15-minute least shift): no weeks, days or hours, m minutes and at most
    /// `seconds` − 60·m − 1 seconds. Refused (`not`) where the limit starts there; nil for other
    /// minimums.
    ///
    /// Complexity: O(seconds / 60).
    static func durationBelow(_ seconds: Int) -> String? {
        guard seconds > 0, seconds <= 3600, seconds % 60 == 0 else { return nil }
        let minutes = (0..<(seconds / 60)).map { m in
            (m == 0 ? "(0+m)?" : "0*\(m)m") + "(\(wholeNumber(upTo: seconds - 60 * m - 1))s)?"
        }
        return "^(0+w)?(0+d)?(0+h)?(" + minutes.joined(separator: "|") + ")$"
    }

    /// A percentage written with `%` inside `limit` (whose bounds are fractions 0 and 1, each
    /// included or not), e.g. `^\+?(…) *%$`; nil for other bounds.
    static func percentage(_ limit: Limit) -> String? {
        guard limit.minimum == 0, limit.maximum == 1 else { return nil }
        // Above 0 and below 100: 1 to 99.x, or 0.x with a digit other than 0.
        var choices = ["0*[1-9][0-9]?(\\.[0-9]+)?", "0*\\.[0-9]*[1-9][0-9]*"]
        if !limit.minimumExcluded { choices.append("0+(\\.0*)?") }
        if !limit.maximumExcluded { choices.append("0*100(\\.0*)?") }
        return "^\\+?(" + choices.joined(separator: "|") + ") *%$"
    }

    /// How often: `daily`, `weekdays`, or n/day and n/week within the cadence limits.
    static func cadence(perDay: Limit, perWeek: Limit) -> String {
        let day = wholeNumber(from: 1, upTo: Int(perDay.maximum)), week = wholeNumber(from: 1, upTo: Int(perWeek.maximum))
        return "^(daily|weekdays|\(day) */ *(day|d)|\(week) */ *(week|wk|w))$"
    }

    /// The whole numbers `lowest`...`most` (`lowest` 0 or 1), leading zeros allowed, as one
    /// group: for 168, `(0*([0-9]{1,2}|1[0-5][0-9]|16[0-7]|168))`.
    ///
    /// Complexity: O(digits of `most`).
    static func wholeNumber(from lowest: Int = 0, upTo most: Int) -> String {
        precondition(lowest == 0 || lowest == 1, "a range from 0 or 1")
        precondition(most >= lowest, "a range that holds a number")
        let digits = Array(String(most)).compactMap { $0.wholeNumberValue }
        var choices: [String] = []
        // Numbers with fewer digits than `most`.
        if digits.count > 1 {
            let rest = digits.count == 2 ? "" : digits.count == 3 ? "[0-9]?" : "[0-9]{0,\(digits.count - 2)}"
            choices.append((lowest == 0 ? "[0-9]" : "[1-9]") + rest)
        }
        // Numbers with as many digits: the same first digits as `most`, then a smaller one.
        for (i, d) in digits.enumerated() {
            let low = i == 0 ? 1 : 0
            guard d > low else { continue }
            let prefix = digits[..<i].map(String.init).joined()
            let range = d - 1 == low ? "\(low)" : "[\(low)-\(d - 1)]"
            let tail = digits.count - i - 1
            choices.append(prefix + range + (tail == 0 ? "" : tail == 1 ? "[0-9]" : "[0-9]{\(tail)}"))
        }
        choices.append(digits.map(String.init).joined())
        if digits.count == 1 && lowest == 0 { choices.append("0") }
        return "(0*(" + choices.joined(separator: "|") + "))"
    }
}
