/// One international tie: a membership, a twin-city or friendship relation, a project partnership.
public struct Record: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String
    public var country: String?
    public var since: Int?
    public var responsible: String?
    public var url: String?
    public var notes: String?
    /// The facts the rule set's schema declares; a fact that is absent is unknown, never zero.
    public var facts: [String: Value]
    /// Names of facts whose values are illustrative (not taken from a source).
    public var illustrative: [String]
    /// The activity log, or nil when the record keeps none (then counts over it are unknown).
    public var activities: [Activity]?
    /// Earlier decisions on this tie, oldest first as written.
    public var decisions: [Decision] = []
    /// What the membership obliges the municipality to do, with its due dates.
    public var obligations: [Obligation] = []
    /// Where a fact comes from and when it was recorded, by fact name, where the record says.
    public var evidence: [String: Evidence] = [:]
    /// Facts set aside because they are older than the rule set allows, with the value they had (their date is in
    /// `evidence`).
    public var stale: [String: Value] = [:]

    /// The source and date behind one fact: «Årsrapport 2025 fra nettverket», 01.12.2025.
    public struct Evidence: Sendable, Hashable {
        public var source: String?
        public var asOf: ReviewDate?
        /// What the person who recorded it adds: «bekreftet på telefon med sekretariatet».
        public var note: String?
        public var location: SourceLocation

        public init(source: String?, asOf: ReviewDate?, note: String? = nil, location: SourceLocation) {
            self.source = source
            self.asOf = asOf
            self.note = note
            self.location = location
        }
    }
    /// Where the record starts, for messages and for `explain`.
    public var location: SourceLocation

    public init(
        id: String, name: String, kind: String, country: String? = nil, since: Int? = nil,
        responsible: String? = nil, url: String? = nil, notes: String? = nil,
        facts: [String: Value] = [:], illustrative: [String] = [], activities: [Activity]? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.since = since
        self.responsible = responsible
        self.url = url
        self.notes = notes
        self.facts = facts
        self.illustrative = illustrative
        self.activities = activities
        self.location = location
    }

    /// The latest decision by date (the last written among equal dates).
    public var lastDecision: Decision? {
        decisions.enumerated().max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?.element
    }

    /// The built-in fields expressions may read, by name.
    public static let fieldNames: [String: ValueType] = [
        "id": .string, "name": .string, "kind": .string, "country": .string,
        "since": .int, "responsible": .string,
    ]

    /// The value of a built-in field or a fact, `unknown` when absent.
    public func value(of name: String) -> Value {
        switch name {
        case "id": .string(id)
        case "name": .string(self.name)
        case "kind": .string(kind)
        case "country": country.map(Value.string) ?? .unknown
        case "since": since.map(Value.int) ?? .unknown
        case "responsible": responsible.map(Value.string) ?? .unknown
        default: facts[name] ?? .unknown
        }
    }
}

/// One entry of a record's activity log: a visit, a meeting, a project, a delegation.
public struct Activity: Sendable, Hashable {
    public var year: Int
    public var type: String
    public var amountNOK: Double?
    public var note: String?

    public init(year: Int, type: String, amountNOK: Double? = nil, note: String? = nil) {
        self.year = year
        self.type = type
        self.amountNOK = amountNOK
        self.note = note
    }

    /// The kinds of activity a log may hold.
    public static let types = ActivityType.allCases.map(\.rawValue)

    /// The fields an aggregation filter may read, by name.
    public static let fieldNames: [String: ValueType] = ["year": .int, "type": .string, "amount_nok": .decimal]

    func value(of field: String) -> Value {
        switch field {
        case "year": .int(year)
        case "type": .string(type)
        case "amount_nok": amountNOK.map(Value.decimal) ?? .unknown
        default: .unknown
        }
    }
}

/// A municipality's ties, reviewed together on one date against one rule set.
public struct Portfolio: Sendable, Hashable {
    public var municipality: String
    /// The review date as `YYYY-MM-DD`.
    public var asOf: ReviewDate?
    /// The rule set file the portfolio names, relative to the portfolio.
    public var rulesPath: String?
    /// The list of ties the portfolio names as `records: medlemskap.xlsx` (a workbook, CSV or JSON Lines), relative
    /// to the portfolio, and where it names it.
    public var recordsFile: FileReference?
    /// Where the portfolio names its rule set.
    public var rulesLocation: SourceLocation?
    public var records: [Record]
    public var location: SourceLocation
    /// What a reader must know about the portfolio itself, e.g. a tie left out and why; shown in every report.
    public var notes: String?
    /// The review's own title, as the municipality calls it («Gradering av vennskapsbyrelasjoner 2026»).
    public var title: LocalizedText?
    /// By when the conditions are to be followed up and the ties to be reconsidered brought back, where the
    /// municipality sets a date; without it the case gives none.
    public var followUpBy: ReviewDate?

    public init(municipality: String, asOf: ReviewDate?, rulesPath: String?, records: [Record], location: SourceLocation) {
        self.municipality = municipality
        self.asOf = asOf
        self.rulesPath = rulesPath
        self.records = records
        self.location = location
    }

    /// The year of the review date, which rules read as `as_of_year`.
    public var asOfYear: Int? { asOf?.year }
}

extension Record {
    /// The kinds of tie a record may be.
    public static let kinds = TieKind.allCases.map(\.rawValue)

    /// The kinds in the reader's words: what reports print and what a spreadsheet may write instead of the id.
    public static let kindLabels: [String: LocalizedText] = Dictionary(
        uniqueKeysWithValues: TieKind.allCases.map { k in (k.rawValue, Phrasebook.everyLanguage { $0.kind(k) }) })

