/// Character replacement without Foundation, shared by the GitHub, CSV and Markdown renderers.
extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    /// Works on Unicode scalars, so a CR inside a CRLF pair is replaced too.
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        var out = String.UnicodeScalarView()
        for c in unicodeScalars {
            if c == target { out.append(contentsOf: replacement.unicodeScalars) } else { out.append(c) }
        }
        return String(out)
    }
}
