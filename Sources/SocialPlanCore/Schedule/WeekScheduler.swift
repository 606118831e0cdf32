/// Builds the week's plan from a strategy: the posting calendar first (it feeds the forecast
/// through `replies_per_post` and occupies authors), then the care requirement per interval,
/// then the care rota against it.
public enum WeekScheduler {
    /// The plan for `week`. Deterministic: same strategy and week, same plan.
    public static func schedule(_ strategy: Strategy, week: ISOWeek) -> WeekSchedule {
        let timeline = WeekTimeline(week: week, zone: strategy.timezone)
        var planner = PostingPlanner(strategy: strategy, timeline: timeline)
        planner.plan()
        let posts = planner.placed
        let volume = MentionVolume.forecast(for: strategy, timeline: timeline, posts: posts)
        var staffing = CareRequirement.compute(strategy: strategy, timeline: timeline, volume: volume)
        var shifts: [CareShift] = []
        var shortfalls: [StaffingShortfall] = []
        if let care = strategy.care {
            let staff = strategy.members(for: care.staff.map(\.value))
            let problem = rotaProblem(strategy: strategy, care: care, staff: staff, timeline: timeline, posts: posts, staffing: staffing)
            let solution = RotaPlanner.plan(problem)
            shifts = solution.shifts.map { s in
                CareShift(member: staff[s.member].id, start: timeline.instant(ofInterval: s.intervals.lowerBound),
                          end: timeline.instant(ofInterval: s.intervals.upperBound), intervals: s.intervals, isFixed: s.isFixed)
            }
            for i in staffing.indices { staffing[i].scheduled = solution.coverage[i] }
            shortfalls = merge(staffing: staffing, problem: problem, shifts: solution.shifts, staff: staff)
        }
        return WeekSchedule(name: strategy.name, timezone: strategy.timezone, timeline: timeline, posts: posts,
                            unfilled: planner.unfilled, shifts: shifts, staffing: staffing, volume: volume, shortfalls: shortfalls)
    }

    /// The abstract rota problem: who may be on duty when, hours, fixed shifts, shift rules.
    static func rotaProblem(strategy: Strategy, care: Care, staff: [Member], timeline: WeekTimeline,
                            posts: [PostingSlot], staffing: [IntervalStaffing]) -> RotaProblem {
        let n = timeline.intervalCount
        let step = WeekTimeline.intervalSeconds
        let members = staff.map { member -> RotaMember in
            let calendar = MemberCalendar(member: member, timeline: timeline)
            let busy = posts.filter { $0.author == member.id && $0.end > $0.start }
            var available = Array(repeating: false, count: n)
            var fixed: [Range<Int>] = []
            var runStart: Int?
            for i in 0..<n {
                let t = timeline.instant(ofInterval: i)
                // A member in a timed slot (task, reply session) is not free for care then.
                let occupied = busy.contains { $0.start < t + step && t < $0.end }
                available[i] = !occupied && calendar.isWorking(from: t, to: t + step)
                let onFixed = calendar.isOnFixedShift(at: t)
                if onFixed, runStart == nil { runStart = i }
                if !onFixed, let s = runStart { fixed.append(s..<i); runStart = nil }
            }
            if let s = runStart { fixed.append(s..<n) }
            let maxIntervals = member.maxHoursPerWeek.map { Int(($0 * 4).rounded(.down)) }
            return RotaMember(id: member.id, available: available, maxIntervals: maxIntervals, fixedShifts: fixed)
        }
        let q = Double(step)
        return RotaProblem(intervalCount: n, requirement: staffing.map(\.required), members: members,
                           minShiftIntervals: max(1, Int((Double(care.rota.minShift.seconds) / q).rounded(.up))),
                           maxShiftIntervals: max(1, Int((Double(care.rota.maxShift.seconds) / q).rounded(.down))),
                           minRestIntervals: Int((Double(care.rota.minRest.seconds) / q).rounded(.up)))
    }

    /// The understaffed blocks of `schedule` as it stands (after its staffing was changed),
    /// with who could have helped.
    static func shortfalls(of schedule: WeekSchedule, strategy: Strategy) -> [StaffingShortfall] {
        guard let care = strategy.care else { return [] }
        let staff = strategy.members(for: care.staff.map(\.value))
        let problem = rotaProblem(strategy: strategy, care: care, staff: staff, timeline: schedule.timeline,
                                  posts: schedule.posts, staffing: schedule.staffing)
        let shifts = schedule.shifts.compactMap { shift in
            staff.firstIndex { $0.id == shift.member }.map { RotaShift(member: $0, intervals: shift.intervals, isFixed: shift.isFixed) }
        }
        return merge(staffing: schedule.staffing, problem: problem, shifts: shifts, staff: staff)
    }

    /// Consecutive understaffed intervals as blocks, with who could have helped.
    static func merge(staffing: [IntervalStaffing], problem: RotaProblem, shifts: [RotaShift], staff: [Member]) -> [StaffingShortfall] {
        var blocks: [StaffingShortfall] = []
        var i = 0
        while i < staffing.count {
            guard staffing[i].difference < 0 else { i += 1; continue }
            let first = i
            while i < staffing.count && staffing[i].difference < 0 { i += 1 }
            let range = first..<i
            let onDuty = range.map { staffing[$0].scheduled }
            let needed = range.map { staffing[$0].required }
            var idle: [String] = [], atLimit: [String] = []
            // Who is at work during some short interval of the block without being on duty then,
            // and whether their weekly hours are used up.
            for (index, member) in problem.members.enumerated() {
                let mine = shifts.filter { $0.member == index }
                let free = range.contains { t in staffing[t].difference < 0 && member.available[t] && !mine.contains { $0.intervals.contains(t) } }
                guard free else { continue }
                let used = mine.reduce(0) { $0 + $1.intervals.count }
                if let cap = member.maxIntervals, used >= cap {
                    atLimit.append(staff[index].id)
                } else {
                    idle.append(staff[index].id)
                }
            }
            blocks.append(StaffingShortfall(first: first, end: i, fewestOnDuty: onDuty.min() ?? 0, mostOnDuty: onDuty.max() ?? 0,
                                            fewestNeeded: needed.min() ?? 0, mostNeeded: needed.max() ?? 0,
                                            availableButNotScheduled: idle, atHoursLimit: atLimit))
        }
        return blocks
    }
}
