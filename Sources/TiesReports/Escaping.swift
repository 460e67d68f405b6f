/// Control characters from a file shown as text a person can see, never sent raw to a terminal, where they could
/// recolour, retitle or rewrite the screen.
public enum Escaping {
    /// `text` with every control character (C0, DEL, C1) written out: `\n`, `\r`, `\t`, or `\u{1B}`. With
    /// `keepingLines`, line feeds and tabs stay, for messages and reports of several lines.
    public static func terminal(_ text: String, keepingLines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingLines && ($0 == "\n" || $0 == "\t")) }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) || (keepingLines && (scalar == "\n" || scalar == "\t")) {
                out.append(scalar)
                continue
            }
            out.append(contentsOf: visible(scalar).unicodeScalars)
        }
        return String(out)
    }

    /// A control character as visible text.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// C0 controls, DEL and the C1 controls (U+0080–U+009F, among them the one-character CSI).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
