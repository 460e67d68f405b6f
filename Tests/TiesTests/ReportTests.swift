import Foundation
import ZIPFoundation
import Testing
import TiesCore
@testable import TiesReports

/// A portfolio whose record names are markup and spreadsheet formulas.
let hostileNames = """
    municipality: Bergen
    as_of: 2026-11-15
    records:
      - id: xss
        name: "<script>alert(1)</script>"
        kind: network
        facts: {roles: [host], competence_gain: 2, influence: 2, project_basis: true, goal_areas: [intercultural]}
        activities: [{year: 2026, type: meeting}]
      - id: formula
        name: "=HYPERLINK(\\"http://evil\\",\\"x\\")"
        kind: network
        notes: "| table | *bold* [link](x)"
        facts: {roles: []}
    """

func hostileReview() throws -> Review {
    let rules = try loadRuleSet("bergen.yaml")
    let portfolio = try PortfolioLoader.load(header: SourceText(path: "hostile.yaml", text: hostileNames), recordFiles: [], ruleSet: rules)
    return Engine(ruleSet: rules).review(portfolio)
}

@Suite struct EscapingTests {
    /// A line's width counted by bytes where that is exact reads as its characters counted one by one.
    @Test func aLineIsAsWideAsItsCharacters() {
        let texts = [
            "Århus – «Ja»", "e\u{301}", "👍🏽", "a\u{200D}b", "a\u{200C}b", "\u{2013}\u{2014}\u{2026}", "\u{A0}x\u{202F}", "\r\n", "å\u{30A}",
            "🇳🇴", "ﬁ", "한국어", "x\u{2060}y", "", "plain",
        ]
        for text in texts {
            #expect(ReviewTable.visibleCount(text) == text.count, "\(text.debugDescription)")
        }
    }

    let review = try! hostileReview()

    @Test func htmlShowsMarkupAsText() {
        let html = HTMLWriter.write(ReviewDocument(Phrasebook(.en)).build(review))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("http://") || html.contains("&quot;http://evil&quot;"))  // no external assets, only escaped text
        #expect(!html.contains("<link") && !html.contains("src="))
    }

    @Test func markdownEscapesEveryValue() {
        let md = MarkdownWriter.write(ReviewDocument(Phrasebook(.en)).build(review))
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(!md.contains("<script>"))
    }

    @Test func csvNeutralisesFormulasAndQuotes() {
        let csv = CSVRenderer(Phrasebook(.en)).render(review)
        #expect(csv.hasPrefix("\u{FEFF}Tie,Kind,Country,Outcome,"))
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",network,"))
        #expect(!csv.contains(",=HYPERLINK"))
        #expect(CSVRenderer.quote("+47 55 56 00 00") == "'+47 55 56 00 00")
        #expect(CSVRenderer.quote("-1") == "'-1")
        #expect(CSVRenderer.quote("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVRenderer.quote("a, b") == "\"a, b\"")
    }

    @Test func tiesAreListedAsAReaderLooksForThem() throws {
        // Most severe first, then by name with æ, ø, å after z; JSON keeps id order.
        let bergen = try runTies(["review", "Samples/bergen", "--format", "csv"]).out.split(separator: "\r\n").dropFirst().map {
            String($0.split(separator: ";")[0])
        }
        #expect(bergen.prefix(2) == ["Global Climate Forum (GCF)", "Union of the Baltic Cities (UBC)"])
        // Every row is a tie: the fingerprint is not a row Excel would count.
        #expect(bergen.suffix(2) == ["Åbo/Turku", "Århus"], "\(bergen.suffix(3))")
        #expect(bergen.count == 34)
        #expect(Review.collationKey("Zürich").lexicographicallyPrecedes(Review.collationKey("Ærø")))
        #expect(Review.collationKey("Ærø").lexicographicallyPrecedes(Review.collationKey("Øksnes")))
        #expect(Review.collationKey("Øksnes").lexicographicallyPrecedes(Review.collationKey("Ålesund")))
        #expect(Review.collationKey("Orléans").lexicographicallyPrecedes(Review.collationKey("Oslo")))
        let json = try runTies(["review", "Samples/bergen", "--format", "json"]).out
        #expect(json.range(of: "\"id\": \"aarhus\"")!.lowerBound < json.range(of: "\"id\": \"ubc\"")!.lowerBound)
    }

    @Test func csvInNorwegianIsWhatNorwegianExcelReads() {
        let nb = CSVRenderer(Phrasebook(.nb))
        #expect(nb.separator == ";")
        #expect(nb.cell(.decimal(0.5)) == "0,5")
        #expect(nb.cell(.bool(true)) == "Ja" && nb.cell(.bool(false)) == "Nei")
        #expect(nb.cell(.set(["culture", "history"])) == "culture, history")
        let rendered = nb.render(review)
        #expect(rendered.hasPrefix("\u{FEFF}Tilknytning;Type;Land;Utfall;Foreløpig;Kategori;"))
        // Labels, not ids, in the cells as in the headings.
        #expect(!rendered.contains("keep_with_conditions") && !rendered.contains(";twin_city;"))
        #expect(CSVRenderer.quote("a; b") == "\"a; b\"")
        let en = CSVRenderer(Phrasebook(.en))
        #expect(en.separator == "," && en.cell(.decimal(0.5)) == "0.5" && en.cell(.bool(true)) == "Yes")
        // The other dialect on request.
        #expect(CSVRenderer(Phrasebook(.nb), separator: ",").cell(.decimal(0.5)) == "0.5")
    }

    @Test func docxEscapesXML() throws {
        let data = try DocxWriter.write(ReviewDocument(Phrasebook(.en)).build(review))
        #expect(data.prefix(2) == Data("PK".utf8))
        #expect(DocxWriter.escape("<w:t>&\u{1}") == "&lt;w:t&gt;&amp;")
    }

    @Test func documentsAreCitedByTitleAndCaseWithNorwegianDates() throws {
        let md = try runTies(["review", "Samples/bergen", "--format", "md"]).out
        #expect(md.contains("Vurdert 15.11.2026 mot"))
        #expect(md.contains("— «Bergen og verden – Internasjonal strategi for Bergen kommune» (vedtatt 20.06.2018, sak\u{00A0}173/18), «"))
        #expect(!md.contains("000\\_957769bab816e95a.txt") && !md.contains("000_957769bab816e95a.txt"))
        #expect(md.contains("| Global Climate Forum (GCF) | nettverk | avsluttet |"))
        // The English memo's translation is its own closed parenthesis; the quote stays verbatim.
        let memo = try runTies(["justify", "Samples/bergen/proposals/human-rights-cities.yaml", "--lang", "en"]).out
        #expect(memo.contains("<sub>(Our translation: “Membership in networks, organisations and alliances shall bring competence gain"))
        #expect(!memo.contains("» (our translation: “"))
    }

    @Test func theWorkbookHasTiesReasonsGapsAndFingerprint() throws {
        let data = try ReviewWorkbook(Phrasebook(.nb)).write(review)
        func part(_ path: String) throws -> String { try zipEntry(data, path) }
        let workbook = try part("xl/workbook.xml")
        #expect(workbook.contains("name=\"Tilknytninger\"") && workbook.contains("name=\"Begrunnelse\""))
        let ties = try part("xl/worksheets/sheet1.xml")
        // A frozen, labelled header; column widths; numbers as numbers, Ja/Nei as words, dates as date serials.
        #expect(ties.contains("state=\"frozen\"") && ties.contains("customWidth=\"1\""))
        #expect(ties.contains("<t xml:space=\"preserve\">Tilknytning</t>"))
        #expect(ties.contains("<v>") && (ties.contains(">Ja<") || ties.contains(">Nei<")))
        // Every heading begins in capitals, a filter on the table, a long name wraps in its cell (style 3) on a taller row.
        let headings = ties.components(separatedBy: "</row>")[0].components(separatedBy: "<t xml:space=\"preserve\">").dropFirst()
            .map { $0.prefix { $0 != "<" } }
        #expect(headings.allSatisfy { $0.first?.isUppercase == true }, "\(headings)")
        #expect(ties.contains("<autoFilter ref=\"A1:"))
        #expect(ties.contains("<c r=\"A2\" s=\"3\" t=\"inlineStr\">"))
        #expect(XLSXWriter.serial(ReviewDate("2026-11-15")!) == 46_341)
        #expect(XLSXWriter.column(0) == "A" && XLSXWriter.column(26) == "AA")
    }

    @Test func wordFitsThePage() throws {
        let data = try DocxWriter.write(ReviewDocument(Phrasebook(.nb)).build(review))
        func part(_ path: String) throws -> String { try zipEntry(data, path) }
        let body = try part("word/document.xml")
        // Widths from the content in a fixed layout; header rows repeat; no row splits across pages.
        #expect(body.contains("<w:tblLayout w:type=\"fixed\"/>") && body.contains("<w:gridCol w:w=\""))
        #expect(body.contains("<w:tblHeader/>") && body.contains("<w:cantSplit/>"))
        // No orphan: the legend stands before the overview, kept with it; a short table's rows keep together.
        #expect(body.contains("<w:keepNext/><w:keepLines/></w:pPr><w:r><w:t xml:space=\"preserve\">– gjelder ikke"))
        // The overview is a landscape section between portrait ones.
        #expect(body.contains("w:orient=\"landscape\""))
        #expect(body.components(separatedBy: "<w:sectPr>").count - 1 == 3)
        // What the file is, for Word and the case system.
        #expect(try part("docProps/core.xml").contains("<dc:language>nb-NO</dc:language>"))
        #expect(try part("word/settings.xml").contains("compatibilityMode"))
        // A verdict under its heading keeps with the heading, not also with its quote: LibreOffice would move the
        // chain of three without the heading, and leave the heading at a page's foot.
        let memo = try DocxWriter.write(
            Document(
                title: "T", book: Phrasebook(.nb),
                blocks: [
                    .heading(2, "Kriterium"), .paragraph([.strong("Oppfylt."), .text(" Fordi.")]), .quote("Sitat", source: "Kilde"),
                    .text("Slutt"),
                ]))
        #expect(
            !(try zipEntry(memo, "word/document.xml")).contains(
                "<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Oppfylt."))
        let widths = DocxWriter.columnWidths(["Tilknytning", "K1"], [["Global Climate Forum (GCF)", "nei"]], width: 9072)
        #expect(widths.reduce(0, +) <= 9072 && widths[1] >= 3 * 130 + 260)
    }
}

