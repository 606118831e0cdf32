/// Text from a file made safe inside Markdown that GitHub renders (a pull-request comment, a
/// wiki page): a name or a value can neither start markup (emphasis, links, headings, math),
/// nor inject HTML (`<script>`), nor break a pipe table or the line it is on, nor mention a
/// GitHub user.
public enum MarkdownText {
    /// Characters GitHub-flavoured Markdown gives a meaning, written with a backslash (every
    /// ASCII punctuation character may be escaped that way, and the escape is not shown).
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!", "$", "&"]

    /// `text` as plain words on one line: control characters written visibly as in terminal
    /// text (`\u{1B}`, a line feed as `\n`), and each special character escaped with a
    /// backslash, so `a|b` stays in its table cell and `<script>` is shown, not run.
    ///
    /// Complexity: O(n) in the number of characters.
    public static func inline(_ text: String) -> String {
        var out = ""
        var afterAt = false
        for character in TerminalText.inline(text) {
            // `@name` would notify the GitHub user `name` (a handle such as `@fjordkaffe` is
            // someone's login more often than not): a word joiner after the `@` keeps it from
            // being read as a mention and is not shown.
            if afterAt && (character.isLetter || character.isNumber) { out.append("\u{2060}") }
            if special.contains(character) { out.append("\\") }
            out.append(character)
            afterAt = character == "@"
        }
        return out
    }

    /// `text` as a code span on one line (for ids and values, which read best as written): the
    /// fence is one backtick longer than the longest run of backticks inside, control
    /// characters are written visibly, and `inTable` a pipe is escaped (GitHub splits table cells
    /// on it even inside code, and removes the backslash there; elsewhere it would show). Inside
    /// code, HTML and emphasis are shown as text.
    ///
    /// Complexity: O(n) in the number of characters.
    public static func code(_ text: String, inTable: Bool = false) -> String {
        let plain = TerminalText.inline(text)
        let safe = inTable ? plain.replacingAll("|", "\\|") : plain
        var longest = 0, run = 0
        for character in safe {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = safe.hasPrefix("`") || safe.hasSuffix("`") || safe.isEmpty ? " " : ""
        return fence + pad + safe + pad + fence
    }
}
