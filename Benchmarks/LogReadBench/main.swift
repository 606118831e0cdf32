// log-read-bench: streams a TWCS log through LogReader in 1 MiB chunks and prints MB/s.
// Usage: log-read-bench FILE [RUNS]   (make a file with Benchmarks/make-twcs.py 500 /tmp/twcs-500.csv)
// Prints the best of RUNS passes (default 3). Timing uses the monotonic clock: this executable
// is the only place wall time is read.
import Foundation
import SocialPlanCore

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: log-read-bench FILE [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.dropFirst().first.flatMap { Int($0) } ?? 3
guard let file = fopen(path, "rb") else {
    FileHandle.standardError.write(Data("log-read-bench: cannot open \(path)\n".utf8))
    exit(2)
}
defer { fclose(file) }

let chunkSize = 1 << 20
var buffer = [UInt8](repeating: 0, count: chunkSize)
var best = Double.infinity
for run in 1...runs {
    rewind(file)
    var reader = LogReader(format: .twcs)
    var messages = 0, outbound = 0, skips = 0
    var failure: LogReadFailure?
    let clock = ContinuousClock()
    let started = clock.now
    while true {
        let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, chunkSize, file) }
        if n == 0 { break }
        buffer.withUnsafeBytes { all in
            reader.feed(UnsafeRawBufferPointer(rebasing: all[0..<n])) { event in
                switch event {
                case .message(let m): messages += 1; if !m.inbound { outbound += 1 }
                case .skipped: skips += 1
                case .failed(let f): failure = f
                }
            }
        }
    }
    reader.finish { event in
        switch event {
        case .message(let m): messages += 1; if !m.inbound { outbound += 1 }
        case .skipped: skips += 1
        case .failed(let f): failure = f
        }
    }
    let elapsed = started.duration(to: clock.now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    best = min(best, seconds)
    let mb = Double(reader.summary.bytesRead) / 1_000_000
    print(String(format: "run %d: %.1f MB in %.3fs = %.0f MB/s  messages=%d outbound=%d skips=%d peak-buffer=%d bytes%@",
                 run, mb, seconds, mb / seconds, messages, outbound, skips, reader.peakBufferedBytes,
                 failure.map { " failure: \($0)" } ?? ""))
    if run == runs { print(String(format: "best: %.0f MB/s", mb / best)) }
}