@Suite(.serialized) struct FormatTests {
    @Test(arguments: ["table", "md", "html", "csv", "xlsx", "json", "docx"])
    func sameInputsGiveByteIdenticalOutputInAnyLocaleOrTimeZone(_ format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-fmt-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.\(format)").path, b = folder.appendingPathComponent("b.\(format)").path
        #expect(try runTies(["review", "Samples/bergen", "--format", format, "-o", a]).status == 0)
        #expect(
            try runTies(
                ["review", "Samples/bergen", "--format", format, "-o", b], environment: ["TZ": "America/Los_Angeles", "LANG": "C"]
            ).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(!bytes.isEmpty)
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: b))))
    }

    @Test func everyReportCarriesAFingerprint() throws {
        for format in ["table", "md", "html", "json"] {
            let r = try runTies(["review", "Samples/bergen", "--format", format], environment: ["COLUMNS": "200"])
            #expect(r.out.contains("regelsett sha256:") || r.out.contains("\"ruleset_sha256\""), "\(format) has no fingerprint")
            #expect(!r.out.contains("as of 2026"), "\(format): the Norwegian report dates in Norwegian")
        }
        // A CSV's fingerprint is the text file beside it.
        let folder = try scratchFolder("csv-fingerprint")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runTies(["review", "Samples/bergen", "-o", folder + "/liste.csv"]).status == 0)
        let beside = try String(contentsOfFile: folder + "/liste.fingerprint.txt", encoding: .utf8)
        #expect(beside.hasPrefix("regelsett sha256:"))
        #expect(!(try String(contentsOfFile: folder + "/liste.csv", encoding: .utf8)).contains("sha256"))
        let json = try runTies(["review", "Samples/bergen", "--format", "json"]).out
        let fingerprint = try #require(json.split(separator: "\n").first { $0.contains("\"ruleset_sha256\"") })
        #expect(fingerprint.filter(\.isHexDigit).count >= 64)
    }

    /// The review written a record at a time is, byte for byte, the whole document serialised: in every sample.
    @Test(arguments: ["bergen", "trondheim", "fredrikstad", "kristiansand", "eksempelvik"])
    func jsonWrittenARecordAtATimeIsTheWholeDocument(_ sample: String) throws {
        let (_, review) = try testPipeline.review(portfolio: path("Samples/\(sample)"), rules: nil)
        for book in [Phrasebook(.nb), Phrasebook(.en)] {
            let renderer = JSONRenderer(book)
            #expect(renderer.bytes(review) == Array(renderer.document(review).serialized().utf8))
        }
    }

    @Test func fingerprintDoesNotDependOnRecordOrder() throws {
        let rules = try loadRuleSet("bergen.yaml")
        let w = try testPipeline.workspace(portfolio: path("Samples/bergen"), rules: nil)
        var reversed = w.portfolio
        reversed.records.reverse()
        #expect(reversed.canonicalText == w.portfolio.canonicalText)
        #expect(
            JSONRenderer().render(Engine(ruleSet: rules).review(reversed))
                == JSONRenderer().render(Engine(ruleSet: rules).review(w.portfolio)))
    }
}

@Suite(.serialized) struct JustifyTests {
    static let proposals = [
        "bergen/proposals/human-rights-cities.yaml", "trondheim/proposals/krakow-twin-city.yaml",
        "kristiansand/proposals/austin.yaml", "fredrikstad/proposals/riihimaki.yaml",
    ]
    static let sectionsNB = [
        "Sammendrag", "Saksopplysninger", "Vurdering", "Økonomiske konsekvenser", "Konklusjon", "Om vurderingsgrunnlaget",
    ]
    static let sectionsEN = [
        "Summary", "Facts of the case", "Assessment", "Economic consequences", "Conclusion", "About the basis of the assessment",
    ]
    static let owners = ["bergen": "Byrådets innstilling"]

