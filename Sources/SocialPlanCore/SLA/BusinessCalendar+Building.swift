extension BusinessCalendar {
    /// The open instants of `hours` minus `holidays` in `zone` over `[from, to)`, merged.
    ///
    /// Works in wall time, then maps back through real offsets: for each stretch of constant
    /// UTC offset, every wall-time period (split at local midnight so each part is tested
    /// against its own date's holidays) is shifted by that offset and clipped to the stretch.
    /// A skipped spring hour belongs to no stretch, so it is never open; a repeated autumn hour
    /// belongs to two stretches, so it is open twice. Boundary wall times are never converted
    /// one at a time, so no gap/overlap policy is involved (a period ending at 02:30 on the
    /// spring night ends when the clock jumps, at 02:00 standard time).
    /// Complexity: O(D·P + n log n) for D local days, P periods a day and n ranges.
    static func openIntervals(hours: WeeklyHours, holidays: [DateSpan], zone: String, from: Int, to: Int) -> [Range<Int>] {
        var raw: [Range<Int>] = []
        for segment in ZoneClock(zone: zone, from: from, to: to).offsetSegments(from: from, to: to) {
            let wallStart = segment.start + segment.offset, wallEnd = segment.end + segment.offset
            // The day before the first one: its periods may run past midnight into the stretch.
            let firstDay = floorDiv(wallStart, 86_400) - 1, lastDay = floorDiv(wallEnd - 1, 86_400)
            guard firstDay <= lastDay else { continue }
            let closed = holidayDays(holidays, from: firstDay, through: lastDay + 1)
            for dayNumber in firstDay...lastDay {
                let day = LocalDate(dayNumber: dayNumber)
                let midnight = dayNumber * 86_400, nextMidnight = midnight + 86_400
                for period in hours[day.weekday] {
                    let a = midnight + period.start.minutes * 60
                    let b = a + period.lengthMinutes * 60
                    var parts: [Range<Int>] = []
                    if !closed.contains(dayNumber) { parts.append(a..<min(b, nextMidnight)) }
                    if b > nextMidnight, !closed.contains(dayNumber + 1) { parts.append(nextMidnight..<b) }
                    for wall in parts {
                        let lo = max(wall.lowerBound - segment.offset, segment.start)
                        let hi = min(wall.upperBound - segment.offset, segment.end)
                        if lo < hi { raw.append(lo..<hi) }
                    }
                }
            }
        }
        return merged(raw)
    }

    /// Day numbers in `first...last` that some holiday span covers (reversed spans cover none).
    private static func holidayDays(_ holidays: [DateSpan], from first: Int, through last: Int) -> Set<Int> {
        var days = Set<Int>()
        for span in holidays where !span.isReversed {
            let lo = max(first, span.first.dayNumber), hi = min(last, span.last.dayNumber)
            if lo <= hi { days.formUnion(lo...hi) }
        }
        return days
    }

    /// Sorts ranges and joins the ones that overlap or touch. Complexity: O(n log n).
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
            if let last = result.last, r.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                result.append(r)
            }
        }
        return result
    }

    /// Floor division for possibly negative instants.
    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
