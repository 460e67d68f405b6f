/// `ties init`: the files a new municipality starts from: a rule set that names its strategy document (title, file,
/// SHA-256) and lints clean, a sample portfolio with one record, empty expected results and a proposal, each with
/// comments that say what the author must fill in. Text only; the command line checks and writes the files.
public struct NewMunicipality: Sendable {
    /// The rule set's id and the name of its files: `stavanger`.
    public var name: String
    /// The municipality as written: `Stavanger`.
    public var municipality: String
    /// The strategy document's file name in `sources/`.
    public var documentFile: String
    /// The document's title: given, or found in its first lines; nil where neither.
    public var documentTitle: String?
    public var sha256: String
    /// The language of the comments and examples.
    public var book: Phrasebook
    /// The languages the new rule set writes its texts in, the first its main one: `[nb]` unless asked for more.
    public var languages: [Language]
    public var asOf: ReviewDate
    /// Sentences of the strategy that read like criteria, offered in the rule set's comments.
    public var candidates: [String]
    /// When and in which case the strategy was adopted, where its first lines say.
    public var adopted: ReviewDate?
    public var caseReference: String?

    public init(
        name: String, municipality: String, documentFile: String, documentTitle: String?, sha256: String, book: Phrasebook,
        languages: [Language]? = nil, asOf: ReviewDate, candidates: [String]
    ) {
        self.languages = book.newRuleSetLanguages(asked: languages)
        self.name = name
        self.municipality = municipality
        self.documentFile = documentFile
        self.documentTitle = documentTitle
        self.sha256 = sha256
        self.book = book
        self.asOf = asOf
        self.candidates = candidates
    }

    /// Why `name` cannot be a municipality's name for `ties init`; nil where it can.
    public static func problem(with name: String) -> Phrase.NameProblem? {
        if name.trimmingSpaces.isEmpty { return .empty }
        if name.count > 64 { return .tooLong }
        for c in name.unicodeScalars where c.value < 0x20 || c.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(c) {
            return .character(c.value < 0x20 || c.value == 0x7F ? "\\u{\(String(c.value, radix: 16))}" : "'\(c)'")
        }
        return fileName(for: name) == nil ? .noLetters : nil
    }

