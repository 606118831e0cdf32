/// Turns each stream's cadence into concrete slots of one week and assigns authors.
///
/// The algorithm, deterministic for a given file and week:
/// 1. **Days.** Pinned cadences (`daily`, `weekdays`, `n/day`) get their days; `n/week` spreads
///    its posts over the days that have a window (and are not blackout or holiday dates),
///    evenly: the k-th of n posts goes to day index ⌊(k + ½)·D / n⌋ of the D usable days, so
///    3/week over Mon–Fri lands on Mon, Wed and Fri. More posts than days share days evenly.
/// 2. **Times.** On a day with m slots of a stream, slot k aims at the point (k + ½)/m through the
///    day's windows; candidate times (5-minute steps) are tried nearest-first.
/// 3. **Checks** per candidate: the wall time exists (not in a daylight-saving gap); published
///    kinds respect `max_per_day` and `min_gap` against every published post placed so far
///    (tasks and reply sessions do not count); an author is at work for the slot's whole
///    duration in their own zone, not away, and not already busy with another timed slot.
/// 4. **Authors.** Among the available eligible authors the least loaded (fewest slots, then
///    fewest minutes, then team order) takes it.
/// 5. **Order.** Pinned streams are placed before weekly ones (they cannot move), each in file
///    order; a weekly slot that fits nowhere on its day tries the stream's other usable days,
///    nearest first, before it is reported unfilled with the most telling reason.
/// 6. **Accounts.** A published stream goes to each of its accounts; accounts that share the
///    stream's timing (`every` and `at` after `per_account`) and zone share its slots (one
///    moment, cross-posted), others get slots of their own. `min_gap` and `max_per_day` hold per
///    account (after `publishing.per_account`), counted on the account's local day; two accounts
///    may publish at the same moment. Reply sessions and tasks are planned once, for all their
///    accounts.
///
/// Complexity: O(slots × candidates × (placed + authors)) — small for any real week.
struct PostingPlanner {
    /// One stream's slots for one set of accounts: the timing and zone they share.
    struct Unit {
        var stream: ContentStream
        var cadence: Cadence?
        var windows: WeeklyHours?
        var clock: ZoneClock
        var accounts: [Account]
    }

    let strategy: Strategy
    let timeline: WeekTimeline
    let calendars: [String: MemberWorkingTime]

    private(set) var placed: [PostingSlot] = []
    private(set) var unfilled: [UnfilledSlot] = []
    private var load: [String: (slots: Int, minutes: Int)] = [:]
    private var sequence: [String: Int] = [:]

    init(strategy: Strategy, timeline: WeekTimeline) {
        self.strategy = strategy
        self.timeline = timeline
        var calendars: [String: MemberWorkingTime] = [:]
        for m in strategy.team { calendars[m.id] = MemberWorkingTime(member: m, timeline: timeline) }
        self.calendars = calendars
    }

    /// Plans every stream.
    mutating func plan() {
        let units = strategy.content.flatMap(units(of:))
        let pinned = units.filter { $0.cadence?.requiredDays != nil }
        let weekly = units.filter { if case .perWeek = $0.cadence { return true }; return false }
        for unit in pinned + weekly { plan(unit) }
        placed.sort { ($0.start, $0.stream, $0.sequence) < ($1.start, $1.stream, $1.sequence) }
    }

    /// The stream's units with their zones' clocks.
    private func units(of stream: ContentStream) -> [Unit] {
        strategy.postingUnits(of: stream).map { u in
            Unit(stream: u.stream, cadence: u.stream.cadence, windows: u.stream.windows, clock: timeline.clock(for: u.zone),
                 accounts: u.accounts)
        }
    }

    private func unfilled(_ unit: Unit, _ date: LocalDate?, _ reason: UnfilledReason, count: Int) -> [UnfilledSlot] {
        Array(repeating: UnfilledSlot(stream: unit.stream.id, date: date, reason: reason, accounts: unit.accounts.map(\.id)), count: count)
    }

    private mutating func plan(_ unit: Unit) {
        guard let cadence = unit.cadence else { return }
        let dates = timeline.week.dates
        if let days = cadence.requiredDays {
            for date in dates where days.contains(date.weekday) {
                if let reason = dayBlocked(unit, date) {
                    unfilled += unfilled(unit, date, reason, count: cadence.perRequiredDay)
                    continue
                }
                place(unit, on: date, count: cadence.perRequiredDay, alternatives: [])
            }
            return
        }
        let usable = dates.filter { dayBlocked(unit, $0) == nil }
        guard !usable.isEmpty else {
            let reason = dates.compactMap { dayBlocked(unit, $0) }.max { $0.rank < $1.rank } ?? .noWindow
            unfilled += unfilled(unit, nil, reason, count: cadence.perWeekCount)
            return
        }
        let n = cadence.perWeekCount, d = usable.count
        var perDay = Array(repeating: 0, count: d)
        for k in 0..<n { perDay[((2 * k + 1) * d) / (2 * n) % d] += 1 }
        for (i, count) in perDay.enumerated() where count > 0 {
            let others = usable.enumerated().filter { $0.offset != i }
                .sorted { (abs($0.offset - i), $0.offset) < (abs($1.offset - i), $1.offset) }.map(\.element)
            place(unit, on: usable[i], count: count, alternatives: others)
        }
    }

