// The facts table. Every number here is in docs/networks.md with its source and the day it
// was checked; a source with `isOfficial: false` means the network's own pages were not read
// for that fact and the value is unverified (the doc says so).

extension NetworkRules {
    /// Every network's row.
    static let table: [Network: NetworkRules] = Dictionary(
        uniqueKeysWithValues: [x, bluesky, mastodon, threads, instagram, facebook, linkedin, tiktok, youtube].map { ($0.network, $0) })

    static let twitterText = "https://github.com/twitter/twitter-text/blob/30e2430d90cff3b46393ea54caf511441983c260/config/v3.json"

    static let x = NetworkRules(
        network: .x, textLimit: 280, counting: .xWeighted, hashtagLimit: nil,
        hashtagAdvice: HashtagAdvice(recommendedMost: 2, sentence: "X recommends no more than 2 hashtags per post"),
        imagesPerPost: 4, altTextLimit: 1000, videoOnly: false,
        kindWords: [.post: "post", .thread: "thread", .repost: "repost", .video: "video"],
        alternatives: [.carousel: .post],
        sources: [
            NetworkSource(twitterText, supports: "280 weighted characters, weights by code point range, URLs 23, emoji 2"),
            NetworkSource("https://github.com/twitter/twitter-text/blob/30e2430d90cff3b46393ea54caf511441983c260/conformance/validate.yml",
                          supports: "weighted-length conformance cases (WeightedTweetsWithDiscountedEmojiCounterTest)"),
            NetworkSource("https://help.x.com/en/using-x/how-to-use-hashtags",
                          supports: "no more than 2 hashtags per post (read as quoted by third parties)", isOfficial: false),
            NetworkSource("https://help.x.com/en/using-x/write-image-descriptions",
                          supports: "image descriptions up to 1,000 characters; 4 images per post (read as quoted by third parties)", isOfficial: false),
        ])

    static let bluesky = NetworkRules(
        network: .bluesky, textLimit: 300, counting: .graphemes, byteLimit: 3000, hashtagLimit: nil,
        hashtagAdvice: HashtagAdvice(sentence: "Bluesky gives no advice on how many hashtags to use"),
        imagesPerPost: 4, altTextLimit: nil, videoOnly: false,
        kindWords: [.post: "post", .thread: "thread", .repost: "repost", .video: "video"],
        alternatives: [.carousel: .post],
        sources: [
            NetworkSource("https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json",
                          supports: "post text maxGraphemes 300, maxLength 3000 (UTF-8 bytes)"),
            NetworkSource("https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/embed/images.json",
                          supports: "4 images per post; alt text has no length limit in the lexicon"),
            NetworkSource("https://github.com/bluesky-social/atproto/blob/main/packages/syntax/src/handle.ts",
                          supports: "handle syntax: DNS name, 2+ labels of 1–63, TLD starts with a letter, 253 in all"),
        ])

    static let mastodon = NetworkRules(
        network: .mastodon, textLimit: 500, counting: .mastodon, hashtagLimit: nil,
        hashtagAdvice: HashtagAdvice(camelCase: true,
                                     sentence: "write Mastodon hashtags in CamelCase (#SocialPlan) so screen readers read each word"),
        imagesPerPost: 4, altTextLimit: 1500, videoOnly: false,
        kindWords: [.post: "post", .thread: "thread", .repost: "boost", .video: "video"],
        alternatives: [.carousel: .post],
        sources: [
            NetworkSource("https://github.com/mastodon/mastodon/blob/main/app/validators/status_length_validator.rb",
                          supports: "500 characters by default (servers may change it), graphemes, URLs 23, mentions without their domain, content warning counted"),
            NetworkSource("https://github.com/mastodon/mastodon/blob/main/app/models/media_attachment.rb",
                          supports: "image description up to 1,500 characters"),
            NetworkSource("https://github.com/mastodon/mastodon/blob/main/app/models/account.rb",
                          supports: "username letters, digits, underscores (dots and dashes inside), mention form"),
            NetworkSource("https://github.com/mastodon/mastodon/blob/main/app/models/status.rb",
                          supports: "MEDIA_ATTACHMENTS_LIMIT = 4 attachments per post"),
            NetworkSource("https://docs.joinmastodon.org/user/posting/",
                          supports: "CamelCase hashtags for screen readers (not read here)", isOfficial: false),
        ])

    static let threads = NetworkRules(
        network: .threads, textLimit: 500, counting: .threads, hashtagLimit: 1,
        hashtagAdvice: HashtagAdvice(recommendedMost: 1, sentence: "Threads allows one topic tag per post"),
        imagesPerPost: 20, altTextLimit: nil, videoOnly: false,
        kindWords: [.post: "post", .thread: "thread", .repost: "repost", .carousel: "carousel", .video: "video"],
        alternatives: [:],
        sources: [
            NetworkSource("https://developers.facebook.com/documentation/threads/posts",
                          supports: "text posts limited to 500 characters, emoji counted as their UTF-8 bytes, carousel posts, topic tags"),
            NetworkSource("https://www.ayrshare.com/apis/post/social-networks/threads",
                          supports: "one hashtag per post, carousels of up to 20 items", isOfficial: false),
        ])

