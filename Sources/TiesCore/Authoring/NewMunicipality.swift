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
    /// The language of the comments and examples, and so of the texts the new rule set declares.
    public var book: Phrasebook
    public var asOf: ReviewDate
    /// Sentences of the strategy that read like criteria, offered in the rule set's comments.
    public var candidates: [String]

    public init(
        name: String, municipality: String, documentFile: String, documentTitle: String?, sha256: String, book: Phrasebook,
        asOf: ReviewDate, candidates: [String]
    ) {
        self.name = name
        self.municipality = municipality
        self.documentFile = documentFile
        self.documentTitle = documentTitle
        self.sha256 = sha256
        self.book = book
        self.asOf = asOf
        self.candidates = candidates
    }

    /// A rule set id: lower-case letters, digits, `_` and `-`, starting with a letter.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter, first.isLowercase || !first.isCased, name.count <= 64 else { return false }
        return name.allSatisfy { ($0.isLetter && ($0.isLowercase || !$0.isCased)) || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    /// The municipality's name from the rule set's id: `stavanger` → `Stavanger`, `nord-fron` → `Nord-Fron`.
    public static func municipality(from name: String) -> String {
        name.split(separator: "-", omittingEmptySubsequences: false).map { part in
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
        guard (2...most).contains(words.count), text.count <= 120, text.first?.isUppercase == true, YAMLText.isPlain(text),
            !text.contains("«"), !text.contains("»"), !text.contains("\""), !text.contains(","), let last = text.last, !":;".contains(last)
        else { return false }
        return words.prefix(first).contains { $0.lowercased().hasPrefix("strategi") || $0.lowercased().hasPrefix("strategy") }
    }

    /// Sentences that read like criteria: they say what shall or should hold of memberships, networks, twin cities,
    /// agreements or projects. Verbatim but for folded whitespace, so a rule may quote them as they stand.
    public static func candidateSentences(in text: String, limit: Int = 12) -> [String] {
        let folded = String(QuoteCheck.fold(text, markLineEndHyphens: false))
        var sentences: [String] = []
        var current = ""
        var previous: Character = " "
        for c in folded {
            current.append(c)
            if c == " ", previous == "." || previous == "!" || previous == "?" {
                sentences.append(current.trimming([" "]))
                current = ""
            }
            previous = c
        }
        sentences.append(current.trimming([" "]))
        let verbs = [" skal ", " bør ", " må ", " er avgjørende", " shall ", " should ", " must "]
        let topics = [
            "medlemskap", "nettverk", "vennskapsby", "venskapsby", "samarbeid", "avtale", "prosjekt", "deltakelse", "deltaking",
            "tilknyt", "internasjonal", "membership",
            "network", "twin", "partnership", "agreement", "cooperation", "international",
        ]
        return Array(
            sentences.filter { s in
                let lower = " " + s.lowercased() + " "
                return (40...300).contains(s.count) && s.first?.isUppercase == true && verbs.contains { lower.contains($0) }
                    && topics.contains { lower.contains($0) } && !s.contains("\"") && YAMLText.isPlain(s)
            }.prefix(limit))
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
        book.newRuleSetLanguages.map { "\(indent)\($0.code): \(YAMLText.quoted(Phrasebook($0).initial(p)))" }.joined(separator: "\n")
    }

    /// The same on one line: `{nb: "…", en: "…"}`.
    func inlineTexts(_ p: Phrase.Init) -> String {
        "{" + book.newRuleSetLanguages.map { "\($0.code): \(YAMLText.quoted(Phrasebook($0).initial(p)))" }.joined(separator: ", ") + "}"
    }

    /// A memo phrase in each language of the new rule set, on one line: `{nb: "kommunedirektøren", en: "…"}`.
    func inlineMemo(_ p: Phrase.Memo) -> String {
        "{" + book.newRuleSetLanguages.map { "\($0.code): \(YAMLText.quoted(Phrasebook($0).memo(p)))" }.joined(separator: ", ") + "}"
    }

    var ruleSet: String {
        let title = documentTitle ?? t(.defaultTitle(municipality: municipality))
        let fill = t(.fillIn)
        let titleNote = documentTitle == nil ? t(.titleNotFound) : t(.titleFound)
        let heading = YAMLText.quoted("\(fill): " + t(.headingPlaceholder))
        let sentence = YAMLText.quoted("\(fill): " + t(.sentencePlaceholder) + " sources/\(YAMLText.comment(documentFile))")
        let candidateLines =
            candidates.isEmpty ? "" : "\n# " + t(.candidatesIntro) + "\n" + candidates.map { "#   \(YAMLText.quoted($0))\n" }.joined()
        let languages = book.newRuleSetLanguages.map(\.code).joined(separator: ", ")
        let outcomes: [VocabularyOutcome] = [.keep, .keepWithConditions, .review, .exit]
        // Each outcome glossed as the reports call it, in the rule set's first language.
        let reports = Phrasebook(book.newRuleSetLanguages[0])
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
              # adopted: 2024-06-20       # \(fill): \(t(.adoptedNote))
              # case: "123/24"            # \(fill): \(t(.caseNote))
              sha256: \(sha256)   # \(t(.shaNote))
            languages: [\(languages)]   # \(t(.languagesNote))
            # \(t(.councilNote))
            council:
              proposer: \(inlineMemo(.theChiefExecutive))
              body: \(inlineMemo(.theCouncil))

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
