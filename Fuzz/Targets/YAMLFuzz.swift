import YAMLTree

/// The YAML reader on any bytes: no crash, and every problem (and every note) at a position
/// inside the input.
enum YAMLFuzz {
    static func run(_ bytes: [UInt8]) {
        let document = YAMLParser().parse(bytes: bytes)
        let shape = InputShape(bytes)
        for problem in document.problems {
            if let p = problem.position {
                FuzzCheck.require(shape.contains(p), "yaml problem `\(problem.message)` at \(p) outside the input")
            }
            for related in problem.related {
                FuzzCheck.require(shape.contains(related.position), "yaml note `\(related.message)` at \(related.position) outside the input")
            }
        }
    }
}
