/// Text between double quotes as JSON and YAML both write it: `\"`, `\\`, `\n`, `\r`, `\t`, and `\uXXXX` for any other
/// character the writer hides. One loop for both, so a name reads back the same from a review and an expected.yaml.
public enum QuotedText {
    /// Appends `text`'s escaped contents, without the quotes, writing each scalar `hides` picks as `\uXXXX`.
    public static func escape(_ text: String, into out: inout String, hiding hides: (Unicode.Scalar) -> Bool = isControlOrBreak) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where hides(c):
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// C0 and C1 controls, DEL, and the line and paragraph separators: what no quoted text carries raw.
    public static func isControlOrBreak(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c == "\u{2028}" || c == "\u{2029}"
    }
}
