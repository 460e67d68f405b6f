import TiesCore

/// Writes a document as Markdown; every value is escaped so a name cannot become markup.
public enum MarkdownWriter {
    public static func write(_ document: Document) -> String {
        var out = "# \(escape(document.title))\n"
        for block in document.blocks {
            out += "\n"
            switch block {
            case .heading(let level, let text):
                out += String(repeating: "#", count: min(level + 1, 6)) + " " + escape(text) + "\n"
            case .paragraph(let spans):
                out += spans.map(span).joined() + "\n"
            case .list(let ordered, let items):
                for (i, item) in items.enumerated() {
                    out += (ordered ? "\(i + 1). " : "- ") + item.map(span).joined() + "\n"
                }
            case .table(let header, let rows):
                out += "| " + header.map(escape).joined(separator: " | ") + " |\n"
                out += "|" + header.map { _ in " --- |" }.joined() + "\n"
                for row in rows { out += "| " + row.map(escape).joined(separator: " | ") + " |\n" }
            case .overview(let header, let rows, let detailHeader, let details, let legend):
                out += "| " + (header + [detailHeader]).map(escape).joined(separator: " | ") + " |\n"
                out += "|" + (header + [detailHeader]).map { _ in " --- |" }.joined() + "\n"
                for (row, detail) in zip(rows, details) { out += "| " + (row + [detail]).map(escape).joined(separator: " | ") + " |\n" }
                if !legend.isEmpty { out += "\n" + legend.map { "<sub>" + escape($0) + "</sub>" }.joined(separator: "  \n") + "\n" }
            case .quote(let text, let source):
                out += "> «" + escape(text) + "»  \n> — " + escape(source) + "\n"
            case .note(let text):
                out += "<sub>" + escape(text) + "</sub>\n"
            }
        }
        return out
    }

    static func span(_ s: Span) -> String {
        switch s {
        case .text(let t): escape(t)
        case .strong(let t): marked(t, "**")
        case .emphasis(let t): marked(t, "*")
        }
    }

    /// Emphasis markers hug the text: Markdown ignores `** bold **`, so spaces go outside them.
    static func marked(_ text: String, _ marker: String) -> String {
        let leading = String(text.prefix { $0 == " " })
        let trailing = String(text.reversed().prefix { $0 == " " })
        let core = text.trimmingSpaces
        return core.isEmpty ? text : leading + marker + escape(core) + marker + trailing
    }

    /// Backslash-escapes Markdown's punctuation, scalar by scalar (a `|` with a combining accent after it still ends a
    /// cell), turns line breaks into spaces and shows any other control character as text.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "{", "}":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t": out += " "
            case let c where Escaping.isControl(c): out += Escaping.visible(c)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
