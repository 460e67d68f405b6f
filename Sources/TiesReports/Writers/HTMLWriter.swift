import TiesCore

/// Writes a document as one self-contained HTML file: no external assets, printable, every value escaped.
public enum HTMLWriter {
    /// Words break only between words (a hash or a path may break anywhere); the overview gets landscape pages of its
    /// own; table headings repeat on every printed page; every page is numbered «Side 1 av N».
    static func style(_ document: Document) -> String {
        // «Side {page} av {pages}» as CSS content: the document's words quoted, the counters between them.
        func css(_ s: String) -> String { "\"" + s.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\"" }
        let page = css(document.pageWords.before) + " counter(page) " + css(document.pageWords.between) + " counter(pages)"
        return """
            body{font-family:"Segoe UI",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
            h1{font-size:1.6rem;border-bottom:2px solid #1b1b1b;padding-bottom:.3rem}h2{font-size:1.25rem;margin-top:2rem}
            h3{font-size:1.05rem;margin-top:1.4rem}table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.6rem 0}
            th,td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:manual}
            th{background:#eee}thead{display:table-header-group}
            .overview{max-width:none}.overview table{font-size:.8rem}
            .legend{font-size:.78rem;color:#444;margin:.2rem 0 1rem}
            blockquote{margin:.4rem 0 .8rem 1rem;padding-left:.8rem;border-left:3px solid #888;color:#333}
            blockquote cite{display:block;font-size:.85rem;color:#555;font-style:normal}
            .note{font-size:.8rem;color:#555;overflow-wrap:anywhere}
            @page{size:A4;margin:16mm 14mm 18mm;@bottom-center{content:\(page);font:9pt Arial,sans-serif;color:#555}}
            @page wide{size:A4 landscape}
            @media print{body{margin:0;max-width:none}.overview,h2:has(+ .overview){page:wide}h2,h3,p:has(+ ul),p:has(+ ol){break-after:avoid}
            tr,blockquote,table.short,tbody.opening,tbody.closing,section.closing{break-inside:avoid}}
            """
    }

    public static func write(_ document: Document) -> String {
        let document = document.keptTogether
        var out = "<!DOCTYPE html>\n<html lang=\"\(document.language.code)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<title>\(escape(document.title))</title>\n<style>\n\(style(document))\n</style>\n</head>\n<body>\n"
        out += "<h1>\(escape(document.title))</h1>\n"
        out += blocks(document.blocks, closing: document.closingStart)
        return out + "</body>\n</html>\n"
    }

    /// Blocks as a part of a page: what the workbench shows of the same views the documents are made from.
    /// `closing` is where a closing section starts, kept together on a printed page.
    public static func blocks(_ blocks: [Block], closing: Int? = nil, headingOffset: Int = 1) -> String {
        var out = ""
        for (i, block) in blocks.enumerated() {
            if i == closing { out += "<section class=\"closing\">\n" }
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(level + headingOffset, 6))"
                out += "<\(tag)>\(escape(text))</\(tag)>\n"
            case .paragraph(let spans):
                out += "<p>" + spans.map(span).joined() + "</p>\n"
            case .list(let ordered, let items):
                let tag = ordered ? "ol" : "ul"
                out += "<\(tag)>\n" + items.map { "<li>" + $0.map(span).joined() + "</li>\n" }.joined() + "</\(tag)>\n"
            case .table(let header, let rows):
                // A table of a page or less prints whole; a longer one keeps its last rows (its totals) together.
                // …and its first rows stay with its heading.
                let short = rows.count <= DocxWriter.shortTable
                out += (short ? "<table class=\"short\">" : "<table>") + "\n<thead><tr>"
                out += header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n"
                out += short ? "<tbody>\n" : "<tbody class=\"opening\">\n"
                let cut = short ? rows.count : rows.count - DocxWriter.closingRows
                for (n, row) in rows.enumerated() {
                    if !short, n == DocxWriter.openingRows { out += "</tbody>\n<tbody>\n" }
                    if n == cut { out += "</tbody>\n<tbody class=\"closing\">\n" }
                    out += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
            case .overview(let header, let rows, let detailHeader, let details, let legend):
                out +=
                    "<section class=\"overview\">\n<table>\n<thead><tr>"
                    + (header + [detailHeader]).map { "<th>\(escape($0))</th>" }.joined()
                out += "</tr></thead>\n<tbody>\n"
                for (row, detail) in zip(rows, details) {
                    out += "<tr>" + (row + [detail]).map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
                }
                out += "</tbody>\n</table>\n"
                if !legend.isEmpty { out += "<p class=\"legend\">" + legend.map(escape).joined(separator: "<br>") + "</p>\n" }
                out += "</section>\n"
            case .quote(let text, let source):
                out += "<blockquote>«\(escape(text))»<cite>— \(escape(source))</cite></blockquote>\n"
            case .note(let text):
                out += "<p class=\"note\">\(escape(text))</p>\n"
            }
        }
        if closing != nil { out += "</section>\n" }
        return out
    }

    static func span(_ s: Span) -> String {
        switch s {
        case .text(let t): escape(t)
        case .strong(let t): "<strong>\(escape(t))</strong>"
        case .emphasis(let t): "<em>\(escape(t))</em>"
        }
    }

    /// Escapes the five characters that could end a text or attribute: `& < > " '`, scalar by scalar (a `<` with a
    /// combining accent after it is still a `<`); a control character is shown as text.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case let c where Escaping.isControl(c): out += Escaping.visible(c)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
