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

    @Test func rowsStandingAsRootsAreReadWholeAndRefused() throws {
        // No worksheet around the rows: the second half must not read as though a root were open.
        var xml = "<?xml version=\"1.0\"?>\n"
        for r in 1...90_000 { xml += "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(r)</v></c></row>\n" }
        let bytes = Array(xml.utf8)
        #expect(bytes.count >= 4 << 20)
        #expect(Part.rowsInHalves(bytes, strings: Self.strings) == nil)
        #expect(throws: (any Error).self) { try whole(bytes) }
    }

    @Test func aDocumentTypeIsReadWhole() throws {
        let bytes = Self.sheet(rows: 60_000, head: "<!DOCTYPE x:worksheet [<!ENTITY e \"Ja\">]>")
        #expect(Part.rowsInHalves(bytes, strings: Self.strings) == nil)
    }

    /// The part's bytes are judged UTF-8 as `String(validating:)` judges them, without making the text.
    @Test func partsAreJudgedUTF8AsStringJudgesThem() {
        var cases: [[UInt8]] = [
            [], Array("Århus – «Ja» 😀".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF0, 0x9F, 0x98], [0x80], [0xC3], Array("abcdefgh".utf8) + [0xFF] + Array("ijklmnop".utf8),
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 0..<24, using: &generator)
            // Mostly ASCII with some high bytes, as a damaged part would be.
            cases.append(
                (0..<length).map { _ in Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E) : UInt8.random(in: 0x80...0xFF) })
        }
        for _ in 0..<5_000 {
            // Any text's own bytes, from every plane.
            let scalars = (0..<Int.random(in: 1..<12, using: &generator)).compactMap { _ in
                Unicode.Scalar(
                    UInt32.random(in: [0x7F, 0x7FF, 0xFFFF, 0x10FFFF].randomElement(using: &generator)!...0x10FFFF, using: &generator)
                        >> UInt32.random(in: 0...12, using: &generator))
            }
            cases.append(Array(String(String.UnicodeScalarView(scalars)).utf8))
        }
        for bytes in cases {
            #expect(Part.isUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    /// A cell's reference read off its bytes as it was read from an array of them.
    @Test func cellReferencesReadAsBefore() {
        func earlier(_ reference: String) -> (column: Int, row: Int)? {
            let bytes = Array(reference.utf8)
            let letters = bytes.prefix { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
            let digits = bytes.dropFirst(letters.count)
            guard (1...3).contains(letters.count), (1...7).contains(digits.count), digits.first != 0x30,
                digits.allSatisfy({ (0x30...0x39).contains($0) })
            else { return nil }
            let row = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            let column = letters.reduce(0) { $0 * 26 + Int($1 & 0xDF) - 64 }
            return column <= 16_384 ? (column, row) : nil
        }
        var texts = ["A1", "XFD1048576", "XFE1", "a7", "AB0", "A01", "A", "1", "", "ABCD1", "A12345678", "A1B", "Å1", "A 1", "ZZ99"]
        let alphabet = Array("AZaz09Ø_1x ")
        for _ in 0..<20_000 { texts.append(String((0..<Int.random(in: 0...9)).map { _ in alphabet.randomElement()! })) }
        for text in texts {
            let (a, b) = (SheetHandler.reference(text), earlier(text))
            #expect(a?.column == b?.column && a?.row == b?.row, "\(text)")
        }
    }
}
