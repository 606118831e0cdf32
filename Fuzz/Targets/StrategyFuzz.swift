import SocialPlanCore

/// Validation (load, then every rule) on any bytes: no crash, every diagnostic and note of the
/// file at a position inside it, and a strategy only when no diagnostic is an error.
enum StrategyFuzz {
    static func run(_ bytes: [UInt8]) {
        let outcome = StrategyValidation.validate(bytes: bytes, path: "fuzz.yaml")
        let shape = InputShape(bytes)
        // A UTF-16 file is decoded differently for excerpts; positions are libyaml's then.
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        for d in outcome.report.diagnostics where !utf16 {
            if let p = d.position { FuzzCheck.require(shape.contains(p), "\(d.id) `\(d.message)` at \(p) outside the input") }
            for note in d.notes {
                if let p = note.position { FuzzCheck.require(shape.contains(p), "note `\(note.message)` of \(d.id) at \(p) outside the input") }
            }
        }
        let errors = outcome.report.diagnostics.contains { $0.severity == .error }
        FuzzCheck.require(outcome.strategy == nil || !errors, "a strategy came back with errors")
    }
}
