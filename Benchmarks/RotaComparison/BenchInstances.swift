import SocialPlanCore

/// The comparison and speed instances, built from one fixed seed.
enum BenchInstances {
    /// A named availability pattern with a little jitter.
    enum Pattern: CaseIterable {
        case weekdayDay, weekdayLate, evening, weekend, partTime, flexible, night, fragments

        func mask(_ rng: inout SplitMix64) -> [Bool] {
            let shift = Double(rng.int(in: -2...2)) / 2
            let weekdays = [0, 1, 2, 3, 4]
            let all = Array(0..<7)
            switch self {
            case .weekdayDay: return WeekShape.window(days: weekdays, from: 8 + shift, to: 17 + shift)
            case .weekdayLate: return WeekShape.window(days: weekdays, from: 12 + shift, to: 21 + shift)
            case .evening: return WeekShape.window(days: all, from: 16 + shift, to: 23.5)
            case .weekend:
                return WeekShape.union(
                    WeekShape.window(days: [5, 6], from: 8 + shift, to: 20 + shift),
                    WeekShape.window(days: [4], from: 16, to: 22)
                )
            case .partTime: return WeekShape.window(days: [0, 2, 4], from: 9 + shift, to: 14 + shift)
            case .flexible: return WeekShape.window(days: all, from: 7, to: 23)
            case .night:
                return WeekShape.union(
                    WeekShape.window(days: all, from: 22, to: 24),
                    WeekShape.window(days: all, from: 0, to: 8)
                )
            case .fragments:
                // Short blocks of 1.5–4 h on random days: some too short for a 2 h shift.
                var mask = [Bool](repeating: false, count: 672)
                for day in 0..<7 where rng.chance(60) {
                    let start = Double(rng.int(in: 14...38)) / 2
                    let length = Double(rng.int(in: 3...8)) / 2
                    mask = WeekShape.union(mask, WeekShape.window(days: [day], from: start, to: min(24, start + length)))
                }
                return mask
            }
        }
    }

    static func member(_ id: String, _ pattern: Pattern, maxHours: Int? = nil, rng: inout SplitMix64) -> RotaMember {
        let away = rng.chance(35) ? [rng.int(in: 0...6)] : []
        let mask = WeekShape.punch(pattern.mask(&rng), awayDays: away, tasks: rng.int(in: 1...4), rng: &rng)
        return RotaMember(id: id, available: mask, maxIntervals: maxHours.map { $0 * 4 })
    }

    static func members(_ patterns: [(Pattern, Int?)], rng: inout SplitMix64) -> [RotaMember] {
        patterns.enumerated().map { index, entry in
            member("m\(index)-\(entry.0)", entry.0, maxHours: entry.1, rng: &rng)
        }
    }

    /// The comparison set: five realistic weeks and two scarce ones.
    static func comparison(seed: UInt64 = 20_261_207) -> [(name: String, problem: RotaProblem)] {
        var rng = SplitMix64(seed: seed)
        var result: [(String, RotaProblem)] = []

        let retail = WeekShape.requirement(
            open: (8, 20), weekendOpen: (10, 16), base: 1.2, peaks: [(12.5, 1.5), (18, 1.2)], weekend: 0.8, rng: &rng)
        result.append(("retail-6", RotaProblem(intervalCount: 672, requirement: retail, members: members(
            [(.weekdayDay, nil), (.weekdayDay, nil), (.weekdayLate, nil), (.weekend, nil), (.partTime, nil), (.flexible, 20)],
            rng: &rng))))

        let evening = WeekShape.requirement(
            open: (10, 23), weekendOpen: (9, 23), base: 1, peaks: [(20, 2.5)], weekend: 1.6, rng: &rng)
        var eveningMembers = members(
            [(.evening, nil), (.evening, nil), (.evening, 30), (.weekend, nil), (.weekend, nil),
             (.weekdayLate, nil), (.weekdayLate, nil), (.flexible, 30), (.weekdayDay, nil)], rng: &rng)
        eveningMembers[3].fixedShifts = [WeekShape.at(5, 9)..<WeekShape.at(5, 15)]
        result.append(("evening-weekend-9", RotaProblem(intervalCount: 672, requirement: evening, members: eveningMembers)))

        let always = WeekShape.requirement(
            open: (0, 24), weekendOpen: (0, 24), base: 1.4, peaks: [(10, 2), (15, 1.5), (20, 2)], weekend: 0.9, rng: &rng)
        result.append(("always-on-12", RotaProblem(intervalCount: 672, requirement: always, members: members(
            [(.night, nil), (.night, nil), (.weekdayDay, nil), (.weekdayDay, nil), (.weekdayDay, 30),
             (.weekdayLate, nil), (.weekdayLate, nil), (.evening, nil), (.evening, nil), (.weekend, nil),
             (.weekend, nil), (.flexible, nil)], rng: &rng))))

        let big = WeekShape.requirement(
            open: (7, 22), weekendOpen: (9, 20), base: 2.5, peaks: [(12, 3), (18.5, 2)], weekend: 0.7, rng: &rng)
        var bigMembers = members(
            [(.weekdayDay, nil), (.weekdayDay, nil), (.weekdayDay, nil), (.weekdayDay, 25), (.weekdayLate, nil),
             (.weekdayLate, nil), (.weekdayLate, 30), (.evening, nil), (.evening, nil), (.weekend, nil),
             (.weekend, nil), (.partTime, nil), (.partTime, nil), (.flexible, 35), (.flexible, nil)], rng: &rng)
        bigMembers[0].fixedShifts = [WeekShape.at(0, 8)..<WeekShape.at(0, 12)]
        result.append(("retail-15", RotaProblem(intervalCount: 672, requirement: big, members: bigMembers)))

        let dst = WeekShape.requirement(
            open: (9, 21), weekendOpen: (10, 18), base: 1.5, peaks: [(13, 1.5)], weekend: 1, rng: &rng)
        let dstWeek = Array(dst.prefix(WeekShape.at(6, 2))) + Array(dst.suffix(from: WeekShape.at(6, 3)))
        let dstMembers = members(
            [(.weekdayDay, nil), (.weekdayLate, nil), (.weekend, nil), (.flexible, 30), (.evening, nil),
             (.weekdayDay, nil), (.partTime, nil)], rng: &rng).map { member -> RotaMember in
            var copy = member
            copy.available = Array(member.available.prefix(WeekShape.at(6, 2))) + Array(member.available.suffix(from: WeekShape.at(6, 3)))
            return copy
        }
        result.append(("dst-668-7", RotaProblem(intervalCount: 668, requirement: dstWeek, members: dstMembers)))

        let busy = WeekShape.requirement(
            open: (8, 22), weekendOpen: (9, 21), base: 2, peaks: [(12, 2), (19, 2)], weekend: 1.2, rng: &rng)
        result.append(("scarce-fragments-8", RotaProblem(intervalCount: 672, requirement: busy, members: members(
            [(.fragments, nil), (.fragments, nil), (.fragments, nil), (.fragments, nil), (.fragments, nil),
             (.partTime, nil), (.weekend, 12), (.evening, 10)], rng: &rng))))

        let heavy = WeekShape.requirement(
            open: (0, 24), weekendOpen: (0, 24), base: 2, peaks: [(11, 2), (20, 2)], weekend: 1, nightLevel: 1, rng: &rng)
        result.append(("scarce-hours-10", RotaProblem(intervalCount: 672, requirement: heavy, members: members(
            [(.flexible, 20), (.flexible, 15), (.flexible, 25), (.night, 20), (.night, nil), (.evening, 16),
             (.weekdayDay, 20), (.weekdayLate, 12), (.weekend, 10), (.flexible, 30)], rng: &rng))))
        return result
    }

