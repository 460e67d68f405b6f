extension Phrase {
    /// The annual review in every form: the document, the terminal table, the CSV and the workbook.
    public enum Review: Sendable, Hashable {
        case title(municipality: String)
        case reviewedAgainst(date: String)
        case reviewedOn, decisionNotes, countryCode
        case tie, kind, outcome, category, mainReason, count, reasons, conditions, scores, unknownScore, country
        case summary, overview, rationale, findings, holds, violated
        case lastDecision, earlierDecisions
        case sourceDocument, municipality, decided, adoptedText, source, quote
        case notEvaluable, notApplicable, dataGaps, dataGapsIntro
        case openGaps, keepsOutcomeOpen, missingKeepsOpen
        case quietGaps(count: Int, names: String)
        case operational, operationalIntro, parameter, value, basis, noBasis
        case statedNumbers, statedNumbersIntro, statedIn
        case operationalNote(label: String, value: String, basis: String)
        case cutCell(characters: Int)
        case proposerShall(proposer: String, what: String)
        case statedNote(label: String, value: String, quote: String)
        case criterionShort(Int)
        case legendMarks
        case yearlyCost
        case plusUnknown(Int)
        case provisionalOutcome(label: String, missing: String)
        case provisionalShort(label: String)
        case decision(outcome: String, body: String, date: String)
        case decisionWithCase(outcome: String, body: String, date: String, caseNumber: String)
        case quotedUnder(opening: String, place: String)
        case callsFor(String), noteMark
        case staleFact(fact: String, date: String, years: Int), sources, recordNote, undatedFacts(Int), staleRead(Int)
        case evidence(fact: String, value: String, source: String?, date: String?)
        case deadlines, owed, owedTo, due, overdue(String)
        case findingGives(outcome: String, ties: String), findingKept(ties: String, because: String)
        case notEvaluableEntry(rule: String, missing: String)
        case fingerprintSheet, fingerprintLine(ruleSet: String, portfolio: String, tool: String, date: String)
        case fingerprintEdited(String)
        case ruleSetHash, portfolioHash, tool
        case tiesSheet, dataGapsSheet
        case page(before: Bool)
    }
}