    @Test(arguments: proposals)
    func memoHasEverySectionInBothLanguages(_ proposal: String) throws {
        let nb = try runTies(["justify", "Samples/\(proposal)"])
        #expect(nb.status == 0, "\(nb.err)")
        let city = String(proposal.prefix { $0 != "/" })
        #expect(nb.out.contains("\n## \(Self.owners[city] ?? "Kommunedirektørens innstilling")\n\n1. "), "the proposal's owner heads it")
        for section in Self.sectionsNB { #expect(nb.out.contains("\n## \(section)\n"), "missing \(section)") }
        #expect(nb.out.contains("\n### Saksgang\n") && nb.out.contains("\n### Andre saksdokumenter (ikke vedlagt)\n"))
        let en = try runTies(["justify", "Samples/\(proposal)", "--lang", "en", "--format", "html"])
        for section in Self.sectionsEN { #expect(en.out.contains("<h2>\(section)</h2>"), "missing \(section)") }
    }

    /// What a case officer checks first in every memo, in every language: nothing the proposal or the strategy does not
    /// carry. The proposal's owner heads the resolution; «per år» only for a yearly cost; no sentence on funding
    /// without `funded_by` and no evaluation date without `evaluate_by`; no country code; each quote printed once;
    /// the body holds none of the tool's method (parameters, fingerprint), which stands in the closing section.
    @Test(arguments: proposals + ["eksempelvik/proposals/skulenettverket.yaml"])
    func aMemoSaysOnlyWhatItsFactsCarry(_ proposal: String) throws {
        let file = try String(contentsOfFile: path("Samples/\(proposal)"), encoding: .utf8)
        let (yearly, funded, evaluated) = (file.contains("period: yearly"), file.contains("funded_by:"), file.contains("evaluate_by:"))
        let country = file.split(separator: "\n").first { $0.hasPrefix("  country: ") }.map {
            String($0.dropFirst(11)).trimmingCharacters(in: .whitespaces)
        }
        for language in Language.allCases {
            let r = try runTies(["justify", "Samples/\(proposal)", "--lang", language.code])
            #expect(r.status == 0, "\(proposal) \(language): \(r.err)")
            let memo = r.out
            // A rule set that does not write the language asked for gets its memo wholly in one it writes.
            let body = Language.allCases.reduce(memo) { m, l in m.components(separatedBy: "\n## " + Phrasebook(l).memo(.aboutTheBasis))[0] }
            if !yearly {
                let fee = [
                    Phrasebook(language).memo(.perYearItem(Phrasebook(language).memo(.fee))), Phrasebook(language).memo(.perYearSuffix),
                ]
                var rest = body.replacing(fee[0], with: "")
                for line in rest.split(separator: "\n") where line.contains(fee[1]) {
                    // A fee is yearly by its name; nothing else is called yearly.
                    #expect(line.contains(Phrasebook(language).memo(.annualFee(""))), "\(proposal) \(language): «per år» in \(line)")
                }
                rest = ""
                _ = rest
            }
            let fundingWords = [
                "dekkes av", "vert dekte av", "are paid for by", "are covered by", "innenfor rammen", "innanfor ramma", "within the budget",
            ]
            if !funded { #expect(!fundingWords.contains { body.contains($0) }, "\(proposal) \(language): a funding sentence") }
            let evaluationWords = ["evaluering av deltakelsen", "evaluering av deltakinga", "evaluation of the participation", "på nytt"]
            if !evaluated { #expect(!evaluationWords.contains { body.contains($0) }, "\(proposal) \(language): an evaluation point") }
            if let country { #expect(!memo.contains(" \(country) ") && !memo.contains(" \(country):"), "\(proposal): the code \(country)") }
            for quote in memo.split(separator: "\n").filter({ $0.hasPrefix("> «") }) {
                #expect(memo.components(separatedBy: String(quote)).count == 2, "\(proposal) \(language): printed twice: \(quote)")
            }
            #expect(!body.contains("sha256") && !body.contains("†"), "\(proposal) \(language): method in the body")
        }
    }

    /// The grade follows the criterion's score, never a rule's outcome: Fredrikstad's «mål, plan og budsjett» is a plain
    /// no for Riihimäki, which a condition of the resolution would mend; Bergen's competence 2 of 3 is met, as the rule set
    /// reads the scale (`met_from: 2`), and 1 would be met in part.
    @Test func aCriterionIsGradedFromItsScore() throws {
        let riihimaki = try runTies(["justify", "Samples/fredrikstad/proposals/riihimaki.yaml"]).out
        #expect(riihimaki.contains("**Ikke oppfylt; kan oppfylles med vilkår.**"), "\(riihimaki)")
        #expect(!riihimaki.contains("Delvis oppfylt"))
        let json = try runTies(["justify", "Samples/fredrikstad/proposals/riihimaki.yaml", "--format", "json"]).out
        #expect(json.contains(#""verdict": "not_met",\#n      "curable": true"#), "\(json)")
        let bergen = try runTies(["justify", "Samples/bergen/proposals/human-rights-cities.yaml"]).out
        #expect(bergen.contains("### Kompetanseheving\n\n**Oppfylt.**"), "\(bergen)")
        let ruleSet = try loadRuleSet("bergen.yaml")
        let competence = try #require(ruleSet.criteria.first { $0.id == "competence" })
        #expect(competence.metFrom == 2)
        var record = Record(id: "x", name: "X", kind: "network", location: SourceLocation(file: "t", line: 1, column: 1))
        record.facts = ["competence_gain": .int(1), "roles": .makeSet(["host"]), "influence": .int(1), "project_basis": .bool(true)]
        let assessed = Assessment(ruleSet: ruleSet).criteria(Engine(ruleSet: ruleSet).evaluate(record, asOfYear: 2026))
        #expect(assessed.first { $0.criterion.id == "competence" }?.verdict == .partly)
    }

    @Test func summaryIsAtMostFiveLinesAndEveryCriterionIsAssessedWithACitation() throws {
        let memo = try runTies(["justify", "Samples/bergen/proposals/human-rights-cities.yaml", "--lang", "en"]).out
        let summary = memo.components(separatedBy: "## Summary\n")[1].components(separatedBy: "\n## ")[0]
        #expect(summary.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count <= 5)
        let assessment = memo.components(separatedBy: "## Assessment\n")[1].components(separatedBy: "\n## Economic")[0]
        let basis = memo.components(separatedBy: "## About the basis of the assessment\n")[1]
        for criterion in try loadRuleSet("bergen.yaml").criteria {
            // A network is assessed on the criteria for networks; the others are named once, in the closing section.
            if criterion.applies(to: "network") {
                #expect(assessment.contains("\n### \(criterion.title.text(.en))\n"))
            } else {
                #expect(!assessment.contains(criterion.title.text(.en)))
                #expect(basis.contains(criterion.title.text(.en)), "the not-applicable sentence names it")
            }
        }
        #expect(assessment.components(separatedBy: "> «").count - 1 >= 3)
    }

    @Test func theFinnishTwinCityProposalMendsThePortfolioFinding() throws {
        let memo = try runTies(["justify", "Samples/fredrikstad/proposals/riihimaki.yaml", "--lang", "en"]).out
        #expect(memo.contains("Once the proposal is carried out, this will hold for the municipality's ties taken together:"))
        #expect(memo.contains("- The municipality has one twin city in Finland, as the strategy says."))
        #expect(
            memo.contains(
                "1. Fredrikstad enters into a twin-city agreement with Riihimäki in Finland, with emphasis on emergency preparedness and the exchange of expertise, once there is a project plan describing the activity."
            ), "the proposal's own words")
        #expect(
            memo.contains(
                "2. The city council asks the chief municipal executive, by 1\u{00A0}June\u{00A0}2027, to make a project plan describing the activity."
            ))
        // The criterion not met is named where the case is summed up, with the point of the resolution that meets it.
        let nb = try runTies(["justify", "Samples/fredrikstad/proposals/riihimaki.yaml"]).out
        // The tie as the reader knows it, not the tool's «tilknytning».
        #expect(nb.contains("Vurderingen gjelder samarbeidet slik det vil være om forslaget vedtas."))
        #expect(nb.contains("Kriteriet «Besøk hver vei i bystyreperioden» gjelder ikke for samarbeidet og er ikke vurdert."))
        #expect(
            nb.contains(
                "kriteriet «Mål, prosjektplan og budsjett» er ikke oppfylt ennå, og innstillingen ber om det som mangler (punkt 2)."))
        #expect(
            nb.contains(
                "## Konklusjon\n\nKommunedirektøren tilrår at forslaget vedtas. Samarbeidet med Riihimäki mangler en prosjektplan som beskriver aktiviteten; innstillingen ber om det som mangler (punkt 2).\n"
            ))
    }

    /// A malformed field of a proposal is refused where it stands, saying what was expected; Kraków's own `requires`
    /// puts what every criterion rests on into the resolution.
    @Test(arguments: [
        ("  requires: [no_such_fact]", "9:14: error: 'requires' names unknown fact 'no_such_fact'"),
        (
            "  requires: [political_focus]",
            "9:14: error: 'requires' names 'political_focus', but expected a yes-or-no fact the tie records as yes"
        ),
        ("  evaluate_by: next spring", "9:16: error:"),
        ("  conditions_due: 2027-13-01", "9:19: error:"),
        ("  costs: {funded_by: [1, 2]}", "9:22: error: expected 'funded_by' as text, found a list"),
    ])
    func aMalformedProposalFieldIsRefusedWhereItStands(_ line: String, _ message: String) throws {
        let folder = try scratchFolder("proposal-field")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let yaml = """
            rules: \(path("Rules/trondheim.yaml"))
            as_of: 2026-11-15
            record:
              id: x
              name: X
              kind: twin_city
              facts: {has_project_agreement: true, political_focus: false}
            proposal:
            \(line)
            """
        try yaml.write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
        let r = try runTies(["justify", folder + "/p.yaml", "--lang", "en"])
        #expect(r.status == 65, "\(r.err)")
        #expect(r.err.contains("p.yaml:" + message), "\(r.err)")
        let krakow = try runTies(["justify", "Samples/trondheim/proposals/krakow-twin-city.yaml"]).out
        #expect(
            krakow.contains(
                "1. Trondheim kommune inngår vennskapsbyavtale med Kraków når relasjonen bygger på en konkret prosjektavtale, samarbeidet har konkrete mål og krav til måloppnåelse og det foreligger en plan for å dokumentere effekten.\n2. Bystyret ber kommunedirektøren innen 01.06.2027 legge fram en orientering for bystyret om hvordan vilkårene i punkt 1 er oppfylt."
            ))
    }

