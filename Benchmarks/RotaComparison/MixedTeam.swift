import SocialPlanCore

/// Larger teams of mixed contracts, as the issue that asked for them describes (issue 14): the
/// week runs on Oslo time in December (UTC+1), care is open 07–23 on weekdays and 09–21 at
/// weekends, and the peaks need 9 (50 members) or 10 agents (80). `Benchmarks/make_mixed_team.py` writes the same
/// team as a strategy file for timing the whole `schedule` command.
///
/// Member i has contract i mod 10:
/// - 0–3 **full-time**, 37.5 h: a 10–12 h weekday window (early, day or late);
/// - 4–5 **part-time**, 20 h: weekdays 09–17, or three days 08–18;
/// - 6–7 **students**, 15 h: weekday evenings 17–23 and weekends 09–21;
/// - 8 **remote in Brisbane** (UTC+10), 37.5 h: 14:00–24:00 there, 05:00–15:00 in Oslo;
/// - 9 **remote in Brisbane**, part-time 20 h: 07:00–13:00 there, 22:00–04:00 in Oslo
///   (the evening before).
/// Everyone has their hours limit; a third have an away day; posting tasks punch 1–4 short holes.
extension BenchInstances {
    static func mixedTeam(members count: Int, seed: UInt64) -> RotaProblem {
        var rng = SplitMix64(seed: seed)
        let peak = count >= 80 ? 10.0 : 9.0
        let requirement = WeekShape.requirement(
            open: (7, 23), weekendOpen: (9, 21), base: peak * 0.7,
            peaks: [(10.5, peak * 0.3), (15, peak * 0.15), (20, peak * 0.25)], weekend: 0.7, rng: &rng)
        let weekdays = [0, 1, 2, 3, 4]
        let members = (0..<count).map { index -> RotaMember in
            let jitter = Double(rng.int(in: -2...2)) / 2
            let mask: [Bool]
            let hours: Double
            let kind: String
            switch index % 10 {
            case 0...3:
                let from = [7.0, 8.0, 9.0, 11.0][index % 4] + jitter
                mask = WeekShape.window(days: weekdays, from: from, to: min(23, from + Double(rng.int(in: 10...12))))
                hours = 37.5
                kind = "full-time"
            case 4...5:
                mask = index % 20 < 10
                    ? WeekShape.window(days: weekdays, from: 9 + jitter, to: 17 + jitter)
                    : WeekShape.window(days: [[0, 2, 4], [1, 3, 4], [0, 1, 3]][index % 3], from: 8, to: 18)
                hours = 20
                kind = "part-time"
            case 6...7:
                mask = WeekShape.union(
                    WeekShape.window(days: weekdays, from: 17, to: 23),
                    WeekShape.window(days: [5, 6], from: 9 + jitter, to: 21))
                hours = 15
                kind = "student"
            case 8:
                mask = WeekShape.window(days: weekdays, from: 5, to: 15)
                hours = 37.5
                kind = "remote"
            default:
                // 07:00–13:00 in Brisbane, Tuesday to Saturday there: 22:00–04:00 in Oslo from
                // Monday evening to Saturday morning.
                mask = WeekShape.union(
                    WeekShape.window(days: [0, 1, 2, 3, 4], from: 22, to: 24),
                    WeekShape.window(days: [1, 2, 3, 4, 5], from: 0, to: 4))
                hours = 20
                kind = "remote-part-time"
            }
            let away = rng.chance(33) ? [rng.int(in: 0...6)] : []
            let available = WeekShape.punch(mask, awayDays: away, tasks: rng.int(in: 1...4), rng: &rng)
            return RotaMember(id: "m\(index)-\(kind)", available: available, maxIntervals: Int(hours * 4))
        }
        return RotaProblem(intervalCount: 672, requirement: requirement, members: members)
    }
}
