import TiesCore

/// Diagnostics printed like a compiler's: `file:line:column: error: message`, the source line, a caret.
public enum DiagnosticRenderer {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    /// A source line longer than this (a spreadsheet row, a minified document) is shown as an excerpt of `window`.
    static let longest = 160
    static let window = 100

    public static func render(_ d: Diagnostic) -> String {
        // A file's text quoted in a message is shown, never obeyed: control characters become �, and it is cut.
        var description = String(
            d.description.unicodeScalars.map { s -> Character in
                let v = s.value
                return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                    ? "\u{FFFD}" : Character(s)
            })
        if description.count > 600 { description = String(description.prefix(600)) + "…" }
        var out = description + "\n"
        if let raw = d.sourceLine, !raw.isEmpty {
            // A control character in a broken file must not reach the terminal as itself.
            var line = String(
                raw.unicodeScalars.map { s -> Character in
                    let v = s.value
                    let hidden =
                        (v < 0x20 && s != "\t") || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v)
                    return hidden ? "\u{FFFD}" : Character(s)
                })
            var column = max(d.location.column - 1, 0)
            // A long line (a spreadsheet row) is shown as the stretch around the caret, not echoed whole.
            if line.count > longest {
                var start = max(0, min(column - window / 2, line.count - window))
                if start < 10 { start = 0 }
                let cut = line.dropFirst(start).prefix(window)
                line = (start > 0 ? "…" : "") + cut + (start + window < line.count ? "…" : "")
                column = column - start + (start > 0 ? 1 : 0)
            }
            out += line + "\n"
            // Keep tabs as tabs so the caret lines up under the same character.
            let prefix = line.prefix(column).map { $0 == "\t" ? "\t" : " " }.joined()
            out += prefix + "^\n"
        }
        return out
    }
}
