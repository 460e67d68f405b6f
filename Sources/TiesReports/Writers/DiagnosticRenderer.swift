import TiesCore

/// Diagnostics printed like a compiler's: `file:line:column: error: message`, the source line, a caret.
public enum DiagnosticRenderer {
    public static func render(_ diagnostics: [Diagnostic], _ book: Phrasebook = Phrasebook(.nb)) -> String {
        diagnostics.map { render($0, book) }.joined()
    }

    /// A source line longer than this (a spreadsheet row, a minified document) is shown as an excerpt of `window`.
    static let longest = 160
    static let window = 100

    /// What a message never shows as itself: control characters and direction overrides (`Escaping`'s), as �.
    static func hidden(_ s: Unicode.Scalar) -> Bool { Escaping.isControl(s) || Escaping.isDirectionOverride(s) }

    public static func render(_ d: Diagnostic, _ book: Phrasebook = Phrasebook(.nb)) -> String {
        // A file's text quoted in a message is shown, never obeyed: control characters become �, and it is cut.
        var description = String(d.line(book).unicodeScalars.map { hidden($0) ? "\u{FFFD}" : Character($0) })
        if description.count > 600 { description = String(description.prefix(600)) + "…" }
        var out = description + "\n"
        if let raw = d.sourceLine, !raw.isEmpty {
            // A control character in a broken file must not reach the terminal as itself.
            var line = String(raw.unicodeScalars.map { $0 != "\t" && hidden($0) ? "\u{FFFD}" : Character($0) })
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
        if let hint = d.hint { out += book.message(.hint) + ": " + book.message(hint) + "\n" }
        return out
    }
}
