import Foundation
import TiesCore

/// `ties template`: the list of ties an adviser fills in, made from a rule set. One column per field and fact,
/// headed by its label; a list to choose from for kinds, Ja/Nei and enum values; a sheet for the activity log; and a
/// sheet that explains every column. Filled in, it reads back with `ties review FILE --rules RULES`.
public struct SpreadsheetTemplate: Sendable {
    public var ruleSet: RuleSet
    public var language: String

    public init(ruleSet: RuleSet, language: String) {
        self.ruleSet = ruleSet
        self.language = language
    }

    /// Rows the lists and checks cover: more than any municipality's list of ties.
    static let rows = 500

    /// One column of the template: its heading, and what the explanation sheet says of it.
    struct Column {
        var heading: String
        var type: String
        /// The values a cell may hold, as a reader writes them; empty where any value of the type will do.
        var values: [String] = []
        /// Several values may be given, separated by `;`.
        var several = false
        var range: ClosedRange<Double>? = nil
        var unit: String = ""
        var empty: String
        var description: String
        var whole = false
    }

    var nb: Bool { language != "en" }
    func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }
    func heading(_ field: String) -> String { Record.fieldHeadings[field]?[language]?.first ?? field }
    func activityHeading(_ field: String) -> String { Activity.headings[field]?[language]?.first ?? field }
    var unknown: String {
        t(
            "Ukjent (ikke «nei» eller 0): regler som trenger den, kan ikke avgjøres",
            "Unknown (not «no» or 0): rules that need it cannot decide")
    }
    var yesNo: [String] { [t("Ja", "Yes"), t("Nei", "No")] }

    /// The kinds a tie may have here: those the rule set assesses, else every kind.
    var kinds: [String] { ruleSet.appliesTo.isEmpty ? Record.kinds : Record.kinds.filter(ruleSet.appliesTo.contains) }

    /// The ties sheet's columns: the fields, every fact of the schema in its order, and the activity marker.
    var columns: [Column] {
        var list = [
            Column(
                heading: heading("id"), type: t("tekst", "text"), empty: t("Må fylles inn", "Required"),
                description: t(
                    "Kort og fast navn på tilknytningen, små bokstaver uten mellomrom (eurocities); aktivitetsarket bruker det",
                    "A short, stable name for the tie, lower case without spaces (eurocities); the activity sheet uses it")),
            Column(
                heading: heading("name"), type: t("tekst", "text"), empty: t("Må fylles inn", "Required"),
                description: t("Navnet slik det skal stå i rapporten", "The name as the report shall show it")),
            Column(
                heading: heading("kind"), type: t("én av verdiene", "one of the values"),
                values: kinds.map { Words.kind($0, language) }, empty: t("Må fylles inn", "Required"),
                description: t("Hva slags tilknytning det er", "What kind of tie it is")),
            Column(
                heading: heading("country"), type: t("landkode", "country code"), empty: t("Ikke oppgitt", "Not given"),
                description: t("Landkoden med to bokstaver (SE, DK, DE)", "The two-letter country code (SE, DK, DE)")),
            Column(
                heading: heading("since"), type: t("årstall", "year"), range: 1000...9999, empty: t("Ikke oppgitt", "Not given"),
                description: t("Året tilknytningen begynte", "The year the tie began"), whole: true),
            Column(
                heading: heading("responsible"), type: t("tekst", "text"), empty: t("Ikke oppgitt", "Not given"),
                description: t("Enheten som har ansvaret", "The department responsible")),
            Column(
                heading: heading("url"), type: t("nettadresse", "web address"), empty: t("Ikke oppgitt", "Not given"),
                description: t("Tilknytningens nettside", "The tie's web site")),
            Column(
                heading: heading("notes"), type: t("tekst", "text"), empty: t("Ingen merknad", "No note"),
                description: t("Det leseren bør vite", "What the reader should know")),
        ]
        for fact in ruleSet.facts {
            var c = Column(
                heading: fact.label?.text(language) ?? fact.name, type: "", empty: unknown,
                description: fact.description ?? "")
            switch fact.type {
            case .bool:
                c.type = t("ja eller nei", "yes or no")
                c.values = yesNo
            case .int:
                c.type = t("helt tall", "whole number")
                c.whole = true
            case .year:
                c.type = t("årstall", "year")
                c.whole = true
            case .decimal: c.type = t("tall", "number")
            case .money:
                c.type = t("beløp", "amount")
                c.unit = t("kroner", "NOK")
            case .string: c.type = t("tekst", "text")
            case .enum:
                c.type = t("én av verdiene", "one of the values")
                c.values = (fact.values ?? []).map { fact.valueLabels[$0]?.text(language) ?? $0 }
            case .set:
                c.type = t("en eller flere av verdiene, skilt med komma", "one or more of the values, separated by commas")
                c.values = (fact.values ?? []).map { fact.valueLabels[$0]?.text(language) ?? $0 }
                c.several = true
                c.empty = unknown + t(". Skriv «ingen» for ingen", ". Write «none» for none")
            }
            c.range = fact.range ?? (fact.type == .year ? 1000...9999 : nil)
            list.append(c)
        }
        list.append(
            Column(
                heading: heading("activities"), type: t("«ingen» eller tomt", "«none» or empty"), values: [t("ingen", "none")],
                empty: t(
                    "Aktivitetene står på arket «Aktiviteter», eller er ukjente", "The activities are on the sheet «Activities», or unknown"
                ),
                description: t(
                    "Skriv «ingen» når tilknytningen ikke har hatt aktivitet; en tom celle betyr ukjent",
                    "Write «none» when the tie has had no activity; an empty cell means unknown")))
        return list
    }

    /// The activity sheet's columns.
    var activityColumns: [Column] {
        [
            Column(
                heading: activityHeading("id"), type: t("tekst", "text"), empty: t("Må fylles inn", "Required"),
                description: t("Tilknytningens id (eller navn) fra første ark", "The tie's id (or name) from the first sheet")),
            Column(
                heading: activityHeading("year"), type: t("årstall", "year"), range: 1000...9999, empty: t("Må fylles inn", "Required"),
                description: t("Året aktiviteten fant sted", "The year of the activity"), whole: true),
            Column(
                heading: activityHeading("type"), type: t("én av verdiene", "one of the values"),
                values: Activity.types.map { Activity.typeLabels[$0]?.text(language) ?? $0 }, empty: t("Må fylles inn", "Required"),
                description: t("Hva slags aktivitet", "What kind of activity")),
            Column(
                heading: activityHeading("amount_nok"), type: t("beløp", "amount"), unit: t("kroner", "NOK"),
                empty: t("Ikke oppgitt", "Not given"),
                description: t("Kostnad eller midler knyttet til aktiviteten", "Cost or funding of the activity")),
            Column(
                heading: activityHeading("note"), type: t("tekst", "text"), empty: t("Ingen merknad", "No note"),
                description: t("Hva som skjedde", "What happened")),
        ]
    }

    var tiesSheet: String { t("Tilknytninger", "Ties") }
    var activitySheet: String { t("Aktiviteter", "Activities") }

    /// The workbook: the ties, the activity log, the explanation, and the hidden lists the choices come from.
    public func xlsx() throws -> Data {
        let writer = XLSXWriter(language: language)
        var lists: [[XLSXWriter.Cell]] = []
        var listColumns: [[String]] = []
        func validations(_ columns: [Column]) -> [XLSXWriter.Validation] {
            columns.enumerated().compactMap { i, c in
                let ref = "\(XLSXWriter.column(i))2:\(XLSXWriter.column(i))\(Self.rows + 1)"
                let prompt = Self.fitting(c.description.isEmpty ? c.type : c.description, utf16: 255)
                if !c.values.isEmpty {
                    listColumns.append(c.values)
                    let letter = XLSXWriter.column(listColumns.count - 1)
                    return XLSXWriter.Validation(
                        range: ref, kind: .list("'\(t("Lister", "Lists"))'!$\(letter)$1:$\(letter)$\(c.values.count)"),
                        strict: !c.several, title: Self.short(c.heading), prompt: prompt,
                        error: t("Velg en av verdiene i listen", "Choose one of the values in the list"))
                }
                if c.whole || c.range != nil {
                    return XLSXWriter.Validation(
                        range: ref, kind: c.whole ? .whole(c.range) : .decimal(c.range), strict: true, title: Self.short(c.heading),
                        prompt: prompt,
                        error: c.range.map {
                            t(
                                "Skriv et tall fra \(XLSXWriter.number($0.lowerBound)) til \(XLSXWriter.number($0.upperBound))",
                                "Write a number from \(XLSXWriter.number($0.lowerBound)) to \(XLSXWriter.number($0.upperBound))")
                        }
                            ?? t("Skriv et helt tall", "Write a whole number"))
                }
                return XLSXWriter.Validation(
                    range: ref, kind: .none, strict: false, title: Self.short(c.heading), prompt: prompt, error: "")
            }
        }
        let tieColumns = columns
        let logColumns = activityColumns
        let tieChecks = validations(tieColumns)
        let logChecks = validations(logColumns)
        let depth = listColumns.map(\.count).max() ?? 0
        for row in 0..<depth {
            lists.append(listColumns.map { row < $0.count ? .text($0[row]) : .empty })
        }
        func explanation(_ c: Column, sheet: String) -> [XLSXWriter.Cell] {
            [
                .text(c.heading), .text(sheet), .text(c.type),
                // A cell holds at most 32,767 characters; a list longer than that is in the sheet of lists whole.
                .text(
                    Self.fitting(
                        c.values.joined(separator: "; ")
                            + (c.range.map {
                                (c.values.isEmpty ? "" : "; ") + "\(XLSXWriter.number($0.lowerBound))–\(XLSXWriter.number($0.upperBound))"
                            }
                                ?? ""),
                        utf16: 30_000)),
                .text(c.unit), .text(c.empty), .text(Self.fitting(c.description, utf16: 30_000)),
            ]
        }
        let about = tieColumns.map { explanation($0, sheet: tiesSheet) } + logColumns.map { explanation($0, sheet: activitySheet) }
        let intro: [[XLSXWriter.Cell]] = [
            [.heading(t("Slik fyller du ut lista", "How to fill in the list"))],
            [
                .text(
                    t(
                        "Fyll inn én rad per tilknytning på arket «\(tiesSheet)», og én rad per aktivitet på «\(activitySheet)». Les den inn med: ties review FIL.xlsx --rules REGELSETT.yaml --as-of ÅÅÅÅ-MM-DD (datoen gjennomgangen gjelder)",
                        "Fill in one row per tie on the sheet «\(tiesSheet)», and one row per activity on «\(activitySheet)». Read it with: ties review FILE.xlsx --rules RULES.yaml --as-of YYYY-MM-DD (the date of the review)"
                    ))
            ],
            [
                .text(
                    t(
                        "En tom celle betyr at opplysningen er ukjent, aldri «nei» eller 0. En regel som trenger den, kan da ikke avgjøres, og utfallet merkes foreløpig.",
                        "An empty cell means the fact is unknown, never «no» or 0. A rule that needs it then cannot decide, and the outcome is marked provisional."
                    ))
            ],
            [],
        ]
        let headerRow: [XLSXWriter.Cell] = [
            t("Kolonne", "Column"), t("Ark", "Sheet"), t("Type", "Type"), t("Tillatte verdier", "Allowed values"), t("Enhet", "Unit"),
            t("Tom celle betyr", "An empty cell means"), t("Forklaring", "Explanation"),
        ].map { .heading($0) }
        let sheets = [
            XLSXWriter.Sheet(
                name: tiesSheet, header: tieColumns.map(\.heading), rows: [],
                widths: [18, 36, 18, 8, 8, 30, 30, 40] + tieColumns.dropFirst(8).map { max(12, min(24, $0.heading.count + 2)) },
                validations: tieChecks),
            XLSXWriter.Sheet(
                name: activitySheet, header: logColumns.map(\.heading), rows: [], widths: [24, 8, 20, 14, 50], validations: logChecks),
            XLSXWriter.Sheet(
                name: t("Forklaring", "Explanation"), header: nil, rows: intro + [headerRow] + about,
                widths: [30, 12, 20, 40, 8, 34, 60], frozen: false, wrap: true, merged: ["A1:G1", "A2:G2", "A3:G3"], printed: true),
            XLSXWriter.Sheet(
                name: t("Lister", "Lists"), header: nil, rows: lists, widths: listColumns.map { _ in 30 }, frozen: false, hidden: true),
        ]
        return try writer.archive(
            sheets, title: "\(ruleSet.municipality): \(t("liste over internasjonale tilknytninger", "list of international ties"))")
    }

    /// The CSV files, as Norwegian Excel writes them with `nb` (`;`, a byte order mark, CRLF): the ties' headings,
    /// and the activity log's beside it.
    public func csv() -> (ties: String, activities: String) {
        let separator = nb ? ";" : ","
        func line(_ cells: [String]) -> String { "\u{FEFF}" + cells.map(CSVRenderer.quote).joined(separator: separator) + "\r\n" }
        return (line(columns.map(\.heading)), line(activityColumns.map(\.heading)))
    }

    /// The name of the activity log beside a CSV file, where the reader looks for it.
    public func activityFile(beside path: String) -> String { Pipeline.activityLogPath(beside: path, language: language) }

    /// A heading cut to the 32 characters a spreadsheet shows as a prompt's title, at a word.
    static func short(_ heading: String) -> String {
        guard heading.utf16.count > 32 else { return heading }
        let cut = start(of: heading, utf16: 31)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    /// `text` as a spreadsheet takes it where it counts UTF-16 units (a prompt 255, a cell 32,767): cut, with "…", if longer.
    static func fitting(_ text: String, utf16 limit: Int) -> String {
        text.utf16.count > limit ? start(of: text, utf16: limit - 1) + "…" : text
    }

    /// The longest start of `text` within `limit` UTF-16 units, whole characters only.
    static func start(of text: String, utf16 limit: Int) -> String {
        var out = ""
        var units = 0
        for c in text {
            units += c.utf16.count
            if units > limit { break }
            out.append(c)
        }
        return out
    }
}
