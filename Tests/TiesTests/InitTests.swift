import Foundation
import Testing

@testable import TiesCore

/// `ties init` gives a new municipality files that lint, review and test as they stand, and never overwrites anything.
@Suite(.serialized) struct InitTests {
    /// An empty folder with a strategy in strategi/, as the issue's adviser has it: Fredrikstad's text, as Stavanger's.
    func folderWithStrategy(_ name: String) throws -> String {
        let folder = try scratchFolder(name)
        try FileManager.default.createDirectory(atPath: folder + "/strategi", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("sources/004_6042284c9e41d399.txt"), toPath: folder + "/strategi/stavanger.txt")
        return folder
    }

    static let made = [
        "Rules/stavanger.yaml", "Samples/stavanger/portfolio.yaml", "Samples/stavanger/records/eksempel.yaml",
        "Samples/stavanger/expected.yaml", "Samples/stavanger/proposals/eksempel.yaml", "sources/stavanger.txt",
    ]

    @Test func aNewMunicipalityLintsReviewsAndTestsAsMade() throws {
        let folder = try folderWithStrategy("init")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try runTies(["init", "stavanger", "--source", "strategi/stavanger.txt", "--as-of", "2026-11-24"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("Laget:\n" + Self.made.map { "  \($0)\n" }.joined()))
        for file in Self.made { #expect(FileManager.default.fileExists(atPath: folder + "/" + file), "\(file)") }

        let rules = try String(contentsOfFile: folder + "/Rules/stavanger.yaml", encoding: .utf8)
        #expect(rules.contains("  title: \"Strategi for internasjonalt samarbeid\"   # hentet fra dokumentets første linjer"))
        let sha = testPipeline.hash(try String(contentsOfFile: folder + "/strategi/stavanger.txt", encoding: .utf8))
        #expect(rules.contains("  sha256: \(sha)   #"))
        // One language is all a Norwegian council needs; English is asked for (--lang nb,en).
        #expect(rules.contains("languages: [nb]   #"))
        #expect(rules.contains("FYLL INN"))
        // A sentence of the strategy that reads like a criterion is offered, verbatim.
        #expect(rules.contains("#   \"Rivne i Ukraina skal videreføres som vennskapsby.\""))

        let lint = try runTies(["lint", "--strict", "--sources", "strategi", "Rules/stavanger.yaml"], in: folder)
        #expect(lint.status == 0, "\(lint.err)")
        // The adoption left to fill in is noted where it stands; a note does not fail --strict.
        #expect(lint.err.contains("note: når strategien ble vedtatt, er ikke fylt inn: skriv 'adopted:' (og 'case:') her"), "\(lint.err)")
        // sources/ holds the copy, so the quotes are checked without flags.
        #expect(try runTies(["lint", "--strict", "Rules/stavanger.yaml"], in: folder).status == 0)
        let review = try runTies(["review", "Samples/stavanger"], in: folder)
        #expect(review.status == 0, "\(review.err)")
        #expect(review.out.contains("Eksempelnettverket"))
        let test = try runTiesInEnglish(["test", "Rules/stavanger.yaml"], in: folder)
        #expect(test.status == 0)
        #expect(test.out.contains("not checked: Samples/stavanger has no expected results"))
        // Until the rule set has criteria, a memo would assess nothing: it is refused, saying so.
        let memo = try runTiesInEnglish(["justify", "Samples/stavanger/proposals/eksempel.yaml"], in: folder)
        #expect(memo.status == 65)
        #expect(
            memo.err
                == "ties: error: Rules/stavanger.yaml has no criteria or rules yet, so a memo would"
                + " assess the proposal against nothing; write them first (docs/writing-rules.md)\n")
    }

    @Test func theCommentedExamplesAreValidOnceUncommented() throws {
        for lang in ["nb", "nn", "en"] {
            let folder = try folderWithStrategy("init-examples-\(lang)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            #expect(
                try runTiesInEnglish(["init", "stavanger", "--source", "strategi/stavanger.txt", "--lang", lang], in: folder).status == 0)
            var lines: [String] = []
            var inSchema = false
            for line in try String(contentsOfFile: folder + "/Rules/stavanger.yaml", encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false)
            {
                if line.hasPrefix("facts:") { inSchema = true }
                lines.append(inSchema && line.hasPrefix("#  ") && !line.hasPrefix("#   \"") ? String(line.dropFirst()) : String(line))
            }
            var text = lines.joined(separator: "\n")
            for key in ["facts: {}", "parameters: {}", "criteria: []", "rules: []"] {
                text = text.replacing(key, with: String(key.prefix { $0 != " " }))
            }
            let book = Phrasebook(Language(rawValue: lang)!)
            let fill = book.initial(.fillIn)
            text = text.replacing("\"\(fill): \(book.initial(.headingPlaceholder))\"", with: "\"2 Mål\"")
            text = text.replacing(
                "\"\(fill): \(book.initial(.sentencePlaceholder)) sources/stavanger.txt\"",
                with: "\"Bruk av ressurser på internasjonalt samarbeid skal ha tydelige målsetninger og nytteverdien skal synliggjøres.\"")
            try text.write(toFile: folder + "/Rules/stavanger.yaml", atomically: true, encoding: .utf8)
            let lint = try runTiesInEnglish(["lint", "--strict", "Rules/stavanger.yaml"], in: folder)
            #expect(lint.status == 0, "\(lang): \(lint.err)")
            #expect(lint.err.hasSuffix("2 quotes checked verbatim against the adopted text\n"), "\(lang)")
            let test = try runTiesInEnglish(["test", "Rules/stavanger.yaml"], in: folder)
            #expect(test.out.hasPrefix("Rules/stavanger.yaml: 3 examples, 0 test checks, 1 sample (1 not checked)"), "\(lang): \(test.out)")
        }
    }

    @Test func initNeverOverwritesAndSaysWhatIsThere() throws {
        let folder = try folderWithStrategy("init-twice")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runTies(["init", "stavanger", "--source", "strategi/stavanger.txt"], in: folder).status == 0)
        try "# mine\n".write(toFile: folder + "/Rules/stavanger.yaml", atomically: true, encoding: .utf8)
        let again = try runTies(["init", "stavanger", "--source", "strategi/stavanger.txt"], in: folder)
        #expect(again.status == 73)
        #expect(
            again.err
                == "ties: error: finnes allerede: " + Self.made.dropLast().joined(separator: ", ")
                + "; ties init skriver aldri over noe, så ingenting ble laget. Flytt filene bort, eller velg et annet navn\n")
        #expect(try String(contentsOfFile: folder + "/Rules/stavanger.yaml", encoding: .utf8) == "# mine\n")
        // A different document already in sources/ under the same name is not replaced either.
        let other = try folderWithStrategy("init-other-source")
        defer { try? FileManager.default.removeItem(atPath: other) }
        try FileManager.default.createDirectory(atPath: other + "/sources", withIntermediateDirectories: true)
        try "another text\n".write(toFile: other + "/sources/stavanger.txt", atomically: true, encoding: .utf8)
        let clash = try runTies(["init", "stavanger", "--source", "strategi/stavanger.txt"], in: other)
        #expect(clash.status == 73)
        #expect(clash.err.hasPrefix("ties: error: finnes allerede: sources/stavanger.txt;"))
        #expect(!FileManager.default.fileExists(atPath: other + "/Rules"))
    }

    @Test(arguments: [
        (["init", "...", "--source", "x.txt"], 64, "'...' has no letters to make file names from; write the municipality's name"),
        (["init", "a/b", "--source", "x.txt"], 64, "'a/b' has the character '/', which a file name cannot hold"),
        (["init", " ", "--source", "x.txt"], 64, "the municipality's name is empty; write it as the municipality does (ties init bodø)"),
        (["init", "bodø", "--source", "x.txt", "--lang", "de"], 64, "--lang 'de': expected nb or nn, with en if wanted (nb,en)"),
        (["init", "stavanger", "--source", "strategi.pdf"], 64, "the strategy must be plain text, not .pdf"),
        (["init", "stavanger", "--source", "no-such.txt"], 66, "ties: error: no such file 'no-such.txt'"),
        (["init", "stavanger"], 64, "Missing expected argument '--source <source>'"),
    ])
    func badUsageIsSaid(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let folder = try scratchFolder("init-usage")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try runTiesInEnglish(arguments, in: folder)
        #expect(r.status == status)
        #expect(r.err.contains(message), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/Rules"))
    }

    /// The municipality's name as it writes it: reports keep its letters, the files get a plain version.
    @Test func aNameWithNorwegianLettersKeepsThemInReports() throws {
        let folder = try folderWithStrategy("init-bodo")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try runTies(["init", "bodø", "--source", "strategi/stavanger.txt", "--lang", "nb,en"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("  Rules/bodo.yaml\n  Samples/bodo/portfolio.yaml\n"))
        #expect(r.out.contains("Kommunen heter «Bodø» i rapportene. Er det feil, rett 'municipality:' i Rules/bodo.yaml\n"))
        let rules = try String(contentsOfFile: folder + "/Rules/bodo.yaml", encoding: .utf8)
        #expect(rules.contains("ruleset: \"bodo\"") && rules.contains("municipality: \"Bodø\"") && rules.contains("languages: [nb, en]"))
        let review = try runTies(["review", "Samples/bodo"], in: folder)
        #expect(review.status == 0 && review.out.hasPrefix("Bodø — "), "\(review.err)")
        // Alone, the example is the sample; beside the municipality's own ties, it is said to be left over.
        #expect(!review.err.contains("eksemplet"))
        try "id: salten\nname: Salten\nkind: network\n".write(
            toFile: folder + "/Samples/bodo/records/salten.yaml", atomically: true, encoding: .utf8)
        let both = try runTies(["review", "Samples/bodo"], in: folder)
        #expect(both.err.contains("ties: merk: Samples/bodo/records/eksempel.yaml er eksemplet ties init laget"), "\(both.err)")
        try FileManager.default.removeItem(atPath: folder + "/Samples/bodo/records/salten.yaml")
        // The example proposal, as init made it, is named in the council case as a case of its own: said so.
        let annual = try runTies(["review", "Samples/bodo", "--case", "--format", "md"], in: folder)
        #expect(
            annual.err.contains("ties: merk: Samples/bodo/proposals/eksempel.yaml er eksempelforslaget ties init laget"), "\(annual.err)")
        // Taking English out again is one edit: the English texts are then left with a warning each, not refused.
        try rules.replacing("languages: [nb, en]", with: "languages: [nb]").write(
            toFile: folder + "/Rules/bodo.yaml", atomically: true, encoding: .utf8)
        let lint = try runTiesInEnglish(["lint", "Rules/bodo.yaml"], in: folder)
        #expect(lint.status == 0, "\(lint.err)")
        #expect(
            lint.err.contains(
                "warning: the text in 'en' is not used, as the rule set writes nb ('languages:'); add en there, or remove the text"))
    }

    /// A county writes its name whole, and its cases go from the county chief executive to the county council.
    @Test func aCountyIsNamedAndGovernedAsACounty() throws {
        let folder = try scratchFolder("init-county")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/strategi", withIntermediateDirectories: true)
        let sentence = "Fylkeskommunen skal prioritere samarbeidsarenaer som sikrer fylket politisk innflytelse"
        try "Internasjonal strategi for Rogaland fylkeskommune\n\n\(sentence).\n\n\(sentence)\n".write(
            toFile: folder + "/strategi/s.txt", atomically: true, encoding: .utf8)
        let r = try runTies(["init", "Rogaland fylkeskommune", "--source", "strategi/s.txt"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        let rules = try String(contentsOfFile: folder + "/Rules/rogaland-fylkeskommune.yaml", encoding: .utf8)
        #expect(rules.contains("proposer: {nb: \"fylkeskommunedirektøren\"}") && rules.contains("body: {nb: \"fylkestinget\"}"))
        #expect(!rules.contains("fylkeskommune kommune"))
        // The sentence, given twice (once without its full stop), is offered once.
        #expect(rules.components(separatedBy: "#   \"Fylkeskommunen skal prioritere").count == 2)
    }

    @Test func titlesAndNamesWithYAMLsSpecialCharactersReadBackAsWritten() throws {
        let folder = try folderWithStrategy("init-specials")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let title = "«Verden» – \"strategi\": #1 {a: b} \\ & *x"
        let r = try runTiesInEnglish(
            ["init", "stavanger", "--source", "strategi/stavanger.txt", "--title", title, "--municipality", "Stavanger: «by» #1"],
            in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(try runTiesInEnglish(["lint", "--strict", "Rules/stavanger.yaml"], in: folder).status == 0)
        let review = try runTiesInEnglish(["review", "Samples/stavanger", "--format", "json"], in: folder)
        #expect(review.status == 0, "\(review.err)")
        #expect(review.out.contains("\"municipality\": \"Stavanger: «by» #1\""))
        let newline = try runTiesInEnglish(["init", "stavanger", "--source", "strategi/stavanger.txt", "--title", "a\nb"], in: folder)
        #expect(newline.status == 64)
        #expect(newline.err.hasPrefix("Error: --title must be one line of text, at most 200 characters"))
    }

    @Test func theTitleIsFoundInTheDocumentsFirstLines() throws {
        let bergen = try String(contentsOfFile: path("sources/000_957769bab816e95a.txt"), encoding: .utf8)
        #expect(NewMunicipality.title(of: bergen) == "Bergen og verden – Internasjonal strategi for Bergen kommune")
        let trondheim = try String(contentsOfFile: path("sources/002_e9ae63a0ca96391a.txt"), encoding: .utf8)
        #expect(NewMunicipality.title(of: trondheim) == "INTERNASJONAL STRATEGI FOR TRONDHEIM KOMMUNE")
        #expect(NewMunicipality.title(of: "1. Innledning\nKommunen har lange tradisjoner.\n") == nil)
        // A name with the strategy after a dash is the title, not a later line that only says «Internasjonal strategi».
        #expect(
            NewMunicipality.title(
                of: "Den arktiske hovedstaden – internasjonal strategi for Tromsø kommune\nMai 2018\nInternasjonal strategi\n")
                == "Den arktiske hovedstaden – internasjonal strategi for Tromsø kommune")
        #expect(NewMunicipality.municipality(from: "nord-fron") == "Nord-Fron")
        #expect(NewMunicipality.municipality(from: "Bø i Telemark") == "Bø i Telemark")
        #expect(NewMunicipality.fileName(for: "Tromsø") == "tromso")
        #expect(NewMunicipality.fileName(for: "Bø i Telemark") == "bo-i-telemark")
        #expect(NewMunicipality.fileName(for: "Kárášjohka") == "karasjohka")
        #expect(NewMunicipality.fileName(for: "Ærøskøbing") == "aeroskobing")
        #expect(NewMunicipality.problem(with: "../x") == .character("'/'"))
        #expect(NewMunicipality.problem(with: "–") == .noLetters)
        // A heading is no part of the sentence under it, nor a list item's mark; the adoption is read where it stands.
        let text =
            "Strategi for internasjonalt samarbeid\nVedtatt i kommunestyret 14.03.2024, sak 12/24.\n\nMedlemskap\n"
            + "Medlemskap i nettverk skal gi kompetanseheving for kommunens ansatte.\nArbeidsgruppens mandat:\n"
            + "- Vurder om vennskapsbyavtalene skal videreføres i neste periode.\n"
        #expect(
            NewMunicipality.candidateSentences(in: text) == [
                "Medlemskap i nettverk skal gi kompetanseheving for kommunens ansatte.",
                "Vurder om vennskapsbyavtalene skal videreføres i neste periode.",
            ])
        // The items a criterion-like sentence lists are offered under it, word for word.
        let listed =
            "Ambisjonsnivået for samarbeidene skal være å legge til rette for:\n- kultur og idrett\n- utveksling av kompetanse mellom kommunene\nKommunen evaluerer hvert fjerde år.\n"
        #expect(
            NewMunicipality.candidateSentences(in: listed) == [
                "Ambisjonsnivået for samarbeidene skal være å legge til rette for:", "kultur og idrett",
                "utveksling av kompetanse mellom kommunene",
            ])
        let adoption = NewMunicipality.adoption(of: text)
        #expect(adoption.date == ReviewDate("2024-03-14") && adoption.caseReference == "12/24")
        #expect(NewMunicipality.adoption(of: "Vedtatt av kommunestyret\n").date == nil)
    }
}

