/// A log as the audit reads it itself (``AuditBuilder/read(_:format:plan:report:)``): a file it
/// may read at any offset, or a stream it reads once in order. The caller owns the IO; this is
/// only how to reach the bytes.
public struct LogSource: Sendable {
    /// The log's size in bytes when it can be read at any offset (a regular file); nil for a
    /// stream (standard input, a pipe), which is read in order from offset 0 on.
    public var size: Int?
    /// Reads up to `buffer.count` bytes at `offset` into `buffer` and returns how many; 0 at
    /// the end. Throws when the read fails.
    public var read: @Sendable (_ offset: Int, _ buffer: UnsafeMutableRawBufferPointer) throws -> Int

    /// A source reading through `read`; `size` as for ``size``.
    public init(size: Int?, read: @escaping @Sendable (_ offset: Int, _ buffer: UnsafeMutableRawBufferPointer) throws -> Int) {
        self.size = size
        self.read = read
    }

    /// A log held in memory, readable at any offset (tests, small logs).
    public static func bytes(_ bytes: [UInt8]) -> LogSource {
        LogSource(size: bytes.count) { offset, buffer in
            let n = max(0, min(buffer.count, bytes.count - offset))
            guard n > 0 else { return 0 }
            bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            return n
        }
    }
}
