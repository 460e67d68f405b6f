import Foundation
import Testing
import TiesCore
import TiesReports

/// The words the tool adds, in the language the reader asked for: nynorsk documents with no bokmål of the tool's own,
/// the language chosen from --lang, TIES_LANG or the rule set, and Norwegian numbers and dates that never break.
@Suite struct LanguageTests {
    /// Words the tool's bokmål texts use that neither its nynorsk nor its English texts do («ikke», «mangler»,
    /// «tilknytning»): read from the phrase families themselves, so a new phrase is checked without a list to update.
    static let bokmalOnly: Set<String> = {
        var words: [String: Set<String>] = ["nb": [], "nn": [], "en": []]
        let folder = path("Sources/TiesCore/Words")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? ""
            for language in ["nb", "nn", "en"] {
                // Every text written `nb: "…"` (or nn:, en:), placeholders left out.
                let pattern = try! Regex(language + #": "((?:[^"\\]|\\.)*)""#)
                for match in text.matches(of: pattern) {
                    let literal = String(match.output[1].substring ?? "")
                    let plain = literal.replacing(try! Regex(#"\\\([^)]*\)"#), with: " ")
                    words[language]!.formUnion(Self.words(plain))
                }
            }
        }
        return words["nb"]!.subtracting(words["nn"]!).subtracting(words["en"]!).subtracting(sharedWords)
    }()

    /// Words both written standards share that only the bokmål phrases happen to use: «sett» (of «setje», as the
    /// sample's parameter basis writes it) and «nettside» (the template's heading for a web address).
    static let sharedWords: Set<String> = ["sett", "nettside"]

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count > 2 }
    }

    /// The bokmål words of the tool's own found in `text`.
    static func bokmal(in text: String) -> [String] {
        Array(Set(words(text)).intersection(bokmalOnly)).sorted()
    }

    /// The visible text of an Office file: its parts' XML with the markup taken out.
    static func officeText(_ data: Data, parts: [String]) throws -> String {
        try parts.map { try zipEntry(data, $0) }.joined(separator: " ").replacing(try! Regex("<[^>]*>"), with: " ")
    }

    @Test func theWordListFindsBokmal() {
        #expect(Self.bokmalOnly.contains("ikke"))
        #expect(Self.bokmalOnly.contains("mangler"))
        #expect(Self.bokmalOnly.contains("tilknytning"))
        #expect(!Self.bokmalOnly.contains("ikkje"))
        #expect(!Self.bokmalOnly.contains("vurdert"))
    }

