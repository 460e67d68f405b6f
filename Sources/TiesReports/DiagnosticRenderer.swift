import TiesCore

/// Diagnostics printed like a compiler's: `file:line:column: error: message`, the source line, a caret.
public enum DiagnosticRenderer {
    public static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public static func render(_ d: Diagnostic) -> String {
        var out = d.description + "\n"
        if let line = d.sourceLine {
            out += line + "\n"
            // Keep tabs as tabs so the caret lines up under the same character.
            let prefix = line.prefix(max(d.location.column - 1, 0)).map { $0 == "\t" ? "\t" : " " }.joined()
            out += prefix + "^\n"
        }
        return out
    }
}
