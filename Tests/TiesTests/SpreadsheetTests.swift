import Foundation
import Testing
import TiesCore

/// Ties as advisers keep them: Samples/bergen-excel is Bergen's sample as Norwegian Excel saves it (made by
/// scripts/make-excel-sample; the .xlsx by LibreOffice), and it must review exactly as the YAML sample does.
@Suite(.serialized) struct SpreadsheetTests {
    static let asOf = ["--as-of", "2026-11-15", "--format", "jsonl"]

    @Test(arguments: ["medlemskap.csv", "medlemskap.xlsx"])
    func theExcelExportOfBergenReviewsAsTheSampleDoes(_ file: String) throws {
        let sample = try runTies(["review", "Samples/bergen"] + Self.asOf)
        let sheet = try runTies(["review", "Samples/bergen-excel/\(file)", "--rules", "Rules/bergen.yaml"] + Self.asOf)
        #expect(sheet.status == 0, "\(sheet.err)")
        #expect(sheet.err.isEmpty)
        // Obligations too, from the sheet «Forpliktelser» or the file medlemskap.forpliktelser.csv beside it. A
        // spreadsheet keeps no decisions ledger, so the council's standing decision on Mayors for Peace (45/25) is the
        // YAML sample's alone: there it is kept; from the sheet, reconsidered for want of the same two facts.
        let mayors = "{\"id\":\"mayors_for_peace\""
        func without(_ out: String) -> [Substring] { out.split(separator: "\n").filter { !$0.hasPrefix(mayors) } }
        #expect(without(sheet.out) == without(sample.out))
        #expect(sheet.out.contains(mayors + ",\"outcome\":\"review\",\"provisional\":true"))
        #expect(sample.out.contains(mayors + ",\"outcome\":\"keep\",\"provisional\":true"))
        #expect(sample.out.split(separator: "\n").count == 34)
    }

