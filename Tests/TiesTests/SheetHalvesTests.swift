import Foundation
import Testing

@testable import TiesCore
@testable import TiesWorkbooks

/// A large worksheet is read in two halves at once (`Part.rowsInHalves`); its rows must be those one reading gives, and
/// where the halves cannot be shown to read as one, the sheet is read whole.
@Suite struct SheetHalvesTests {
    /// A worksheet part of `rows` rows of shared-string, number and inline cells, with `middle` written where the
    /// split would fall.
    static func sheet(rows: Int, numbered: Bool = true, middle: String = "", head: String = "") -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + head
        xml += "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
        for r in 1...rows {
            if r == rows / 2 { xml += middle }
            let number = numbered ? " r=\"\(r)\"" : ""
            xml += "<row\(number)><c r=\"A\(r)\" t=\"s\"><v>\(r % 3)</v></c><c r=\"B\(r)\"><v>\(r)</v></c>"
            xml += "<c r=\"C\(r)\" t=\"inlineStr\"><is><t>Tie &amp; \(r)</t></is></c></row>\n"
        }
        return Array((xml + "</x:sheetData></x:worksheet>").utf8)
    }

    static let strings = ["Bergen", "Århus", "Göteborg"]

    func whole(_ bytes: [UInt8]) throws -> [[SheetCell]] {
        try Part.read(bytes, "sheet.xml", SheetHandler(strings: Self.strings)).rows
    }

    @Test func aLargeSheetReadInHalvesHasTheRowsOfOneReading() throws {
        let bytes = Self.sheet(rows: 60_000)
        #expect(bytes.count >= 4 << 20)
        let halves = try #require(Part.rowsInHalves(bytes, strings: Self.strings), "split where it is sound")
        #expect(try halves == whole(bytes))
        #expect(halves.count == 60_000)
    }

    @Test(arguments: [
        // A row's tag in a comment or CDATA where the split would fall: the halves do not meet, or meet where one
        // reading does.
        "<!-- <row r=\"1\"> -->", "<row r=\"99999999\"><c r=\"A99999999\"><v><![CDATA[<row r=\"2\">]]></v></c></row>",
    ])
    func aSplitInsideSomethingElseReadsAsOneReading(_ middle: String) throws {
        let bytes = Self.sheet(rows: 60_000, middle: middle)
        let one = try? whole(bytes)
        let halves = Part.rowsInHalves(bytes, strings: Self.strings)
        #expect(halves == nil || halves == one)
    }

    @Test func rowsThatDoNotSayTheirNumberAreReadWhole() throws {
        let bytes = Self.sheet(rows: 60_000, numbered: false)
        #expect(Part.rowsInHalves(bytes, strings: Self.strings) == nil)
        #expect(try whole(bytes).count == 60_000)
    }

    @Test func aDocumentTypeIsReadWhole() throws {
        let bytes = Self.sheet(rows: 60_000, head: "<!DOCTYPE x:worksheet [<!ENTITY e \"Ja\">]>")
        #expect(Part.rowsInHalves(bytes, strings: Self.strings) == nil)
    }
}
