import Foundation
import Testing
@testable import TiesCore

/// Every broken rule file under Broken/lint gives exactly the messages pinned beside it.
@Suite(.serialized) struct LintCorpusTests {
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: path("Tests/TiesTests/Broken/lint"))) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    @Test func theCorpusIsThere() { #expect(Self.cases.count >= 20) }

    @Test(arguments: cases)
    func messagesArePinned(_ file: String) throws {
        let yaml = "Tests/TiesTests/Broken/lint/\(file)"
        let expected = try String(contentsOfFile: path(yaml.replacing(".yaml", with: ".expected")), encoding: .utf8)
        let r = try runTies(["lint", "--strict", "--sources", "../shared/seeds", yaml], environment: ["TIES_LANG": "en"])
        if ProcessInfo.processInfo.environment["TIES_RECORD_SNAPSHOTS"] == "1" {
            try r.err.write(toFile: path(yaml.replacing(".yaml", with: ".expected")), atomically: true, encoding: .utf8)
        }
        #expect(r.err == expected)
        #expect(r.status == (expected.contains(": 0 errors, 0 warnings;") ? 0 : 65))
    }

    @Test func warningsPassWithoutStrict() throws {
        let r = try runTies(["lint", "--sources", "../shared/seeds", "Tests/TiesTests/Broken/lint/unread-fact.yaml"])
        #expect(r.status == 0)
    }

    @Test func jsonIsForEditors() throws {
        let r = try runTies(["lint", "--format", "json", "Tests/TiesTests/Broken/lint/misspelt-fact.yaml"])
        #expect(r.status == 65)
        let list = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [[String: Any]]
        #expect(list.count == 1)
        #expect(list[0]["line"] as? Int == 21)
        #expect(list[0]["column"] as? Int == 11)
        #expect(list[0]["severity"] as? String == "error")
    }

    @Test func everyShippedRuleSetPassesStrictLintWithVerifiedCitations() throws {
        let r = try runTiesInEnglish(["lint", "--strict", "--sources", "../shared/seeds"] + ruleFiles.map { "Rules/\($0)" })
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.hasSuffix("5 rule sets: 0 errors, 0 warnings; 59 quotes checked verbatim against the adopted text\n"))
        // Every parameter is listed with its basis: the numbers that are ours, not adopted text.
        for name in ["fee_threshold_nok", "activity_years", "council_term_from", "cost_per_benefit_limit_nok", "inactive_years"] {
            #expect(r.err.contains("  \(name) = "), "\(name)")
        }
        #expect(!r.err.contains("basis: NONE"))
    }

    @Test func everyShippedRuleSetReachesEveryBranch() throws {
        let r = try runTiesInEnglish(["test", "--strict"] + ruleFiles.map { "Rules/\($0)" })
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out.components(separatedBy: "every branch: ").count == ruleFiles.count + 1)
    }
}

/// Quotes are checked without flags where the documents sit in sources/, and a quote that was not checked is never
/// reported as fine.
@Suite struct LintSourcesTests {
    @Test func theDocumentsBesideTheRuleSetsAreFoundWithoutFlags() throws {
        // The repository's own sources/ is the seeds' folder, as `ties init` lays a municipality out.
        let r = try runTiesInEnglish(["lint", "--strict"] + ruleFiles.map { "Rules/\($0)" })
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.hasSuffix("59 quotes checked verbatim against the adopted text\n"))
    }

    @Test func aDocumentThatIsNotFoundIsAWarningAndFailsUnderStrict() throws {
        let folder = try scratchFolder("lint-nosources")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: path("Rules/trondheim.yaml"), toPath: folder + "/trondheim.yaml")
        let message =
            "trondheim.yaml:9:3: warning: the source document '002_e9ae63a0ca96391a.txt' is not in sources/ or ../sources/, so its"
            + " 12 quotes were not checked; put the document in sources/ beside the rule set, or name its folder with --sources FOLDER\n"
        let plain = try runTiesInEnglish(["lint", "trondheim.yaml"], in: folder)
        #expect(plain.status == 0)
        #expect(plain.err.hasPrefix(message))
        #expect(plain.err.hasSuffix("0 quotes checked verbatim against the adopted text, 12 not checked: their document was not found\n"))
        let strict = try runTiesInEnglish(["lint", "--strict", "trondheim.yaml"], in: folder)
        #expect(strict.status == 65)
        #expect(strict.err.hasPrefix(message.replacing(": warning: ", with: ": error: ")))
        let given = try runTiesInEnglish(["lint", "--strict", "--sources", path("sources"), "trondheim.yaml"], in: folder)
        #expect(given.status == 0, "\(given.err)")
    }

    @Test func aSourcesFolderThatDoesNotExistIsAMissingInput() throws {
        let r = try runTiesInEnglish(["lint", "--sources", "no-such-folder", "Rules/bergen.yaml"])
        #expect(r.status == 66)
        #expect(r.err == "ties: error: no such folder 'no-such-folder' (given with --sources)\n")
    }
}

@Suite struct QuoteCheckTests {
    let document = QuoteCheck.Document(
        """
        Medlemskap i organisasjoner skal ha en tydelig relevans for Bergen kommune som samfunns-
        utvikler. Områdene innenfor kunnskaps-
        og kompetanseøkning er aktuelle. Et EU-
        prosjekt  med   mye\tluft.
        """)

    @Test(arguments: [
        ("Medlemskap i organisasjoner skal ha en tydelig relevans", true),
        ("som samfunnsutvikler.", true),  // a word broken at the line end, joined
        ("kunnskaps- og kompetanseøkning", true),  // a real hyphen at the line end, kept
        ("Et EU-prosjekt med mye luft.", true),  // a compound's hyphen, kept without the space
        ("en  tydelig\nrelevans", true),  // whitespace folded in the quote too
        ("en klar relevans", false),
        ("samfunns- utvikler", true),
        ("Medlemskap i organisasjoner skal ha en tydelig relevans for Oslo", false),
    ])
    func quotesAreVerbatimButForLayout(_ quote: String, _ found: Bool) {
        #expect(QuoteCheck.contains(document, quote: quote) == found)
    }

    @Test func theClosestPassageIsWhatTheDocumentSays() {
        #expect(QuoteCheck.closest(document, quote: "skal ha en klar relevans for Bergen") == "skal ha en tydelig relevans for Bergen")
    }
}
