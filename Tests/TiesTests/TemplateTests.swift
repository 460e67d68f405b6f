import Foundation
import Testing
import ZIPFoundation

@testable import TiesCore

/// `ties template` gives the spreadsheet an adviser fills in; filled in, it reviews as the YAML sample does.
@Suite(.serialized) struct TemplateTests {
    /// Bergen's list as an adviser keeps it (Samples/bergen-excel), read as cells: headings and rows.
    func bergenList(_ file: String) throws -> [[String]] {
        let text = try String(contentsOfFile: path("Samples/bergen-excel/\(file)"), encoding: .utf8)
        return try CSVReader.sheet(String(text.drop { $0 == "\u{FEFF}" }), separator: ";").rows.map { $0.map(\.text) }
    }

    /// The template with the rows pasted under its headings, column by column as the headings match, as an adviser
    /// would paste or type them; columns the template has no heading for are left out.
    func filled(_ template: Data, ties: [[String]], activities: [[String]], obligations: [[String]] = []) throws -> Data {
        func sheet(_ xml: String, _ table: [[String]]) -> String {
            let headings = TemplateTests.headings(xml)
            var rows = ""
            for (r, row) in table.dropFirst().enumerated() {
                rows += "<row r=\"\(r + 2)\">"
                for (c, heading) in headings.enumerated() {
                    guard let i = table[0].firstIndex(of: heading), i < row.count, !row[i].isEmpty else { continue }
                    let text = row[i].replacing("&", with: "&amp;").replacing("<", with: "&lt;")
                    rows += "<c r=\"\(column(c))\(r + 2)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
                }
                rows += "</row>"
            }
            return xml.replacing("</row></sheetData>", with: "</row>\(rows)</sheetData>")
        }
        return try rezip(
            template,
            replacing: [
                "xl/worksheets/sheet1.xml": sheet(try zipEntry(template, "xl/worksheets/sheet1.xml"), ties),
                "xl/worksheets/sheet2.xml": sheet(try zipEntry(template, "xl/worksheets/sheet2.xml"), activities),
                "xl/worksheets/sheet5.xml": sheet(try zipEntry(template, "xl/worksheets/sheet5.xml"), obligations),
            ])
    }

    static func headings(_ xml: String) -> [String] {
        guard let row = xml.range(of: "<row r=\"1\""), let first = xml.range(of: ">", range: row.upperBound..<xml.endIndex),
            let end = xml.range(of: "</row>", range: first.upperBound..<xml.endIndex)
        else {
            return []
        }
        return xml[first.upperBound..<end.lowerBound].components(separatedBy: "<t xml:space=\"preserve\">").dropFirst().map {
            String($0.prefix { $0 != "<" }).replacing("&amp;", with: "&")
        }
    }

    func column(_ i: Int) -> String {
        var n = i + 1
        var name = ""
        while n > 0 {
            name = String(UnicodeScalar(65 + (n - 1) % 26)!) + name
            n = (n - 1) / 26
        }
        return name
    }

    @Test func theTemplateHasAColumnPerFieldAndFactWithListsAndAnExplanation() throws {
        let folder = try scratchFolder("template")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try runTies(["template", "Rules/bergen.yaml", "-o", folder + "/medlemskap.xlsx"])
        #expect(r.status == 0, "\(r.err)")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/medlemskap.xlsx"))
        let ties = try zipEntry(data, "xl/worksheets/sheet1.xml")
        let ruleSet = try loadRuleSet("bergen.yaml")
        let factHeadings: [String] = ruleSet.facts.flatMap { (f: FactDefinition) -> [String] in
            let label = f.label!.text(.nb)
            return [label, label + " – kilde", label + " – dato"]
        }
        let fields: [String] = ["Id", "Navn", "Type", "Land", "Fra år", "Ansvarlig", "Nettside", "Merknad"]
        #expect(Self.headings(ties) == fields + factHeadings + ["Aktiviteter"])
        // Kinds, Ja/Nei and each enum's labels are lists to choose from; scores are whole numbers in their range.
        #expect(ties.contains("<dataValidation type=\"list\""))
        #expect(ties.contains("sqref=\"C2:C501\"><formula1>'Lister'!$A$1:$A$"))
        #expect(ties.contains("type=\"whole\" allowBlank=\"1\"") && ties.contains("<formula1>0</formula1><formula2>3</formula2>"))
        let workbook = try zipEntry(data, "xl/workbook.xml")
        #expect(workbook.contains("name=\"Aktiviteter\""))
        #expect(workbook.contains("name=\"Forklaring\""))
        #expect(workbook.contains("name=\"Lister\" sheetId=\"4\" state=\"hidden\""))
        let lists = try zipEntry(data, "xl/worksheets/sheet4.xml")
        #expect(lists.contains(">vennskapsby<") && lists.contains(">Ja<") && lists.contains(">samfunnsutvikler<"))
        let explanation = try zipEntry(data, "xl/worksheets/sheet3.xml")
        #expect(explanation.contains("Ukjent (ikke «nei» eller 0)"))
        #expect(explanation.contains("en eller flere av verdiene, skilt med komma"))
        // The same rule set gives the same bytes.
        let again = try runTies(["template", "Rules/bergen.yaml", "-o", folder + "/again.xlsx"])
        #expect(again.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/again.xlsx")) == data)
    }