extension Phrasebook {
    public func review(_ p: Phrase.Review) -> String {
        switch p {
        case .title(let m):
            pick(
                nb: "Gjennomgang av internasjonale tilknytninger: \(m)", nn: "Gjennomgang av internasjonale tilknytingar: \(m)",
                en: "Review of international ties: \(m)")
        case .reviewedAgainst(let date):
            pick(
                nb: "Vurdert \(date) mot kriteriene i", nn: "Vurdert \(date) mot kriteria i", en: "Reviewed \(date) against the criteria of"
            )
        case .decisionNotes: pick(nb: "Merknader til vedtaket", nn: "Merknader til vedtaket", en: "Notes on the decision")
        case .countryCode: pick(nb: "Landkode", nn: "Landkode", en: "Country code")
        case .reviewedOn: pick(nb: "Vurdert", nn: "Vurdert", en: "Reviewed")
        case .tie: pick(nb: "Tilknytning", nn: "Tilknyting", en: "Tie")
        case .kind: pick(nb: "Type", nn: "Type", en: "Kind")
        case .outcome: pick(nb: "Utfall", nn: "Utfall", en: "Outcome")
        case .category: pick(nb: "Kategori", nn: "Kategori", en: "Category")
        case .mainReason: pick(nb: "Viktigste grunn", nn: "Viktigaste grunn", en: "Main reason")
        case .count: pick(nb: "Antall", nn: "Tal", en: "Count")
        case .reasons: pick(nb: "Begrunnelse", nn: "Grunngjeving", en: "Reasons")
        case .conditions: pick(nb: "Vilkår", nn: "Vilkår", en: "Conditions")
        case .scores: pick(nb: "Kriteriene", nn: "Kriteria", en: "Criteria")
        case .unknownScore: pick(nb: "ukjent", nn: "ukjend", en: "unknown")
        case .callsFor(let o): pick(nb: "tilsier «\(o)»", nn: "tilseier «\(o)»", en: "calls for “\(o)”")
        case .noteMark: pick(nb: "Merk:", nn: "Merk:", en: "Note:")
        case .staleFact(let fact, let date, let years):
            pick(
                nb: "\(fact) (sist registrert \(date), eldre enn \(years) år)",
                nn: "\(fact) (sist registrert \(date), eldre enn \(years) år)",
                en: "\(fact) (last recorded \(date), older than \(years) years)")
        case .sources: pick(nb: "Kilder", nn: "Kjelder", en: "Sources")
        case .deadlines:
            pick(
                nb: "Frister: forfalte og de neste 12 månedene", nn: "Fristar: forfalne og dei neste 12 månadene",
                en: "Deadlines: overdue and in the next 12 months")
        case .owed: pick(nb: "Forpliktelse eller vilkår", nn: "Plikt eller vilkår", en: "Obligation or condition")
        case .owedTo: pick(nb: "Overfor", nn: "Overfor", en: "To")
        case .due: pick(nb: "Frist", nn: "Frist", en: "Due")
        case .overdue(let date): pick(nb: "\(date) (forfalt)", nn: "\(date) (forfallen)", en: "\(date) (overdue)")
        case .staleRead(let years):
            pick(
                nb: "eldre enn \(years) år, lest som ukjent", nn: "eldre enn \(years) år, lese som ukjend",
                en: "older than \(years) years, read as unknown")
        case .recordNote: pick(nb: "Merknad", nn: "Merknad", en: "Note")
        case .undatedFacts(let n):
            pick(
                nb: "\(n) opplysninger har ingen dato og er lest som de står per datoen for gjennomgangen.",
                nn: "\(n) opplysningar har ingen dato og er lesne som dei står per datoen for gjennomgangen.",
                en: "\(n) facts carry no date and are read as they stand on the review date.")
        case .evidence(let fact, let value, let source, let date):
            "\(fact): \(value)"
                + ([source, date].compactMap { $0 }.isEmpty ? "" : " — " + [source, date].compactMap { $0 }.joined(separator: ", "))
        case .country: pick(nb: "Land", nn: "Land", en: "Country")
        case .summary: pick(nb: "Oppsummering", nn: "Oppsummering", en: "Summary")
        case .overview: pick(nb: "Oversikt", nn: "Oversikt", en: "Overview")
        case .rationale: pick(nb: "Begrunnelse per tilknytning", nn: "Grunngjeving for kvar tilknyting", en: "Rationale per tie")
        case .findings:
            pick(
                nb: "Kravene til tilknytningene samlet", nn: "Krava til tilknytingane samla",
                en: "The requirements on the ties taken together")
        case .holds: pick(nb: "oppfylt", nn: "oppfylt", en: "holds")
        case .violated: pick(nb: "brutt", nn: "broten", en: "violated")
        case .lastDecision: pick(nb: "Siste vedtak", nn: "Siste vedtak", en: "Last decision")
        case .earlierDecisions: pick(nb: "Tidligere vedtak", nn: "Tidlegare vedtak", en: "Earlier decisions")
        case .sourceDocument: pick(nb: "Strategidokument", nn: "Strategidokument", en: "Strategy document")
        case .municipality: pick(nb: "Kommune", nn: "Kommune", en: "Municipality")
        case .decided: pick(nb: "Vedtatt", nn: "Vedteke", en: "Decided")
        case .adoptedText: pick(nb: "Vedtatt tekst", nn: "Vedteken tekst", en: "Adopted text")
        case .source: pick(nb: "Kilde", nn: "Kjelde", en: "Source")
        case .quote: pick(nb: "Sitat", nn: "Sitat", en: "Quote")
        case .notEvaluable: pick(nb: "Kunne ikke vurderes", nn: "Kunne ikkje vurderast", en: "Could not be evaluated")
        case .notApplicable:
            pick(
                nb: "Gjelder ikke for denne tilknytningen", nn: "Gjeld ikkje for denne tilknytinga",
                en: "Does not apply to this tie")
        case .dataGaps: pick(nb: "Manglende opplysninger", nn: "Manglande opplysningar", en: "Data gaps")
        case .dataGapsIntro:
            pick(
                nb:
                    "Opplysninger som regelsettet bruker, men som mangler. De som er merket *, holder utfallet åpent: når de foreligger, kan utfallet bli et annet.",
                nn:
                    "Opplysningar som regelsettet brukar, og som manglar. Dei som er merkte *, held utfallet ope: når dei ligg føre, kan utfallet bli eit anna.",
                en: "Facts the rule set reads that a tie lacks. Those marked * keep the outcome open: once they are known, it may change.")
        case .openGaps:
            pick(
                nb: "Manglende opplysninger som holder utfallet åpent", nn: "Manglande opplysningar som held utfallet ope",
                en: "Missing facts that keep the outcome open")
        case .keepsOutcomeOpen: pick(nb: "Holder utfallet åpent", nn: "Held utfallet ope", en: "Keep the outcome open")
        case .missingKeepsOpen:
            pick(nb: "Mangler, holder utfallet åpent", nn: "Manglar, held utfallet ope", en: "Missing, keeps the outcome open")
        case .quietGaps(let count, let names):
            count == 1
                ? pick(
                    nb: "1 tilknytning mangler opplysninger som ikke kan endre utfallet\(names)",
                    nn: "1 tilknyting manglar opplysningar som ikkje kan endre utfallet\(names)",
                    en: "1 tie lacks facts that cannot change its outcome\(names)")
                : pick(
                    nb: "\(count) tilknytninger mangler opplysninger som ikke kan endre utfallet\(names)",
                    nn: "\(count) tilknytingar manglar opplysningar som ikkje kan endre utfallet\(names)",
                    en: "\(count) ties lack facts that cannot change their outcome\(names)")
        case .operational:
            pick(nb: "Tall som ikke står i strategien", nn: "Tal som ikkje står i strategien", en: "Numbers the strategy does not state")
        case .operationalIntro:
            pick(
                nb: "Disse tallene er satt i regelsettet; de står ikke i strategien. En begrunnelse som bruker dem, er merket †.",
                nn: "Desse tala er sette i regelsettet; dei står ikkje i strategien. Ei grunngjeving som brukar dei, er merkt †.",
                en: "These numbers are set in the rule set; the strategy does not state them. A reason that uses them is marked †.")
        case .statedNumbers:
            pick(nb: "Tall strategien selv oppgir", nn: "Tal strategien sjølv oppgjev", en: "Numbers the strategy states")
        case .statedNumbersIntro:
            pick(
                nb: "Disse tallene står i den vedtatte teksten, og reglene bruker dem slik de står.",
                nn: "Desse tala står i den vedtekne teksten, og reglane brukar dei slik dei står.",
                en: "These numbers stand in the adopted text, and the rules use them as they stand.")
        case .statedIn: pick(nb: "Står i", nn: "Står i", en: "Stated in")
        case .parameter: pick(nb: "Parameter", nn: "Parameter", en: "Parameter")
        case .value: pick(nb: "Verdi", nn: "Verdi", en: "Value")
        case .basis: pick(nb: "Grunnlag", nn: "Grunnlag", en: "Basis")
        case .noBasis: pick(nb: "grunnlaget er ikke oppgitt", nn: "grunnlaget er ikkje oppgitt", en: "no basis recorded")
        case .statedNote(let label, let value, let quote):
            pick(
                nb: "\(label.capitalizedFirst) (\(value)) står i strategien: \(quote)",
                nn: "\(label.capitalizedFirst) (\(value)) står i strategien: \(quote)",
                en: "\(label.capitalizedFirst) (\(value)) is stated in the strategy: \(quote)")
        case .proposerShall(let proposer, let what):
            pick(
                nb: "\(proposer.capitalizedFirst) skal \(what).", nn: "\(proposer.capitalizedFirst) skal \(what).",
                en: "\(proposer.capitalizedFirst) is to \(what).")
        case .operationalNote(let label, let value, let basis):
            pick(
                nb: "\(label.capitalizedFirst) er satt til \(value) og er ikke vedtatt i strategien: \(basis)",
                nn: "\(label.capitalizedFirst) er sett til \(value) og er ikkje fastsett i strategien: \(basis)",
                en: "\(label.capitalizedFirst) is set at \(value), which is not adopted text: \(basis)")
        case .cutCell(let n):
            pick(
                nb: " … [forkortet: teksten har \(n) tegn]", nn: " … [forkorta: teksten har \(n) teikn]",
                en: " … [cut: the text has \(n) characters]")
        case .criterionShort(let n): pick(nb: "K\(n)", nn: "K\(n)", en: "C\(n)")
        case .yearlyCost: pick(nb: "Kjent kostnad per år", nn: "Kjend kostnad per år", en: "Known cost a year")
        case .plusUnknown(let n): pick(nb: "(+ \(n) ukjent)", nn: "(+ \(n) ukjend)", en: "(+ \(n) unknown)")
        case .legendMarks:
            pick(
                nb: "– gjelder ikke for denne tilknytningen; ? mangler opplysninger",
                nn: "– gjeld ikkje for denne tilknytinga; ? manglar opplysningar",
                en: "– does not apply to this tie; ? information missing")
        case .provisionalOutcome(let label, let missing):
            pick(
                nb: "\(label) — foreløpig: mangler \(missing)", nn: "\(label) — førebels: manglar \(missing)",
                en: "\(label) — provisional: missing \(missing)")
        case .provisionalShort(let label): pick(nb: "\(label) (foreløpig)", nn: "\(label) (førebels)", en: "\(label) (provisional)")
        case .decision(let outcome, let body, let date): "\(outcome) (\(body) \(date))"
        case .decisionWithCase(let outcome, let body, let date, let c):
            pick(
                nb: "\(outcome) (\(body) \(date), sak\u{00A0}\(c))", nn: "\(outcome) (\(body) \(date), sak\u{00A0}\(c))",
                en: "\(outcome) (\(body) \(date), case\u{00A0}\(c))")
        case .quotedUnder(let opening, let place):
            pick(
                nb: "Bygger på «\(opening)», sitert under \(place).", nn: "Byggjer på «\(opening)», sitert under \(place).",
                en: "Rests on “\(opening)”, quoted under \(place).")
        case .findingGives(let outcome, let ties):
            pick(
                nb: "Dette gir utfallet «\(outcome)» for \(ties).", nn: "Dette gjev utfallet «\(outcome)» for \(ties).",
                en: "This gives \(ties) the outcome “\(outcome)”.")
        case .findingKept(let ties, let because):
            pick(
                nb: " \(ties) beholdes (\(because)).", nn: " \(ties) vert vidareført (\(because)).",
                en: " \(ties) is kept (\(because)).")
        case .notEvaluableEntry(let rule, let missing):
            pick(nb: "\(rule) (mangler \(missing))", nn: "\(rule) (manglar \(missing))", en: "\(rule) (missing \(missing))")
        case .fingerprintSheet: pick(nb: "Fingeravtrykk", nn: "Fingeravtrykk", en: "Fingerprint")
        case .fingerprintLine(let r, let p, let tool, let date):
            pick(
                nb: "regelsett sha256:\(r) · portefølje sha256:\(p) · \(tool) · vurdert \(date)",
                nn: "regelsett sha256:\(r) · portefølje sha256:\(p) · \(tool) · vurdert \(date)",
                en: "rules sha256:\(r) · portfolio sha256:\(p) · \(tool) · as of \(date)")
        case .fingerprintEdited(let edits): pick(nb: " · endret: \(edits)", nn: " · endra: \(edits)", en: " · edited: \(edits)")
        case .ruleSetHash: pick(nb: "Regelsett SHA-256", nn: "Regelsett SHA-256", en: "Rule set SHA-256")
        case .portfolioHash: pick(nb: "Portefølje SHA-256", nn: "Portefølje SHA-256", en: "Portfolio SHA-256")
        case .tool: pick(nb: "Verktøy", nn: "Verktøy", en: "Tool")
        case .tiesSheet: pick(nb: "Tilknytninger", nn: "Tilknytingar", en: "Ties")
        case .dataGapsSheet: pick(nb: "Manglende opplysninger", nn: "Manglande opplysningar", en: "Data gaps")
        case .page(let before): before ? pick(nb: "Side ", nn: "Side ", en: "Page ") : pick(nb: " av ", nn: " av ", en: " of ")
        }
    }
}