    /// Why `unit` cannot post at all on `date`, if so.
    private func dayBlocked(_ unit: Unit, _ date: LocalDate) -> UnfilledReason? {
        let stream = unit.stream
        if let windows = unit.windows, windows[date.weekday].isEmpty { return .noWindow }
        if strategy.care?.holidays.contains(where: { $0.value.contains(date) }) == true { return .holiday }
        if stream.kind.isPublished, strategy.publishing.blackout.contains(where: { $0.value.contains(date) }) { return .blackout }
        return nil
    }

    /// Candidate start minutes on `date` (the unit's zone; may exceed 1439 for windows past
    /// midnight) in which a slot of `duration` fits, in time order.
    private func candidates(_ unit: Unit, on date: LocalDate) -> [Int] {
        let periods = unit.windows?[date.weekday] ?? [TimePeriod(start: ClockTime(minutes: 0), end: ClockTime(minutes: 1440))]
        let duration = unit.stream.duration.seconds / 60
        var minutes: [Int] = []
        for p in periods {
            let range = p.minuteRange
            var m = range.lowerBound
            while m + max(duration, 1) <= range.upperBound {
                if unit.clock.exists(date, minute: m) { minutes.append(m) }
                m += 5
            }
        }
        return minutes
    }

    private mutating func place(_ unit: Unit, on date: LocalDate, count: Int, alternatives: [LocalDate]) {
        var remaining = count
        for (attemptIndex, day) in ([date] + alternatives).enumerated() {
            guard remaining > 0 else { return }
            let wanted = attemptIndex == 0 ? remaining : 1
            var failures: [UnfilledReason] = []
            let minutes = candidates(unit, on: day)
            if minutes.isEmpty { failures.append(.windowTooSmall) }
            var placedHere = 0
            for k in 0..<wanted where !minutes.isEmpty {
                let target = min(minutes.count - 1, ((2 * k + 1) * minutes.count) / (2 * wanted))
                let order = minutes.indices.sorted { (abs($0 - target), $0) < (abs($1 - target), $1) }
                var done = false
                for index in order {
                    switch tryPlace(unit, day, minutes[index]) {
                    case .none:
                        done = true
                    case .some(let reason):
                        failures.append(reason)
                    }
                    if done { break }
                }
                if done { placedHere += 1 }
            }
            remaining -= placedHere
            if remaining > 0, alternatives.isEmpty || attemptIndex == alternatives.count {
                let reason = failures.max { $0.rank < $1.rank } ?? .nobodyAvailable
                unfilled += unfilled(unit, date, reason, count: remaining)
                return
            }
        }
    }

    /// Places a slot at `minute` on `date` (in the unit's zone), or says why not.
    private mutating func tryPlace(_ unit: Unit, _ date: LocalDate, _ minute: Int) -> UnfilledReason? {
        let stream = unit.stream
        let start = unit.clock.instant(of: date, minute: minute)
        let end = start + stream.duration.seconds
        let wall = timeline.clock.wallTime(at: start)
        if stream.kind.isPublished, let reason = feedLimitReached(unit, at: start, on: date) { return reason }
        // Two posts of one stream at the same moment make no sense; timed routines (a task two
        // people do) may run side by side with different authors.
        let sameMoment = placed.filter { $0.stream == stream.id && $0.start == start }
        let ids = unit.accounts.map(\.id)
        if stream.kind.isPublished, sameMoment.contains(where: { $0.accounts == ids || $0.accounts.contains(where: ids.contains) }) {
            return .windowFull
        }
        let authors = strategy.members(for: stream.authors.map(\.value)).filter { member in
            guard let calendar = calendars[member.id], calendar.isWorking(from: start, to: end) else { return false }
            // A member does one timed thing at a time.
            guard !sameMoment.contains(where: { $0.author == member.id }) else { return false }
            return end == start || !placed.contains { $0.author == member.id && $0.end > $0.start && $0.start < end && start < $0.end }
        }
        let chosen = authors.enumerated().min { a, b in
            let la = load[a.element.id] ?? (0, 0), lb = load[b.element.id] ?? (0, 0)
            return (la.slots, la.minutes, a.offset) < (lb.slots, lb.minutes, b.offset)
        }?.element
        guard let author = chosen else { return .nobodyAvailable }
        let n = (sequence[stream.id] ?? 0) + 1
        sequence[stream.id] = n
        let current = load[author.id] ?? (0, 0)
        load[author.id] = (current.slots + 1, current.minutes + stream.duration.seconds / 60)
        placed.append(PostingSlot(stream: stream.id, kind: stream.kind, author: author.id, start: start, end: end,
                                  date: wall.date, minute: wall.minute, sequence: n, accounts: unit.accounts.map(\.id)))
        return nil
    }

    /// Why a published slot of `unit` at `start` would break one of its accounts' feed limits,
    /// if it would: the account's `max_per_day` on its local `date`, or its `min_gap`. Without
    /// accounts the general limits hold over every published slot.
    private func feedLimitReached(_ unit: Unit, at start: Int, on date: LocalDate) -> UnfilledReason? {
        let feeds: [Account?] = unit.accounts.isEmpty ? [nil] : unit.accounts.map { $0 }
        for account in feeds {
            let limits = strategy.publishing.limits(for: account)
            let sameFeed = placed.filter { slot in
                guard slot.isPublished else { return false }
                guard let account else { return slot.accounts.isEmpty }
                return slot.accounts.contains(account.id)
            }
            if let cap = limits.maxPerDay, sameFeed.filter({ unit.clock.wallTime(at: $0.start).date == date }).count >= cap {
                return .maxPerDay(cap)
            }
            if let gap = limits.minGap, gap.seconds > 0, sameFeed.contains(where: { abs($0.start - start) < gap.seconds }) {
                return .minGap(gap)
            }
        }
        return nil
    }
}
