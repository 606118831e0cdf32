extension LogReader {
    /// Everything one read gives, for tests and small logs.
    public struct Outcome: Sendable {
        /// The messages, in log order.
        public var messages: [LogMessage]
        /// The skipped rows, in log order.
        public var skips: [LogSkip]
        /// The failure, if the log could not be read.
        public var failure: LogReadFailure?
        /// The counts.
        public var summary: LogReadSummary
    }

    /// Reads a whole log held in memory, in chunks of `chunkSize` bytes (to exercise the
    /// streaming path). Complexity: O(n).
    public static func read(_ bytes: [UInt8], format: LogFormat, chunkSize: Int = 1 << 20,
                            recordBound: Int = LogReader.defaultRecordBound) -> Outcome {
        var reader = LogReader(format: format, recordBound: recordBound)
        var result = Outcome(messages: [], skips: [], failure: nil, summary: LogReadSummary())
        let sink: (LogReadEvent) -> Void = { event in
            switch event {
            case .message(let m): result.messages.append(m)
            case .skipped(let s): result.skips.append(s)
            case .failed(let f): result.failure = f
            }
        }
        bytes.withUnsafeBytes { all in
            var start = 0
            let step = max(1, chunkSize)
            while start < all.count {
                let end = min(all.count, start + step)
                reader.feed(UnsafeRawBufferPointer(rebasing: all[start..<end]), sink)
                start = end
            }
        }
        reader.finish(sink)
        result.summary = reader.summary
        return result
    }
}
