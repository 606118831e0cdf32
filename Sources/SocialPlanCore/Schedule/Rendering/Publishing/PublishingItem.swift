/// One post as a publishing tool receives it: a calendar slot filled with a post, for one account.
///
/// The exports in this folder (``PublishingExport``) read nothing else: the schedule and the
/// content library are joined before, so each tool's layout is tested on plain values.
public struct PublishingItem: Sendable, Hashable {
    /// The strategy's account id, e.g. `fjordkaffe-ig`.
    public var accountID: String
    /// The network, as the strategy names it: `x`, `bluesky`, `mastodon`, `threads`,
    /// `instagram`, `facebook`, `linkedin`, `tiktok`, `youtube`.
    public var network: String
    /// The account's handle, e.g. `@fjordkaffe`.
    public var handle: String
    /// When the post goes out: a UTC instant, seconds since 1970.
    public var start: Int
    /// The IANA zone the tool should show the time in (the account's zone).
    public var zone: String
    /// The content stream the slot belongs to.
    public var stream: String
    /// The content library's id of the post.
    public var postID: String
    /// The text as published, hashtags included; more than one element is a thread's parts.
    public var text: [String]
    /// A link to share with the post, if any.
    public var link: String?
    /// Images and videos, in order.
    public var media: [PublishingMedia]

    /// An item from all its parts.
    public init(accountID: String, network: String, handle: String, start: Int, zone: String, stream: String,
                postID: String, text: [String], link: String? = nil, media: [PublishingMedia] = []) {
        self.accountID = accountID
        self.network = network
        self.handle = handle
        self.start = start
        self.zone = zone
        self.stream = stream
        self.postID = postID
        self.text = text
        self.link = link
        self.media = media
    }
}

/// One image or video of a post, by its public URL.
public struct PublishingMedia: Sendable, Hashable {
    /// Where the tool fetches the file from.
    public var url: String
    /// The description screen readers read, if any.
    public var alt: String?
    /// True for a video, false for an image.
    public var isVideo: Bool

    /// A medium from its parts.
    public init(url: String, alt: String? = nil, isVideo: Bool = false) {
        self.url = url
        self.alt = alt
        self.isVideo = isVideo
    }
}
