/// `schedule --format …` for publishing tools: the week's posts in a layout a tool loads
/// (docs/calendar-export.md, "Publishing tools").
///
/// Only layouts verified from the tool's own documentation are here. Buffer's bulk-upload CSV
/// and Hootsuite's Bulk Composer CSV are left out until their help-centre pages can be read
/// and cited (the docs say why); add a case only with its source.
public enum PublishingExport: String, CaseIterable, Sendable {
    /// Postiz: the bodies of its public API's create-post request (`POST /public/v1/posts`).
    case postizJSON = "postiz-json"

    /// Writes `items` in this tool's layout, with a note for everything the layout cannot say.
    public func render(_ items: [PublishingItem]) -> PublishingExportResult {
        switch self {
        case .postizJSON: return PostizExport.render(items)
        }
    }
}

/// What an export writes: the file's text and what could not be expressed in it.
public struct PublishingExportResult: Sendable, Hashable {
    /// The file, exactly as the tool reads it.
    public var text: String
    /// One line for each thing the layout could not carry (an item left out and why, a link
    /// moved into the text, media given as a URL only); nothing is dropped silently.
    public var notes: [String]

    /// A result from its parts.
    public init(text: String, notes: [String]) {
        self.text = text
        self.notes = notes
    }
}
