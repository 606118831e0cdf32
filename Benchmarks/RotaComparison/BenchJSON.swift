import SocialPlanCore

/// Hand-written JSON for instances and results: small, stable, and read by exact_rota.py.
enum BenchJSON {
    static func instance(name: String, _ problem: RotaProblem) -> String {
        let members = problem.members.map { member -> String in
            let available = String(member.available.map { $0 ? "1" : "0" })
            let limit = member.maxIntervals.map(String.init) ?? "null"
            let fixed = member.fixedShifts.map { "[\($0.lowerBound), \($0.upperBound)]" }.joined(separator: ", ")
            return "    {\"id\": \"\(member.id)\", \"maxIntervals\": \(limit), \"fixedShifts\": [\(fixed)],\n     \"available\": \"\(available)\"}"
        }
        return """
        {"name": "\(name)", "intervalCount": \(problem.intervalCount),
         "minShiftIntervals": \(problem.minShiftIntervals), "maxShiftIntervals": \(problem.maxShiftIntervals),
         "minRestIntervals": \(problem.minRestIntervals),
         "requirement": [\(problem.requirement.map(String.init).joined(separator: ","))],
         "members": [
        \(members.joined(separator: ",\n"))
         ]}

        """
    }

    static func result(name: String, _ solution: RotaSolution, problem: RotaProblem, milliseconds: Double) -> String {
        let shifts = solution.shifts.map {
            "[\($0.member), \($0.intervals.lowerBound), \($0.intervals.upperBound), \($0.isFixed)]"
        }.joined(separator: ", ")
        let violations = problem.check(solution).map { "\"\($0)\"" }.joined(separator: ", ")
        return """
        {"name": "\(name)", "shortfall": \(solution.shortfall), "overstaffing": \(solution.overstaffing),
         "spread": \(RotaFairness.spread(of: solution, in: problem)),
         "largestShare": \(RotaFairness.largestShare(of: solution, in: problem)),
         "milliseconds": \(milliseconds), "violations": [\(violations)],
         "intervalsPerMember": [\(solution.intervalsPerMember.map(String.init).joined(separator: ", "))],
         "shifts": [\(shifts)]}

        """
    }
}
