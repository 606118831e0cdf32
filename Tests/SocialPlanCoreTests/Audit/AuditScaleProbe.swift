import XCTest
import Foundation
@testable import SocialPlanCore

/// A memory and time probe, skipped unless `AUDIT_PROBE_N` is set: `AUDIT_PROBE_N=3000000
/// [AUDIT_PROBE_RESERVE=1] /usr/bin/time -v .build/debug/socialplanPackageTests.xctest
/// SocialPlanCoreTests.AuditScaleProbe` feeds N synthetic messages (threads of root, reply,
/// follow-up; each reply added before its root) and prints resident memory after add and finish.
final class AuditScaleProbe: XCTestCase {
    func testScale() throws {
        guard let nText = ProcessInfo.processInfo.environment["AUDIT_PROBE_N"], let n = Int(nText) else { throw XCTSkip("probe") }
        var b = AuditBuilder(options: AuditFixture.options())
        if ProcessInfo.processInfo.environment["AUDIT_PROBE_RESERVE"] != nil { b.reserveCapacity(n) }
        let t0 = Date()
        let base = AuditFixture.at(2, 0)
        for k in 0..<n {
            // Threads of three: root, reply, follow-up; replies listed before roots in each block.
            let thread = k / 3, part = k % 3
            let t = base + thread * 20
            switch part {
            case 0: b.add(LogMessage(id: String(thread * 3 + 2), author: "Acme", inbound: false, createdAt: t + 600, text: "Sorry to hear that, we will look into it ^JK https://t.co/abc", inResponseTo: String(thread * 3 + 1), line: k))
            case 1: b.add(LogMessage(id: String(thread * 3 + 1), author: String(100_000 + thread % 500_000), inbound: true, createdAt: t, text: "@Acme my order has not arrived and I want a refund now", line: k))
            default: b.add(LogMessage(id: String(thread * 3 + 3), author: String(100_000 + thread % 500_000), inbound: true, createdAt: t + 900, text: "@Acme still nothing", inResponseTo: String(thread * 3 + 2), line: k))
            }
        }
        func rss() -> String { ((try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? "").split(separator: "\n").first { $0.hasPrefix("VmRSS") }.map(String.init) ?? "" }
        print("PROBE after add", rss())
        let t1 = Date()
        let r = b.finish()
        let t2 = Date()
        print("PROBE after finish", rss())
        print("PROBE add \(t1.timeIntervalSince(t0))s finish \(t2.timeIntervalSince(t1))s rows \(r.rows.count)")
    }
}
