/// Builds the week's plan from a strategy: the posting calendar first (it feeds the forecast
/// through `replies_per_post` and occupies authors), then the care requirement per interval,
/// then the care rota against it.
///
/// **Every duty counts** (docs/staffing-math.md, "Duties"). A reply session is care work: it
/// counts as answering capacity for the intervals it covers at least half of, the rota plans
/// against the requirement less that capacity, and the member stays available for care through
/// it, so a session does not end their shift. Posting tasks (other timed slots) are not care:
/// the member is unavailable for care while doing one. `max_hours_per_week` bounds care shifts,
/// reply sessions and tasks together.
public enum WeekScheduler {
    /// The plan for `week`. Deterministic: same strategy and week, same plan.
    ///
    /// `progress` hears from the care rota planner as it works (`RotaPlanner.plan`), on the
    /// calling thread; the rota is the part of a week's plan that can take seconds.
    public static func schedule(_ strategy: Strategy, week: ISOWeek, progress: ((RotaProgress) -> Void)? = nil) -> WeekSchedule {
        let timeline = WeekTimeline(week: week, zone: strategy.timezone)
        var planner = PostingPlanner(strategy: strategy, timeline: timeline)
        planner.plan()
        let posts = planner.placed
        let volume = MentionVolume.forecast(for: strategy, timeline: timeline, posts: posts)
        var staffing = CareRequirement.compute(strategy: strategy, timeline: timeline, volume: volume)
        var shifts: [CareShift] = []
        var gaps: [StaffingGap] = []
        if let care = strategy.care {
            let staff = strategy.members(for: care.staff.map(\.value))
            var problem = rotaProblem(strategy: strategy, care: care, staff: staff, timeline: timeline, posts: posts, staffing: staffing)
            let sessions = sessionCapacity(posts: posts, staff: staff, timeline: timeline)
            problem.requirement = zip(problem.requirement, sessions).map { max(0, $0 - $1.count) }
            let solution = RotaPlanner.plan(problem, progress: progress)
            shifts = solution.shifts.map { s in
                CareShift(member: staff[s.member].id, start: timeline.instant(ofInterval: s.intervals.lowerBound),
                          end: timeline.instant(ofInterval: s.intervals.upperBound), intervals: s.intervals, isFixed: s.isFixed)
            }
            let onDuty = coverage(shifts: solution.shifts, sessions: sessions, count: staffing.count)
            for i in staffing.indices { staffing[i].scheduled = onDuty[i] }
            gaps = merge(staffing: staffing, problem: problem, shifts: solution.shifts, staff: staff,
                               duties: dutyIntervals(posts: posts, staff: staff))
        }
        let filled = PostLibraryFill.fill(posts, strategy: strategy)
        var schedule = WeekSchedule(name: strategy.name, timezone: strategy.timezone, timeline: timeline, posts: filled.slots,
                                    unfilled: planner.unfilled, shifts: shifts, staffing: staffing, volume: volume, gaps: gaps)
        schedule.hasLibrary = strategy.hasLibrary
        if schedule.hasLibrary { schedule.emptySlots = filled.empty }
        return schedule
    }

