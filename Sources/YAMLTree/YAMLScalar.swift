/// A scalar with its source text and its value under the YAML 1.2 core schema.
public struct YAMLScalar: Sendable, Hashable {
    /// How the scalar was written; quoted and block scalars are always strings.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The resolved value.
    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)

        /// True for integers and floats.
        public var isNumber: Bool {
            switch self {
            case .int, .float: return true
            default: return false
            }
        }

        /// A short name of the kind for messages.
        public var kindDescription: String {
            switch self {
            case .null: return "an empty value"
            case .bool: return "true/false"
            case .int: return "a whole number"
            case .float: return "a number"
            case .string: return "text"
            }
        }
    }

    /// The text exactly as libyaml delivered it (unquoted, unescaped).
    public var text: String
    /// How the scalar was written.
    public var style: Style
    /// The typed value.
    public var value: Value

    /// Creates a scalar, resolving its value from text, style and explicit tag.
    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.value = CoreSchema.resolve(text: text, style: style, tag: tag)
    }

    /// The text when the value is a string; `nil` for numbers, booleans and null.
    public var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }
}