    /// The rule set's id and its files' name for a municipality's name as it is written: `Bodø` → `bodo`,
    /// `Nord-Fron` → `nord-fron`, `Bø i Telemark` → `bo-i-telemark`; nil where no letter of it is left.
    public static func fileName(for name: String) -> String? {
        var out = ""
        for c in name.lowercased() {
            if let folded = folding[c] {
                out += folded
            } else if c.isASCII, c.isLetter || c.isNumber {
                out.append(c)
            } else if c == " " || c == "-" || c == "_" || c == "." {
                if !out.isEmpty, !out.hasSuffix("-") { out += "-" }
            } else if let plain = c.unicodeScalars.first.flatMap({ base[$0] }) {
                out += plain
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        guard out.contains(where: \.isLetter) else { return nil }
        return String(out.prefix(64))
    }

    /// Letters a file name is safer without, as Norwegian and Sámi names are written in plain letters.
    static let folding: [Character: String] = [
        "æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ü": "u", "ß": "ss", "þ": "th", "ð": "d", "đ": "d", "ŋ": "n", "ŧ": "t",
        "č": "c", "š": "s", "ž": "z", "ʒ": "z", "ǯ": "z", "ǧ": "g", "ǩ": "k",
    ]

    /// Accented Latin letters by their plain letter: é → e, á → a.
    static let base: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups = [
            "a": "àáâãāă", "c": "çć", "e": "èéêëēė", "i": "ìíîïī", "n": "ñń", "o": "òóôõō", "u": "ùúûū", "y": "ýÿ", "s": "ś", "z": "źż",
            "l": "ł",
        ]
        for (plain, accented) in groups { for s in accented.unicodeScalars { table[s] = plain } }
        return table
    }()

    /// The municipality as reports write it: as given where it has a capital letter (`Nord-Fron`), else each part
    /// with one (`bodø` → `Bodø`, `nord-fron` → `Nord-Fron`).
    public static func municipality(from name: String) -> String {
        let name = name.trimmingSpaces
        if name.contains(where: \.isUppercase) { return name }
        return name.split(separator: "-", omittingEmptySubsequences: false).map { part in
            part.split(separator: "_", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }
                .joined(separator: " ")
        }.joined(separator: "-")
    }

    /// The document's title as its first lines give it: a «quoted» name with «strategi» in it, else a line that names a
    /// strategy; nil where neither is there, so the author is told to write it.
    public static func title(of text: String) -> String? {
        let opening = String(text.prefix(4000))
        var rest = Substring(opening)
        while let start = rest.firstIndex(of: "«"), let end = rest[start...].firstIndex(of: "»") {
            let inner = String(QuoteCheck.fold(String(rest[rest.index(after: start)..<end]), markLineEndHyphens: false))
            let words = inner.trimming([".", " "])
            if Self.looksLikeTitle(words, strategyWithin: 12, words: 14) { return words }
            rest = rest[rest.index(after: end)...]
        }
        let lines = opening.split(whereSeparator: \.isNewline).map { String(QuoteCheck.fold(String($0), markLineEndHyphens: false)) }
        return lines.map { $0.trimming([" "]) }.filter { !$0.isEmpty }.prefix(40).first {
            Self.looksLikeTitle($0, strategyWithin: 3, words: 8)
        }
    }

    /// A title, not a sentence: short, starting with a capital, naming a strategy among its first words, and not
    /// running on (no quote marks, no trailing comma or colon).
    static func looksLikeTitle(_ text: String, strategyWithin first: Int, words most: Int) -> Bool {
        let words = text.split(separator: " ")
        // A name and a subtitle after a dash («Den arktiske hovedstaden – internasjonal strategi for Tromsø kommune»):
        // the strategy is named at the start of one part, and the whole may be as long as both.
        let parts = words.split { $0 == "–" || $0 == "-" }
        guard (2...(parts.count > 1 ? most + 4 : most)).contains(words.count), text.count <= 120, text.first?.isUppercase == true,
            YAMLText.isPlain(text), !text.contains("«"), !text.contains("»"), !text.contains("\""), !text.contains(","),
            let last = text.last, !":;".contains(last)
        else { return false }
        return parts.contains { part in
            part.prefix(first).contains { $0.lowercased().hasPrefix("strategi") || $0.lowercased().hasPrefix("strategy") }
        }
    }

    /// Sentences that read like criteria: they say what shall or should hold of memberships, networks, twin cities,
    /// agreements or projects. Verbatim but for folded whitespace, so a rule may quote them as they stand.
    public static func candidateSentences(in text: String, limit: Int = 12) -> [String] {
        // Each sentence, and whether it is a list item's: the items under a criterion-like sentence ending in «:»
        // («… skal være å legge til rette for:») are the criteria it lists.
        var sentences: [(text: String, item: Bool)] = []
        for passage in passages(of: text) {
            let folded = String(QuoteCheck.fold(passage.text, markLineEndHyphens: false))
            var current = ""
            var previous: Character = " "
            for c in folded {
                current.append(c)
                if c == " ", previous == "." || previous == "!" || previous == "?" {
                    sentences.append((current.trimming([" "]), passage.item))
                    current = ""
                }
                previous = c
            }
            sentences.append((current.trimming([" "]), passage.item))
        }
        let verbs = [" skal ", " bør ", " må ", " er avgjørende", " shall ", " should ", " must "]
        let topics = [
            "medlemskap", "nettverk", "vennskapsby", "venskapsby", "samarbeid", "avtale", "prosjekt", "deltakelse", "deltaking",
            "tilknyt", "internasjonal", "membership",
            "network", "twin", "partnership", "agreement", "cooperation", "international",
        ]
        func quotable(_ s: String) -> Bool { !s.contains("\"") && YAMLText.isPlain(s) }
        var found: [String] = []
        var listing = false
        for (s, item) in sentences {
            let lower = " " + s.lowercased() + " "
            if item, listing {
                if (10...300).contains(s.count), quotable(s) { found.append(s) }
                continue
            }
            listing = false
            guard (40...300).contains(s.count), s.first?.isUppercase == true, verbs.contains(where: { lower.contains($0) }),
                topics.contains(where: { lower.contains($0) }), quotable(s)
            else { continue }
            found.append(s)
            listing = s.hasSuffix(":")
        }
        // The same sentence twice (once with its full stop, once without) is offered once.
        var seen: Set<String> = []
        return Array(found.filter { seen.insert($0.trimming([".", " "]).lowercased()).inserted }.prefix(limit))
    }

    /// The text's runs of sentences: a blank line, a heading (a short line with no end punctuation before a line that
    /// starts with a capital) or a list item's mark ends one, so no heading is glued to the sentence under it.
    static func passages(of text: String) -> [(text: String, item: Bool)] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { String($0).trimming([" ", "\t"]) }
        var passages: [(text: String, item: Bool)] = []
        var current = ""
        var item = false
        func flush() {
            if !current.isEmpty { passages.append((current, item)) }
            current = ""
            item = false
        }
        for (i, line) in lines.enumerated() {
            guard !line.isEmpty else {
                flush()
                continue
            }
            var line = line
            let marked = ["- ", "• ", "– ", "* "].first { line.hasPrefix($0) }
            // A line with a capital after a list item begins the text after the list, not more of the item.
            if let mark = marked {
                flush()
                line = String(line.dropFirst(mark.count))
                item = true
            } else if item, line.first?.isUppercase == true {
                flush()
            }
            let next = lines[(i + 1)...].first { !$0.isEmpty }
            // A list item is never a heading, however short: «- kultur og idrett».
            let heading =
                !item && line.split(separator: " ").count <= 12 && !".!?:;,".contains(line.last ?? ".")
                && (i + 1 == lines.count || lines[i + 1].isEmpty || next?.first?.isUppercase == true)
            if heading {
                flush()
                continue
            }
            current += (current.isEmpty ? "" : " ") + line
        }
        flush()
        return passages
    }

