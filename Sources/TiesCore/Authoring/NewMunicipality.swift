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
    /// The language of the comments and examples: `nb` or `en`.
    public var language: String
    public var asOf: ReviewDate
    /// Sentences of the strategy that read like criteria, offered in the rule set's comments.
    public var candidates: [String]

    public init(
        name: String, municipality: String, documentFile: String, documentTitle: String?, sha256: String, language: String,
        asOf: ReviewDate, candidates: [String]
    ) {
        self.name = name
        self.municipality = municipality
        self.documentFile = documentFile
        self.documentTitle = documentTitle
        self.sha256 = sha256
        self.language = language
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
            "medlemskap", "nettverk", "vennskapsby", "samarbeid", "avtale", "prosjekt", "deltakelse", "internasjonal", "membership",
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

    var nb: Bool { language != "en" }
    var exampleRecordFile: String { nb ? "eksempel.yaml" : "example.yaml" }
    var exampleID: String { t("eksempelnettverket", "example_network") }

    /// The bokmål or the English of a comment, as the author asked.
    func t(_ nb: String, _ en: String) -> String { self.nb ? nb : en }

    var ruleSet: String {
        let title = documentTitle ?? t("Internasjonal strategi for \(municipality) kommune", "International strategy of \(municipality)")
        let fill = t("FYLL INN", "FILL IN")
        let titleNote =
            documentTitle == nil
            ? t("FYLL INN: fant ikke tittelen i dokumentets første linjer", "FILL IN: no title was found in the document's first lines")
            : t(
                "hentet fra dokumentets første linjer: rett den om den er feil",
                "taken from the document's first lines: correct it if wrong")
        let heading = YAMLText.quoted("\(fill): " + t("overskriften i strategien", "the heading in the strategy"))
        let sentence = YAMLText.quoted(
            "\(fill): " + t("setningen, ord for ord fra", "the sentence, word for word from") + " sources/\(YAMLText.comment(documentFile))"
        )
        let candidateLines =
            candidates.isEmpty
            ? ""
            : "\n# "
                + t(
                    "Setninger i strategien som kan være kriterier (ord for ord, klare til å siteres under 'quote'):",
                    "Sentences of the strategy that may be criteria (word for word, ready to quote under 'quote'):")
                + "\n" + candidates.map { "#   \(YAMLText.quoted($0))\n" }.joined()
        return """
            # \(t("Regelsett for \(YAMLText.comment(municipality)) kommune, skrevet fra", "Rule set for \(YAMLText.comment(municipality)), written from")) «\(YAMLText.comment(title))» (sources/\(YAMLText.comment(documentFile))).
            # \(t("Laget av `ties init`. Alt du må fylle inn, er merket FYLL INN. Veiledningen er docs/writing-rules.md.", "Made by `ties init`. Everything you must fill in is marked FILL IN. The guide is docs/writing-rules.md."))
            #
            # \(t("Slik går du fram:", "How to go about it:"))
            #  1. \(t("Rett tittelen under 'source' og fyll inn når strategien ble vedtatt ('adopted') og saksnummeret ('case').", "Correct the title under 'source' and fill in when the strategy was adopted ('adopted') and the case number ('case')."))
            #  2. \(t("Skriv ett kriterium under 'criteria' for hvert kriterium strategien gir, med setningen det bygger på,", "Write a criterion under 'criteria' for each criterion the strategy gives, with the sentence it rests on,"))
            #     \(t("ord for ord fra", "word for word from")) sources/\(YAMLText.comment(documentFile)).
            #  3. \(t("Skriv under 'facts' opplysningene kriteriene trenger om hver tilknytning.", "Write under 'facts' what the criteria need to know about each tie."))
            #  4. \(t("Skriv reglene under 'rules': når en regel slår til ('when'), hvilket utfall den gir og hvorfor ('because').", "Write the rules under 'rules': when a rule fires ('when'), which outcome it gives and why ('because')."))
            #  5. \(t("Kjør", "Run")) `ties lint Rules/\(name).yaml` \(t("og", "and")) `ties test Rules/\(name).yaml` \(t("etter hver endring, og", "after each change, and"))
            #     `ties review Samples/\(name)` \(t("for å se hva regelsettet gir.", "to see what the rule set gives."))
            ruleset: \(YAMLText.quoted(name))
            title: \(YAMLText.quoted(t("Kriterier for internasjonale tilknytninger", "Criteria for international ties")))   # \(fill): \(t("hva regelsettet vurderer, med strategiens ord", "what the rule set assesses, in the strategy's words"))
            municipality: \(YAMLText.quoted(municipality))
            source:
              file: \(YAMLText.quoted(documentFile))
              title: \(YAMLText.quoted(title))   # \(titleNote)
              # adopted: 2024-06-20       # \(fill): \(t("datoen strategien ble vedtatt", "the date the strategy was adopted"))
              # case: "123/24"            # \(fill): \(t("saksnummeret vedtaket har", "the case number of the decision"))
              sha256: \(sha256)   # \(t("dokumentets fingeravtrykk: lint sier fra om dokumentet endres", "the document's fingerprint: lint says so if the document changes"))
            languages: [nb, en]   # \(t("hver tekst skrives på bokmål (nb) og engelsk (en)", "every text is written in bokmål (nb) and English (en)"))

            # \(t("Utfallene, fra minst til mest alvorlig. Stryk dem strategien ikke gir grunnlag for. Andre utfall du kan bruke:", "The outcomes, least to most severe. Strike those the strategy gives no ground for. Others you may use:"))
            # \(t("make_dormant (gjøres hvilende), og for forslag join (slutte seg til) og do_not_join (ikke slutte seg til).", "make_dormant, and for proposals join and do_not_join."))
            outcomes:
              - keep                   # videreføres
              - keep_with_conditions   # videreføres med vilkår
              - review                 # vurderes
              - exit                   # vurderes avviklet
            default_outcome: keep      # \(t("når ingen regel slår til", "when no rule fires"))
            default_because:
              nb: "Ingen av kriteriene tilsier endring"
              en: "None of the criteria calls for a change"
            # \(t("Når en opplysning mangler, er den ukjent, aldri nei eller 0. En tilknytning der det som mangler kunne ha gitt et", "A missing fact is unknown, never no or 0. A tie whose missing facts could have given a more severe outcome gets"))
            # \(t("alvorligere utfall, får høyst dette utfallet og merkes foreløpig.", "at most this outcome, marked provisional."))
            on_unknown:
              outcome: review
              because:
                nb: "Mangler opplysninger for å vurdere kriteriene"
                en: "Insufficient data to assess the criteria"

            # \(t("Opplysningene reglene leser om hver tilknytning. Typer: bool (ja/nei), int (helt tall), decimal, money (kroner),", "What the rules read about each tie. Types: bool (yes/no), int (whole number), decimal, money (NOK),"))
            # \(t("string (tekst), enum (én av verdiene), set (flere av verdiene), year. Hver opplysning har en etikett på begge språk;", "string (text), enum (one of the values), set (several of the values), year. Every fact has a label in both languages;"))
            # \(t("det er den leseren ser. Et eksempel (fjern # foran linjene, og {} etter facts:):", "that is what readers see. An example (remove the # before the lines, and the {} after facts:):"))
            facts: {}
            #  competence_gain:
            #    label: {nb: "Kompetanseheving (0–3)", en: "Competence gain (0–3)"}
            #    type: int
            #    range: [0, 3]
            #    description: \(YAMLText.quoted(t("Kompetanse kommunen har fått i perioden: 0 ingen, 1 litt, 2 tydelig, 3 betydelig og dokumentert", "Competence gained in the period: 0 none, 1 little, 2 clear, 3 substantial and documented")))

            # \(t("Tall strategien ikke selv sier (en terskel, et antall år), er våre, ikke vedtatt tekst. De skrives her med", "Numbers the strategy does not state (a threshold, a number of years) are ours, not adopted text. They are written"))
            # \(t("grunnlaget: hvem satte dem, når og hvorfor. En regel bruker dem ved navn, f.eks. `annual_fee_nok > fee_threshold_nok`,", "here with their basis: who set them, when and why. A rule uses them by name, e.g. `annual_fee_nok > fee_threshold_nok`,"))
            # \(t("og en begrunnelse kan sette inn verdien med {fee_threshold_nok}. Rapportene viser at tallet ikke er vedtatt tekst.", "and a reason can show the value with {fee_threshold_nok}. Reports say it is not adopted text."))
            parameters: {}
            #  fee_threshold_nok:
            #    value: 100000
            #    type: money
            #    label: {nb: "terskelen for vesentlig årlig kontingent", en: "the threshold for a substantial annual fee"}
            #    basis:
            #      nb: "Foreslått av internasjonal rådgiver (2026); ikke vedtatt. Strategien sier ikke hvor grensen går"
            #      en: "Proposed by the international adviser (2026); not adopted. The strategy does not say where the line is"

            # \(t("Kriteriene strategien gir, hvert med setningen det bygger på. 'applies_to' sier hvilke typer tilknytning", "The criteria the strategy gives, each with the sentence it rests on. 'applies_to' says which kinds of tie the"))
            # \(t("setningen gjelder", "sentence speaks of")) (\(Record.kinds.joined(separator: ", ")));
            # \(t("uten den gjelder kriteriet alle typer, og de andre typene får «mangler opplysninger».", "without it the criterion applies to every kind, and the others get «insufficient data»."))
            criteria: []
            #  - id: competence
            #    title: {nb: "Kompetanseheving", en: "Competence gain"}
            #    applies_to: [network, organisation]
            #    score: competence_gain
            #    cite:
            #      section: \(heading)
            #      quote: \(sentence)

            # \(t("Reglene. En regel slår til når 'when' er sann, og gir sitt utfall ('outcome') med begrunnelsen i 'because'.", "The rules. A rule fires when 'when' is true, and gives its outcome ('outcome') with the reason in 'because'."))
            # \(t("{name} i begrunnelsen settes inn med tilknytningens navn; en opplysning eller parameter kan settes inn på samme", "{name} in a reason is replaced by the tie's name; a fact or a parameter can be put in the same way."))
            # \(t("måte. 'examples' er regelens tester: poster den skal slå til på, ikke slå til på, og ikke kunne avgjøre.", "'examples' are the rule's tests: records it must fire on, must not fire on, and cannot decide."))
            rules: []
            #  - id: no_competence_gain
            #    criterion: competence
            #    applies_to: [network, organisation]
            #    when: competence_gain == 0
            #    outcome: review
            #    because:
            #      nb: "{name} har ikke gitt kompetanseheving"
            #      en: "{name} has brought no competence gain"
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
        nb
            ? """
            # \(YAMLText.comment(municipality)) kommunes internasjonale tilknytninger: én fil per tilknytning i records/.
            # Kjør `ties review Samples/\(name)` for gjennomgangen, `ties justify Samples/\(name)/proposals/\(exampleRecordFile)`
            # for et saksframlegg.
            municipality: \(YAMLText.quoted(municipality))
            as_of: \(asOf)   # datoen gjennomgangen gjelder
            rules: ../../Rules/\(name).yaml
            title: Årlig gjennomgang av internasjonale tilknytninger

            """
            : """
            # \(YAMLText.comment(municipality))'s international ties: one file per tie in records/.
            # Run `ties review Samples/\(name)` for the review, `ties justify Samples/\(name)/proposals/\(exampleRecordFile)`
            # for a case memo.
            municipality: \(YAMLText.quoted(municipality))
            as_of: \(asOf)   # the date the review is as of
            rules: ../../Rules/\(name).yaml
            title: Annual review of international ties

            """
    }

    var kinds: String { Record.kinds.joined(separator: ", ") }
    var activityTypes: String { Activity.types.joined(separator: ", ") }

    var record: String {
        """
        # \(t("Et eksempel på en tilknytning. Lag én fil som denne for hver tilknytning, og slett eksemplet når du har dine egne.", "An example of a tie. Make one file like this for every tie, and delete the example once you have your own."))
        # \(t("id: kort og fast, små bokstaver. kind: én av", "id: short and stable, lower case. kind: one of")) \(kinds).
        # \(t("country: landkoden (SE, DK, …). since: året tilknytningen begynte. Opplysningene reglene leser, står under facts:", "country: the country code (SE, DK, …). since: the year the tie began. What the rules read goes under facts:,"))
        # \(t("med navnene fra 'facts' i", "by the names under 'facts' in")) Rules/\(name).yaml. \(t("En opplysning du ikke vet, utelater du: da er den ukjent, aldri nei", "A fact you do not know, you leave out: it is then unknown,"))
        # \(t("eller 0. Aktivitetstyper:", "never no or 0. Activity types:")) \(activityTypes).
        id: \(exampleID)
        name: \(t("Eksempelnettverket", "The Example Network"))
        kind: network
        since: \(min(2020, asOf.year))
        responsible: \(YAMLText.quoted(t("FYLL INN: enheten som har ansvaret", "FILL IN: the department responsible")))
        notes: \(t("Et eksempel laget av ties init", "An example made by ties init"))
        facts: {}
        activities:
          - {year: \(asOf.year), type: meeting, note: \(YAMLText.quoted(t("Årsmøte", "Annual meeting")))}

        """
    }

    var expected: String {
        nb
            ? """
            # Forventede resultater for Samples/\(name): utfallet hver tilknytning skal få. Fyll den med
            # `ties test --record Rules/\(name).yaml`, les linjen why: under hver tilknytning, og bekreft at utfallet er det
            # strategien gir. Til da sier `ties test` at eksemplet ikke er sjekket.

            """
            : """
            # Expected results for Samples/\(name): the outcome each tie must get. Fill it with
            # `ties test --record Rules/\(name).yaml`, read the why: line of each tie, and confirm the outcome is the one the
            # strategy gives. Until then `ties test` says the sample was not checked.

            """
    }

    var proposal: String {
        """
        # \(t("Et forslag om en ny tilknytning, til et saksframlegg:", "A proposal for a new tie, for a case memo:"))
        #   ties justify Samples/\(name)/proposals/\(exampleRecordFile) -o \(t("saksframlegg", "memo")).docx
        # \(t("Kostnadene (costs:) kan være", "The costs (costs:) may be")) annual_fee_nok, staff_hours, staff_hourly_cost_nok, travel_nok,
        # external_funding_applied_nok, external_funding_granted_nok \(t("og en merknad (note); utelat det du ikke vet.", "and a note; leave out what you do not know."))
        rules: ../../../Rules/\(name).yaml
        portfolio: ..
        as_of: \(asOf)
        proposal:
          title:
            nb: Medlemskap i Eksempelnettverket
            en: Membership of the Example Network
          proposed_by: \(YAMLText.quoted(t("FYLL INN: hvem som foreslår", "FILL IN: who proposes it")))
          decision_body: \(t("bystyret", "the city council"))
          background:
            nb: "FYLL INN: hvorfor forslaget kommer, og hva tilknytningen skal gi kommunen."
            en: "FILL IN: why the proposal is made, and what the tie shall give the municipality."
          costs:
            annual_fee_nok: 10000
            staff_hours: 100
            note: {nb: "Beløpene er eksempler.", en: "The amounts are examples."}
        record:
          id: \(exampleID)_\(t("nytt", "new"))
          name: \(t("Eksempelnettverket", "The Example Network"))
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