/// `ties init --lang nn` starts a rule set in nynorsk: every comment and text in nynorsk, `languages: [nn]`, and a
/// sample whose review is in nynorsk.
@Suite struct InitLanguageTests {
    @Test func aNynorskStartIsWhollyNynorskAndLintsClean() throws {
        let folder = try scratchFolder("init-nn")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/strategi", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("Rules/sources/eksempelvik-illustrativ.txt"), toPath: folder + "/strategi/s.txt")
        let r = try runTies(["init", "fjordby", "--source", "strategi/s.txt", "--lang", "nn"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("Laga:\n") && r.out.contains("Neste steg:"))
        let rules = try String(contentsOfFile: folder + "/Rules/fjordby.yaml", encoding: .utf8)
        #expect(rules.contains("languages: [nn]") && rules.contains("  nn: \"Ingen av kriteria tilseier endring\""))
        // No text in bokmål or English: no `nb:` or `en:` key, commented or not, in a mapping or on one line.
        let keys = rules.split(separator: "\n").flatMap { line in
            line.split(whereSeparator: { "{,".contains($0) }).map { $0.drop { " #".contains($0) } }
        }
        #expect(!keys.contains { $0.hasPrefix("nb:") || $0.hasPrefix("en:") })
        for file in [
            "Rules/fjordby.yaml", "Samples/fjordby/portfolio.yaml", "Samples/fjordby/records/eksempel.yaml",
            "Samples/fjordby/expected.yaml", "Samples/fjordby/proposals/eksempel.yaml",
        ] {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            #expect(LanguageTests.bokmal(in: text) == [], "\(file)")
        }
        #expect(LanguageTests.bokmal(in: r.out) == [])
        #expect(try runTies(["lint", "--strict", "Rules/fjordby.yaml"], in: folder).status == 0)
        let review = try runTies(["review", "Samples/fjordby"], in: folder)
        #expect(review.status == 0 && review.err.isEmpty, "\(review.err)")
        #expect(review.out.contains("Viktigaste grunn") && review.out.contains("vidareføring"))
    }
}
