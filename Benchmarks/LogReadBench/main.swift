// log-read-bench: streams a TWCS log through LogReader in 1 MiB chunks and prints MB/s.
// Usage: log-read-bench FILE [RUNS] [--audit STRATEGY [--rota weeks|fixed|none] [--parts N]]
//        log-read-bench FILE [RUNS] --triage STRATEGY
//   (make a file with Benchmarks/make-twcs.py 500 /tmp/twcs-500.csv)
// Prints the best of RUNS passes (default 3). Without --audit, every row becomes a LogMessage
// on this one thread. With --audit, the file is read as `socialplan audit` reads it
// (AuditBuilder.read: rows straight into the builder, in N parts on N threads, default the
// cores), and `finish` is timed on its own. With --triage, the customers' texts are read into
// memory first, then only the strategy's triage of them is timed (MB/s of text), with how
// many texts each priority got, so two builds can be checked to agree.
// Timing uses the monotonic clock: this executable is the only place wall time is read.
import Foundation
import SocialPlanCore

var arguments = Array(CommandLine.arguments.dropFirst())

/// The strategy named after `flag` (removed from the arguments), nil without the flag; exits
/// with 2 when the file does not load.
@MainActor func strategy(after flag: String) -> Strategy? {
    guard let i = arguments.firstIndex(of: flag) else { return nil }
    guard i + 1 < arguments.count, let bytes = FileManager.default.contents(atPath: arguments[i + 1]),
          let strategy = StrategyLoader.load(bytes: Array(bytes)).strategy else {
        FileHandle.standardError.write(Data("log-read-bench: \(flag) needs a strategy file that loads\n".utf8))
        exit(2)
    }
    arguments.removeSubrange(i...(i + 1))
    return strategy
}

var auditOptions: AuditOptions?
if let strategy = strategy(after: "--audit") {
    // --rota weeks (default, as `socialplan audit`): each reply against its own week's rota;
    // fixed: one week's rota for all (`--week`, the command's only way before); none: no rota.
    var rota = "weeks"
    if let r = arguments.firstIndex(of: "--rota"), r + 1 < arguments.count {
        rota = arguments[r + 1]
        arguments.removeSubrange(r...(r + 1))
    }
    switch rota {
    case "fixed": auditOptions = AuditOptions(strategy: strategy, onDuty: OnDutyWeek(strategy: strategy, week: ISOWeek(year: 2017, week: 40)))
    case "none": auditOptions = AuditOptions(strategy: strategy)
    default: auditOptions = AuditOptions(strategy: strategy, rotaWeeks: RotaWeeks(strategy: strategy))
    }
}
let triageStrategy = strategy(after: "--triage")
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: log-read-bench FILE [RUNS] [--audit STRATEGY | --triage STRATEGY]\n".utf8))
    exit(2)
}
var plan = AuditBuilder.ReadPlan()
if let p = arguments.firstIndex(of: "--parts"), p + 1 < arguments.count, let n = Int(arguments[p + 1]) {
    plan.parts = n
    arguments.removeSubrange(p...(p + 1))
}
let runs = arguments.dropFirst().first.flatMap { Int($0) } ?? 3
guard let file = fopen(path, "rb") else {
    FileHandle.standardError.write(Data("log-read-bench: cannot open \(path)\n".utf8))
    exit(2)
}
defer { fclose(file) }

/// The process's peak resident memory so far in MB (VmHWM), from /proc/self/status.
func peakMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb / 1024
}

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }

let chunkSize = 1 << 20
var buffer = [UInt8](repeating: 0, count: chunkSize)
var best = Double.infinity

/// Reads the whole file from its start through one reader in chunks, events to `sink`; the
/// reader, with its summary.
@MainActor func readFile(_ sink: (LogReadEvent) -> Void) -> LogReader {
    rewind(file)
    var reader = LogReader(format: .twcs)
    while true {
        let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, chunkSize, file) }
        if n == 0 { break }
        buffer.withUnsafeBytes { all in reader.feed(UnsafeRawBufferPointer(rebasing: all[0..<n]), sink) }
    }
    reader.finish(sink)
    return reader
}

if let strategy = triageStrategy {
    var texts: [String] = []
    _ = readFile { event in if case .message(let m) = event, m.inbound { texts.append(m.text) } }
    let options = AuditOptions(strategy: strategy)
    let matcher = TriageMatcher(triage: options.triage, slas: options.slas, defaultPriority: options.defaultPriority)
    let mb = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_000_000
    for run in 1...runs {
        var counts = [Int](repeating: 0, count: options.slas.count + 1)
        let clock = ContinuousClock()
        let started = clock.now
        for text in texts { counts[matcher.priorityIndex(for: text) ?? options.slas.count] += 1 }
        let total = seconds(started.duration(to: clock.now))
        best = min(best, total)
        let names = options.slas.map(\.priority) + ["none"]
        print(String(format: "run %d: %d texts, %.1f MB in %.3fs = %.0f MB/s; ", run, texts.count, mb, total, mb / total)
              + zip(names, counts).map { "\($0)=\($1)" }.joined(separator: " "))
    }
    print(String(format: "best: %.0f MB/s", mb / best))
    exit(0)
}
for run in 1...runs {
    if let auditOptions {
        // As the command line reads a file: pread at any offset, parts on threads.
        let fd = fileno(file)
        let size = Int(lseek(fd, 0, SEEK_END))
        let source = LogSource(size: size) { offset, buffer in pread(fd, buffer.baseAddress, buffer.count, off_t(offset)) }
        var builder = AuditBuilder(options: auditOptions)
        var skips = 0
        let clock = ContinuousClock()
        let started = clock.now
        let summary = try builder.read(source, format: .twcs, plan: plan) { event in
            if case .skipped = event { skips += 1 }
            return true
        }
        let read = clock.now
        let peakAfterRead = peakMB()
        let mentions = builder.finish().counts.mentions
        let total = seconds(started.duration(to: clock.now))
        best = min(best, total)
        let mb = Double(summary.bytesRead) / 1_000_000
        print(String(format: "run %d: %.1f MB in %.3fs = %.0f MB/s (read %.3fs, finish %.3fs, %d parts at most) rows=%d skips=%d mentions=%d"
                     + " peak %.0f MB after reading, %.0f MB after finish",
                     run, mb, total, mb / total, seconds(started.duration(to: read)), total - seconds(started.duration(to: read)), plan.parts,
                     summary.rowsRead, summary.rowsSkipped, mentions, peakAfterRead, peakMB()))
        if run == runs { print(String(format: "best: %.0f MB/s", mb / best)) }
        continue
    }
    var messages = 0, outbound = 0, skips = 0
    var failure: LogReadFailure?
    func sink(_ event: LogReadEvent) {
        switch event {
        case .message(let m):
            messages += 1
            if !m.inbound { outbound += 1 }
        case .skipped: skips += 1
        case .failed(let f): failure = f
        }
    }
    let clock = ContinuousClock()
    let started = clock.now
    let reader = readFile(sink)
    let total = seconds(started.duration(to: clock.now))
    best = min(best, total)
    let mb = Double(reader.summary.bytesRead) / 1_000_000
    print(String(format: "run %d: %.1f MB in %.3fs = %.0f MB/s  messages=%d outbound=%d skips=%d peak-buffer=%d bytes%@",
                 run, mb, total, mb / total, messages, outbound, skips, reader.peakBufferedBytes,
                 failure.map { " failure: \($0)" } ?? ""))
    if run == runs { print(String(format: "best: %.0f MB/s", mb / best)) }
}