    static let instagram = NetworkRules(
        network: .instagram, textLimit: 2200, counting: .utf16, hashtagLimit: 5,
        hashtagAdvice: HashtagAdvice(recommendedMost: 5,
                                     sentence: "Instagram allows up to 5 hashtags and advises a few targeted ones over many generic ones"),
        imagesPerPost: 10, altTextLimit: nil, videoOnly: false,
        kindWords: [.post: "post", .repost: "repost", .carousel: "carousel", .video: "reel"],
        alternatives: [.thread: .carousel],
        sources: [
            NetworkSource("https://developers.facebook.com/docs/instagram-platform/content-publishing/",
                          supports: "posts, carousels and reels (feed videos are published as reels); alt_text for images with no documented limit"),
            NetworkSource("https://www.socialmediatoday.com/news/instagrams-implementing-new-limits-on-hashtag-use/808309/",
                          supports: "at most 5 hashtags per post or reel since December 2025 (quotes Instagram's @creators)", isOfficial: false),
            NetworkSource("https://www.ayrshare.com/apis/post/social-networks/instagram",
                          supports: "2,200 characters, carousels of up to 10 items through the API", isOfficial: false),
        ])

    static let facebook = NetworkRules(
        network: .facebook, textLimit: 63_206, counting: .utf16, hashtagLimit: nil,
        hashtagAdvice: HashtagAdvice(sentence: "Facebook gives no advice on how many hashtags to use"),
        imagesPerPost: 10, altTextLimit: nil, videoOnly: false,
        kindWords: [.post: "post", .repost: "share", .video: "reel"],
        alternatives: [.thread: .post, .carousel: .post],
        sources: [
            NetworkSource("https://ferryman.io/character-limits/facebook",
                          supports: "63,206 characters per post (not documented by Meta)", isOfficial: false),
            NetworkSource("https://www.facebook.com/help/",
                          supports: "images per post: no documented number found; 10 is an assumption", isOfficial: false),
        ])

    static let linkedin = NetworkRules(
        network: .linkedin, textLimit: 3000, counting: .utf16, hashtagLimit: nil,
        hashtagAdvice: HashtagAdvice(recommendedMost: 5, sentence: "use 3 to 5 relevant hashtags on LinkedIn"),
        imagesPerPost: 20, altTextLimit: nil, videoOnly: false,
        kindWords: [.post: "post", .repost: "repost", .carousel: "document", .video: "video"],
        alternatives: [.thread: .post],
        sources: [
            NetworkSource("https://www.ayrshare.com/docs/apis/post/social-networks/linkedin.md",
                          supports: "3,000 characters per post; documents as swipeable posts", isOfficial: false),
            NetworkSource("https://learn.microsoft.com/en-us/linkedin/marketing/community-management/shares/multiimage-post-api",
                          supports: "multi-image posts of 2 to 20 images (not read here)", isOfficial: false),
        ])

    static let tiktok = NetworkRules(
        network: .tiktok, textLimit: 2200, counting: .utf16, hashtagLimit: nil,
        hashtagAdvice: HashtagAdvice(sentence: "TikTok gives no advice on how many hashtags to use"),
        imagesPerPost: 35, altTextLimit: nil, videoOnly: false,
        kindWords: [.repost: "repost", .carousel: "photo post", .video: "video"],
        alternatives: [.post: .video, .thread: .carousel],
        sources: [
            NetworkSource("https://developers.tiktok.com/doc/content-posting-api-reference-direct-post",
                          supports: "video caption (title) up to 2,200 UTF-16 code units (not read in full here)", isOfficial: false),
            NetworkSource("https://developers.tiktok.com/doc/content-posting-api-reference-photo-post",
                          supports: "photo posts (media_type PHOTO), up to 35 images"),
        ])

    static let youtube = NetworkRules(
        network: .youtube, textLimit: 5000, counting: .utf8Bytes, hashtagLimit: 60,
        hashtagAdvice: HashtagAdvice(recommendedMost: 3,
                                     sentence: "YouTube shows the first 3 hashtags above the title and ignores them all past 60"),
        imagesPerPost: 0, altTextLimit: nil, videoOnly: true,
        kindWords: [.video: "video"],
        alternatives: [.post: .video, .thread: .video, .carousel: .video],
        sources: [
            NetworkSource("https://developers.google.com/youtube/v3/docs/videos",
                          supports: "snippet.description up to 5,000 bytes (limit not shown in the excerpt read here)", isOfficial: false),
            NetworkSource("https://support.google.com/youtube/answer/6390658",
                          supports: "first 3 hashtags shown above the title; more than 60 hashtags are all ignored (not read here)", isOfficial: false),
            NetworkSource("https://support.google.com/youtube/answer/11585688",
                          supports: "handles of 3–30 letters, digits, underscores, hyphens, periods (read as quoted by third parties)", isOfficial: false),
        ])
}
