/// Control characters from a file shown as text a person can see, never sent raw to a terminal, where they could
/// recolour, retitle or rewrite the screen, or reorder it (a right-to-left override).
public enum Escaping {
    /// `text` with every control character and direction override written out: `\n`, `\r`, `\t`, or `\u{1B}`. With
    /// `keepingLines`, line feeds and tabs stay, for messages and reports of several lines.
    public static func terminal(_ text: String, keepingLines: Bool = false) -> String {
        shown(text, keeping: keepingLines ? ["\n", "\t"] : []) { isControl($0) || isDirectionOverride($0) }
    }

    /// `text` with each scalar that `hides` picks, except those in `keeping`, written out as visible text.
    public static func shown(
        _ text: String, keeping: Set<Unicode.Scalar>, hiding hides: (Unicode.Scalar) -> Bool = isControl
    ) -> String {
        guard text.unicodeScalars.contains(where: { hides($0) && !keeping.contains($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if hides(scalar), !keeping.contains(scalar) {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
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

    /// The bidirectional embeddings, overrides and isolates, which make a terminal show text in another order.
    public static func isDirectionOverride(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
