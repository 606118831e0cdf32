import Foundation

/// libFuzzer's entry point: one input, run through the target `SOCIALPLAN_FUZZ_TARGET` names.
/// An invariant that does not hold traps (`FuzzCheck.require`), which libFuzzer reports as a
/// crash and saves the input for.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}

/// libFuzzer's driver, which `-sanitize=fuzzer` links in.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The program's entry point. SwiftPM links an executable target with `main` renamed to
/// `<module>_main` (so tests can link it), which hides libFuzzer's own `main`: this one hands
/// the arguments to libFuzzer's driver instead.
@_cdecl("socialplan_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}

/// The fuzz targets, by name.
enum FuzzTarget: String, CaseIterable {
    case yaml, strategy, twcs, jsonl, values, regex

    /// The target named by `SOCIALPLAN_FUZZ_TARGET` (read once).
    nonisolated(unsafe) static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["SOCIALPLAN_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("set SOCIALPLAN_FUZZ_TARGET to one of: \(allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .yaml: YAMLFuzz.run(bytes)
        case .strategy: StrategyFuzz.run(bytes)
        case .twcs: LogFuzz.run(bytes, jsonLines: false)
        case .jsonl: LogFuzz.run(bytes, jsonLines: true)
        case .values: ValuesFuzz.run(bytes)
        case .regex: RegexFuzz.run(bytes)
        }
    }
}

/// Invariant checks that stop the run with a message libFuzzer shows next to the input.
enum FuzzCheck {
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() {
            FileHandle.standardError.write(Data("fuzz invariant broken: \(message())\n".utf8))
            abort()
        }
    }
}
