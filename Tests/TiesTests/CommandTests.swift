import Foundation
import Testing
@testable import TiesReports
import TiesCore

/// The `ties` executable as users run it: outputs, exit codes, located errors.
@Suite(.serialized) struct CommandTests {
    /// An adviser types the date as reports print it: 31.12.2026 is 2026-12-31; 31.02.2026 is no date.
    @Test func aNorwegianDateIsTheReviewDate() throws {
        let iso = try runTies(["review", "Samples/bergen", "--as-of", "2026-12-31", "--format", "json"])
        let written = try runTies(["review", "Samples/bergen", "--as-of", "31.12.2026", "--format", "json"])
        #expect(written.status == 0 && written.out == iso.out)
        let wrong = try runTiesInEnglish(["review", "Samples/bergen", "--as-of", "31.02.2026"])
        #expect(wrong.status == 64)
        #expect(wrong.err.contains("--as-of must be a date written YYYY-MM-DD, not '31.02.2026'; 31.12.2026 works too"))
        #expect(ReviewDate(written: "1.2.2026") == ReviewDate("2026-02-01"))
        #expect(ReviewDate(written: "+1.2.2026") == nil && ReviewDate(written: "1.2.26") == nil)
    }

    @Test func reviewPrintsEveryRecordWithOutcomeAndReason() throws {
        let r = try runTies(["review", "Samples/bergen", "--lang", "en", "--wide"], environment: ["NO_COLOR": "1", "COLUMNS": "250"])
        #expect(r.status == 0)
        #expect(r.out.contains("Eurocities"))
        let gcf = r.out.split(separator: "\n").first { $0.hasPrefix("Global Climate Forum (GCF)") }
        #expect(gcf?.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["network", "ended"])
        #expect(r.out.contains("Summary: continue 15, continue with conditions 11, reconsider 6, ended 2"))
        #expect(!r.out.contains("\u{1B}["))
    }

    @Test func jsonCarriesFiredRulesWithCitations() throws {
        let r = try runTies(["review", "Samples/bergen", "--format", "json"])
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        #expect(json["schema"] as? String == "ties.review/1")
        let records = json["records"] as! [[String: Any]]
        #expect(records.count == 34)
        let ubc = records.first { $0["id"] as? String == "ubc" }!
        let reasons = ubc["reasons"] as! [[String: Any]]
        #expect(reasons.first?["rule"] as? String == "membership_ended")
        let citation = reasons.first?["citation"] as! [String: Any]
        #expect(citation["document"] as? String == "000_957769bab816e95a.txt")
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let a = try runTies(["review", "Samples/bergen", "--format", "json"])
        let b = try runTies(["review", "Samples/bergen", "--format", "json"], environment: ["LANG": "C", "TZ": "Pacific/Auckland"])
        #expect(a.out == b.out)
    }

