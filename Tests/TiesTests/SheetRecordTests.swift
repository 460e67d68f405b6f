import Foundation
import Testing

@testable import TiesCore

/// A spreadsheet's rows are made into records straight from their cells; a row with anything to say about it is
/// read as the record file it would be. Both readings must give the same records, on every list the repository holds.
@Suite struct SheetRecordTests {
    static let rules = ["bergen", "fredrikstad", "trondheim", "kristiansand", "eksempelvik"]

    static var lists: [String] {
        let broken = (try? FileManager.default.contentsOfDirectory(atPath: path("Tests/TiesTests/Broken/input"))) ?? []
        return ["Samples/bergen-excel/medlemskap.xlsx", "Samples/bergen-excel/medlemskap.csv"]
            + broken.sorted().filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".csv") }.map { "Tests/TiesTests/Broken/input/\($0)" }
    }

    @Test func theDirectReadingGivesTheRecordsTheFileReadingGives() throws {
        var compared = 0
        let ruleSets = try Self.rules.map { name in (name, try RuleSetLoader.load(try TestFiles().read(path("Rules/\(name).yaml")))) }
        for list in Self.lists {
            for (name, ruleSet) in ruleSets {
                guard let tables = try? Self.tables(path(list)) else { continue }
                let direct = Result { () throws(DiagnosticsError) in
                    try SpreadsheetLoader.records(tables.0, activities: tables.1, ruleSet: ruleSet)
                }
                let read = Result { () throws(DiagnosticsError) in
                    try SpreadsheetLoader.records(tables.0, activities: tables.1, ruleSet: ruleSet, direct: false)
                }
                switch (direct, read) {
                case (.success(let a), .success(let b)):
                    #expect(a == b, "\(list) with \(name)")
                    compared += a.count
                case (.failure(let a), .failure(let b)):
                    #expect(a.diagnostics.map(\.description) == b.diagnostics.map(\.description), "\(list) with \(name)")
                default:
                    Issue.record("\(list) with \(name): one reading failed, the other did not")
                }
            }
        }
        // Bergen's sample alone holds 34 ties in each form.
        #expect(compared >= 68)
    }

    /// The ties table and the activity table, as `SpreadsheetLoader` reads them.
    static func tables(_ file: String) throws -> (SpreadsheetLoader.Table, SpreadsheetLoader.Table?) {
        if file.hasSuffix(".xlsx") {
            let sheets = try TestFiles().workbook(file)
            let source = SourceText(path: file, text: "")
            let isLog = { (s: Sheet) in SpreadsheetLoader.activitySheetNames.contains((s.name ?? "").lowercased()) }
            let isDuties = { (s: Sheet) in SpreadsheetLoader.obligationSheetNames.contains((s.name ?? "").lowercased()) }
            guard let main = sheets.first(where: { !isLog($0) && !isDuties($0) }) else { throw CocoaError(.fileReadCorruptFile) }
            return (
                SpreadsheetLoader.Table(sheet: main, source: source, decimalComma: true),
                sheets.first(where: isLog).map { SpreadsheetLoader.Table(sheet: $0, source: source, decimalComma: true) }
            )
        }
        let table = try SpreadsheetLoader.csvTable(try TestFiles().readSpreadsheet(file))
        let log = file.replacing(".csv", with: ".aktiviteter.csv")
        return (
            table, FileManager.default.fileExists(atPath: log) ? try SpreadsheetLoader.csvTable(try TestFiles().readSpreadsheet(log)) : nil
        )
    }
}