    /// A folder portfolio may keep its ties in the workbook: `records: medlemskap.xlsx`. It reviews as the workbook
    /// does, and `ties test --record` writes its expected results, after which `--strict` passes; with no ties, --record
    /// says why it writes nothing, and never recommends itself.
    @Test func aPortfolioNamingItsWorkbookIsTestedAsAnyOther() throws {
        let folder = try scratchFolder("records-workbook")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Rules", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/Samples/liste", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("Rules/bergen.yaml"), toPath: folder + "/Rules/bergen.yaml")
        try FileManager.default.copyItem(
            atPath: path("Samples/bergen-excel/medlemskap.xlsx"), toPath: folder + "/Samples/liste/medlemskap.xlsx")
        try "municipality: Bergen\nas_of: 2026-11-15\nrules: ../../Rules/bergen.yaml\nrecords: medlemskap.xlsx\n".write(
            toFile: folder + "/Samples/liste/portfolio.yaml", atomically: true, encoding: .utf8)
        let direct = try runTies(["review", "Samples/liste/medlemskap.xlsx", "--rules", "Rules/bergen.yaml"] + Self.asOf, in: folder)
        let named = try runTies(["review", "Samples/liste", "--format", "jsonl"], in: folder)
        #expect(named.status == 0, "\(named.err)")
        #expect(named.out == direct.out)
        let record = try runTiesInEnglish(["test", "--record", "Rules/bergen.yaml"], in: folder)
        #expect(record.err.contains("Samples/liste/expected.yaml: 34 entries recorded"), "\(record.err)")
        // An outcome that rests on missing facts is recorded, and said to be provisional.
        #expect(
            record.err.contains(
                "Samples/liste/expected.yaml: note: dalian, enisa, ethical_trade, ks_brussels_office, mayors_for_peace,"
                    + " transparency_international, wapr are provisional: the outcome rests on missing facts"))
        let strict = try runTiesInEnglish(["test", "--strict", "Rules/bergen.yaml"], in: folder)
        #expect(strict.status == 0, "\(strict.out)\(strict.err)")
        let again = try runTiesInEnglish(["test", "--record", "Rules/bergen.yaml"], in: folder)
        #expect(again.err.contains("nothing new to write: every one of the 34 ties has an expected result"))
        // Without ties, --record says why it writes nothing and what to do instead.
        try "municipality: Bergen\nas_of: 2026-11-15\nrules: ../../Rules/bergen.yaml\n".write(
            toFile: folder + "/Samples/liste/portfolio.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/Samples/liste/expected.yaml")
        let empty = try runTiesInEnglish(["test", "--record", "Rules/bergen.yaml"], in: folder)
        #expect(empty.err.contains("nothing to write: Samples/liste has no ties."), "\(empty.err)")
        #expect(!empty.out.contains("--record") && !empty.err.contains("ties test --record"))
    }

    /// A spreadsheet names no review date: without --as-of the review says that rules counting by year cannot decide.
    @Test func aReviewWithoutADateSaysSo() throws {
        let r = try runTiesInEnglish(["review", "Samples/bergen-excel/medlemskap.xlsx", "--rules", "Rules/bergen.yaml", "--format", "json"])
        #expect(r.status == 0)
        #expect(
            r.err
                == "ties: note: the review has no date (a spreadsheet or JSON Lines file gives none, and the portfolio no 'as_of'), so rules"
                + " that count by year cannot be evaluated; give --as-of YYYY-MM-DD\n")
    }

    /// The export as «CSV (semikolonseparert)» writes it on Windows: the same list in Windows-1252 (where Excel
    /// writes '?' for a character the encoding lacks, such as ≤), read as its UTF-8 twin is.
    @Test func aWindows1252ExportReadsTheSame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-cp1252-\(getpid())")
        for twin in ["utf8", "cp1252"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(twin), withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["medlemskap.csv", "medlemskap.aktiviteter.csv"] {
            var text = try String(contentsOfFile: path("Samples/bergen-excel/\(name)"), encoding: .utf8).replacing("≤", with: "?")
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            let bytes = try #require(text.data(using: .windowsCP1252))
            #expect(String(data: bytes, encoding: .utf8) == nil, "the copy must not be UTF-8")
            try bytes.write(to: folder.appendingPathComponent("cp1252/\(name)"))
            try text.write(to: folder.appendingPathComponent("utf8/\(name)"), atomically: true, encoding: .utf8)
        }
        let reviews = try ["utf8", "cp1252"].map { twin in
            try runTiesInEnglish(
                ["review", folder.appendingPathComponent("\(twin)/medlemskap.csv").path, "--rules", "Rules/bergen.yaml"] + Self.asOf)
        }
        #expect(reviews[1].status == 0, "\(reviews[1].err)")
        #expect(reviews[1].out == reviews[0].out)
        #expect(reviews[0].err.isEmpty)
        #expect(reviews[1].err.contains("read as Windows-1252"))
        #expect(reviews[1].err.split(separator: "\n").count == 2, "one note per file, not one per row: \(reviews[1].err)")
    }

    /// The activity log beside a CSV is an input like the list itself: never written over.
    @Test func theActivityLogIsAnInput() throws {
        let w = try testPipeline.workspace(portfolio: path("Samples/bergen-excel/medlemskap.csv"), rules: path("Rules/bergen.yaml"))
        #expect(w.inputs.contains(path("Samples/bergen-excel/medlemskap.aktiviteter.csv")))
        let eurocities = try #require(w.portfolio.records.first { $0.id == "eurocities" })
        #expect(eurocities.activities?.isEmpty == false)
        #expect(w.portfolio.records.first { $0.id == "dalian" }?.activities == nil, "a tie the log does not name has an unknown log")
    }

    /// Headings and values in English labels read as well as the Norwegian ones and the ids.
    @Test func englishLabelsAndIdsReadToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-en-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("ties.csv").path
        try """
        Id,Name,Kind,Role for the municipality,Competence gain (0–3),Annual fee (NOK),Basis for targeted project work
        a,A,network,"community developer; host",2,"145,000.50",yes
        b,B,organisation,service_provider,1,0.5,No

        """.write(toFile: english, atomically: true, encoding: .utf8)
        let w = try testPipeline.workspace(portfolio: english, rules: path("Rules/bergen.yaml"))
        let a = try #require(w.portfolio.records.first)
        #expect(a.facts["roles"] == .set(["community_developer", "host"]))
        #expect(a.facts["project_basis"] == .bool(true))
        #expect(a.facts["annual_fee_nok"] == .decimal(145_000.5))
        #expect(w.portfolio.records.last?.facts["annual_fee_nok"] == .decimal(0.5))
    }
}
