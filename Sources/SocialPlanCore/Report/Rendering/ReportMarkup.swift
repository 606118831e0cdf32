/// Building blocks of the report's markup: elements whose content is markup already, and
/// text, which always passes through ``MarkupText/escape(_:)``. Every element is closed and
/// every empty one self-closed, so the page is XML as well as HTML (polyglot XHTML).
enum ReportMarkup {
    /// `<name a="v">content</name>`; `content` is markup (build it with ``text(_:)``).
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
        "<\(name)\(attributeText(attributes))>\(content)</\(name)>"
    }

    /// `<name a="v"/>`.
    static func empty(_ name: String, _ attributes: [(String, String)] = []) -> String {
        "<\(name)\(attributeText(attributes))/>"
    }

    /// Text as element content.
    static func text(_ string: String) -> String { MarkupText.escape(string) }

    /// A user's words (names, post text) that may run right to left: isolated with `<bdi>`,
    /// so an Arabic name does not reorder the punctuation around it.
    static func words(_ string: String) -> String { element("bdi", [], text(string)) }

    /// `<p>` of escaped text.
    static func paragraph(_ string: String, cssClass: String? = nil) -> String {
        element("p", cssClass.map { [("class", $0)] } ?? [], text(string))
    }

    /// A table with a caption, header cells and rows of markup cells (the first cell of a row
    /// is its header).
    static func table(caption: String, header: [String], rows: [[String]], cssClass: String = "figures") -> String {
        let head = element("thead", [], element("tr", [], header.map { element("th", [("scope", "col")], text($0)) }.joined()))
        let body = rows.map { row in
            element("tr", [], row.enumerated().map { i, cell in
                i == 0 ? element("th", [("scope", "row")], cell) : element("td", [], cell)
            }.joined())
        }.joined()
        return element("div", [("class", "table-wrap")],
                       element("table", [("class", cssClass)], element("caption", [], text(caption)) + head + element("tbody", [], body)))
    }

    /// A chart in a `<figure>` whose caption is the chart's title, so it can be read without
    /// a screen reader too.
    static func figure(_ canvas: SVGCanvas, id: String) -> String {
        element("figure", [], element("figcaption", [], text(canvas.title)) + canvas.render(id: id))
    }

    /// A section with an id, a heading and content.
    static func section(id: String, heading: String, _ content: String) -> String {
        element("section", [("id", id), ("aria-labelledby", id + "-heading")],
                element("h2", [("id", id + "-heading")], text(heading)) + content)
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(MarkupText.escape($0.1))\"" }.joined()
    }
}
