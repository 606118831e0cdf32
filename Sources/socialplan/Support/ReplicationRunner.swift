import Dispatch
import Foundation
import SocialPlanCore

/// Runs a week's replications on every core and shows a progress bar on standard error when it
/// is a terminal and the run takes more than a moment (half a second).
enum ReplicationRunner {
    /// Replications `0..<count` of `simulation`, in index order (the same whatever the threads did).
    static func run(_ simulation: WeekSimulation, count: Int) -> [WeekReplication] {
        let slots = ResultSlots<WeekReplication>(count: count)
        let progress = ProgressBar(total: count, label: "simulating")
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = simulation.replicate(index)
            progress.advance()
        }
        progress.finish()
        return slots.values
    }
}

/// A one-line progress bar on standard error, drawn only on a terminal and only after `delay`.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let label: String
    private let started = DispatchTime.now()
    private let enabled: Bool
    private let lock = NSLock()
    private var done = 0
    private var drawn = false

    init(total: Int, label: String, delay: Double = 0.5) {
        self.total = total
        self.label = label
        enabled = isatty(2) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        self.delay = delay
    }
    private let delay: Double

    func advance() {
        lock.withLock {
            done += 1
            guard enabled else { return }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            guard elapsed >= delay || drawn else { return }
            drawn = true
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            Terminal.writeError("\r\(label) \(bar) \(done)/\(total)")
        }
    }

    func finish() {
        lock.withLock {
            if drawn { Terminal.writeError("\r\u{1B}[2K") }
        }
    }
}
