import Testing
@testable import TiesCore

/// The pieces of reading a spreadsheet: separators, encodings and numbers as Norwegian and English lists write them.
struct SpreadsheetReadingTests {
    @Test(arguments: [
        ("145 000", true, 145_000.0), ("145\u{A0}000,50", true, 145_000.5), ("160 000,00", true, 160_000),
        ("kr 1 500,-", true, 1_500), ("12 500 kr", true, 12_500), ("0,5", true, 0.5), ("0.5", true, 0.5),
        ("145.000,50", true, 145_000.5), ("145,000.50", false, 145_000.5), ("0.5", false, 0.5), ("-3", true, -3),
        ("\u{2212}3", true, -3), ("2005", false, 2005),
    ])
    func numbersAsListsWriteThem(_ text: String, _ decimalComma: Bool, _ expected: Double) {
        #expect(CellReader.parse(text, decimalComma: decimalComma) == .number(expected))
    }

    @Test(arguments: [("1.500", true), ("1,500", false)])
    func aMarkThatCouldGroupThousandsIsAskedAbout(_ text: String, _ decimalComma: Bool) {
        #expect(CellReader.parse(text, decimalComma: decimalComma) == .ambiguous(text))
    }

    @Test(arguments: ["ca. 1000", "1,2,3", "1.000.5", "", "-", "1e5", "NaN", "12 500 EUR", "1,5.000"])
    func textIsNotANumber(_ text: String) {
        #expect(CellReader.parse(text, decimalComma: true) == .invalid(text))
    }

    @Test func theSeparatorIsTheHeadingRowsOwn() {
        #expect(CSVReader.separator(of: "Id;Navn;Type\r\na,b;c,d\r\n") == ";")
        #expect(CSVReader.separator(of: "id,name,kind\na;b;c;d;e\n") == ",")
        #expect(CSVReader.separator(of: "Id\tNavn\tType\n") == "\t")
        #expect(CSVReader.separator(of: "\"Navn; med semikolon\",id,kind\n") == ",")
        #expect(CSVReader.separator(of: "id\n") == ",")
    }

    @Test func excelsEncodingsAreRead() throws {
        let text = "Navn;Beløp\r\nÅrhus – Bodø;145\u{A0}000\r\n"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try SpreadsheetText.decode(utf16, path: "x.csv") == (text, .utf16))
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        #expect(try SpreadsheetText.decode(bom, path: "x.csv") == (text, .utf8))
        let cp1252: [UInt8] = Array("Navn;Bel".utf8) + [0xF8] + Array("p\r\n".utf8) + [0xC5] + Array("rhus ".utf8) + [0x96] + [0x20, 0x80]
        #expect(try SpreadsheetText.decode(cp1252, path: "x.csv") == ("Navn;Beløp\r\nÅrhus – €", .windows1252))
    }

    /// Mac Roman's ø is Windows-1252's ¿: a guess that would garble names is refused with one message.
    @Test func anEncodingThatWouldGarbleIsRefusedOnce() {
        let macRoman: [UInt8] = Array("Id;Navn\nbodo;Bod".utf8) + [0xBF] + Array("\nb;Bod".utf8) + [0xBF]
        #expect(throws: DiagnosticsError.self) { try SpreadsheetText.decode(macRoman, path: "x.csv") }
        do {
            _ = try SpreadsheetText.decode(macRoman, path: "x.csv")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].description.hasPrefix("x.csv:2:9: error:"))
            #expect(error.diagnostics[0].description.contains("CSV UTF-8"))
        }
    }

    @Test func cellsAreNamedAsExcelNamesThem() {
        #expect(SourceLocation.columnLetters(1) == "A")
        #expect(SourceLocation.columnLetters(26) == "Z")
        #expect(SourceLocation.columnLetters(27) == "AA")
        #expect(SourceLocation.columnLetters(16_384) == "XFD")
        #expect(SourceLocation(file: "m.xlsx", line: 7, column: 3, sheet: "Ark1").description == "m.xlsx:Ark1!C7")
    }

    /// A cell's spaces go at both ends, whichever kind a spreadsheet leaves (space, tab, no-break, narrow no-break),
    /// and only there; text of other scripts is untouched.
    @Test func spacesAreTrimmedAtTheEndsOnly() {
        #expect(" \t\u{A0}160\u{202F}000 kr\u{A0} ".trimmingSpaces == "160\u{202F}000 kr")
        #expect("\u{A0}\u{202F} \t".trimmingSpaces == "")
        #expect("".trimmingSpaces == "")
        #expect("Århus".trimmingSpaces == "Århus")
        #expect(" 東京 ".trimmingSpaces == "東京")
        #expect("\u{2028}x\u{00AF}".trimmingSpaces == "\u{2028}x\u{00AF}")
        #expect(Substring(" a b ").trimmingSpaces == "a b")
    }

    /// Lowering by bytes gives what the standard library gives, for Norwegian letters and for any other text.
    @Test(arguments: ["ÆØÅ æøå", "Århus ÉCOLE Über straße", "Gdańsk ŁÓDŹ", "ΑΘΗΝΑ", "İstanbul", "×÷ ÞÐ", "", "A\u{0301}B"])
    func lettersAreLoweredAsTheStandardLibraryLowersThem(_ text: String) {
        #expect(CellReader.lowercasedBytes(text) == Array(text.lowercased().utf8))
    }
}
