import TiesCore

import Foundation
import ZIPFoundation

/// Writes a document as a clean Word file (.docx): Heading 1–3, Normal, Quote, a numbered list per
/// list, simple tables — no header, case numbers, text boxes or images, since the case system adds those.
public enum DocxWriter {
    /// Zip entries carry this date (the DOS epoch) so the same document gives the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    public static func write(_ document: Document) throws -> Data {
        let document = document.keptTogether
        var lists = 0
        var body = paragraph(document.title, style: "Title")
        let blocks = document.blocks
        let closing = document.closingStart ?? blocks.count
        for (i, block) in blocks.enumerated() {
            // The closing line (the fingerprint), and a heading just before it, never stand alone on a last page: the
            // block before them keeps with them; a short closing section keeps together whole.
            let keep =
                i + 2 == blocks.count || (i + 3 == blocks.count && { if case .heading = blocks[i + 1] { true } else { false } }())
                || (i >= closing && i + 1 < blocks.count)
            switch block {
            case .heading(let level, let text):
                // The overview's heading opens its landscape section, not the last line of a portrait page.
                if i + 1 < blocks.count, case .overview = blocks[i + 1] {
                    body += sectionBreak(landscape: false)
                }
                body += paragraph(text, style: "Heading\(min(level, 3))")
            case .paragraph(let spans):
                // A lead-in («Bystyret vedtok … :», or a sentence before its list) keeps with what it leads in to.
                // …and a verdict keeps with the quote it rests on, an introduction with its table.
                let beforeList =
                    i + 1 < blocks.count
                    && {
                        switch blocks[i + 1] {
                        case .list, .quote, .table, .overview: true
                        default: false
                        }
                    }()
                // Under a heading, a verdict does not also keep with its quote: LibreOffice moves a chain of three keeps
                // without the heading, and a heading left at a page's foot is worse than a quote on the next page.
                let underHeading = i > 0 && { if case .heading = blocks[i - 1] { true } else { false } }()
                let beforeQuote = i + 1 < blocks.count && { if case .quote = blocks[i + 1] { true } else { false } }()
                let leadIn =
                    (beforeList && !(underHeading && beforeQuote))
                    || (spans.last?.string.trimmingCharacters(in: .whitespaces).hasSuffix(":") ?? false)
                body += "<w:p>" + (keep || leadIn ? "<w:pPr><w:keepNext/></w:pPr>" : "") + spans.map(run).joined() + "</w:p>"
            case .list(let ordered, let items):
                lists += 1
                let num = ordered ? lists * 2 : lists * 2 + 1
                for (n, item) in items.enumerated() {
                    // The last two items stay together, so no item stands alone at the top of a page.
                    let together = (keep || n + 2 == items.count) ? "<w:keepNext/>" : ""
                    body +=
                        "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/>\(together)<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(num)\"/>"
                        + "</w:numPr></w:pPr>" + item.map(run).joined() + "</w:p>"
                }
            case .table(let header, let rows):
                body += table(header, rows, width: portraitWidth, keepLast: keep)
            case .overview(let header, let rows, let detailHeader, let details, let legend):
                // A landscape section of its own: the portrait section before it ends at its heading (or here, without
                // one), this one after the legend.
                if i == 0 || { if case .heading = blocks[i - 1] { false } else { true } }() {
                    body += sectionBreak(landscape: false)
                }
                // On paper the legend comes first, in one paragraph kept with the table: after a long table it would be
                // left alone at the top of a page.
                if !legend.isEmpty {
                    body +=
                        "<w:p><w:pPr><w:pStyle w:val=\"Note\"/><w:keepNext/><w:keepLines/></w:pPr>"
                        + legend.map { run(.text($0)) }.joined(separator: "<w:r><w:br/></w:r>") + "</w:p>"
                }
                // The section's break follows the table directly: an empty paragraph after a table that fills its page
                // would open a page of its own.
                body += table(
                    header + [detailHeader], zip(rows, details).map { $0 + [$1] }, width: landscapeWidth, closing: false, short: 0,
                    small: true)
                body += sectionBreak(landscape: true)
            case .quote(let text, let source):
                body += paragraph("«\(text)»", style: "Quote", keepNext: true) + paragraph("— \(source)", style: "Source", keepNext: keep)
            case .note(let text):
                body += paragraph(text, style: "Note", keepNext: keep)
            }
        }
        let documentXML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)\
            \(section(landscape: false))</w:body></w:document>
            """
        let parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                contentTypes([
                    ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
                    ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
                    ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"),
                    ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
                    ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"),
                ])
            ),
            ("_rels/.rels", rootRelationships(main: "word/document.xml")),
            ("docProps/core.xml", coreProperties(title: document.title, language: document.language)),
            ("word/document.xml", documentXML),
            ("word/styles.xml", styles(language: document.language)),
            ("word/settings.xml", settings),
            ("word/numbering.xml", numbering(lists: lists)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/footer1.xml", footer(document.pageWords)),
        ]
        return try archive(parts)
    }

    /// The parts of an Office file in a zip whose entries all carry one fixed date, so the bytes never vary.
    static func archive(_ parts: [(String, String)]) throws -> Data {
        let container = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try container.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = container.data else { throw DocxError.emptyArchive }
        return data
    }

    enum DocxError: Error { case emptyArchive }

    static func paragraph(_ text: String, style: String, keepNext: Bool = false) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(keepNext ? "<w:keepNext/>" : "")</w:pPr>" + run(.text(text)) + "</w:p>"
    }

    static func run(_ span: Span) -> String {
        let props: String
        switch span {
        case .text: props = ""
        case .strong: props = "<w:rPr><w:b/></w:rPr>"
        case .emphasis: props = "<w:rPr><w:i/></w:rPr>"
        }
        return "<w:r>\(props)<w:t xml:space=\"preserve\">\(escape(span.string))</w:t></w:r>"
    }

    /// The text width of an A4 page with 2.5 cm margins, in twentieths of a point.
    static let portraitWidth = 11906 - 2 * 1417
    static let landscapeWidth = 16838 - 2 * 1417

    /// The paragraph that ends a section: no height of its own, so a full page does not push it onto a blank one.
    static func sectionBreak(landscape: Bool) -> String {
        "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/></w:rPr>"
            + section(landscape: landscape) + "</w:pPr></w:p>"
    }

    /// A section's page: A4 portrait, or landscape for a wide overview.
    static func section(landscape: Bool) -> String {
        let size = landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        return
            "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/>\(size)<w:pgMar w:top=\"1417\" w:right=\"1417\" w:bottom=\"1417\" w:left=\"1417\" "
            + "w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
    }

    /// Column widths filling `width`: each column first gets room for its longest word (so «nei» and «K1» never wrap
    /// inside), then the rest is shared in proportion to how much more text the column holds.
    static func columnWidths(_ header: [String], _ rows: [[String]], width: Int) -> [Int] {
        let cells = header.indices.map { i in [header[i]] + rows.compactMap { i < $0.count ? $0[i] : nil } }
        let word = cells.map { column in min(column.flatMap { $0.split(separator: " ").map(\.count) }.max() ?? 1, 16) }
        // About 150 twentieths of a point per bold character at 11 pt (a heading's «Meeting» must not break), plus the
        // cell margins.
        var widths = word.map { $0 * 150 + 280 }
        let rest = width - widths.reduce(0, +)
        if rest > 0 {
            // The room left goes to the columns with most text; where every cell is one word (a Saksgang table with
            // its empty rows), it is shared evenly, so no heading breaks inside itself.
            let oneWord = cells.allSatisfy { $0.allSatisfy { !$0.contains(" ") } }
            // By the text a column holds on average, so a column of long reasons gets the room, not one long name.
            let average = cells.map { column in Double(column.map(\.count).reduce(0, +)) / Double(max(column.count, 1)) }
            let extra = zip(average, word).map { max($0 - Double($1), 0) }
            let total = oneWord ? 0 : extra.reduce(0, +)
            for i in widths.indices { widths[i] += total > 0 ? Int(Double(rest) * extra[i] / total) : rest / widths.count }
        } else {
            widths = widths.map { $0 * width / max(widths.reduce(0, +), 1) }
        }
        return widths
    }

    /// A table that fits `width`: widths from the content, the header row repeated on every page, no row split across
    /// pages; with `details`, each row's long text on a merged row beneath it. A short table is kept on one page; a
    /// long one never leaves its last row alone on a page; with `keepLast`, its last row keeps with what follows.
    /// `short`: up to this many rows, the table is kept on one page; the overview, which its heading and legend lead
    /// into, flows from page to page instead, in 9 pt (`small`) so a municipality's twin cities fit a page.
    /// A table of up to this many rows prints whole.
    static let shortTable = 20
    /// The last rows of a longer table that print together: its totals, and a row before them.
    static let closingRows = 5
    /// The first rows of a longer table that print with its heading.
    static let openingRows = 3

    static func table(
        _ header: [String], _ rows: [[String]], width: Int, keepLast: Bool = false, closing: Bool = true, short: Int = shortTable,
        small: Bool = false
    ) -> String {
        let widths = columnWidths(header, rows, width: width)
        func cell(_ text: String, _ w: Int, bold: Bool, keepWithNext: Bool = false) -> String {
            let keep = keepWithNext ? "<w:pPr><w:keepNext/></w:pPr>" : ""
            let size = small ? "<w:sz w:val=\"18\"/>" : ""
            let props = bold || small ? "<w:rPr>" + (bold ? "<w:b/>" : "") + size + "</w:rPr>" : ""
            return "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr><w:p>\(keep)"
                + "<w:r>\(props)<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
                + "</w:p></w:tc>"
        }
        let full = widths.reduce(0, +)
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(full)\" w:type=\"dxa\"/>"
        xml += "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
        xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        let headerRow = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        xml += "<w:tr>\(headerRow)" + zip(header, widths).map { cell($0, $1, bold: true) }.joined() + "</w:tr>"
        // Up to a short page of rows (an economy table, a summary) stays whole.
        let whole = rows.count <= short && !keepLast
        for (index, row) in rows.enumerated() {
            let last = index + 1 == rows.count
            // A row keeps with the next in a short table, and the last rows keep together: never a row or two alone,
            // never a table's totals apart.
            // …and a long one's first rows keep with its heading, so a heading and one row never end a page.
            let keep =
                (whole && !last) || (index + Self.closingRows >= rows.count && !last) || (keepLast && last)
                || (!whole && index + 1 < Self.openingRows)
            xml +=
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + zip(row, widths).map { cell($0, $1, bold: false, keepWithNext: keep) }.joined()
                + "</w:tr>"
        }
        return xml + "</w:tbl>" + (closing ? "<w:p/>" : "")
    }

    /// Title and language, so the case system and Word know what the file is; no dates, so the bytes stay the same.
    static func coreProperties(title: String, language: Language) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(escape(title))</dc:title>\
        <dc:language>\(locale(language))</dc:language></cp:coreProperties>
        """
    }

    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/>\
        <w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
        </w:settings>
        """

    /// XML-escapes text and drops the control characters XML 1.0 cannot carry.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out += " "
            case let c where c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The part list of an Office package: its content type per part, the core properties always among them.
    static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        let all = overrides + [("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")]
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            \(all.map { "<Override PartName=\"\($0.part)\" ContentType=\"\($0.type)\"/>" }.joined())</Types>
            """
    }

    /// The package's root: its main part and its core properties.
    static func rootRelationships(main: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="\(main)"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """
    }

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
        </Relationships>
        """

    /// Every page's footer: «Side 3 av 25», centred, the words the document chose around Word's page fields.
    static func footer(_ words: PageWords) -> String {
        func field(_ name: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(name) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        let text = { (t: String) in "<w:r><w:t xml:space=\"preserve\">\(escape(t))</w:t></w:r>" }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
            \(text(words.before.trimmingSpaces + " "))\(field("PAGE"))\(text(" " + words.between.trimmingSpaces + " "))\(field("NUMPAGES"))</w:p></w:ftr>
            """
    }

    /// The language tag Word spell-checks by.
    static func locale(_ language: Language) -> String {
        switch language {
        case .nb: "nb-NO"
        case .nn: "nn-NO"
        case .en: "en-GB"
        }
    }

    static func styles(language: Language) -> String {
        let lang = locale(language)
        func paragraphStyle(_ id: String, _ name: String, _ props: String, _ run: String, outline: Int? = nil) -> String {
            let level = outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? ""
            return "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>\(props)\(level)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="22"/><w:lang w:val="\(lang)"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            \(paragraphStyle("Title", "Title", "<w:spacing w:after=\"240\"/>", "<w:b/><w:sz w:val=\"36\"/>"))\
            \(paragraphStyle("Heading1", "heading 1", "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/>", "<w:b/><w:sz w:val=\"30\"/>", outline: 0))\
            \(paragraphStyle("Heading2", "heading 2", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>", "<w:b/><w:sz w:val=\"26\"/>", outline: 1))\
            \(paragraphStyle("Heading3", "heading 3", "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"60\"/>", "<w:b/><w:sz w:val=\"23\"/>", outline: 2))\
            \(paragraphStyle("Quote", "Quote", "<w:ind w:left=\"567\"/>", "<w:i/>"))\
            \(paragraphStyle("Source", "Source", "<w:ind w:left=\"567\"/>", "<w:sz w:val=\"18\"/><w:color w:val=\"555555\"/>"))\
            \(paragraphStyle("Note", "Note", "", "<w:sz w:val=\"16\"/><w:color w:val=\"555555\"/>"))\
            \(paragraphStyle("ListParagraph", "List Paragraph", "<w:ind w:left=\"720\"/>", ""))\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
            <w:top w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:left w:val="single" w:sz="4" w:space="0" w:color="999999"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:right w:val="single" w:sz="4" w:space="0" w:color="999999"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="999999"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="999999"/>\
            </w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            </w:styles>
            """
    }

    /// One decimal and one bullet definition; every list gets its own instance so numbering restarts at 1.
    static func numbering(lists: Int) -> String {
        // A number's hanging indent holds «10.» and a space: a resolution has ten points or more.
        func abstract(_ id: Int, _ format: String, _ text: String, hanging: Int) -> String {
            "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">"
                + "<w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"\(hanging)\"/></w:pPr></w:lvl></w:abstractNum>"
        }
        var nums = ""
        for list in 1...max(lists, 1) {
            for (num, abstractID) in [(list * 2, 0), (list * 2 + 1, 1)] {
                nums +=
                    "<w:num w:numId=\"\(num)\"><w:abstractNumId w:val=\"\(abstractID)\"/>"
                    + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + abstract(0, "decimal", "%1.", hanging: 454) + abstract(1, "bullet", "•", hanging: 360) + nums + "</w:numbering>"
    }
}
