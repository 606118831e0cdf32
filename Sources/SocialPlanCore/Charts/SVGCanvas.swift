/// A small SVG writer for the report's charts: shapes and text on a fixed coordinate system
/// (the `viewBox`), scaled to the width of the page by CSS. Every chart carries a `<title>`
/// and a `<desc>` (its text alternative, read by screen readers), every text goes through
/// ``MarkupText/escape(_:)``, and colours are CSS classes so the page's light and dark
/// schemes (and print) choose them.
///
/// Coordinates are written with at most two decimals, so the same chart is the same bytes.
public struct SVGCanvas: Sendable {
    /// Width and height of the coordinate system.
    public var width: Double, height: Double
    /// The chart's name, its accessible name.
    public var title: String
    /// What the chart shows, in words: its text alternative.
    public var desc: String
    /// The `<svg>` element's classes: `chart`, and the kind of chart for the style sheet.
    public var cssClass = "chart"
    /// The shapes drawn so far, in order.
    private(set) var body = ""

    /// An empty canvas.
    public init(width: Double, height: Double, title: String, desc: String) {
        self.width = width
        self.height = height
        self.title = title
        self.desc = desc
    }

    /// `12`, `12.5`, `12.25`: a coordinate with at most two decimals.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, part = abs(hundredths) % 100
        if part == 0 { return sign + "\(whole)" }
        return sign + "\(whole)." + (part % 10 == 0 ? "\(part / 10)" : (part < 10 ? "0\(part)" : "\(part)"))
    }

    /// A rectangle with a CSS class and, optionally, a tooltip-free label of its own (a
    /// `<title>` child, for assistive technology; nothing on the page depends on hovering).
    public mutating func rect(x: Double, y: Double, width: Double, height: Double, cssClass: String, label: String? = nil) {
        let n = Self.number
        let open = "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" class=\"\(MarkupText.escape(cssClass))\""
        if let label {
            body += open + "><title>\(MarkupText.escape(label))</title></rect>"
        } else {
            body += open + "/>"
        }
    }

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, cssClass: String) {
        let n = Self.number
        body += "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" class=\"\(MarkupText.escape(cssClass))\"/>"
    }

    /// A circle.
    public mutating func circle(cx: Double, cy: Double, r: Double, cssClass: String) {
        let n = Self.number
        body += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r))\" class=\"\(MarkupText.escape(cssClass))\"/>"
    }

    /// Where a text's point is: its start, middle or end.
    public enum Anchor: String, Sendable { case start, middle, end }

    /// A line of text at (`x`, `y`) (the baseline), escaped; cut to `maxCharacters` with `…`
    /// when longer (the whole text stays in the chart's description and tables).
    public mutating func text(_ string: String, x: Double, y: Double, anchor: Anchor = .start, cssClass: String = "label",
                              maxCharacters: Int = 40) {
        let n = Self.number
        let shown = string.count > maxCharacters ? String(string.prefix(max(1, maxCharacters - 1))) + "…" : string
        body += "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor.rawValue)\" class=\"\(MarkupText.escape(cssClass))\">"
            + MarkupText.escape(shown) + "</text>"
    }

    /// The `<svg>` element at its natural size (`width`/`height`; the page's CSS shrinks it to
    /// a narrow screen, keeping the aspect ratio): `role="img"`, labelled by its title and described by its desc
    /// (ids from `id`, which must be unique on the page).
    public func render(id: String) -> String {
        let n = Self.number
        let safe = MarkupText.escape(id)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" class=\"\(MarkupText.escape(cssClass))\" role=\"img\" "
            + "id=\"\(safe)\" aria-labelledby=\"\(safe)-title \(safe)-desc\" preserveAspectRatio=\"xMinYMin meet\">"
            + "<title id=\"\(safe)-title\">\(MarkupText.escape(title))</title>"
            + "<desc id=\"\(safe)-desc\">\(MarkupText.escape(desc))</desc>"
            + body + "</svg>"
    }
}