    @Test(arguments: ["table", "md", "html", "csv", "json"])
    func theNynorskSampleReviewIsWhollyNynorsk(_ format: String) throws {
        let r = try runTies(["review", "Samples/eksempelvik", "--format", format])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.isEmpty, "a rule set in nynorsk asked for nothing else: \(r.err)")
        #expect(Self.bokmal(in: r.out) == [], "\(format)")
        #expect(r.out.contains("tilknyting") || r.out.contains("Tilknyting") || format == "json")
    }

    @Test func theNynorskSampleWordAndExcelAreWhollyNynorsk() throws {
        let folder = try scratchFolder("nynorsk-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (file, parts) in [
            ("r.docx", ["word/document.xml", "docProps/core.xml"]),
            (
                "r.xlsx",
                [
                    "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
                    "xl/workbook.xml",
                ]
            ),
        ] {
            let r = try runTies(["review", "Samples/eksempelvik", "-o", folder + "/" + file])
            #expect(r.status == 0, "\(r.err)")
            let text = try Self.officeText(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)), parts: parts)
            #expect(Self.bokmal(in: text) == [], "\(file)")
            #expect(text.contains("Tilknytingar") || text.contains("Tilknyting"), "\(file)")
        }
        let memo = folder + "/memo.docx"
        let r = try runTies(["justify", "Samples/eksempelvik/proposals/skulenettverket.yaml", "-o", memo])
        #expect(r.status == 0, "\(r.err)")
        let text = try Self.officeText(try Data(contentsOf: URL(fileURLWithPath: memo)), parts: ["word/document.xml"])
        #expect(Self.bokmal(in: text) == [])
        #expect(text.contains("Innstilling frå kommunedirektøren") && text.contains("Saksgang"))
        let template = folder + "/liste.xlsx"
        let t = try runTies(["template", "Rules/eksempelvik.yaml", "-o", template])
        #expect(t.status == 0, "\(t.err)")
        let sheets = try Self.officeText(
            try Data(contentsOf: URL(fileURLWithPath: template)),
            parts: ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/workbook.xml"])
        #expect(Self.bokmal(in: sheets) == [], "the template")
    }

    @Test func theNynorskMemoAndTerminalCommandsAreWhollyNynorsk() throws {
        for arguments in [
            ["justify", "Samples/eksempelvik/proposals/skulenettverket.yaml"], ["explain", "Samples/eksempelvik", "gdansk"],
            ["review", "Samples/eksempelvik", "--wide"],
        ] {
            let r = try runTies(arguments)
            #expect(r.status == 0, "\(arguments): \(r.err)")
            #expect(Self.bokmal(in: r.out) == [], "\(arguments)")
        }
    }

    /// Bokmål and nynorsk are not mixed in one document: Bergen's rule set is bokmål, so its review asked for in
    /// nynorsk is written wholly in bokmål, and the tool says so once, in nynorsk.
    @Test func bergenInNynorskSaysOnceThatItsDocumentIsBokmal() throws {
        let r = try runTies(["review", "Samples/bergen", "--lang", "nn"])
        #expect(r.status == 0)
        #expect(r.err == "ties: merk: regelsettet er skrive på bokmål, så dokumentet vert skrive på bokmål\n")
        #expect(r.out.contains("Tilknytning") && r.out.contains("Viktigste grunn") && !r.out.contains("Viktigaste"))
    }

    /// Nor English and nynorsk: Eksempelvik's rule set writes only nynorsk, so its memo asked for in English is a
    /// nynorsk memo (a half-English memo with nynorsk clauses is no document), and the tool says so once, in English.
    @Test func eksempelvikInEnglishIsWhollyNynorsk() throws {
        let r = try runTies(["justify", "Samples/eksempelvik/proposals/skulenettverket.yaml", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.err == "ties: note: the rule set is written in nynorsk, so the document is written in nynorsk\n")
        #expect(r.out.contains("## Innstilling") || r.out.contains("## Kommunedirektørens innstilling"), "\(r.out)")
        #expect(!r.out.contains("recommend") && !r.out.contains("[not translated]") && !r.out.contains("The proposal"))
    }

    @Test func theLanguageIsTheFlagsThenTheEnvironmentsThenTheRuleSets() throws {
        let fromRules = try runTies(["review", "Samples/eksempelvik"])
        #expect(fromRules.out.contains("Viktigaste grunn"))
        let fromEnvironment = try runTies(["review", "Samples/bergen", "--format", "md"], environment: ["TIES_LANG": "en"])
        #expect(fromEnvironment.out.contains("# Review of international ties: Bergen"))
        let flagWins = try runTies(["review", "Samples/bergen", "--lang", "nb", "--format", "md"], environment: ["TIES_LANG": "en"])
        #expect(flagWins.out.contains("# Gjennomgang av internasjonale tilknytninger: Bergen"))
    }

    @Test(arguments: [
        (["review", "Samples/bergen", "--lang", "se"], [String: String]()), (["review", "Samples/bergen"], ["TIES_LANG": "sv"]),
        (["classify", "Samples/trondheim"], ["TIES_LANG": "NN"]), (["diff", "a.json", "b.json", "--lang", "de"], [:]),
    ])
    func anUnknownLanguageIsAUsageErrorThatListsTheLanguages(_ arguments: [String], _ environment: [String: String]) throws {
        let r = try runTies(arguments, environment: environment)
        #expect(r.status == 64)
        #expect(r.err.contains("nb") && r.err.contains("nn") && r.err.contains("en"), "\(r.err)")
    }

    @Test func amountsDatesAndRangesNeverBreakInside() {
        let nb = Phrasebook(.nb), nn = Phrasebook(.nn), en = Phrasebook(.en)
        #expect(nb.amount(102_000) == "102\u{00A0}000\u{00A0}kr")
        #expect(nn.amount(1_250_000) == "1\u{00A0}250\u{00A0}000\u{00A0}kr")
        #expect(en.amount(102_000) == "NOK\u{00A0}102,000")
        #expect(nb.number(.decimal(2.5)) == "2,5" && en.number(.decimal(2.5)) == "2.5")
        #expect(nb.date(ReviewDate("2026-11-15")!) == "15.11.2026")
        #expect(en.date(ReviewDate("2026-11-15")!) == "15\u{00A0}November\u{00A0}2026")
        #expect(nb.range("0", "3") == "0\u{2060}–\u{2060}3")
        // A number of 1e15 or more is written as it is, never grouped or looped over.
        #expect(nb.number(.decimal(1e300)) == Value.decimal(1e300).description)
    }

    @Test func aPrintedPageKeepsARuleSetsRangesAndAmountsTogether() throws {
        #expect(Phrasebook.keptTogether("Kompetanseheving (0–3)") == "Kompetanseheving (0\u{2060}–\u{2060}3)")
        #expect(Phrasebook.keptTogether("over 100 000 kr i året") == "over 100\u{00A0}000\u{00A0}kr i året")
        #expect(Phrasebook.keptTogether("2 krav og 12 kroner, 1 2345") == "2 krav og 12 kroner, 1 2345", "only thousands and kr")
        #expect(Phrasebook.keptTogether("Bergen – Göteborg") == "Bergen – Göteborg")
        // The Word memo and the HTML review carry them; the terminal table does not, as it counts columns.
        let folder = try scratchFolder("kept-together")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runTies(["justify", "Samples/trondheim/proposals/krakow-twin-city.yaml", "-o", folder + "/m.docx"]).status == 0)
        let xml = try zipEntry(try Data(contentsOf: URL(fileURLWithPath: folder + "/m.docx")), "word/document.xml")
        #expect(xml.contains("60\u{00A0}000\u{00A0}kr") && !xml.contains("60 000 kr"))
        let html = try runTies(["review", "Samples/bergen", "--format", "html"]).out
        #expect(html.contains("(0\u{2060}–\u{2060}3)") && !html.contains("(0–3)"))
        #expect(try runTies(["review", "Samples/bergen", "--wide"]).out.contains("(0–3)"))
    }

    @Test func countriesAreNamedInTheReadersLanguageFromCLDR() {
        #expect(Phrasebook(.nb).country("PL") == "Polen")
        #expect(Phrasebook(.nn).country("AT") == "Austerrike")
        #expect(Phrasebook(.nb).country("AT") == "Østerrike")
        #expect(Phrasebook(.en).country("NA") == "Namibia")
        #expect(Phrasebook(.nb).country("ZZ") == "ZZ", "a code that is no ISO region is shown as written")
        // Every ISO 3166 code has a name, not only the samples' countries.
        let codes = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
        #expect(codes.count > 240)
        for code in codes { #expect(Phrasebook(.nn).country(code) != code, "\(code)") }
    }

    @Test func theMemoAndReviewShowCountryNamesNotCodes() throws {
        let memo = try runTies(["justify", "Samples/eksempelvik/proposals/skulenettverket.yaml"]).out
        #expect(!memo.contains("BE)") && !memo.contains(" BE "), "\(memo)")
        let csv = try runTies(["review", "Samples/eksempelvik", "--format", "csv"]).out
        #expect(csv.contains(";Polen;") && !csv.contains(";PL;vert"))
        let json = try runTies(["review", "Samples/eksempelvik", "--format", "json"]).out
        #expect(json.contains(#""country": "PL""#) || json.contains(#""country":"PL""#), "JSON keeps the ISO code")
    }
}

