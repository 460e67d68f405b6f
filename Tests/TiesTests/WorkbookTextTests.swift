import Foundation
import Testing
import ZIPFoundation

/// A workbook's parts with some replaced: the rest as they were.
func rezip(_ data: Data, replacing parts: [String: String]) throws -> Data {
    let source = try Archive(data: data, accessMode: .read)
    let target = try Archive(data: Data(), accessMode: .create)
    for entry in source {
        var bytes = Data()
        _ = try source.extract(entry) { bytes.append($0) }
        if let replacement = parts[entry.path] { bytes = Data(replacement.utf8) }
        try target.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) {
            position, size in bytes.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return try #require(target.data)
}

/// Workbooks as real programs write them read as Excel shows them: text in CDATA sections, internal entities and
/// character references, a phonetic hint inside an inline string, a heading row styled out to its last column, a
/// part named by a relative target, a part laid out over lines with comments. Each is the Bergen
/// Excel sample written so, and each reviews exactly as the sample does.
@Suite(.serialized) struct WorkbookTextTests {
    static let sample = "Samples/bergen-excel/medlemskap.xlsx"

    func review(_ data: Data, _ name: String, format: String = "jsonl") throws -> (status: Int32, out: String, err: String) {
        let folder = try scratchFolder("workbook-\(name)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/medlemskap.xlsx"
        try data.write(to: URL(fileURLWithPath: file))
        return try runTiesInEnglish(["review", file, "--rules", path("Rules/bergen.yaml"), "--as-of", "2026-11-15", "--format", format])
    }

    @Test func workbooksAsProgramsWriteThemReadAsExcelShowsThem() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(Self.sample)))
        let expected = try review(data, "plain")
        #expect(expected.status == 0, "\(expected.err)")
        let strings = try zipEntry(data, "xl/sharedStrings.xml")
        let sheet = try zipEntry(data, "xl/worksheets/sheet1.xml")
        let relations = try zipEntry(data, "xl/_rels/workbook.xml.rels")
        // Every shared text in a CDATA section (no «&» or «<» in them to escape).
        let cdata = strings.replacing(#/<t xml:space="preserve">([^<&]*)</t>/#) { "<t xml:space=\"preserve\"><![CDATA[\($0.1)]]></t>" }
        #expect(cdata != strings)
        // The heading row made bold: 1,024 styled cells without a value after the last heading.
        let row1 = try #require(sheet.range(of: "</row>"))
        let styled = (40...1024).map { i in "<c r=\"\(column(i))1\" s=\"1\"/>" }.joined()
        let bold = sheet.replacingCharacters(in: row1, with: styled + "</row>")
        // The texts written with internal entities (one naming another) and character references, as XML allows.
        let declared = strings.replacing(
            "?>", with: "?><!DOCTYPE sst [<!ENTITY kk \"kunnskap og kompetanse\"><!ENTITY k \"&kk;\"><!-- x -->]>", maxReplacements: 1)
        let entities = declared.replacing("kunnskap og kompetanse</t>", with: "&k;</t>").replacing("å", with: "&#229;")
            .replacing("Å", with: "&#xC5;")
        #expect(entities.contains("&k;</t>") && entities.contains("&#229;"))
        // The sheet as an XML writer might lay it out: a line per element, comments and a processing instruction.
        let laidOut = sheet.replacing("<row ", with: "\n  <!-- row -->\n  <row ").replacing("</sheetData>", with: "<?x y?>\n</sheetData>")
        // The sheets named from the package root's side of `xl/`.
        let relative = relations.replacing("Target=\"worksheets/", with: "Target=\"../xl/worksheets/")
        for (name, parts) in [
            ("cdata", ["xl/sharedStrings.xml": cdata]), ("bold", ["xl/worksheets/sheet1.xml": bold]),
            ("relative", ["xl/_rels/workbook.xml.rels": relative]), ("entities", ["xl/sharedStrings.xml": entities]),
            ("laid-out", ["xl/worksheets/sheet1.xml": laidOut]),
        ] {
            let r = try review(try rezip(data, replacing: parts), name)
            #expect(r.status == 0, "\(name): \(r.err)")
            #expect(r.out == expected.out, "\(name)")
        }
    }

    /// A name written as an inline string with a phonetic hint (as Japanese Excel writes furigana) is the name alone:
    /// the review is the sample's, Århus and all.
    @Test func aPhoneticHintIsNotPartOfTheText() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(Self.sample)))
        let sheet = try zipEntry(data, "xl/worksheets/sheet1.xml")
        // The first tie's name cell (B2) as an inline string with a hint.
        let cell = try #require(sheet.firstMatch(of: #/<c r="B2"([^>]*)t="s"([^>]*)><v>\d+</v></c>/#))
        let inline = "<c r=\"B2\"\(cell.1)t=\"inlineStr\"\(cell.2)><is><t>Århus</t><rPh sb=\"0\" eb=\"1\"><t>フリガナ</t></rPh></is></c>"
        let r = try review(
            try rezip(data, replacing: ["xl/worksheets/sheet1.xml": sheet.replacingCharacters(in: cell.range, with: inline)]), "phonetic",
            format: "csv")
        #expect(r.status == 0, "\(r.err)")
        // The CSV names each tie: the same as the sample's, Århus without its hint.
        let expected = try review(data, "phonetic-plain", format: "csv")
        #expect(r.out == expected.out)
        #expect(r.out.contains("Århus") && !r.out.contains("フリガナ"))
        // The same name with a stray <v> beside its <is> (shown as nothing by LibreOffice), and with Excel's escape for Å.
        for (name, written) in [("stray-value", "<v>EVIL</v><is><t>Århus</t></is>"), ("escaped", "<is><t>_x00C5_rhus</t></is>")] {
            let other = "<c r=\"B2\"\(cell.1)t=\"inlineStr\"\(cell.2)>\(written)</c>"
            let read = try review(
                try rezip(data, replacing: ["xl/worksheets/sheet1.xml": sheet.replacingCharacters(in: cell.range, with: other)]), name,
                format: "csv")
            #expect(read.status == 0 && read.out == expected.out, "\(name): \(read.err)")
        }
    }

    /// A name longer than a cell holds is cut to Excel's 32,767 characters with a marker that says so, not written
    /// whole into a cell neither Excel nor the tool's own reader accepts.
    @Test func aTextLongerThanACellIsCutVisibly() throws {
        let folder = try scratchFolder("long-cell")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = String(repeating: "Langt navn ", count: 10_000)
        let line = try JSONSerialization.data(withJSONObject: ["id": "long", "name": name, "kind": "network"])
        try (String(decoding: line, as: UTF8.self) + "\n").write(toFile: folder + "/ties.jsonl", atomically: true, encoding: .utf8)
        let r = try runTies([
            "review", folder + "/ties.jsonl", "--rules", path("Rules/bergen.yaml"), "--as-of", "2026-11-15", "-o", folder + "/r.xlsx",
        ])
        #expect(r.status == 0, "\(r.err)")
        let sheet = try zipEntry(try Data(contentsOf: URL(fileURLWithPath: folder + "/r.xlsx")), "xl/worksheets/sheet1.xml")
        let cells = sheet.components(separatedBy: "<t xml:space=\"preserve\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(cells.allSatisfy { $0.count <= 32_767 })
        #expect(cells.contains { $0.hasSuffix("… [forkortet: teksten har \(name.count) tegn]") })
        // Excel counts UTF-16 units: 20,000 emoji are 40,000 of them, cut to fit as well. A control character is shown
        // as the other reports show it, and a written «_x0041_» stays as written.
        let emoji = String(repeating: "🌍", count: 20_000)
        let lines = [
            ["id": "emoji", "name": emoji, "kind": "network"], ["id": "control", "name": "A\u{1}B _x0041_", "kind": "network"],
        ].map { String(decoding: try! JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/more.jsonl", atomically: true, encoding: .utf8)
        let more = try runTies([
            "review", folder + "/more.jsonl", "--rules", path("Rules/bergen.yaml"), "--as-of", "2026-11-15", "-o", folder + "/m.xlsx",
        ])
        #expect(more.status == 0, "\(more.err)")
        let written = try zipEntry(try Data(contentsOf: URL(fileURLWithPath: folder + "/m.xlsx")), "xl/worksheets/sheet1.xml")
        let texts = written.components(separatedBy: "<t xml:space=\"preserve\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        #expect(texts.allSatisfy { $0.utf16.count <= 32_767 })
        #expect(texts.contains { $0.hasPrefix("🌍🌍") && $0.hasSuffix("tegn]") })
        #expect(texts.contains("A\\u{1}B _x005F_x0041_"), "\(texts.filter { $0.hasPrefix("A") })")
    }

    /// A column's letters: 1 is A, 27 is AA.
    func column(_ n: Int) -> String {
        var n = n
        var name = ""
        while n > 0 {
            name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