    @Test func aFilledInTemplateReviewsAsTheSampleDoes() throws {
        let folder = try scratchFolder("template-filled")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runTies(["template", "Rules/bergen.yaml", "-o", folder + "/medlemskap.xlsx"]).status == 0)
        let template = try Data(contentsOf: URL(fileURLWithPath: folder + "/medlemskap.xlsx"))
        let data = try filled(
            template, ties: bergenList("medlemskap.csv"), activities: bergenList("medlemskap.aktiviteter.csv"),
            obligations: bergenList("medlemskap.forpliktelser.csv"))
        try data.write(to: URL(fileURLWithPath: folder + "/utfylt.xlsx"))
        let sheet = try runTies(
            ["review", folder + "/utfylt.xlsx", "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15", "--format", "json"])
        #expect(sheet.status == 0, "\(sheet.err)")
        let yaml = try runTies(["review", "Samples/bergen", "--format", "json"])
        func outcomes(_ json: String) throws -> [String: String] {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
            let records = object["records"] as! [[String: Any]]
            return Dictionary(uniqueKeysWithValues: records.map { ($0["id"] as! String, $0["outcome"] as! String) })
        }
        var fromSheet = try outcomes(sheet.out)
        var fromYAML = try outcomes(yaml.out)
        #expect(fromSheet.count == 34)
        // The workbook keeps no decisions ledger: bystyret's standing decision on Mayors for Peace is the YAML's alone.
        #expect(fromSheet.removeValue(forKey: "mayors_for_peace") == "review" && fromYAML.removeValue(forKey: "mayors_for_peace") == "keep")
        #expect(fromSheet == fromYAML)
    }

    /// The nynorsk template names its activity sheet «Aktivitetar»: filled in, its activities are read, not left out.
    @Test func aNynorskWorkbooksActivitiesAreRead() throws {
        let folder = try scratchFolder("template-nn")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runTies(["template", "Rules/eksempelvik.yaml", "-o", folder + "/tilknytingar.xlsx"]).status == 0)
        let template = try Data(contentsOf: URL(fileURLWithPath: folder + "/tilknytingar.xlsx"))
        #expect(try zipEntry(template, "xl/workbook.xml").contains("name=\"Aktivitetar\""))
        let data = try filled(
            template, ties: [["Id", "Namn", "Type"], ["gdansk", "Gdańsk", "twin_city"]],
            activities: [["Id", "År", "Type"], ["gdansk", "2025", "visit_out"], ["gdansk", "2026", "visit_in"]])
        try data.write(to: URL(fileURLWithPath: folder + "/utfylt.xlsx"))
        let r = try runTies(
            ["review", folder + "/utfylt.xlsx", "--rules", "Rules/eksempelvik.yaml", "--as-of", "2026-11-15", "--format", "json"])
        #expect(r.status == 0, "\(r.err)")
        let object = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        let record = (object["records"] as! [[String: Any]])[0]
        #expect((record["activities"] as? [Any])?.count == 2, "\(record)")
    }

    @Test func aCSVTemplateHasTheHeadingsAndItsActivityLogBesideIt() throws {
        let folder = try scratchFolder("template-csv")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try runTies(["template", "Rules/trondheim.yaml", "-o", folder + "/vennskapsbyer.csv"])
        #expect(r.status == 0, "\(r.err)")
        let ties = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/vennskapsbyer.csv")), as: UTF8.self)
        #expect(ties.hasPrefix("\u{FEFF}Id;Navn;Type;Land;Fra år;Ansvarlig;Nettside;Merknad;"))
        #expect(ties.hasSuffix(";Aktiviteter\r\n"))
        let log = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/vennskapsbyer.aktiviteter.csv")), as: UTF8.self)
        #expect(log == "\u{FEFF}Id;År;Type;Beløp (kr);Merknad\r\n")
        let duties = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/vennskapsbyer.forpliktelser.csv")), as: UTF8.self)
        #expect(duties == "\u{FEFF}Id;Forpliktelse;Overfor;Frist;Hvert år;Fra;Sist oppfylt;Kilde\r\n")
        #expect(r.err.contains("vennskapsbyer.forpliktelser.csv: forpliktelsene, én rad hver"))
        // A CSV file shows no lists to choose from: what each column takes stands beside it, as the workbook's
        // «Forklaring» sheet says it.
        let about = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/vennskapsbyer.forklaring.csv")), as: UTF8.self)
        #expect(about.hasPrefix("\u{FEFF}Kolonne;Ark;Type;Tillatte verdier;Enhet;Tom celle betyr;Forklaring\r\n"))
        #expect(about.contains("\r\nType;Tilknytninger;én av verdiene;\"vennskapsby; vennskapsrelasjon; solidaritetsrelasjon\""))
        #expect(r.err.contains("vennskapsbyer.forklaring.csv: hva hver kolonne tar, og hva en tom celle betyr"))
        // Empty, it reads back as a list of no ties.
        let review = try runTies(["review", folder + "/vennskapsbyer.csv", "--rules", "Rules/trondheim.yaml", "--format", "json"])
        #expect(review.status == 0, "\(review.err)")
    }

    /// The template lays out each fact's source and date beside it; filled in, they are the fact's evidence: the
    /// review prints the source and reads a fact older than the rule set allows as stale.
    @Test func aCSVTemplatesEvidenceColumnsAreRead() throws {
        let folder = try scratchFolder("template-evidence")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runTies(["template", "Rules/bergen.yaml", "-o", folder + "/m.csv"]).status == 0)
        let headings = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/m.csv")), as: UTF8.self)
            .dropFirst().trimmingCharacters(in: .newlines).split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        var row = [String](repeating: "", count: headings.count)
        for (heading, value) in [
            ("Id", "n"), ("Navn", "Nettverk N"), ("Type", "nettverk"), ("Kompetanseheving (0–3)", "3"),
            ("Kompetanseheving (0–3) – kilde", "Evalueringsrapport 2018"), ("Kompetanseheving (0–3) – dato", "01.06.2018"),
            ("Gjennomslagskraft overfor europeiske myndigheter (0–3)", "2"),
            ("Gjennomslagskraft overfor europeiske myndigheter (0–3) – kilde", "Avdelingens vurdering"),
            ("Gjennomslagskraft overfor europeiske myndigheter (0–3) – dato", "01.09.2026"),
        ] {
            let i = try #require(headings.firstIndex(of: heading), "no column \(heading)")
            row[i] = value
        }
        try ("\u{FEFF}" + headings.joined(separator: ";") + "\r\n" + row.joined(separator: ";") + "\r\n").write(
            toFile: folder + "/m.csv", atomically: true, encoding: .utf8)
        let r = try runTies(["review", folder + "/m.csv", "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15", "--format", "md"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Avdelingens vurdering"), "the source is printed beside the fact")
        #expect(r.out.contains("sist registrert 01.06.2018"), "the old fact is stale: \(r.out)")
    }

    @Test(arguments: [
        (["template", "Rules/bergen.yaml", "-o", "x.pdf"], 64, "-o must name an .xlsx or a .csv file, not 'x.pdf'"),
        (["template", "Rules/bergen.yaml"], 64, "Missing expected argument '--output <output>'"),
        (["template", "Rules/nowhere.yaml", "-o", "/tmp/x.xlsx"], 66, "ties: error: no such file 'Rules/nowhere.yaml'"),
    ])
    func badUsageIsSaid(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let r = try runTiesInEnglish(arguments)
        #expect(r.status == status)
        #expect(r.err.contains(message), "\(r.err)")
    }
}
