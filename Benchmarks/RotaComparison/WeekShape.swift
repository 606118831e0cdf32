import SocialPlanCore

/// Builders for realistic weeks: requirement curves and availability patterns on 15-minute
/// intervals, Monday 00:00 = interval 0.
enum WeekShape {
    static let perDay = 96
    static let days = 7

    /// Interval index of `day` (0 = Monday) at `hour`:`minute`.
    static func at(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Int { day * perDay + hour * 4 + minute / 15 }

    /// Flags true on `days` between `from` and `to` hours (to may be 24).
    static func window(days: [Int], from: Double, to: Double, count: Int = 672) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        for day in days {
            let start = day * perDay + Int(from * 4)
            let end = day * perDay + Int(to * 4)
            for t in start..<min(end, count) { mask[t] = true }
        }
        return mask
    }

    static func union(_ masks: [Bool]...) -> [Bool] {
        masks.dropFirst().reduce(masks[0]) { zip($0, $1).map { $0 || $1 } }
    }

    /// Removes whole days (away days, holidays) and a few random hours (posting tasks).
    static func punch(_ mask: [Bool], awayDays: [Int], tasks: Int, rng: inout SplitMix64) -> [Bool] {
        var result = mask
        for day in awayDays { for t in (day * perDay)..<((day + 1) * perDay) { result[t] = false } }
        for _ in 0..<tasks {
            let start = rng.int(in: 0...(mask.count - 4))
            for t in start..<(start + 2) { result[t] = false }
        }
        return result
    }

    /// A requirement curve: `base` agents inside the daily `open` hours, plus bumps of `peak`
    /// around the given hours; weekends scaled by `weekend`; small noise.
    static func requirement(
        open: (Double, Double), weekendOpen: (Double, Double)?, base: Double, peaks: [(hour: Double, height: Double)],
        weekend: Double, nightLevel: Int = 0, rng: inout SplitMix64
    ) -> [Int] {
        (0..<672).map { t in
            let day = t / perDay
            let hour = Double(t % perDay) / 4.0
            let isWeekend = day >= 5
            let hours = isWeekend ? weekendOpen : open
            guard let (from, to) = hours, hour >= from, hour < to else { return nightLevel }
            var level = base
            for peak in peaks {
                let distance = (hour - peak.hour) / 1.5
                level += peak.height * max(0, 1 - distance * distance)
            }
            if isWeekend { level *= weekend }
            let noise = Double(rng.int(in: -10...10)) / 40.0
            return max(1, Int((level + noise).rounded()))
        }
    }
}
