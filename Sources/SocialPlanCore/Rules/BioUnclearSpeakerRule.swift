import Foundation

/// A bio that does not say who is speaking for the business.
struct BioUnclearSpeakerRule: StrategyRule {
    static let description = RuleDescription(
        id: "bio-unclear-speaker",
        name: "Bio does not say who speaks",
        severity: .warning,
        rationale: "People trust an account that says whose voice it is: the business's name or handle, that it is the official account, or how the people replying sign (`^KN`, `-Kari`).",
        triggering: [
            """
            accounts:
              ig: { network: instagram, handle: "@fjordkaffe", ↓bio: "Coffee, cake and good vibes from the fjords." }
            """,
            """
            accounts:
              ig: { network: instagram, handle: "@fjordkaffe", bio: "Offisiell konto for Fjordkaffe." }
              x: { network: x, handle: "@kaffebaren", ↓bio: "We reply within an hour on weekdays." }
            """,
        ],
        nonTriggering: [
            """
            accounts:
              x: { network: x, handle: "@kaffebaren", bio: "Offisiell konto for Fjordkaffe AS. Kundeservice kvardagar 08–20." }
            """,
            """
            accounts:
              x: { network: x, handle: "@fjordkaffe", bio: "Coffee from the fjords. Tweets by our care team, signed ^KN or ^OB." }
            """,
            """
            version: 1
            name: Café Lumière
            timezone: Europe/Paris
            accounts:
              ig: { network: instagram, handle: "@cafe_lumiere", bio: "Nouvelles du cafe lumiere, Paris 11e." }
            """,
        ])

    /// Words that mark an account as the business's own, in the languages of our users.
    static let officialWords = ["official", "offisiell", "offisielle", "offiziell", "officiel", "oficial",
                                "ufficiale", "officieel", "officiell", "virallinen"]

    /// Phrases that introduce who writes.
    static let bylinePhrases = ["tweets by", "posts by", "run by", "managed by", "signed", "signert"]

    func check(_ strategy: Strategy) -> [Diagnostic] {
        strategy.accounts.compactMap { account in
            guard let bio = account.bio, !bio.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                  !Self.saysWhoSpeaks(bio, name: strategy.name, handle: account.handle) else { return nil }
            let name = strategy.name.isEmpty ? "Fjordkaffe" : strategy.name
            let whose = strategy.accounts.count == 1 ? "the bio" : "the bio of `\(account.id)`"
            let names = account.handle.map { "names neither \(name) nor \($0)" } ?? "does not name \(name)"
            return finding(
                "\(whose) does not say who speaks for the business: it \(names), is not marked official and shows no signature",
                at: account.positions["bio"],
                help: "name the business or sign the replies, e.g. bio: \"Official account of \(name). Replies signed ^initials.\"")
        }
    }

    /// True when `bio` names the business or its handle, says it is official, or shows a
    /// signature convention. Matching ignores case and accents.
    static func saysWhoSpeaks(_ bio: String, name: String, handle: String?) -> Bool {
        let text = fold(bio)
        let compactText = compact(text)
        for candidate in [name, handle.map { String($0.drop { $0 == "@" }) } ?? ""] {
            let folded = fold(candidate).trimmingCharacters(in: .whitespaces)
            let squeezed = compact(folded)
            if !folded.isEmpty && text.contains(folded) { return true }
            if squeezed.count >= 3 && compactText.contains(squeezed) { return true }
        }
        if officialWords.contains(where: { text.contains($0) }) { return true }
        if bylinePhrases.contains(where: { text.contains($0) }) { return true }
        return hasSignature(bio)
    }

    /// `^KN` (a caret and initials) or `-Kari` (a dash and a capitalised name) in the bio.
    static func hasSignature(_ bio: String) -> Bool {
        let chars = Array(bio)
        for (i, c) in chars.enumerated() where i + 1 < chars.count {
            let atWordStart = i == 0 || chars[i - 1].isWhitespace || chars[i - 1] == "("
            if c == "^", chars[i + 1].isLetter, chars[i + 1].isUppercase { return true }
            if (c == "-" || c == "–"), atWordStart, chars[i + 1].isUppercase,
               i + 2 < chars.count, chars[i + 2].isLowercase { return true }
        }
        return false
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func compact(_ s: String) -> String { String(s.filter { $0.isLetter || $0.isNumber }) }
}
