import Foundation

/// Checks that a time-zone name is an IANA `Area/Location` name (`Europe/Oslo`).
///
/// Foundation also accepts abbreviations and offsets (`PST`, `GMT+2`, `UTC`); those are refused
/// because they do not follow daylight-saving rules, or follow them ambiguously.
public enum ZoneName {
    /// IANA areas accepted as the first part of a name.
    static let areas: Set<String> = ["Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
                                     "Australia", "Europe", "Indian", "Pacific"]

    /// Every accepted name, sorted (from the system's tz database).
    public static let known: [String] = {
        var names = TimeZone.knownTimeZoneIdentifiers.filter { id in
            guard let slash = id.firstIndex(of: "/") else { return false }
            return areas.contains(String(id[..<slash]))
        }
        names.append("Etc/UTC")
        return Array(Set(names)).sorted()
    }()

    private static let knownSet = Set(known)

    /// The zone for a valid `Area/Location` name, or why the name is refused.
    public static func resolve(_ name: String) -> Result<TimeZone, ValueError> {
        if knownSet.contains(name), let zone = TimeZone(identifier: name) { return .success(zone) }
        let upper = name.uppercased()
        if upper == "UTC" || upper == "GMT" || upper == "Z" {
            return .failure(ValueError("`\(name)` is not an IANA Area/Location time-zone name", help: "write Etc/UTC for UTC, or the zone of the place, e.g. Europe/London"))
        }
        if !name.contains("/") || name.hasPrefix("Etc/") || upper.hasPrefix("GMT") || upper.hasPrefix("UTC") {
            return .failure(ValueError("`\(name)` is not an IANA Area/Location time-zone name; abbreviations and fixed offsets do not follow daylight saving",
                                       help: "write the zone of a place, e.g. America/Los_Angeles or Europe/Oslo"))
        }
        if let suggestion = Suggestion.closest(to: name, in: known, caseInsensitive: true) {
            return .failure(ValueError("unknown time zone `\(name)`", help: "did you mean `\(suggestion)`?"))
        }
        return .failure(ValueError("unknown time zone `\(name)`", help: "use an IANA name such as Europe/Oslo or America/New_York"))
    }
}