    /// The abstract rota problem: who may be on duty when, hours left after other duties,
    /// fixed shifts, shift rules.
    static func rotaProblem(strategy: Strategy, care: Care, staff: [Member], timeline: WeekTimeline,
                            posts: [PostingSlot], staffing: [IntervalStaffing]) -> RotaProblem {
        let n = timeline.intervalCount
        let step = WeekTimeline.intervalSeconds
        let members = staff.map { member -> RotaMember in
            let calendar = MemberWorkingTime(member: member, timeline: timeline)
            let mine = posts.filter { $0.author == member.id && $0.end > $0.start }
            let tasks = mine.filter { $0.kind != .replySession }
            var available = Array(repeating: false, count: n)
            var fixed: [Range<Int>] = []
            var runStart: Int?
            for i in 0..<n {
                let t = timeline.instant(ofInterval: i)
                // A member doing a posting task is not free for care then; a reply session is care.
                let occupied = tasks.contains { $0.start < t + step && t < $0.end }
                available[i] = !occupied && calendar.isWorking(from: t, to: t + step)
                let onFixed = calendar.isOnFixedShift(at: t)
                if onFixed, runStart == nil { runStart = i }
                if !onFixed, let s = runStart { fixed.append(s..<i); runStart = nil }
            }
            if let s = runStart { fixed.append(s..<n) }
            let dutySeconds = mine.reduce(0) { $0 + $1.end - $1.start }
            let maxIntervals = member.maxHoursPerWeek.map { max(0, Int((($0 * 3600 - Double(dutySeconds)) / Double(step)).rounded(.down))) }
            return RotaMember(id: member.id, available: available, maxIntervals: maxIntervals, fixedShifts: fixed)
        }
        let q = Double(step)
        return RotaProblem(intervalCount: n, requirement: staffing.map(\.required), members: members,
                           minShiftIntervals: max(1, Int((Double(care.rota.minShift.seconds) / q).rounded(.up))),
                           maxShiftIntervals: max(1, Int((Double(care.rota.maxShift.seconds) / q).rounded(.down))),
                           minRestIntervals: Int((Double(care.rota.minRest.seconds) / q).rounded(.up)))
    }

    /// Per interval, the care staff (indices into `staff`) in a reply session covering at least
    /// half of it.
    ///
    /// Complexity: O(sessions × intervals each covers).
    static func sessionCapacity(posts: [PostingSlot], staff: [Member], timeline: WeekTimeline) -> [[Int]] {
        var result = Array(repeating: [Int](), count: timeline.intervalCount)
        let step = WeekTimeline.intervalSeconds
        for post in posts where post.kind == .replySession && post.end > post.start {
            guard let member = staff.firstIndex(where: { $0.id == post.author }),
                  var i = timeline.interval(containing: post.start) else { continue }
            while i < timeline.intervalCount, timeline.instant(ofInterval: i) < post.end {
                let t = timeline.instant(ofInterval: i)
                let overlap = min(post.end, t + step) - max(post.start, t)
                if overlap * 2 >= step, !result[i].contains(member) { result[i].append(member) }
                i += 1
            }
        }
        return result
    }

    /// Per care member (index into `staff`), the intervals of the week their other duties
    /// (reply sessions and posting tasks) take, rounded to whole intervals.
    static func dutyIntervals(posts: [PostingSlot], staff: [Member]) -> [Int] {
        staff.map { member in
            let seconds = posts.filter { $0.author == member.id }.reduce(0) { $0 + max(0, $1.end - $1.start) }
            return (seconds + WeekTimeline.intervalSeconds - 1) / WeekTimeline.intervalSeconds
        }
    }

    /// Agents on duty per interval: the rota's shifts plus members in a reply session who are not
    /// on a shift then (each person counts once).
    static func coverage(shifts: [RotaShift], sessions: [[Int]], count: Int) -> [Int] {
        var onDuty = Array(repeating: 0, count: count)
        for shift in shifts { for i in shift.intervals where i < count { onDuty[i] += 1 } }
        for (i, members) in sessions.enumerated() where i < count {
            onDuty[i] += members.filter { m in !shifts.contains { $0.member == m && $0.intervals.contains(i) } }.count
        }
        return onDuty
    }

    /// The understaffed blocks of `schedule` as it stands (after its staffing was changed),
    /// with who could have helped.
    static func gaps(of schedule: WeekSchedule, strategy: Strategy) -> [StaffingGap] {
        guard let care = strategy.care else { return [] }
        let staff = strategy.members(for: care.staff.map(\.value))
        let problem = rotaProblem(strategy: strategy, care: care, staff: staff, timeline: schedule.timeline,
                                  posts: schedule.posts, staffing: schedule.staffing)
        let shifts = schedule.shifts.compactMap { shift in
            staff.firstIndex { $0.id == shift.member }.map { RotaShift(member: $0, intervals: shift.intervals, isFixed: shift.isFixed) }
        }
        return merge(staffing: schedule.staffing, problem: problem, shifts: shifts, staff: staff,
                     duties: dutyIntervals(posts: schedule.posts, staff: staff))
    }
}
