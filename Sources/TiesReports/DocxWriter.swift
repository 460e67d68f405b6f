import Foundation
import ZIPFoundation

/// Writes a document as a clean Word file (.docx): Heading 1–3, Normal, Quote, a numbered list per
/// list, simple tables — no header, case numbers, text boxes or images, since the case system adds those.
public enum DocxWriter {
    /// Zip entries carry this date (the DOS epoch) so the same document gives the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    public static func write(_ document: Document) throws -> Data {
        var lists = 0
        var body = paragraph(document.title, style: "Title")
        for block in document.blocks {
            switch block {
            case .heading(let level, let text):
                body += paragraph(text, style: "Heading\(min(level, 3))")
            case .paragraph(let spans):
                body += "<w:p>" + spans.map(run).joined() + "</w:p>"
            case .list(let ordered, let items):
                lists += 1
                let num = ordered ? lists * 2 : lists * 2 + 1
                for item in items {
                    body +=
                        "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(num)\"/>"
                        + "</w:numPr></w:pPr>" + item.map(run).joined() + "</w:p>"
                }
            case .table(let header, let rows):
                body += table(header, rows)
            case .overview(let header, let rows, let detailHeader, let details, let legend):
                body += table(header + [detailHeader], zip(rows, details).map { $0 + [$1] })
                for line in legend { body += paragraph(line, style: "Note") }
            case .quote(let text, let source):
                body += paragraph("«\(text)»", style: "Quote") + paragraph("— \(source)", style: "Source")
            case .note(let text):
                body += paragraph(text, style: "Note")
            }
        }
        let documentXML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)\
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" \
            w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>
            """
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("word/document.xml", documentXML),
            ("word/styles.xml", styles(language: document.language)),
            ("word/numbering.xml", numbering(lists: lists)),
            ("word/_rels/document.xml.rels", documentRelationships),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DocxError.emptyArchive }
        return data
    }

    enum DocxError: Error { case emptyArchive }

    static func paragraph(_ text: String, style: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" + run(.text(text)) + "</w:p>"
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

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        func cell(_ text: String, bold: Bool) -> String {
            "<w:tc><w:p>" + run(bold ? .strong(text) : .text(text)) + "</w:p></w:tc>"
        }
        var xml = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
        xml += header.map { _ in "<w:gridCol/>" }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + header.map { cell($0, bold: true) }.joined() + "</w:tr>"
        for row in rows { xml += "<w:tr>" + row.map { cell($0, bold: false) }.joined() + "</w:tr>" }
        return xml + "</w:tbl><w:p/>"
    }

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

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        </Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        </Relationships>
        """

    static func styles(language: String) -> String {
        let lang = language == "en" ? "en-GB" : "nb-NO"
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
        func abstract(_ id: Int, _ format: String, _ text: String) -> String {
            "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\">"
                + "<w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
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
            + abstract(0, "decimal", "%1.") + abstract(1, "bullet", "•") + nums + "</w:numbering>"
    }
}
