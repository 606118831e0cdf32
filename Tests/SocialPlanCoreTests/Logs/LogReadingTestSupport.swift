import XCTest
@testable import SocialPlanCore
import SocialPlanTestSupport

/// The TWCS header line.
let twcsHeader = "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"

/// Reads `text` as TWCS (or `format`) in chunks of `chunk` bytes.
func readLog(_ text: String, format: LogFormat = .twcs, chunk: Int = 1 << 20, bound: Int = LogReader.defaultRecordBound) -> LogReader.Outcome {
    LogReader.read(Array(text.utf8), format: format, chunkSize: chunk, recordBound: bound)
}

/// Reads `bytes` as TWCS in chunks of `chunk` bytes.
func readLog(bytes: [UInt8], format: LogFormat = .twcs, chunk: Int = 1 << 20, bound: Int = LogReader.defaultRecordBound) -> LogReader.Outcome {
    LogReader.read(bytes, format: format, chunkSize: chunk, recordBound: bound)
}

/// A comparable rendering of an outcome: messages, skips and failure, in order.
func transcript(_ o: LogReader.Outcome) -> [String] {
    o.messages.map { "\($0.line) \($0.id) \($0.author) \($0.inbound) \($0.createdAt) \($0.text.debugDescription) \($0.inResponseTo ?? "-") \($0.responseIDs)" }
        + o.skips.map(\.description) + [o.failure.map(\.description) ?? "no failure"]
}

/// The folder of the shared real-data slices (`shared/data` beside the clone, found by walking
/// up from the package root; `SOCIALPLAN_SHARED_DATA` overrides), or nil when it is not there.
let sharedDataFolder: URL? = {
    if let path = ProcessInfo.processInfo.environment["SOCIALPLAN_SHARED_DATA"] { return URL(fileURLWithPath: path) }
    var url = PackageRoot.url
    while url.path != "/" {
        let candidate = url.appendingPathComponent("shared/data")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("twcs-sample-93.csv").path) { return candidate }
        url = url.deletingLastPathComponent()
    }
    return nil
}()