    @Test func theMemoStatesOnlyWhatTheProposalStates() throws {
        // Trondheim's Kraków: funding applied for, not granted, is never called received nor subtracted.
        let krakow = try runTies(["justify", "Samples/trondheim/proposals/krakow-twin-city.yaml"]).out
        #expect(!krakow.contains("har gitt 150\u{00A0}000\u{00A0}kr"))
        #expect(krakow.contains("| Ekstern finansiering søkt, ikke avgjort | 150\u{00A0}000\u{00A0}kr |"))
        #expect(!krakow.contains("Ekstern finansiering innvilget"), "no granted row where the proposal gives none")
        #expect(krakow.contains("Beløpet er ikke trukket fra kostnaden."))
        // The proposal says travel and staff time are yearly: so they are called, and a yearly net cost is given.
        #expect(
            krakow.contains("| Reiser (per år) | 60\u{00A0}000\u{00A0}kr |")
                && krakow.contains("| Netto kostnad (per år) | 220\u{00A0}000\u{00A0}kr |"))
        // The strategy is cited with its case number; the council is Trondheim's own, the proposal the office's.
        #expect(krakow.contains("- «Internasjonal strategi for Trondheim kommune», vedtatt 28.01.2010, sak\u{00A0}3/10"))
        #expect(krakow.contains("| Bystyret |  |  |"))
        // Criteria appear with their sentence when met, and the facts that meet them, said as the rule set says them.
        // What speaks for a tie not yet begun is what the proposal assumes, not a present fact.
        #expect(
            krakow.contains("**Oppfylt.** Forslaget legger til grunn at relasjonen er toveis, med aktivitet og nytte i begge retninger."))
        // The background tells what the tie is; no stub sentence of kind and country repeats it.
        #expect(!krakow.contains("Saken gjelder Kraków (vennskapsby, Polen)."))
        #expect(krakow.contains("Forslaget legger til grunn at\n\n- relasjonen bygger på en konkret prosjektavtale\n"))
        // A number of ours in a reason is said to be one where it stands, in the proposer's voice.
        let austin = try runTies(["justify", "Samples/kristiansand/proposals/austin.yaml"]).out
        #expect(
            austin.contains(
                "koster 120\u{00A0}000 kr i året; med nytte 2 på skalaen 0–3 tåler det inntil 150\u{00A0}000 kr, så nytten står i forhold til kostnaden. Kommunedirektøren setter grensen for årlig kostnad for hvert trinn av nytte (på skalaen 0–3) til 75\u{00A0}000\u{00A0}kr. Grensen brukes i kost/nytte-vurderingen som punkt 1.3 i strategien krever; strategien setter selv ingen grense.\n"
            ))
        let body = austin.components(separatedBy: "## Om vurderingsgrunnlaget")[0]
        #expect(!body.contains("nyttepoeng") && !body.contains(" av 3"), "the benefit is said in words, not on its scale")
        // The same tie in the portfolio's own review: the memo says what that review found.
        #expect(
            krakow.contains(
                "I gjennomgangen av kommunens internasjonale samarbeid får Kraków i dag utfallet «ny vurdering»: relasjonen passer ikke i noen av de fire kategoriene"
            ))
        // The alternative the proposal names is weighed in a sentence a committee can follow.
        #expect(krakow.contains("## Alternativer\n\n### Videreføre intensjonsavtalen fra 2012 uten vennskapsbyavtale"))
        #expect(krakow.contains("Slik alternativet er, oppfyller det ikke kriteriene i strategien: "))
        // …beside the proposal: what it lacks on the criteria, and (Bergen's, which gives its costs) what it costs.
        #expect(
            krakow.contains(
                "Det oppfyller ikke kriteriene «Målbar med dokumenterbar effekt» og «Nye relasjoner: gjør en forskjell og har felles grunnlag», som forslaget oppfyller."
            ))
        // A network admits its members: the council can decide to apply; Bergen's proposal is the city government's.
        let bergen = try runTies(["justify", "Samples/bergen/proposals/human-rights-cities.yaml"]).out
        #expect(bergen.contains("## Byrådets innstilling\n\n1. Bergen kommune søker medlemskap i European Human Rights Cities Network."))
        #expect(
            bergen.contains(
                "Også alternativet ville oppfylle kriteriene i strategien: ingen av kriteriene som gjelder for det, taler imot."
            ))
        // The proposal says its costs are yearly and how they are paid for, so the resolution says both.
        #expect(
            bergen.contains(
                "2. Kontingent på 10\u{00A0}000\u{00A0}kr per år, reiseutgifter på 30\u{00A0}000\u{00A0}kr per år og om lag 120 timer arbeidstid (102\u{00A0}000\u{00A0}kr) per år dekkes av budsjettet til Byrådsavdeling for sosial, bolig og inkludering."
            ), "\(bergen)")
        #expect(bergen.contains("| Netto kostnad (per år) | 142\u{00A0}000\u{00A0}kr |"))
        #expect(bergen.contains("Saken er forberedt av Byrådsavdeling for sosial, bolig og inkludering."))
        #expect(
            bergen.contains(
                "Kostnadene ved alternativet er om lag 60 timer arbeidstid (51\u{00A0}000\u{00A0}kr) per år, mot kontingent på 10\u{00A0}000\u{00A0}kr per år"
            ))
        // The facts are told in prose, only those the rules for a network read, not the twin cities' levels and sectors.
        #expect(!bergen.contains("Nivåer samarbeidet omfatter"))
        // A fact a criterion is argued with is said once, in the assessment.
        #expect(bergen.components(separatedBy: "er relevant for kommunen som samfunnsutvikler og tjenesteleverandør").count == 2)
        #expect(
            bergen.contains(
                "Forslaget legger til grunn at tilknytningen er relevant for kommunen som samfunnsutvikler og tjenesteleverandør."))
        #expect(bergen.contains("- den årlige kontingenten er 10\u{00A0}000\u{00A0}kr\n"))
    }

    /// The English memo takes the proposal's English texts; a text given in Norwegian only is marked, not passed off.
    @Test func theEnglishMemoIsEnglishOrSaysWhereItIsNot() throws {
        for proposal in Self.proposals {
            let en = try runTies(["justify", "Samples/\(proposal)", "--lang", "en"]).out
            #expect(!en.contains("not translated") && !en.contains("Not translated"), "\(proposal)")
        }
        // Who prepared the case, in English where the proposal gives it.
        let austin = try runTies(["justify", "Samples/kristiansand/proposals/austin.yaml", "--lang", "en"]).out
        #expect(austin.contains("The case was prepared by Cooperation and Innovation."))
        // The annual case's own title in English, and a body the ledger names in Norwegian said as the council's.
        let bergen = try runTies(["review", "Samples/bergen", "--case", "--lang", "en"]).out
        #expect(bergen.hasPrefix("# Annual review of international memberships 2026\n"))
        #expect(bergen.contains("The decision of the city council of 18\u{00A0}June\u{00A0}2025 (case\u{00A0}45/25)"), "\(bergen)")
        #expect(!bergen.contains("bystyret") && !bergen.contains("byrådet"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-untranslated-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOfFile: path("Samples/trondheim/proposals/krakow-twin-city.yaml"), encoding: .utf8)
        let file = folder.appendingPathComponent("p.yaml").path
        try original.replacing(
            "{nb: Vennskapsbyavtale med Kraków, en: Twin-city agreement with Kraków}", with: "Vennskapsbyavtale med Kraków"
        )
        .replacing("../../../Rules/trondheim.yaml", with: path("Rules/trondheim.yaml")).replacing("portfolio: ..\n", with: "")
        .write(toFile: file, atomically: true, encoding: .utf8)
        let en = try runTies(["justify", file, "--lang", "en"])
        #expect(en.status == 0, "\(en.err)")
        #expect(en.out.hasPrefix("# Vennskapsbyavtale med Kraków \\[not translated\\]\n"))
        #expect(try runTies(["justify", file]).out.hasPrefix("# Vennskapsbyavtale med Kraków\n"))
    }

    @Test func aProposalMustSayWhetherFundingIsAppliedForOrGranted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-funding-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOfFile: path("Samples/bergen/proposals/human-rights-cities.yaml"), encoding: .utf8)
        let file = folder.appendingPathComponent("p.yaml").path
        try original.replacing("external_funding_granted_nok: 0", with: "external_funding_nok: 5000")
            .replacing("../../../Rules/bergen.yaml", with: path("Rules/bergen.yaml")).replacing("portfolio: ..\n", with: "")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["justify", file])
        #expect(r.status == 65)
        #expect(r.err.contains("error: say whether the external funding is applied for or granted"))
    }

    @Test func theHTMLReviewPrintsOnA4WithTheOverviewInLandscape() throws {
        let html = try runTies(["review", "Samples/bergen", "--format", "html"]).out
        // No word is broken inside a syllable; pages are numbered; the overview has landscape pages of its own.
        #expect(!html.contains("td{border:1px solid #bbb;padding:.25rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere"))
        #expect(html.contains("@page wide{size:A4 landscape}") && html.contains("counter(pages)"))
        // The overview names no criterion by a code: its columns are the tie, its outcome, fee and main reason.
        #expect(html.contains("<section class=\"overview\">") && html.contains("<th>Viktigste grunn</th>") && !html.contains("K1"))
        // Where Chromium and poppler are installed (scripts/render-check uses them), print it and count the pages.
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile)
        guard let chromium, FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") else {
            print("skipped printing the HTML review: chromium or pdfinfo (poppler-utils) is not installed")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-print-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("review.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("review.pdf").path
        let printer = Process()
        printer.executableURL = URL(fileURLWithPath: chromium)
        printer.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", file.absoluteString,
        ]
        printer.standardOutput = FileHandle.nullDevice
        printer.standardError = FileHandle.nullDevice
        try printer.run()
        printer.waitUntilExit()
        let info = Process()
        info.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        info.arguments = ["-f", "1", "-l", "999", pdf]
        let pipe = Pipe()
        info.standardOutput = pipe
        try info.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        info.waitUntilExit()
        #expect(text.contains("595.92 pts") || text.contains("594.96 x 841.92"), "portrait A4 pages")
        #expect(text.contains("841.92 x 594.96"), "landscape pages for the overview")
    }

    @Test func docxOpensInLibreOfficeWithEverySection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-docx-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docx = folder.appendingPathComponent("memo.docx").path
        #expect(try runTies(["justify", "Samples/bergen/proposals/human-rights-cities.yaml", "--format", "docx", "-o", docx]).status == 0)
        let again = folder.appendingPathComponent("again.docx").path
        _ = try runTies(
            ["justify", "Samples/bergen/proposals/human-rights-cities.yaml", "--format", "docx", "-o", again],
            environment: ["TZ": "Asia/Tokyo"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: docx)) == (try Data(contentsOf: URL(fileURLWithPath: again))))
        // LibreOffice is not part of the toolchain; where it is installed, the memo must convert and read back whole.
        guard let office = ["/usr/bin/libreoffice", "/usr/bin/soffice"].first(where: FileManager.default.isExecutableFile),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
        else { return }
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: office)
        convert.arguments = ["--headless", "--convert-to", "pdf", "--outdir", folder.path, docx]
        convert.standardOutput = FileHandle.nullDevice
        convert.standardError = FileHandle.nullDevice
        try convert.run()
        convert.waitUntilExit()
        #expect(convert.terminationStatus == 0)
        let text = Process()
        text.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        text.arguments = [folder.appendingPathComponent("memo.pdf").path, "-"]
        let pipe = Pipe()
        text.standardOutput = pipe
        try text.run()
        let pdf = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        text.waitUntilExit()
        for section in Self.sectionsNB { #expect(pdf.contains(section), "the PDF lacks \(section)") }
    }
}

