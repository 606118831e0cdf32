/// Whether a `Character` is an emoji as twitter-text's emoji parsing sees it: one emoji,
/// however many code points (a ZWJ family, a flag, a skin tone, a keycap), counts once.
enum EmojiCharacter {
    /// True for a grapheme cluster that shows as an emoji: its first scalar is an emoji with
    /// emoji presentation by default (😀, 🇳 of a flag), or it carries an emoji variation selector
    /// (U+FE0F), a keycap (U+20E3), a skin-tone modifier, a zero-width joiner between emoji, or
    /// tag characters (the England flag). Bare text-presentation symbols (©, ™, a digit) are not.
    static func isEmoji(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard let first = scalars.first, first.properties.isEmoji else { return false }
        if first.properties.isEmojiPresentation { return true }
        for s in scalars.dropFirst() {
            switch s.value {
            case 0xFE0F, 0x20E3, 0x200D, 0xE0020...0xE007F: return true
            default: if s.properties.isEmojiModifier { return true }
            }
        }
        return false
    }
}
