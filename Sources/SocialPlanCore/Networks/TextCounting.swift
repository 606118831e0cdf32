/// How a network measures the length of a post's text (`NetworkText.length(of:on:)`).
public enum TextCounting: Sendable, Hashable {
    /// twitter-text v3: after NFC, each code point weighs 1 in the ranges U+0000–U+10FF,
    /// U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 and 2 elsewhere (CJK, most symbols);
    /// every emoji sequence counts 2 and every URL 23.
    case xWeighted
    /// Extended grapheme clusters (Swift `Character`s): a flag or a family emoji is 1.
    case graphemes
    /// Mastodon: grapheme clusters, with every `http(s)://` URL counted as 23 and a mention
    /// `@user@server` counted as `@user`.
    case mastodon
    /// Threads: grapheme clusters, except that an emoji counts its UTF-8 bytes (4 for 😀),
    /// as the Threads API documentation says.
    case threads
    /// UTF-16 code units, what a web composer's `text.length` gives: an emoji outside the
    /// Basic Multilingual Plane is 2, "é" written as e + U+0301 is 2.
    case utf16
    /// UTF-8 bytes (YouTube's description limit is in bytes).
    case utf8Bytes

    /// The unit in words, for docs and messages: "weighted characters", "graphemes", …
    public var unit: String {
        switch self {
        case .xWeighted: return "weighted characters"
        case .graphemes: return "graphemes"
        case .mastodon: return "characters (URLs 23, mentions without their server)"
        case .threads: return "characters (emoji count their UTF-8 bytes)"
        case .utf16: return "UTF-16 code units"
        case .utf8Bytes: return "UTF-8 bytes"
        }
    }
}
