extension LoadContext {
    /// Intervals in the longest week (169 hours, the autumn daylight-saving change): the rota
    /// size is counted against it, since the file does not say which week will be planned.
    static let longestWeekIntervals = 676

    /// Refuses a care team whose rota is too large to plan in the time budget
    /// (``Limits/rotaSize``): the planner's work grows with care staff × intervals, so the
    /// refusal comes up front, with that estimate, instead of after a long wait. O(M·refs).
    mutating func checkRotaSize(_ strategy: Strategy) {
        guard let care = strategy.care else { return }
        let staff = strategy.members(for: care.staff.map(\.value)).count
        let size = Double(staff * Self.longestWeekIntervals)
        guard Limits.rotaSize.exceeds(size) else { return }
        error("invalid-value",
              "the care rota would plan \(Limit.grouped(Double(staff))) care staff × \(Self.longestWeekIntervals) intervals = "
                + "\(Limit.grouped(size)) member-intervals, more than \(Limits.rotaSize.show(Limits.rotaSize.maximum)): "
                + Limits.rotaSize.why,
              at: care.positions["staff"],
              help: "plan a team this large as several strategies (per client, region or shift group), each with its own care staff; "
                + "docs/limits.md lists every limit")
    }
}