@Suite struct DecisionTests {
    let review = try! bergenReview()
    func notes(_ id: String) -> [DecisionNote] { review.records.first { $0.record.id == id }!.decisionNotes }

    @Test func anUnmetConditionIsFlagged() {
        #expect(notes("hansa").map(\.kind) == [.unmetCondition])
        #expect(
            notes("hansa")[0].text.text(.en)
                == "The condition of the decision of the city government 20\u{00A0}November\u{00A0}2024, case\u{00A0}2024/1187, “A plan for project work with Museum Vest”, due 30\u{00A0}June\u{00A0}2025, is not met"
        )
    }

    /// Bystyret kept Mayors for Peace against the recommendation (45/25); the review lacks two facts that could undo
    /// that, so the decision stands, provisionally, and the override is carried forward. No departure is flagged.
    @Test func anOverrideIsCarriedForwardAndAStandingDecisionKept() {
        #expect(notes("mayors_for_peace").map(\.kind) == [.override])
        #expect(
            notes("mayors_for_peace")[0].text.text(.en).hasSuffix("The membership is a political signal for disarmament and costs little"))
        #expect(notes("mayors_for_peace")[0].text.text(.nb).hasSuffix("Medlemskapet er et politisk signal om nedrustning og koster lite"))
        let r = review.records.first { $0.record.id == "mayors_for_peace" }!
        #expect(r.outcome == "keep" && r.provisional && r.decisive.kind == .decision)
        #expect(
            r.decisive.text.text(.nb)
                == "Vedtaket (bystyret 18.06.2025, sak\u{00A0}45/25) står: gjennomgangen mangler «Kompetanseheving (0–3)» og «Bergen bidrar på et område der byen er langt fremme», og uten det er det ikke grunnlag for å endre vedtaket"
        )
    }

    @Test func aDecisionThatStillHoldsIsQuiet() {
        #expect(notes("eurocities").isEmpty)
    }

    @Test func anOverrideWithoutJustificationIsRejected() throws {
        let rules = try loadRuleSet("bergen.yaml")
        let text = """
            municipality: Bergen
            records:
              - id: a
                name: A
                kind: network
                decisions: [{outcome: keep, body: bystyret, date: 2025-06-18, recommended: exit}]
            """
        #expect(throws: DiagnosticsError.self) {
            try PortfolioLoader.load(header: SourceText(path: "p.yaml", text: text), recordFiles: [], ruleSet: rules)
        }
        do {
            _ = try PortfolioLoader.load(header: SourceText(path: "p.yaml", text: text), recordFiles: [], ruleSet: rules)
        } catch {
            #expect(
                error.diagnostics.map(\.description) == [
                    "p.yaml:6:17: error: the decision 'keep' overrides the recommendation 'exit' and needs a 'justification'"
                ])
        }
    }
}

@Suite struct DiffTests {
    func review(_ edits: [RuleSetEdit] = [], change: (inout Portfolio) -> Void = { _ in }) throws -> ReviewSnapshot {
        let w = try testPipeline.workspace(portfolio: path("Samples/bergen"), rules: nil, edits: edits)
        var portfolio = w.portfolio
        change(&portfolio)
        return ReviewSnapshot(Engine(ruleSet: w.ruleSet).review(portfolio))
    }

    @Test func aChangedFeeIsAttributedToFacts() throws {
        let old = try review()
        let new = try review { p in
            let i = p.records.firstIndex { $0.id == "owhc" }!
            p.records[i].facts["annual_fee_nok"] = .decimal(150_000)
        }
        let changes = ReviewComparison.changes(from: old, to: new)
        #expect(changes.map(\.id) == ["owhc"])
        #expect(changes[0].causes.map(\.kind) == [.facts])
        #expect(changes[0].causes[0].detail == .fact("annual_fee_nok", before: "60000", after: "150000"))
        #expect(changes[0].after?.outcome == "keep_with_conditions")
    }