    /// When and in which case the strategy was adopted, where its first lines say so: «Vedtatt i kommunestyret
    /// 14.03.2024, sak 12/24». Either may be missing.
    public static func adoption(of text: String) -> (date: ReviewDate?, caseReference: String?) {
        let lines = text.prefix(6000).split(whereSeparator: \.isNewline).prefix(60)
        guard let line = lines.first(where: { $0.lowercased().contains("vedtatt") || $0.lowercased().contains("vedteke") }) else {
            return (nil, nil)
        }
        let words = line.split { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }.map(String.init)
        let date = words.lazy.compactMap { ReviewDate(written: $0.hasSuffix(".") && $0.count > 8 ? String($0.dropLast()) : $0) }.first
        var caseReference: String?
        for (i, w) in words.enumerated() where ["sak", "saksnr", "saksnr.", "ps"].contains(w.lowercased()) && i + 1 < words.count {
            let number = words[i + 1].trimming(["."])
            if number.contains("/"), number.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "-" }) { caseReference = number }
        }
        return (date, caseReference)
    }

    /// The example tie `ties init` puts in a new sample, still there beside the municipality's own ties: it would stand in
    /// the review and the council case.
    public static func exampleLeft(in portfolio: Portfolio) -> Record? {
        guard portfolio.records.count > 1 else { return nil }
        // The example's id and name in each language, made once: a list may hold a hundred thousand ties.
        let examples = Language.allCases.map { (id: Phrasebook($0).initial(.exampleID), name: Phrasebook($0).initial(.exampleName)) }
        return portfolio.records.indices.first { i in
            examples.contains { $0.id == portfolio.records[i].id && $0.name == portfolio.records[i].name }
        }.map { portfolio.records[$0] }
    }

    /// Whether a proposal is the example `ties init` wrote, still as it made it: a council case would name it.
    public static func isExample(_ proposal: Proposal) -> Bool {
        Language.allCases.contains { l in
            let book = Phrasebook(l)
            return proposal.record.id == book.initial(.exampleID) + "_" + book.initial(.newSuffix)
                && proposal.record.name == book.initial(.exampleName)
        }
    }

    /// Each file to create, by its path from the folder `ties init` runs in, and its text.
    public var files: [(path: String, text: String)] {
        [
            ("Rules/\(name).yaml", ruleSet),
            ("Samples/\(name)/portfolio.yaml", portfolio),
            ("Samples/\(name)/records/\(exampleRecordFile)", record),
            ("Samples/\(name)/expected.yaml", expected),
            ("Samples/\(name)/proposals/\(exampleRecordFile)", proposal),
        ]
    }

    var exampleRecordFile: String { t(.exampleFile) }
    var exampleID: String { t(.exampleID) }

    func t(_ p: Phrase.Init) -> String { book.initial(p) }

    /// A text of the new rule set, in each language it declares, as a YAML mapping indented by `indent`.
    func texts(_ p: Phrase.Init, indent: String) -> String {
        languages.map { "\(indent)\($0.code): \(YAMLText.quoted(Phrasebook($0).initial(p)))" }.joined(separator: "\n")
    }

    /// The same on one line: `{nb: "…", en: "…"}`.
    func inlineTexts(_ p: Phrase.Init) -> String {
        "{" + languages.map { "\($0.code): \(YAMLText.quoted(Phrasebook($0).initial(p)))" }.joined(separator: ", ") + "}"
    }

    /// A memo phrase in each language of the new rule set, on one line: `{nb: "kommunedirektøren", en: "…"}`.
    func inlineMemo(_ p: Phrase.Memo) -> String {
        "{" + languages.map { "\($0.code): \(YAMLText.quoted(Phrasebook($0).memo(p)))" }.joined(separator: ", ") + "}"
    }

    var ruleSet: String {
        let title = documentTitle ?? t(.defaultTitle(municipality: municipality))
        let fill = t(.fillIn)
        let titleNote = documentTitle == nil ? t(.titleNotFound) : t(.titleFound)
        let heading = YAMLText.quoted("\(fill): " + t(.headingPlaceholder))
        let sentence = YAMLText.quoted("\(fill): " + t(.sentencePlaceholder) + " sources/\(YAMLText.comment(documentFile))")
        let candidateLines =
            candidates.isEmpty ? "" : "\n# " + t(.candidatesIntro) + "\n" + candidates.map { "#   \(YAMLText.quoted($0))\n" }.joined()
        let codes = languages.map(\.code).joined(separator: ", ")
        let outcomes: [VocabularyOutcome] = [.keep, .keepWithConditions, .review, .exit]
        // Each outcome glossed as the reports call it, in the rule set's first language.
        let reports = Phrasebook(self.languages[0])
        let outcomeLines = outcomes.map { o in
            "  - " + o.rawValue + String(repeating: " ", count: max(1, 23 - o.rawValue.count)) + "# " + reports.outcome(o)
        }.joined(separator: "\n")
        return """
            # \(t(.header(municipality: YAMLText.comment(municipality), title: YAMLText.comment(title), file: YAMLText.comment(documentFile))))
            # \(t(.madeBy))
            #
            # \(t(.howTo))
            #  1. \(t(.step1))
            #  2. \(t(.step2(file: YAMLText.comment(documentFile))))
            #  3. \(t(.step3))
            #  4. \(t(.step4))
            #  5. \(t(.step5(name: name)))
            ruleset: \(YAMLText.quoted(name))
            title: \(YAMLText.quoted(t(.newTitle)))   # \(fill): \(t(.titleNote))
            municipality: \(YAMLText.quoted(municipality))
            source:
              file: \(YAMLText.quoted(documentFile))
              title: \(YAMLText.quoted(title))   # \(titleNote)
            \(adoptedLines(fill: fill))
              sha256: \(sha256)   # \(t(.shaNote))
            languages: [\(codes)]   # \(t(.languagesNote))
            # \(t(.councilNote))
            council:
              proposer: \(inlineMemo(isCounty ? .theCountyChiefExecutive : .theChiefExecutive))
              body: \(inlineMemo(isCounty ? .theCountyCouncil : .theCouncil))

            # \(t(.outcomesIntro))
            outcomes:
            \(outcomeLines)
            default_outcome: keep      # \(t(.defaultNote))
            default_because:
            \(texts(.defaultBecause, indent: "  "))
            # \(t(.unknownIntro))
            on_unknown:
              outcome: review
              because:
            \(texts(.unknownBecause, indent: "    "))

            # \(t(.factsIntro))
            facts: {}
            #  competence_gain:
            #    label: \(inlineTexts(.competenceLabel))
            #    type: int
            #    range: [0, 3]
            #    description: \(YAMLText.quoted(t(.competenceDescription)))

            # \(t(.parametersIntro))
            parameters: {}
            #  fee_threshold_nok:
            #    value: 100000
            #    type: money
            #    label: \(inlineTexts(.thresholdLabel))
            #    basis:
            \(texts(.thresholdBasis, indent: "#      "))

            # \(t(.criteriaIntro(kinds: Record.kinds.joined(separator: ", "))))
            criteria: []
            #  - id: competence
            #    title: \(inlineTexts(.competenceTitle))
            #    applies_to: [network, organisation]
            #    score: competence_gain
            #    cite:
            #      section: \(heading)
            #      quote: \(sentence)

            # \(t(.rulesIntro))
            rules: []
            #  - id: no_competence_gain
            #    criterion: competence
            #    applies_to: [network, organisation]
            #    when: competence_gain == 0
            #    outcome: review
            #    because:
            \(texts(.noCompetenceBecause, indent: "#      "))
            #    cite:
            #      section: \(heading)
            #      quote: \(sentence)
            #    examples:
            #      fires: [{competence_gain: 0}]
            #      does_not_fire: [{competence_gain: 2}]
            #      unknown: [{}]

            """ + candidateLines
    }

    /// A county («Rogaland fylkeskommune»): its case goes from the county chief executive to the county council.
    var isCounty: Bool { municipality.lowercased().hasSuffix("fylkeskommune") }

    /// `adopted:` and `case:` under `source:`: as the document's first lines give them, else commented, to fill in.
    func adoptedLines(fill: String) -> String {
        let date = adopted.map { "  adopted: \($0)   # \(t(.titleFound))" } ?? "  # adopted: 2024-06-20       # \(fill): \(t(.adoptedNote))"
        let number =
            caseReference.map { "  case: \(YAMLText.quoted($0))   # \(t(.titleFound))" }
            ?? "  # case: \"123/24\"            # \(fill): \(t(.caseNote))"
        return date + "\n" + number
    }

    var portfolio: String {
        """
        # \(t(.portfolioHeader(municipality: YAMLText.comment(municipality), name: name, file: exampleRecordFile)))
        municipality: \(YAMLText.quoted(municipality))
        as_of: \(asOf)   # \(t(.asOfNote))
        rules: ../../Rules/\(name).yaml
        title: \(t(.portfolioTitle))

        """
    }

    var record: String {
        """
        # \(t(.recordIntro(kinds: Record.kinds.joined(separator: ", "), name: name, activityTypes: Activity.types.joined(separator: ", "))))
        id: \(exampleID)
        name: \(t(.exampleName))
        kind: network
        since: \(min(2020, asOf.year))
        responsible: \(YAMLText.quoted(t(.responsiblePlaceholder)))
        notes: \(t(.exampleNotes))
        facts: {}
        activities:
          - {year: \(asOf.year), type: meeting, note: \(YAMLText.quoted(t(.annualMeeting)))}

        """
    }

    var expected: String { t(.expected(name: name)) }

    var proposal: String {
        """
        # \(t(.proposalIntro(name: name, file: exampleRecordFile)))
        rules: ../../../Rules/\(name).yaml
        portfolio: ..
        as_of: \(asOf)
        proposal:
          title:
        \(texts(.proposalTitle, indent: "    "))
          proposed_by: \(YAMLText.quoted(t(.proposedByPlaceholder)))
          background:
        \(texts(.backgroundPlaceholder, indent: "    "))
          costs:
            annual_fee_nok: 10000
            staff_hours: 100
            note: \(inlineTexts(.costNote))
          # \(t(.decisionNote))
          # decision: \(inlineTexts(.decisionPlaceholder))
        record:
          id: \(exampleID)_\(t(.newSuffix))
          name: \(t(.exampleName))
          kind: network
          since: \(asOf.year + 1)
          facts: {}

        """
    }
}

extension String {
    /// The text without the given characters at either end.
    fileprivate func trimming(_ characters: Set<Character>) -> String {
        guard let start = firstIndex(where: { !characters.contains($0) }), let end = lastIndex(where: { !characters.contains($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