extension Phrase {
    /// The words of a calendar of deadlines.
    public enum Calendar: Sendable, Hashable {
        case name(String), obligation, condition, owedTo(String), source(String), overdue(String)
    }
}

extension Phrasebook {
    public func calendar(_ p: Phrase.Calendar) -> String {
        switch p {
        case .name(let m):
            pick(
                nb: "Frister for internasjonale tilknytninger – \(m)", nn: "Fristar for internasjonale tilknytingar – \(m)",
                en: "Deadlines of international ties – \(m)")
        case .obligation: pick(nb: "Forpliktelse som medlem", nn: "Plikt som medlem", en: "An obligation as a member")
        case .condition: pick(nb: "Vilkår i et vedtak", nn: "Vilkår i eit vedtak", en: "A condition of a decision")
        case .owedTo(let to): pick(nb: "Overfor: \(to)", nn: "Overfor: \(to)", en: "To: \(to)")
        case .source(let s): pick(nb: "Kilde: \(s)", nn: "Kjelde: \(s)", en: "Source: \(s)")
        case .overdue(let d): pick(nb: "Forfalt \(d), ikke oppfylt", nn: "Forfallen \(d), ikkje oppfylt", en: "Overdue since \(d), not met")
        }
    }
}

extension Phrasebook {
    /// Where a deadline comes from, as a reader cites it: the obligation's source, or the decision.
    public func deadlineSource(_ d: Deadline) -> String? {
        d.source.map(text) ?? d.decision.map { decision($0) }
    }

    /// A decision as a reader cites it: «byrådet 20.11.2024, sak 2024/1187».
    public func decision(_ d: Decision, in rs: RuleSet? = nil) -> String {
        "\(body(d.body, rs)) \(date(d.date))" + (d.caseReference.map { ", " + self(.caseNumber($0)) } ?? "")
    }

    /// A body a ledger names («bystyret»), in the reader's words where it is one the rule set knows (its council, the
    /// proposer, a body cases pass through); else as written.
    public func body(_ name: String, _ rs: RuleSet?) -> String {
        guard let rs else { return name }
        let key = name.lowercased()
        for known in [rs.council.body, rs.council.proposer] + rs.council.before
        where known.texts.values.contains(where: { $0.lowercased() == key }) {
            return text(known)
        }
        return name
    }
}
