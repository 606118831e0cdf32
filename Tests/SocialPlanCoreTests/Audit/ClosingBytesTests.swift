import XCTest
@testable import SocialPlanCore

/// `ClosingPhrases.isClosing(bytes:)` turns most texts down at their first word, read from
/// ASCII bytes: it must agree with the `String` check on every text.
final class ClosingBytesTests: XCTestCase {
    func testTheByteCheckAgreesWithTheStringCheck() {
        let closing = ClosingPhrases(extra: ["all sorted"])
        var texts = ["thanks", "Thanks!", "thank you so much", "ok thank you 👍", "👍", "🙏🙏", "", "   ", "...", "@AcmeHelp thanks",
                     "(thanks)", "thanks, but it still fails", "http://x.y thanks", "www.x.no takk", "https://x thanks!",
                     "(@AcmeHelp thanks", "ok", "OK.", "all sorted", "all sorted now", "Danke SCHÖN!", "takk skal du ha",
                     "ça marche merci", "merci", "thanks\u{301}", "thank\u{0300}s", "🙂 thanks", "thanks 🙂", "refund please",
                     "@a @b", "@a @b 👍", "\tthanks\n", "thanks" + String(repeating: " ", count: 300), "ok,thanks", "ok-thanks",
                     "great thanks", "gracias", "done", "solved", "thx", "ty", "@foo\u{A0}thanks", "thanks\u{A0}👍", "thanks—ok",
                     "thanks🙏", "🙏thanks", "@ünï thanks", "https://x.y/ünï\u{2003}thanks", "thanks ¡", "ok ½", "thanks ٣",
                     "\u{FEFF}thanks", "thanks \u{200D}", "thank\u{0301}s"]
        // Every built-in phrase, alone, with punctuation, with a word after and in capitals.
        for phrase in ClosingPhrases.defaults.flatMap(\.phrases) {
            texts += [phrase, phrase + "!", phrase + " really", phrase.uppercased(), "x " + phrase]
        }
        // Random mixes of the pieces that decide: words, phrases, handles, links, emoji, marks.
        let pieces = ["thanks", "ok", "great", "@acme", "https://t.co/x", "www.a.b", "👍", "é", "\u{301}", ",", "!", " ", "  ", "no",
                      "takk", "danke", "merci", "1", "2x", "(", "'", "’", "\n", "ünï", "ok👍", "\u{A0}", "\u{2003}", "🙏", "—", "½",
                      "\u{200D}", "@é"]
        var state: UInt64 = 42
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for k in 0..<Int(state >> 61) + 1 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))] + (k % 2 == 0 ? " " : "")
            }
            texts.append(text)
        }
        var closes = 0
        for text in texts {
            var copy = text
            let fromBytes = copy.withUTF8 { closing.isClosing(bytes: $0) }
            XCTAssertEqual(fromBytes, closing.isClosing(text), text.debugDescription)
            if fromBytes { closes += 1 }
        }
        XCTAssertGreaterThan(closes, 50, "the texts include many that close")
    }
}
