import TiesCore

/// Diagnostics printed like a compiler's: `file:line:column: error: message`, the source line, a caret.
public enum DiagnosticRenderer {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public static func render(_ d: Diagnostic) -> String {
        var out = d.description + "\n"
        if let raw = d.sourceLine {
            // A control character in a broken file must not reach the terminal as itself.
            let line = String(raw.unicodeScalars.map { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F ? "\u{FFFD}" : Character($0) })
            out += line + "\n"
            // Keep tabs as tabs so the caret lines up under the same character.
            let prefix = line.prefix(max(d.location.column - 1, 0)).map { $0 == "\t" ? "\t" : " " }.joined()
            out += prefix + "^\n"
        }
        return out
    }
}