    /// The speed instance: 50 members over a full week with a busy retail curve.
    static func speed(members count: Int = 50, seed: UInt64 = 50) -> RotaProblem {
        var rng = SplitMix64(seed: seed)
        let requirement = WeekShape.requirement(
            open: (6, 24), weekendOpen: (8, 22), base: 8, peaks: [(11, 8), (15, 5), (20, 7)], weekend: 0.8,
            nightLevel: 2, rng: &rng)
        let patterns = Pattern.allCases.filter { $0 != .fragments }
        let entries: [(Pattern, Int?)] = (0..<count).map { index in
            (patterns[index % patterns.count], index % 4 == 3 ? rng.int(in: 16...36) : nil)
        }
        var members = members(entries, rng: &rng)
        members[0].fixedShifts = [WeekShape.at(2, 9)..<WeekShape.at(2, 17)]
        return RotaProblem(intervalCount: 672, requirement: requirement, members: members)
    }
}

extension BenchInstances {
    /// `count` further random weeks (6–15 members, random curves, patterns, limits and a fixed
    /// shift now and then) for a broader check of the planner against the exact solver.
    static func random(count: Int, seed: UInt64 = 7) -> [(name: String, problem: RotaProblem)] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let openFrom = Double(rng.int(in: 0...10))
            let openTo = Double(rng.int(in: 18...24))
            let weekend: (Double, Double)? = rng.chance(80) ? (Double(rng.int(in: 6...11)), Double(rng.int(in: 15...23))) : nil
            let peaks = (0..<rng.int(in: 0...3)).map { _ in
                (hour: Double(rng.int(in: Int(openFrom) * 2...Int(openTo) * 2 - 1)) / 2, height: Double(rng.int(in: 2...12)) / 4)
            }
            let requirement = WeekShape.requirement(
                open: (openFrom, openTo), weekendOpen: weekend, base: Double(rng.int(in: 3...12)) / 4, peaks: peaks,
                weekend: Double(rng.int(in: 5...15)) / 10, nightLevel: openFrom == 0 ? 1 : 0, rng: &rng)
            let size = rng.int(in: 6...15)
            let entries: [(Pattern, Int?)] = (0..<size).map { _ in
                let pattern = Pattern.allCases[rng.int(in: 0...(Pattern.allCases.count - 1))]
                return (pattern, rng.chance(30) ? rng.int(in: 8...35) : nil)
            }
            var members = members(entries, rng: &rng)
            if rng.chance(50) {
                let day = rng.int(in: 0...6)
                let from = rng.int(in: 7...14)
                members[rng.int(in: 0...(size - 1))].fixedShifts = [WeekShape.at(day, from)..<WeekShape.at(day, from + rng.int(in: 1...8))]
            }
            return ("random-\(index)", RotaProblem(intervalCount: 672, requirement: requirement, members: members))
        }
    }
}