    @Test func aChangedThresholdIsAttributedToRules() throws {
        let old = try review()
        let new = try review([RuleSetEdit("parameters.fee_threshold_nok=50000")!])
        let changes = ReviewComparison.changes(from: old, to: new)
        #expect(changes.map(\.id) == ["owhc"])
        #expect(changes[0].causes.map(\.kind) == [.rules])
        #expect(changes[0].causes[0].detail == .parameter("fee_threshold_nok", before: "100000", after: "50000"))
    }

    @Test func diffReadsReviewsBackFromJSON() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-diff-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("old.json").path, new = folder.appendingPathComponent("new.json").path
        _ = try runTies(["review", "Samples/bergen", "--format", "json", "-o", old])
        _ = try runTies(["review", "Samples/bergen", "--format", "json", "-o", new, "--set", "rules.no_recent_activity.outcome=exit"])
        let r = try runTies(["diff", old, new, "--lang", "en"])
        #expect(r.status == 0)
        #expect(
            r.out.contains(
                "Local Governments for Sustainability (ICLEI) (iclei): review {no_recent_activity} → exit"))
        #expect(r.out.contains("    rules: rule 'no_recent_activity': "))
        #expect(r.out.hasSuffix("1 record changed, 1 of them in outcome\n"))
        let same = try runTies(["diff", old, old, "--lang", "en"])
        #expect(same.out.hasSuffix("No record changed.\n"))
        let bad = try runTies(["diff", old, "Rules/bergen.yaml"])
        #expect(bad.status == 65)
    }

    /// A review larger than a YAML file may be (16 MiB, about 5,000 ties) is read back whole: the review wrote it, so
    /// diff reads it, and a review larger than its own bound is refused with the size, never called «not JSON».
    @Test func diffReadsAReviewLargerThanAYAMLFile() throws {
        let folder = try scratchFolder("diff-large")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let review = folder + "/review.json"
        #expect(try runTies(["review", "Samples/bergen", "--format", "json", "-o", review]).status == 0)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: review))) as? [String: Any])
        let records = try #require(json["records"] as? [[String: Any]])
        // The sample's ties again and again under new ids, until the review passes 16 MiB.
        var many: [[String: Any]] = []
        for copy in 0..<200 {
            for var r in records {
                r["id"] = "\(r["id"]!)_\(copy)"
                many.append(r)
            }
        }
        json["records"] = many
        let old = folder + "/old.json", new = folder + "/new.json"
        let bytes = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
        #expect(bytes.count > 16 << 20)
        try bytes.write(to: URL(fileURLWithPath: old))
        many[0]["outcome"] = "exit"
        json["records"] = many
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: new))
        let r = try runTies(["diff", old, new, "--lang", "en"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasSuffix("1 record changed, 1 of them in outcome\n"), "\(r.out.suffix(300))")
    }

    @Test func whatIfListsTheRecordsWhoseOutcomeFlips() throws {
        let r = try runTiesInEnglish([
            "review", "Samples/bergen", "--set", "parameters.fee_threshold_nok=20000", "--compare", "--lang", "en",
        ])
        #expect(r.status == 0)
        // The fee rule gives conditions (3.1's purpose clause), so the lower threshold changes the reasons, not the outcome.
        #expect(
            r.out.contains(
                "Hansabynettverket (Städtebund DIE HANSE) (hansa): keep_with_conditions {no_project_basis} → keep_with_conditions {no_project_basis, fee_without_return}"
            ))
        #expect(r.out.contains("    rules: parameter 'fee_threshold_nok': 100000 ⇒ 20000"))
        let typo = try runTiesInEnglish(["review", "Samples/bergen", "--set", "rules.no_recent_activty.outcome=exit"])
        #expect(typo.status == 65)
        #expect(
            typo.err
                .hasPrefix(
                    "--set rules.no_recent_activty.outcome=exit: error: no item with id 'no_recent_activty' in 'rules'; did you mean"
                        + " 'no_recent_activity'?; the ids are brings_project_funding, brussels_office_unused, brussels_offices_in_active_use, "
                )
        )
        // A misspelt parameter is not a new parameter: it has no basis, and the review would run as if nothing changed.
        let parameter = try runTiesInEnglish(["review", "Samples/bergen", "--set", "parameters.fee_treshold_nok=1"])
        #expect(parameter.status == 65)
        #expect(
            parameter.err.hasPrefix(
                "--set parameters.fee_treshold_nok=1: error: no 'parameters.fee_treshold_nok'; did you mean 'fee_threshold_nok'?;"
                    + " the parameters are activity_years, evidence_years, fee_threshold_nok, twin_city_activity_years"))
        // An extension no format has is refused, rather than given the terminal table.
        let pdf = try runTiesInEnglish(["review", "Samples/bergen", "-o", "/tmp/ties-review.pdf"])
        #expect(pdf.status == 64)
        #expect(pdf.err.hasPrefix("Error: this command does not write .pdf; its formats are: table, md, html"))
    }
}

/// One entry of an Office file (a zip), as text; an entry that is not there is an empty string.
func zipEntry(_ data: Data, _ path: String) throws -> String {
    let archive = try Archive(data: data, accessMode: .read)
    guard let entry = archive[path] else { return "" }
    var bytes = Data()
    _ = try archive.extract(entry) { bytes.append($0) }
    return String(decoding: bytes, as: UTF8.self)
}