    /// Words for a kind that earlier templates printed and lists made from them still hold.
    public static let kindAliases = [
        "vennskapsavtale": "friendship", "venskapsavtale": "friendship", "friendship agreement": "friendship",
    ]

    /// The headings of the built-in fields, first the label and then the other words a list may use for it.
    public static let fieldHeadings: [String: [String: [String]]] = [
        "id": ["nb": ["Id", "Kode"], "nn": ["Id", "Kode"], "en": ["Id"]],
        "name": ["nb": ["Navn", "Tilknytning"], "nn": ["Namn", "Tilknyting"], "en": ["Name", "Tie"]],
        "kind": ["nb": ["Type", "Art"], "nn": ["Type", "Art"], "en": ["Kind", "Type"]],
        "country": ["nb": ["Land", "Landkode"], "nn": ["Land", "Landkode"], "en": ["Country", "Country code"]],
        "since": ["nb": ["Fra år", "Siden", "Startår"], "nn": ["Frå år", "Sidan", "Startår"], "en": ["Since", "Start year"]],
        "responsible": ["nb": ["Ansvarlig", "Ansvarlig enhet"], "nn": ["Ansvarleg", "Ansvarleg eining"], "en": ["Responsible"]],
        "url": ["nb": ["Nettside", "Nettadresse"], "nn": ["Nettside", "Nettadresse"], "en": ["Web address", "Website"]],
        "notes": ["nb": ["Merknad", "Merknader", "Kommentar"], "nn": ["Merknad", "Merknader", "Kommentar"], "en": ["Notes", "Note"]],
        "illustrative": ["nb": ["Illustrative verdier"], "nn": ["Illustrative verdiar"], "en": ["Illustrative values"]],
        "activities": [
            "nb": ["Aktiviteter", "Aktivitetslogg"], "nn": ["Aktivitetar", "Aktivitetslogg"], "en": ["Activities", "Activity log"],
        ],
    ]

    /// What a cell writes for an empty list or log: «ingen» is none, where an empty cell is unknown.
    public static let noneWords = ["ingen", "none", "-", "–"]
}

extension Activity {
    /// The activity types in the reader's words, which a spreadsheet's activity sheet may write instead of the id.
    public static let typeLabels: [String: LocalizedText] = Dictionary(
        uniqueKeysWithValues: ActivityType.allCases.map { a in (a.rawValue, Phrasebook.everyLanguage { $0.activity(a) }) })

    /// The headings of an activity sheet's columns, by field.
    public static let headings: [String: [String: [String]]] = [
        "id": ["nb": ["Id", "Tilknytning"], "nn": ["Id", "Tilknyting"], "en": ["Id", "Tie"]],
        "year": ["nb": ["År"], "nn": ["År"], "en": ["Year"]],
        "type": ["nb": ["Type", "Aktivitet"], "nn": ["Type", "Aktivitet"], "en": ["Type", "Activity"]],
        "note": ["nb": ["Merknad", "Beskrivelse"], "nn": ["Merknad", "Skildring"], "en": ["Note", "Description"]],
        "amount_nok": [
            "nb": ["Beløp (kr)", "Beløp", "Kostnad (kr)"], "nn": ["Beløp (kr)", "Beløp", "Kostnad (kr)"], "en": ["Amount (NOK)", "Amount"],
        ],
    ]
}

extension Portfolio {
    /// Whether `text` is a review date written `YYYY-MM-DD`.
    public static func isDate(_ text: String) -> Bool { DocumentReader.isDate(text) }
}

extension Record {
    /// This tie brought up to date with `incoming`, as a list returned by a department is merged: what it gives
    /// replaces what was there, and what it leaves empty keeps what was known (empty is unknown, never «erase»). Its
    /// decisions are added to the ledger, never taking one away; a workbook has no place for them.
    public func merged(with incoming: Record) -> Record {
        var r = self
        (r.name, r.kind) = (incoming.name, incoming.kind)
        r.country = incoming.country ?? country
        r.since = incoming.since ?? since
        r.responsible = incoming.responsible ?? responsible
        r.url = incoming.url ?? url
        r.notes = incoming.notes ?? notes
        if !incoming.illustrative.isEmpty { r.illustrative = incoming.illustrative }
        for (name, value) in incoming.facts {
            // A value given again keeps its evidence unless new evidence comes with it; a new value takes only its own.
            if let e = incoming.evidence[name] {
                r.evidence[name] = e
            } else if facts[name] != value {
                r.evidence[name] = nil
            }
            r.facts[name] = value
        }
        if let log = incoming.activities { r.activities = log }
        if !incoming.obligations.isEmpty {
            // A list gives an obligation's texts in one language: where they are those already kept, the others stay,
            // and so does a mark that it is illustrative.
            r.obligations = incoming.obligations.map { o in
                guard let held = obligations.first(where: { $0.what.text(.nb) == o.what.text(.nb) }) else { return o }
                var merged = o
                if held.to?.text(.nb) == o.to?.text(.nb) { merged.to = held.to }
                if held.source?.text(.nb) == o.source?.text(.nb) { merged.source = held.source }
                merged.what = held.what
                merged.illustrative = o.illustrative || held.illustrative
                return merged
            }
        }
        for d in incoming.decisions where !decisions.contains(where: { $0.canonicalText == d.canonicalText }) { r.decisions.append(d) }
        return r
    }
}
