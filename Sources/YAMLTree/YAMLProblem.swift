/// Something wrong with a YAML file, with where it is.
public struct YAMLProblem: Sendable, Hashable, Error {
    /// A stable identifier: `yaml-syntax`, `yaml-duplicate-key`, `yaml-limit`, `yaml-empty`,
    /// `yaml-multiple-documents`, `yaml-complex-key`, `yaml-unknown-alias`.
    public var id: String
    /// One lowercase line, understandable without the excerpt.
    public var message: String
    /// Where the problem is; `nil` when it concerns the whole file.
    public var position: SourcePosition?
    /// Other places that explain the problem ("first defined here").
    public var related: [(message: String, position: SourcePosition)]
    /// What valid input looks like, when that helps.
    public var help: String?

    /// Creates a problem.
    public init(id: String, message: String, position: SourcePosition?,
                related: [(message: String, position: SourcePosition)] = [], help: String? = nil) {
        self.id = id
        self.message = message
        self.position = position
        self.related = related
        self.help = help
    }

    public static func == (lhs: YAMLProblem, rhs: YAMLProblem) -> Bool {
        lhs.id == rhs.id && lhs.message == rhs.message && lhs.position == rhs.position
            && lhs.help == rhs.help && lhs.related.elementsEqual(rhs.related) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(message)
        hasher.combine(position)
    }
}

/// What parsing a file gives: the root node when there is one, and every problem found.
///
/// Fatal problems (syntax, limits, empty file) leave `root` nil; duplicate keys do not: the
/// first occurrence is kept and each repeat is reported.
public struct YAMLDocument: Sendable {
    /// The document's root node, or `nil` when the file could not be read as one document.
    public var root: YAMLNode?
    /// Every problem found, in file order.
    public var problems: [YAMLProblem]
}
