import Dispatch
import Foundation
import SocialPlanCore

/// A one-line progress bar on standard error, drawn only on a terminal and only after `delay`.
final class ProgressBar: @unchecked Sendable {
    private var total: Int
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

    /// One more done; `total` (when given) replaces the total, which grows when a run is extended.
    func advance(total newTotal: Int? = nil) {
        lock.withLock {
            done += 1
            if let newTotal { total = max(total, newTotal) }
            draw(detail: "\(done)/\(total)")
        }
    }

    /// Sets how much is done (it never goes back), with `detail` after the bar instead of
    /// `done/total` — for work reported as a share, such as the rota planner's steps.
    func update(done newDone: Int, detail: String) {
        lock.withLock {
            done = min(total, max(done, newDone))
            draw(detail: detail)
        }
    }

    /// Draws the line once `delay` has passed; the caller holds the lock.
    private func draw(detail: String) {
        guard enabled else { return }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        guard elapsed >= delay || drawn else { return }
        drawn = true
        let width = 30
        let filled = total > 0 ? min(width, width * done / total) : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        // Clear to the end of the line: a shorter detail must not leave the end of a longer one.
        Terminal.writeError("\r\(label) \(bar) \(detail)\u{1B}[K", styled: true)
    }

    func finish() {
        lock.withLock {
            if drawn { Terminal.writeError("\r\u{1B}[2K", styled: true) }
        }
    }
}
