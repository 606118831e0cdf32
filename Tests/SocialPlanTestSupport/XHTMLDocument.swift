import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A report page read back by an XML parser (Foundation's `XMLParser`; `FoundationXML` on
/// Linux): the test that the page is well-formed — polyglot XHTML, every element closed,
/// every `&` a reference — and a small tree to look for sections, charts and text.
public final class XHTMLDocument {
    /// One element: its name, attributes, children and the text directly inside it.
    public final class Element {
        public let name: String
        public let attributes: [String: String]
        public internal(set) var children: [Element] = []
        /// Text and child text in document order.
        public internal(set) var parts: [Either] = []
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// Text or a child element, in order.
        public enum Either { case text(String), element(Element) }

        /// All text inside, in order.
        public var text: String {
            parts.map { part in
                switch part {
                case .text(let s): return s
                case .element(let e): return e.text
                }
            }.joined()
        }

        /// This element and every element below it, in document order.
        public var all: [Element] { [self] + children.flatMap(\.all) }
    }

    /// The root element (`html`).
    public let root: Element

    /// Parses `text`; throws with the parser's line and message when it is not well-formed.
    public init(_ text: String) throws {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw NSError(domain: "XHTMLDocument", code: 1, userInfo: [NSLocalizedDescriptionKey:
                "not well-formed at line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "no root")"])
        }
        self.root = root
    }

    /// Elements named `name` (local name, any namespace prefix dropped).
    public func elements(_ name: String) -> [Element] { root.all.filter { $0.name == name } }

    /// The element with `id`.
    public func element(id: String) -> Element? { root.all.first { $0.attributes["id"] == id } }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = Element(name: name.split(separator: ":").last.map(String.init) ?? name, attributes: attributes)
            if let parent = stack.last {
                parent.children.append(element)
                parent.parts.append(.element(element))
            } else {
                root = element
            }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.parts.append(.text(string))
        }
    }
}