    @Test func misspeltKeyInARuleFileFailsWithALocatedErrorAndExit65() throws {
        let r = try runTiesInEnglish(["review", "Samples/bergen", "--rules", "Tests/TiesTests/Broken/misspelt-key.yaml"])
        #expect(r.status == 65)
        #expect(
            r.err == """
                Tests/TiesTests/Broken/misspelt-key.yaml:12:5: error: unknown key 'wen' in a rule; did you mean 'when'?; the keys are id, criterion, applies_to, when, outcome, at_most, points, flag, condition, asks, because, cite, operational, examples
                    wen: count(roles) == 0
                    ^
                Tests/TiesTests/Broken/misspelt-key.yaml:11:5: error: a rule is missing 'when'
                  - id: no_clear_role
                    ^
                2 errors

                """)
    }

    @Test func misspeltFactInARuleFileFailsWithALocatedErrorAndExit65() throws {
        let r = try runTiesInEnglish(["review", "Samples/bergen", "--rules", "Tests/TiesTests/Broken/misspelt-fact.yaml"])
        #expect(r.status == 65)
        let line = "    when: count(role) == 0 and anual_fee_nok > 0"
        #expect(
            r.err
                == [
                    "Tests/TiesTests/Broken/misspelt-fact.yaml:12:17: error: unknown fact 'role'; did you mean 'roles'?; the names it can read are activities, annual_fee_nok, as_of_year, country, id, kind, name, responsible, roles, since",
                    line, String(repeating: " ", count: 16) + "^",
                    "Tests/TiesTests/Broken/misspelt-fact.yaml:12:32: error: unknown fact 'anual_fee_nok'; did you mean 'annual_fee_nok'?; the names it can read are activities, annual_fee_nok, as_of_year, country, id, kind, name, responsible, roles, since",
                    line, String(repeating: " ", count: 31) + "^",
                    "2 errors", "",
                ].joined(separator: "\n"))
    }

    @Test func missingPortfolioExits66() throws {
        let r = try runTiesInEnglish(["review", "Samples/nowhere"])
        #expect(r.status == 66)
        #expect(r.err == "ties: error: no such file 'Samples/nowhere'\n")
    }

    @Test func badUsageExits64() throws {
        #expect(try runTies(["review", "Samples/bergen", "--format", "pdf"]).status == 64)
        #expect(try runTies(["review", "Samples/bergen", "--as-of", "15/11/2026"]).status == 64)
    }

    @Test func failOnMatchedExits1() throws {
        #expect(try runTies(["review", "Samples/bergen", "--fail-on", "review"]).status == 1)
        #expect(try runTies(["review", "Samples/bergen", "--fail-on", "exit"]).status == 0)
    }

    @Test func explainShowsEveryRuleWithValuesAndCitations() throws {
        let r = try runTiesInEnglish(["explain", "Samples/bergen", "mayors_for_peace", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.out.contains("unknown  none_of_the_benefits"))
        #expect(r.out.contains("saw competence_gain = missing, influence = 0, project_basis = false"))
        #expect(
            r.out.contains(
                "Outcome: continue — provisional: missing “Competence gain (0–3)”, “Bergen contributes in a field where it is at the forefront” [keep], decided by decision"
            ))
        let unknownRecord = try runTiesInEnglish(["explain", "Samples/bergen", "eurocitie"])
        #expect(unknownRecord.status == 65)
        #expect(unknownRecord.err.contains("did you mean 'eurocities'?"))
    }

    @Test func outputIsWrittenAtomicallyAndNeverOverAnInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("review.json").path
        #expect(try runTiesInEnglish(["review", "Samples/bergen", "--format", "json", "-o", out]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review.json"])
        let overwrite = try runTiesInEnglish(["review", "Samples/bergen", "--format", "table", "-o", "Samples/bergen/records/ubc.yaml"])
        #expect(overwrite.status == 73)
        #expect(overwrite.err == "ties: error: refusing to write over the input 'Samples/bergen/records/ubc.yaml'\n")
    }

    @Test func theTableFitsTheTerminalWidthWithOrWithoutColour() throws {
        for sample in ["bergen", "trondheim", "kristiansand", "fredrikstad"] {
            let r = try runTies(["review", "Samples/\(sample)"], environment: ["COLUMNS": "80", "NO_COLOR": "1"])
            let widest = r.out.split(separator: "\n").map(\.count).max() ?? 0
            #expect(widest <= 80, "\(sample): a line of \(widest) characters")
        }
        let narrow = try runTies(["review", "Samples/fredrikstad"], environment: ["COLUMNS": "80", "NO_COLOR": "1"]).out
        // The reason is wrapped, not cut away.
        #expect(narrow.contains("blant vennskapsbyene i verden"))
        #expect(!narrow.contains("K1: Gjensidig nytte og verdi"), "scores are for --wide")
        let wide = try runTies(["review", "Samples/fredrikstad", "--wide"], environment: ["COLUMNS": "80", "NO_COLOR": "1"]).out
        // Every column, headed in words: kinds by name, criteria as K1… with their titles below, no internal ids.
        #expect(wide.contains("K1: Gjensidig nytte og verdi") && wide.contains("vennskapsby"))
        #expect(!wide.contains("twin_city") && !wide.contains("mutual_benefit") && !wide.contains("Rules/fredrikstad.yaml"))
        #expect(
            wide.replacing("\n  ", with: " ").contains(
                "Vurdert 15.11.2026 mot kriteriene i «Strategi for internasjonalt samarbeid – Fredrikstad kommune»"))
        // The done-when of the council documents' issue: every line of these fits the terminal it is shown in.
        for (arguments, columns) in [
            (["classify", "Samples/trondheim"], 80), (["review", "Samples/bergen", "--wide"], 120),
            (["review", "Samples/bergen"], 0), (["classify", "Samples/trondheim", "--lang", "nn"], 60),
        ] {
            let out = try runTies(arguments, environment: columns > 0 ? ["COLUMNS": String(columns), "NO_COLOR": "1"] : ["NO_COLOR": "1"])
                .out
            let widest = out.split(separator: "\n").map(\.count).max() ?? 0
            // Piped with no COLUMNS, the table takes 80 columns.
            #expect(widest <= (columns > 0 ? columns : 80), "\(arguments) at \(columns): a line of \(widest)")
        }
        // A terminal's escape codes do not count towards the width.
        #expect(ReviewTable.visibleCount("\u{1B}[32mvidereføres\u{1B}[0m") == 11)
    }

    @Test func theOutputFilesExtensionDecidesTheFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-ext-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let memo = folder.appendingPathComponent("memo.docx").path
        #expect(try runTiesInEnglish(["justify", "Samples/bergen/proposals/human-rights-cities.yaml", "-o", memo]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: memo)).prefix(2) == Data("PK".utf8), "a .docx is a zip, not Markdown")
        let html = folder.appendingPathComponent("review.html").path
        #expect(try runTiesInEnglish(["review", "Samples/bergen", "-o", html]).status == 0)
        #expect(try String(contentsOfFile: html, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let contradiction = try runTiesInEnglish(["review", "Samples/bergen", "--format", "md", "-o", html])
        #expect(contradiction.status == 64)
        #expect(contradiction.err.contains("--format md contradicts -o \(html), which names html"))
        let unwritten = try runTiesInEnglish(["classify", "Samples/trondheim", "-o", folder.appendingPathComponent("c.csv").path])
        #expect(unwritten.status == 64 || unwritten.err.contains("classify writes table or json"))
    }

    @Test func classifyShowsCategoriesAndWhatWouldMoveThem() throws {
        let r = try runTies(["classify", "Samples/trondheim", "--lang", "en"], environment: ["COLUMNS": "300"])
        #expect(r.status == 0)
        #expect(r.out.contains("Categories: Project agreement 2, Political focus 1, Solidarity 1, Dormant 2, Fits no category 4"))
        #expect(
            r.out.contains(
                """
                  Odense (Fits no category):
                    → Project agreement: a concrete project agreement with measurable goals and requirements of goal attainment \
                (now: Concrete project agreement: no)
                """))
    }

    @Test func testCommandRunsEveryRuleSetWithFullCoverage() throws {
        let files = ["bergen", "fredrikstad", "kristiansand", "trondheim"].map { "Rules/\($0).yaml" }
        let r = try runTiesInEnglish(["test"] + files)
        #expect(r.status == 0)
        #expect(r.err.isEmpty)
        #expect(r.out.components(separatedBy: "rules exercised (fired and not fired): ").count == 5)
        for line in r.out.split(separator: "\n") where line.contains("rules exercised") { #expect(line.contains("(100%);")) }
    }

    @Test func testCommandFailsOnAWrongExample() throws {
        let r = try runTiesInEnglish(["test", "Tests/TiesTests/Broken/failing-example.yaml"])
        #expect(r.status == 1)
        // Shown as a compiler shows an error: the line, and a caret under the example that failed.
        #expect(
            r.err == "Tests/TiesTests/Broken/failing-example.yaml:15:15: error: rule 'no_clear_role' expected fires, got does_not_fire\n"
                + "      fires: [{roles: [host]}]\n" + "              ^\n")
    }
}