/// The annual review as a council case: a resolution that names the ties, the outcomes in plain words, the costs with
/// their totals, an unknown cost never counted as zero.
@Suite struct ReviewCaseTests {
    /// A proposal beside the portfolio is a case of its own, and the annual case says so where it speaks of its tie.
    @Test func aPendingProposalIsNamedAsACaseOfItsOwn() throws {
        let trondheim = try runTies(["review", "Samples/trondheim", "--case"]).out
        #expect(trondheim.contains("Forslaget «Vennskapsbyavtale med Kraków» behandles i egen sak.\n"))
        // The majority's remark in 3/10 asks a twin-city case for a funding plan: the case says it has none, and why.
        #expect(
            trondheim.contains(
                "### Finansieringsplan\n\nVed behandlingen av sak\u{00A0}3/10 ba et flertall i bystyret om at saken om vennskapsbyer skulle inneholde en finansieringsplan. Kostnadene ved relasjonene er ikke kartlagt i denne gjennomgangen, og saken har derfor ikke den finansieringsplanen det ble bedt om. Innstillingen ber kommunedirektøren legge den fram (punkt 9)."
            ))
        // …and the resolution leaves Kraków to that case instead of sending it back for review.
        #expect(trondheim.contains("3. Samarbeidene med Odense og Vallejo tas opp til ny vurdering.\n"))
        #expect(trondheim.contains(". Relasjonen med Kraków avgjøres i egen sak, «Vennskapsbyavtale med Kraków».\n"))
        #expect(
            trondheim.contains(
                "- **Kraków.** Relasjonen passer ikke i noen av de fire kategoriene; formål og kommunens rolle må avklares. Det er ikke registrert opplysninger om gjensidigheten i relasjonen, muligheter for ekstern finansiering og ekstern finansiering mottatt. Forslaget «Vennskapsbyavtale med Kraków» behandles i egen sak."
            ))
        // A category's requirement states its condition: Keren is kept on one the council can read.
        #expect(
            trondheim.contains(
                "Keren videreføres med vilkår. Bystyret ber kommunedirektøren arbeide for at relasjonen blir toveis, med aktivitet og nytte i begge retninger."
            ))
        let fredrikstad = try runTies(["review", "Samples/fredrikstad", "--case"]).out
        #expect(fredrikstad.contains("Forslaget «Vennskapsby i Finland – Riihimäki» behandles i egen sak."))
        // A finding already said of a tie is not said twice; our numbers close the case.
        #expect(fredrikstad.components(separatedBy: "Strategien nevner ikke Zhuzhou").count == 2)
        #expect(fredrikstad.contains("## Om vurderingsgrunnlaget\n\nTall og lesninger som strategien ikke selv gir"))
        // A tie put to the council is argued by every recorded fact that speaks against it, in one sentence where they
        // share their subject; a fact still missing is asked for as what a rule would ask, or to be shown done.
        #expect(
            fredrikstad.contains("Samarbeidet med Zhuzhou mangler tydelige mål, en prosjektplan som beskriver aktiviteten og budsjett."))
        #expect(
            fredrikstad.contains(
                "Rivne videreføres med vilkår. Bystyret ber kommunedirektøren gjennomføre en risikovurdering, eller vise at det er gjort."))
        #expect(!fredrikstad.contains("(«Risikovurdering gjennomført»)"))
        // What the strategy's first requirement turns on and is not recorded is said, for the new assessment to settle.
        #expect(fredrikstad.contains("Det er ikke registrert opplysninger om gjensidig nytte og verdi."))
        // What a missing fact could still change is said as the rules decide it: Zhuzhou's reconsideration is the
        // portfolio rule's whatever its mutual benefit turns out to be, so nothing is said to be open.
        #expect(!fredrikstad.contains("Opplysninger om «Gjensidig nytte og verdi» er ikke lagt fram"))
        let zhuzhou = try runTies(["review", "Samples/fredrikstad", "--format", "jsonl"]).out.split(separator: "\n").first {
            $0.contains("\"id\":\"zhuzhou\"")
        }
        #expect(zhuzhou?.contains("\"outcome\":\"review\",\"provisional\":false") == true, "\(zhuzhou ?? "")")
        // The council's majority asked for a funding plan: the ties to be reconsidered come back with one.
        #expect(
            trondheim.contains(
                "9. Bystyret ber kommunedirektøren legge fram en finansieringsplan for vennskapsbysamarbeidet samlet innen 01.06.2027, slik et flertall i bystyret ba om ved behandlingen av sak\u{00A0}3/10.\n"
            ))
        // Kraków is decided in its own case: not counted among the ties to reconsider, said apart.
        #expect(trondheim.contains("én gjøres hvilende og to tas opp til ny vurdering. Samarbeidet med Kraków behandles i egen sak.\n"))
        #expect(trondheim.contains("### Behandles i egen sak\n\n- **Kraków.**"))
        // A small count of ours reads as a word in a reason.
        #expect(trondheim.contains("men det er ikke registrert aktivitet på fire år eller mer;"))
        // A letter of intent is no friendship agreement: the kind is counted as a relation.
        #expect(trondheim.contains("sju vennskapsbyer, to vennskapsrelasjoner og én solidaritetsrelasjon"))
        let eksempelvik = try runTies(["review", "Samples/eksempelvik", "--case"]).out
        #expect(eksempelvik.contains("tilrår at ei tilknyting vert vidareført"), "\(eksempelvik)")
    }

    @Test func theBergenCaseNamesTheTiesAndShowsWhatTheyCost() throws {
        let r = try runTies(["review", "Samples/bergen", "--case"])
        #expect(r.status == 0, "\(r.err)")
        let memo = r.out
        // The review's own title, as the portfolio gives it.
        #expect(memo.hasPrefix("# Årlig gjennomgang av internasjonale medlemskap 2026\n"))
        #expect(
            memo.contains(
                "\n## Byrådets innstilling\n\n1. Bystyret tar «Årlig gjennomgang av internasjonale medlemskap 2026» til orientering."))
        // Ties already ended are not proposed ended again; each point is a decision in the council's voice.
        #expect(!memo.contains("Global Climate Forum (GCF) er avsluttet"))
        #expect(
            memo.contains(
                "2. Medlemskapene i Eureau, Local Governments for Sustainability (ICLEI) og Nordisk Veiforum tas opp til ny vurdering.\n"))
        // Ties sent to review only for want of facts: the facts are asked for first.
        #expect(
            memo.contains(
                "3. Bystyret ber byrådet legge fram opplysningene som mangler for samarbeidet med Dalian og medlemskapene i European Network and Information Security Agency (ENISA) og WAPR – World Association for Psychosocial Rehabilitation, og ta dem opp til ny vurdering."
            ))
        // …with one date, the follow-up point's, which brings their new assessment back with the rest.
        #expect(
            memo.contains("10. Bystyret ber byrådet legge den nye vurderingen etter punkt 2 og 3 fram for bystyret innen 01.06.2027.\n"))
        // A fact recorded but too old to rest on is said to be so, not said to be missing.
        #expect(memo.contains("Opplysningen om kompetansehevingen er fra 01.12.2019 og er for gammel til å legges til grunn."))
        // …and the age limit it rests on, a number of ours, closes the case with its basis.
        #expect(memo.contains("- Antall år en registrert opplysning kan være gammel er satt til 3 og er ikke vedtatt i strategien:"))
        // A tie kept though a criterion's score is below where we count it met says why (Kristiansand's Orléans).
        let kristiansand = try runTies(["review", "Samples/kristiansand", "--case"]).out
        #expect(
            kristiansand.contains(
                "- Orléans videreføres uten endringer: samarbeidet med Orléans koster 40\u{00A0}000 kr i året; med nytte 1"))
        #expect(memo.contains(" tas opp til ny vurdering.\n"))
        #expect(
            memo.contains(
                "The Organisation of World Heritage Cities (OWHC) og World Urban Parks Association videreføres med vilkår. Bystyret ber byrådet for hver av dem knytte målrettet prosjektarbeid til medlemskapet."
            ))
        // A date for the follow-up only where the municipality set one (follow_up_by in the portfolio).
        #expect(memo.contains(". Bystyret ber byrådet følge opp vilkårene og orientere bystyret om dem innen 01.06.2027.\n"))
        #expect(memo.contains("fram for bystyret innen 01.06.2027.\n"))
        // What the council decided before on a tie, and an outcome that rests on a number of ours.
        // A council decision is never reopened on an unknown: it stands, and the missing facts are asked for.
        #expect(
            memo.contains(
                "8. Vedtaket i bystyret 18.06.2025 (sak\u{00A0}45/25) om medlemskapet i Ordførere for fred (Mayors for Peace) står ved lag.\n"
            ))
        // The council's own reason for the decision that stands is given; the review does not ask to reopen it.
        #expect(
            memo.contains(
                "Bystyret vedtok 18.06.2025 (sak\u{00A0}45/25), mot innstillingen, at Ordførere for fred (Mayors for Peace) skulle videreføres, med denne begrunnelsen: «Medlemskapet er et politisk signal om nedrustning og koster lite». Gjennomgangen har ingen nye opplysninger"
            ))
        // A condition an earlier decision set and that was missed is asked for again, by name, in a point of its own.
        #expect(
            memo.contains(
                "5. Medlemskapet i Hansabynettverket (Städtebund DIE HANSE) videreføres med vilkår. Bystyret ber byrådet knytte målrettet prosjektarbeid til medlemskapet. Bystyret ber byrådet sørge for at vilkåret i vedtaket i byrådet 20.11.2024 (sak\u{00A0}2024/1187), «Plan for prosjektarbeid med Museum Vest», blir oppfylt innen 01.06.2027.\n"
            ))
        #expect(
            memo.contains(
                "Vilkåret i vedtaket i byrådet 20.11.2024 (sak\u{00A0}2024/1187), «Plan for prosjektarbeid med Museum Vest» med frist 30.06.2025, er ikke oppfylt."
            ))
        // What is ours closes the case: the number ICLEI's outcome rests on, with its basis.
        #expect(
            memo.components(separatedBy: "## Om vurderingsgrunnlaget").last!.contains(
                "Antall år, i år medregnet, som et medlemskap må ha registrert aktivitet innenfor er satt til 2 og er ikke vedtatt i strategien"
            ))
        // The known fees and their total; an unknown fee is said to be unknown; ended ties and twin cities have none.
        #expect(
            memo.contains(
                "Gjennomgangen omfatter 32 tilknytninger, vurdert mot kriteriene i strategien per 15.11.2026. To tilknytninger som alt er avsluttet, er tatt med i vedlegget."
            ))
        #expect(
            memo.contains(
                "Årlig kontingent er kjent for 20 av de 26 tilknytningene den gjelder for, og er for dem til sammen 871\u{00A0}440\u{00A0}kr per år. For seks er den ikke oppgitt"
            ))
        #expect(memo.contains("| Eurocities | videreføres | 160\u{00A0}000\u{00A0}kr |"))
        #expect(!memo.contains("| Global Climate Forum (GCF) |"))
        #expect(memo.contains("| Sum der beløpet er kjent |  | 871\u{00A0}440\u{00A0}kr (6 ikke oppgitt) |"))
        // A missing fact that could lead to exit says so: ENISA's role, if it has none, would.
        #expect(
            memo.contains(
                "Bergens bidrag der byen er langt fremme og satsingsområdene i kommuneplanens samfunnsdel det bygger opp under; når de foreligger, kan utfallet bli alt fra «videreføres» til «vurderes avviklet»."
            ))
        // What an outcome means leads its group in the assessment: no glossary.
        #expect(!memo.contains("Hva utfallene betyr"))
        #expect(
            memo.contains(
                "\n### Tas opp til ny vurdering\n\nFor samarbeidene nedenfor må noe avklares eller endres før kommunen kan ta stilling til dem"
            ))
        #expect(
            memo.contains(
                "\n## Konklusjon\n\nByrådet tilrår at 15 tilknytninger videreføres uten endringer, elleve videreføres med vilkår og"))
        // The case tells what was reviewed against which text, and why each named tie gets what it gets.
        #expect(memo.contains("\n## Saksopplysninger\n\nHver tilknytning er vurdert per 15.11.2026 mot kriteriene i «Bergen og verden"))
        #expect(
            memo.contains(
                "- Tilknytningen til Eureau bygger ikke opp under noen av satsingsområdene i kommuneplanens samfunnsdel. Eureau gir ikke grunnlag for målrettet prosjektarbeid.\n"
            ))
        // A provisional outcome is said to be one before the council decides on it.
        #expect(
            memo.contains(
                "- **Dalian.** Det er ikke lagt fram opplysninger om satsingsområdene i kommuneplanens samfunnsdel det bygger opp under; når de foreligger, kan utfallet bli et annet, men ikke strengere. Det er heller ikke registrert opplysninger om nivåene samarbeidet omfatter, de kommunale sektorene som er med og aktivitet."
            ), "a reason that does not name its tie is headed by the name")
        // The review's own summary carries the same costs, per outcome.
        let review = try runTies(["review", "Samples/bergen", "--format", "md"]).out
        #expect(review.contains("| I alt | 34 | 871\u{00A0}440\u{00A0}kr (+ 6 ukjent) |"))
        // A rule set that keeps no costs says so in its case rather than showing zeros.
        let trondheim = try runTies(["review", "Samples/trondheim", "--case", "--lang", "en"]).out
        #expect(
            trondheim.contains("The costs of the ties have not been mapped in this review."))
        #expect(try runTies(["review", "Samples/bergen", "--case", "--format", "csv"]).status == 64)
    }
}

