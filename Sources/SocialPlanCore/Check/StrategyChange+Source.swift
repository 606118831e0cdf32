import YAMLTree

/// Why a change could not be written into a strategy file's text.
public struct StrategyEditError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One lowercase line: what could not be edited and what to do instead.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}

extension StrategyChange {
    /// `text` (the file `strategy` was loaded from) with this change written in: a scalar
    /// replaced, one member's `available:` rewritten, or a member appended to `team:` (and its
    /// id to `care.staff` when staff is listed by id). The rest of the file stays byte for byte.
    ///
    /// Availability written through a YAML anchor (`&office-hours`) that other members reuse
    /// cannot be edited for one of them; that is an error, and the search skips such changes.
    ///
    /// Complexity: O(file length).
    public func applied(toSource text: String, strategy: Strategy) -> Result<String, StrategyEditError> {
        var source = StrategySourceText(text)
        switch self {
        case .raiseLimit(let id, _, let to):
            guard let member = strategy.member(id), member.positions.has("max_hours_per_week"),
                  let start = source.valueStart(afterKeyAt: member.positions["max_hours_per_week"]), !source.isLineEnd(start) else {
                return .failure(StrategyEditError("cannot find `max_hours_per_week` of `\(id)` in the file"))
            }
            source.replace(from: start, to: source.tokenEnd(from: start), with: Self.hoursText(min(to, Self.weeklyHoursCap)))
        case .extendAvailability(let id, _, _):
            guard let member = apply(to: strategy).member(id) else {
                return .failure(StrategyEditError("`\(id)` is not on the team"))
            }
            if let problem = Self.rewriteAvailability(of: member, in: &source) { return .failure(problem) }
        case .addPerson(let id, let hours):
            if let problem = Self.appendMember(id: id, hours: hours, strategy: strategy, in: &source) { return .failure(problem) }
        }
        return .success(source.text)
    }

    /// Rewrites `member`'s `available:` value with its (changed) hours: in flow style when it
    /// was written in flow style or through an alias, as a block when it was a block.
    static func rewriteAvailability(of member: Member, in source: inout StrategySourceText) -> StrategyEditError? {
        guard member.positions.has("available"), let start = source.valueStart(afterKeyAt: member.positions["available"]) else {
            return StrategyEditError("`\(member.id)` has no `available:` to extend; add their hours by hand")
        }
        let flow = WeeklyHoursText.flow(member.available)
        switch source.character(at: start) {
        case "{":
            guard let end = source.flowEnd(from: start) else { return StrategyEditError("`\(member.id)` availability is not closed") }
            source.replace(from: start, to: end, with: flow)
        case "*":
            source.replace(from: start, to: source.tokenEnd(from: start), with: flow)
        case "&":
            return StrategyEditError("`\(member.id)` availability is a YAML anchor that others reuse; edit it by hand")
        default:
            guard source.isLineEnd(start) else {
                return StrategyEditError("`\(member.id)` availability is written in a form the fix cannot edit")
            }
            let block = source.blockLines(underKeyOnLine: start.line)
            guard let first = block.first else { return StrategyEditError("`\(member.id)` availability is empty") }
            let pad = String(repeating: " ", count: source.indent(of: source.lines[first]))
            let crlf = source.lines[first].last == "\r"
            let lines = WeeklyHoursText.blockEntries(member.available).map { pad + $0 }
            source.lines.removeSubrange(block)
            source.insert(lines, afterLine: start.line)
            if crlf { for l in block.lowerBound..<(block.lowerBound + lines.count) { source.lines[l].append("\r") } }
        }
        return nil
    }

    /// Appends the new member at the end of `team:` (block style) and, when no staff role
    /// covers them, their id to `care.staff`.
    static func appendMember(id: String, hours: WeeklyHours, strategy: Strategy,
                             in source: inout StrategySourceText) -> StrategyEditError? {
        guard strategy.positions.has("team"), let teamStart = source.valueStart(afterKeyAt: strategy.positions["team"]),
              source.isLineEnd(teamStart) else {
            return StrategyEditError("`team:` is not written as a block; add the extra person by hand")
        }
        let role = careRole(of: strategy)
        // Staff edit first: it lies below `team:`, so the team insertion does not move it.
        if role == nil, let problem = appendStaff(id, strategy: strategy, in: &source) { return problem }
        let block = source.blockLines(underKeyOnLine: teamStart.line)
        let memberIndent = strategy.team.first.map { $0.positions.own.column - 1 } ?? 2
        let pad = String(repeating: " ", count: memberIndent)
        let fieldPad = pad + "  "
        let limit = hoursText(Double(hours.minutesPerWeek) / 60)
        let lines = [
            "\(pad)\(id):  # suggested by `socialplan check --suggest-fix`",
            "\(fieldPad)roles: [\(role ?? "care")]",
            "\(fieldPad)available: \(WeeklyHoursText.flow(hours))",
            "\(fieldPad)max_hours_per_week: \(limit)",
        ]
        source.insert(lines, afterLine: block.isEmpty ? teamStart.line : block.upperBound - 1)
        return nil
    }

    /// Adds `id` to the `care.staff` list, flow (`[kari, ola]`) or block (`- kari`) style.
    static func appendStaff(_ id: String, strategy: Strategy, in source: inout StrategySourceText) -> StrategyEditError? {
        guard let care = strategy.care, care.positions.has("staff"),
              let start = source.valueStart(afterKeyAt: care.positions["staff"]) else {
            return StrategyEditError("cannot find `care.staff` in the file")
        }
        if source.character(at: start) == "[" {
            guard let end = source.flowEnd(from: start) else { return StrategyEditError("`care.staff` is not closed") }
            let close = StrategySourceText.Place(line: end.line, index: end.index - 1)
            source.replace(from: close, to: close, with: care.staff.isEmpty ? id : ", \(id)")
        } else if source.isLineEnd(start) {
            let block = source.blockLines(underKeyOnLine: start.line)
            guard let last = block.last else { return StrategyEditError("`care.staff` is empty") }
            let pad = String(repeating: " ", count: source.indent(of: source.lines[last]))
            source.insert(["\(pad)- \(id)"], afterLine: last)
        } else {
            let end = source.tokenEnd(from: start)
            let existing = String(String.UnicodeScalarView(source.lines[start.line][start.index..<end.index]))
            source.replace(from: start, to: end, with: "[\(existing), \(id)]")
        }
        return nil
    }

    /// `38` or `37.5`, as written in a file.
    static func hoursText(_ hours: Double) -> String {
        let rounded = (hours * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