/// A proposal may say what it expects of its assessment; `ties test` checks it as `ties justify` assesses it.
@Suite struct ProposalExpectationTests {
    @Test func aProposalsExpectedRecommendationAndVerdictsAreChecked() throws {
        let folder = try scratchFolder("proposal-expected")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for item in ["Rules", "Samples"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + item, withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(atPath: path("Rules/eksempelvik.yaml"), toPath: folder + "/Rules/eksempelvik.yaml")
        try FileManager.default.copyItem(atPath: path("Rules/sources"), toPath: folder + "/Rules/sources")
        try FileManager.default.copyItem(atPath: path("Samples/eksempelvik"), toPath: folder + "/Samples/eksempelvik")
        #expect(try runTies(["test", "--strict", "Rules/eksempelvik.yaml"], in: folder).status == 0)
        let file = folder + "/Samples/eksempelvik/proposals/skulenettverket.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacing("recommendation: join", with: "recommendation: postpone")
            .replacing("cost: met", with: "cost: not_met").write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTies(["test", "Rules/eksempelvik.yaml"], in: folder)
        #expect(r.status == 1)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("expected:") }! + 1
        let at = "Samples/eksempelvik/proposals/skulenettverket.yaml:\(line + 1):3: error: "
        // The rule set writes nynorsk, so the tool speaks it; the values stay as the file writes them.
        #expect(r.err.contains(at + "venta recommendation postpone, fekk recommendation join"), "\(r.err)")
        #expect(r.err.contains(at + "venta criterion cost: not_met, fekk criterion cost: met"), "\(r.err)")
        // An expectation that names no criterion of the rule set, or no verdict, is refused where it stands.
        try text.replacing("cost: met", with: "costs: maybe").write(toFile: file, atomically: true, encoding: .utf8)
        let bad = try runTies(["test", "Rules/eksempelvik.yaml"], in: folder)
        #expect(bad.status == 65)
        #expect(bad.err.contains("ukjend nøkkel 'costs' i dei venta kriteria; meinte du 'cost'?"), "\(bad.err)")
    }
}

/// Messages follow the reader's language as documents do: every case of the two corpora of broken inputs, said in
/// bokmål and nynorsk, with no bokmål word of the tool's own in its nynorsk.
@Suite(.serialized) struct MessageLanguageTests {
    /// Each corpus case as the command it runs: the broken inputs' pinned commands, and `ties lint` of each broken rule set.
    static let commands: [[String]] = {
        let input = path("Tests/TiesTests/Broken/input")
        let inputs = ((try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []).filter { $0.hasSuffix(".expected") }.sorted()
            .compactMap { name -> [String]? in
                guard let text = try? String(contentsOfFile: input + "/" + name, encoding: .utf8),
                    let first = text.split(separator: "\n").first
                else { return nil }
                return first.dropFirst("# ties ".count).split(separator: " ").map(String.init).filter { $0 != "--lang" && $0 != "nn" }
            }
        let lint = path("Tests/TiesTests/Broken/lint")
        let rules = ((try? FileManager.default.contentsOfDirectory(atPath: lint)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { ["lint", "--strict", "--sources", "../shared/seeds", "Tests/TiesTests/Broken/lint/\($0)"] }
        return inputs + rules
    }()

    /// The lines the tool itself words (messages, hints, notes, summaries), with what they quote from the file left out.
    static func toolsWords(_ err: String) -> String {
        err.split(separator: "\n").filter { line in
            [": error: ", ": warning: ", ": note: ", "ties: ", "tips: ", "hint: "].contains { line.contains($0) }
                || line.first?.isNumber == true
        }
        .map { line in
            let message = line.firstRange(of: try! Regex(": (error|warning|note): ")).map { line[$0.upperBound...] } ?? line[...]
            // A message cut at its length limit may end inside a quote: the rest of it is the file's too.
            return String(message).replacing(try! Regex(#"'[^']*'|«[^»]*»|"[^"]*""#), with: " ").replacing(
                try! Regex(#"'[^']*$"#), with: " ")
        }
        .joined(separator: "\n")
    }

    @Test func thereAreCasesToSay() { #expect(Self.commands.count >= 80) }

    @Test func everyBrokenInputIsSaidInNynorskAndBokmal() throws {
        for command in Self.commands {
            let en = try runTies(command, environment: ["TIES_LANG": "en"])
            let nb = try runTies(command, environment: ["TIES_LANG": "nb"])
            let nn = try runTies(command, environment: ["TIES_LANG": "nn"])
            #expect(nb.status == en.status && nn.status == en.status, "\(command)")
            guard !en.err.isEmpty else { continue }
            #expect(nb.err != en.err, "\(command): not said in bokmål\n\(nb.err)")
            #expect(nn.err != nb.err, "\(command): not said in nynorsk\n\(nn.err)")
            #expect(LanguageTests.bokmal(in: Self.toolsWords(nn.err)) == [], "\(command)\n\(nn.err)")
        }
    }

    @Test func aMisspeltKeyIsSaidInEachLanguage() throws {
        let file = "Tests/TiesTests/Broken/lint/misspelt-key.yaml"
        let said = try Language.allCases.map { language in
            try runTies(["lint", "--sources", "../shared/seeds", file, "--lang", language.code]).err.split(separator: "\n").first.map(
                String.init)
        }
        let at = "\(file):15:5: error: "
        let keys = "id, criterion, applies_to, when, outcome, at_most, points, flag, condition, asks, because, cite, operational, examples"
        #expect(said[0] == at + "ukjent nøkkel 'wen' i en regel; mente du 'when'?; nøklene er " + keys)
        #expect(said[1] == at + "ukjend nøkkel 'wen' i ein regel; meinte du 'when'?; nøklane er " + keys)
        #expect(said[2] == at + "unknown key 'wen' in a rule; did you mean 'when'?; the keys are " + keys)
    }

    @Test func theCommandsOwnErrorsNotesAndSummariesFollowTheLanguage() throws {
        let missing = try runTies(["review", "Samples/nowhere", "--lang", "nn"])
        #expect(missing.err == "ties: error: finn ikkje fila 'Samples/nowhere'\n")
        let usage = try runTies(["review", "Samples/bergen", "--as-of", "i går"], environment: ["TIES_LANG": "nb"])
        #expect(usage.status == 64)
        #expect(usage.err.contains("--as-of må være en dato skrevet ÅÅÅÅ-MM-DD, ikke 'i går'"), "\(usage.err)")
        let lint = try runTies(["lint", "Rules/eksempelvik.yaml"])
        #expect(
            lint.err.hasSuffix(" sitat kontrollerte ordrett mot den vedtekne teksten\n")
                && lint.err.contains("1 regelsett: 0 feil, 0 åtvaringar; "), "\(lint.err)")
        #expect(lint.err.contains("tal strategien sjølv oppgjev:\n  election_term_from = 2023 (første året i valperioden)"))
        // The nynorsk rule set's own test report is nynorsk without being asked.
        let test = try runTies(["test", "Rules/eksempelvik.yaml"])
        #expect(test.status == 0)
        #expect(test.out.hasPrefix("Rules/eksempelvik.yaml: "))
        #expect(test.out.contains("døme") && test.out.contains("reglar prøvde"), "\(test.out)")
        #expect(LanguageTests.bokmal(in: test.out) == [], "\(test.out)")
    }
}