/// A Word document a council prints is numbered on every page, in its reader's words.
@Suite struct PageNumberTests {
    @Test func theWordReviewAndMemoNumberTheirPages() throws {
        let folder = try scratchFolder("page-numbers")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (arguments, words) in [
            (["review", "Samples/bergen", "-o", folder + "/r.docx"], "Side "),
            (["justify", "Samples/trondheim/proposals/krakow-twin-city.yaml", "--lang", "en", "-o", folder + "/m.docx"], "Page "),
        ] {
            #expect(try runTies(arguments).status == 0)
            let data = try Data(contentsOf: URL(fileURLWithPath: arguments.last!))
            let footer = try zipEntry(data, "word/footer1.xml")
            #expect(footer.contains(words) && footer.contains(" PAGE ") && footer.contains(" NUMPAGES "))
            #expect(try zipEntry(data, "word/document.xml").contains("<w:footerReference w:type=\"default\" r:id=\"rId4\"/>"))
        }
    }
}

/// The council's own decisions that bear on a case come first, quoted as adopted; where the council asked every such
/// case for a funding plan, the memo has one, or says it has none.
@Suite struct CouncilDecisionTests {
    @Test func theCouncilsOwnDecisionsComeFirst() throws {
        let bergen = try runTies(["justify", "Samples/bergen/proposals/human-rights-cities.yaml"]).out
        let assessment = bergen.components(separatedBy: "## Vurdering\n")[1]
        #expect(assessment.contains("Bystyret vedtok 20.06.2018 i sak\u{00A0}173/18:\n\n> «Bystyret ber byrådet starte opp arbeidet"))
        #expect(assessment.range(of: "sak\u{00A0}173/18:")!.lowerBound < assessment.range(of: "### Relevans")!.lowerBound)
        let krakow = try runTies(["justify", "Samples/trondheim/proposals/krakow-twin-city.yaml"]).out
        #expect(
            krakow.contains(
                "### Finansieringsplan\n\nVed behandlingen av sak\u{00A0}3/10 ba et flertall i bystyret om at saken om vennskapsbyer skulle inneholde en finansieringsplan. Kommunedirektøren legger det samme kravet til grunn her. Reiseutgifter på 60\u{00A0}000\u{00A0}kr per år"
            ))
        // Printed once, in the assessment, however many times it bears on the case.
        #expect(krakow.components(separatedBy: "«Bystyret ber om at saken om vennskapsbyer inneholder en finansieringsplan.»").count == 2)
        // A network in Trondheim is not a twin city: the remark does not bear on it.
        #expect(!(try runTies(["justify", "Samples/bergen/proposals/human-rights-cities.yaml"]).out.contains("Finansieringsplan")))
    }
}

/// The review as an attachment a committee reads: each adopted sentence quoted once, no blank score, no data gap for a
/// tie already over, an ended membership said as one, portfolio findings in sentences.
@Suite struct ReviewReadingTests {
    @Test(arguments: ["bergen", "trondheim", "fredrikstad", "kristiansand", "eksempelvik"])
    func eachQuoteIsPrintedOnceAndEveryScoreCellSaysSomething(_ sample: String) throws {
        let md = try runTies(["review", "Samples/\(sample)", "--format", "md"]).out
        let quotes = md.split(separator: "\n").filter { $0.hasPrefix("> «") }
        #expect(Set(quotes).count == quotes.count, "a quote printed twice")
        let overview =
            md.components(separatedBy: "\n## ")
            .first { $0.hasPrefix("Oversikt") || $0.hasPrefix("Oversyn") } ?? ""
        for line in overview.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| ---") {
            #expect(!line.contains("|  |"), "a blank cell: \(line)")
        }
    }

    @Test func anEndedMembershipIsSaidAsOneAndHasNoGaps() throws {
        let md = try runTies(["review", "Samples/bergen", "--format", "md"]).out
        #expect(md.contains("Kommunen har avsluttet medlemskapet i Global Climate Forum (GCF)"))
        #expect(
            md.contains("Bygger på «Som en oppfølging av strategien er det viktig at det blir…», sitert under Global Climate Forum (GCF)."))
        let gaps = md.components(separatedBy: "## Manglende opplysninger").last ?? ""
        #expect(!gaps.contains("Global Climate Forum"))
        #expect(
            md.contains(
                "| Global Climate Forum (GCF) | nettverk | avsluttet | – | Kommunen har avsluttet medlemskapet i Global Climate Forum (GCF) |"
            ))
    }

    @Test func portfolioFindingsAreSentences() throws {
        let md = try runTies(["review", "Samples/fredrikstad", "--format", "md"]).out
        #expect(
            md.contains(
                "Det er ikke registrert noen vennskapsby i Finland, men strategien sier at kommunen skal ha én i hvert av de nærmeste nabolandene, Sverige, Danmark og Finland."
            ))
        #expect(md.contains("Kommunen har én vennskapsby i Sverige, slik strategien sier."))
        #expect(md.contains("Dette gir utfallet «tas opp til ny vurdering» for Zhuzhou."))
        #expect(!md.contains("→"))
    }
}
