/// What a network (or its own guidance for creators) says about how many hashtags to use and
/// how to write them; the sentence is what a rule prints.
public struct HashtagAdvice: Sendable, Hashable {
    /// The most hashtags the advice recommends per post, `nil` when it gives no number.
    public var recommendedMost: Int?
    /// Whether the advice asks for CamelCase (`#SocialPlan`) so screen readers read the words.
    public var camelCase: Bool
    /// One sentence a rule can print, e.g. "X recommends no more than 2 hashtags per post".
    public var sentence: String

    /// Creates advice.
    public init(recommendedMost: Int? = nil, camelCase: Bool = false, sentence: String) {
        self.recommendedMost = recommendedMost
        self.camelCase = camelCase
        self.sentence = sentence
    }
}
