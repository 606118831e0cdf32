@testable import SocialPlanCore

/// A small fixed set of publishing items that exercises every export: two accounts at one
/// instant, a thread, an image with alt text, a link, non-ASCII text, a comma, quote and
/// newline in a text, the repeated 02:30 of Oslo's autumn change, a thread on a network
/// without threads, a medium Postiz refuses and a network Postiz cannot take.
enum PublishingFixture {
    /// 2026-12-07 08:00 UTC: Monday 09:00 in Oslo.
    static let monday = 1_796_630_400
    /// 2026-10-25 00:30 UTC: the first 02:30 in Oslo (CEST, +02:00) on the night clocks go back.
    static let firstHalfPastTwo = 1_792_888_200

    static let items: [PublishingItem] = [
        PublishingItem(accountID: "fjordkaffe-x", network: "x", handle: "@fjordkaffe", start: monday, zone: "Europe/Oslo",
                       stream: "launch", postID: "fjordblend-thread",
                       text: ["Nytt år, ny kaffe ☕ «Fjordblend» er her! 🧵", "Bønner fra Huila, brent i Ålesund.", "Smak den i alle våre kaféer fra i dag. #fjordkaffe"],
                       link: "https://fjordkaffe.no/fjordblend"),
        PublishingItem(accountID: "fjordkaffe-ig", network: "instagram", handle: "@fjordkaffe", start: monday, zone: "Europe/Oslo",
                       stream: "latte-art", postID: "latte-art-2",
                       text: ["Morning \"latte art\", round two,\nshare yours & tag us <3 #fjordkaffe"],
                       media: [PublishingMedia(url: "https://cdn.fjordkaffe.no/latte-2.jpg", alt: "A swan drawn in milk foam on a flat white")]),
        PublishingItem(accountID: "fjordkaffe-ig", network: "instagram", handle: "@fjordkaffe", start: firstHalfPastTwo, zone: "Europe/Oslo",
                       stream: "night-owls", postID: "extra-hour",
                       text: ["Klokka stilles tilbake i natt: en time ekstra kaffe.", "Hvem er fortsatt våken?"],
                       media: [PublishingMedia(url: "https://cdn.fjordkaffe.no/night.HEIC", alt: nil)]),
        PublishingItem(accountID: "fjordkaffe-tt", network: "tiktok", handle: "@fjordkaffe", start: monday + 3_600, zone: "Europe/Oslo",
                       stream: "behind-the-bar", postID: "roast-video", text: ["Slik brenner vi Fjordblend"],
                       media: [PublishingMedia(url: "https://cdn.fjordkaffe.no/roast.mp4", isVideo: true)]),
    ]
}
