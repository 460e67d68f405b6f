extension Phrase {
    /// What a message names: a key as the file writes it ('title'), or a part of a file in the reader's words.
    public indirect enum Subject: Sendable, Hashable {
        /// A key or column as the file writes it, the same in every language: 'title'.
        case key(String)
        /// A part of a file, unnamed: «a record», «the rule set».
        case part(Part)
        /// A part of a file by its id or name: «rule 'x'», «the fact 'y'».
        case named(Part, String)
        /// A key of a named part: «'when' of rule 'x'».
        case keyOf(String, Part, String)
        /// The text of a subject in one language: «'label' in 'nn'».
        case inLanguage(Subject, String)
        /// One name of a list of names: «a name in 'applies_to'».
        case nameIn(Subject)
    }

    /// The parts of the files the tool reads, as messages name them.
    public enum Part: Sendable, Hashable {
        case record, exampleRecord, activity, decision, condition, alternative, proposalFile, portfolio, ruleSet, citation
        case category, requirement, rule, portfolioRule, test, outcome, fact, parameter, derivedValue, sourceDocument
        case criterion, review, reason, unevaluatedRule, expectedCriteria, expectedResult, factsOf, labelOf, valuesOf
        case scoreOf, pointsFor, valueLabelOf
    }

    /// What stands, or should stand, where a value is read.
    public enum Shape: Sendable, Hashable {
        case mapping(keys: [String], required: [String])
        case list
        /// A list whose items have this shape: `{year, type, amount_nok, note}`.
        case listOf(String)
        case exampleRecords
        case text, wholeNumber, number, trueOrFalse, date, plainName, expression, object, value, condition
        case year(example: Int)
        case amount, zeroOrMore, wholeYears
        case countryCode, id, sha256
        case parameterType
        case mappingFromFactName, mappingFromName, mappingFromRecordID, parameters
        case outcomes(words: [String])
        case forEach
        /// A value of one of the rule set's types: int, decimal, string, set.
        case typeName(String)
        case lowHigh
    }

    /// What stood where something else was expected.
    public enum Found: Sendable, Hashable {
        case mapping, list, nothing
        case text(String)
    }

    /// Names of things a message lists to choose from: «the outcomes are …».
    public enum Names: Sendable, Hashable {
        case outcomes, outcomesWithLabel, kinds, activityTypes, facts, criteria, rules, records, sources, functions, fields
        case values, keysHere, ids, types, namesItCanRead, valuesAReasonCanName, tiesIDs, parameters, derivedValues
    }

    /// A suggestion for a word not understood, and what could have stood there.
    public struct Choices: Sendable, Hashable {
        public enum Listing: Sendable, Hashable {
            /// «; the outcomes are a, b»; «; there are no outcomes» where there are none.
            case are(Names)
            /// «(allowed: a, b)».
            case allowed
            /// «(declared: a, b)».
            case declared
            /// «; expected one of a, b».
            case expectedOneOf
            /// «(expected one of a, b)».
            case expectedOneOfAfter
            /// «; the keys are a, b».
            case keys
        }

        public var closest: String?
        public var candidates: [String]
        public var listing: Listing?

        public init(closest: String?, candidates: [String] = [], listing: Listing? = nil) {
            self.closest = closest
            self.candidates = candidates
            self.listing = listing
        }
    }
}

extension Phrasebook {
    public func callAsFunction(_ s: Phrase.Subject) -> String {
        switch s {
        case .key(let k): "'\(k)'"
        case .part(let p): part(p)
        case .named(let p, let name): named(p, name)
        case .keyOf(let key, let p, let name): pick(nb: "'\(key)' i ", nn: "'\(key)' i ", en: "'\(key)' of ") + named(p, name)
        case .inLanguage(let s, let language):
            pick(nb: "\(self(s)) på '\(language)'", nn: "\(self(s)) på '\(language)'", en: "\(self(s)) in '\(language)'")
        case .nameIn(let s): pick(nb: "et navn i \(self(s))", nn: "eit namn i \(self(s))", en: "a name in \(self(s))")
        }
    }

    /// A part of a file, unnamed: «a rule», «the portfolio».
    func part(_ p: Phrase.Part) -> String {
        switch p {
        case .record: pick(nb: "en tilknytning", nn: "ei tilknyting", en: "a record")
        case .exampleRecord: pick(nb: "en eksempeltilknytning", nn: "ei eksempeltilknyting", en: "an example record")
        case .activity: pick(nb: "en aktivitet", nn: "ein aktivitet", en: "an activity")
        case .decision: pick(nb: "et vedtak", nn: "eit vedtak", en: "a decision")
        case .condition: pick(nb: "et vilkår", nn: "eit vilkår", en: "a condition")
        case .alternative: pick(nb: "et alternativ", nn: "eit alternativ", en: "an alternative")
        case .proposalFile: pick(nb: "forslagsfilen", nn: "forslagsfila", en: "the proposal file")
        case .portfolio: pick(nb: "porteføljen", nn: "porteføljen", en: "the portfolio")
        case .ruleSet: pick(nb: "regelsettet", nn: "regelsettet", en: "the rule set")
        case .citation: pick(nb: "en kildehenvisning", nn: "ei kjeldetilvising", en: "a citation")
        case .category: pick(nb: "en kategori", nn: "ein kategori", en: "a category")
        case .requirement: pick(nb: "et krav", nn: "eit krav", en: "a requirement")
        case .rule: pick(nb: "en regel", nn: "ein regel", en: "a rule")
        case .portfolioRule: pick(nb: "en porteføljeregel", nn: "ein porteføljeregel", en: "a portfolio rule")
        case .test: pick(nb: "en test", nn: "ein test", en: "a test")
        case .outcome: pick(nb: "et utfall", nn: "eit utfall", en: "an outcome")
        case .fact: pick(nb: "et faktum", nn: "eit faktum", en: "a fact")
        case .parameter: pick(nb: "en parameter", nn: "ein parameter", en: "a parameter")
        case .derivedValue: pick(nb: "en avledet verdi", nn: "ein avleidd verdi", en: "a derived value")
        case .sourceDocument: pick(nb: "et kildedokument", nn: "eit kjeldedokument", en: "a source document")
        case .criterion: pick(nb: "et kriterium", nn: "eit kriterium", en: "a criterion")
        case .review: pick(nb: "gjennomgangen", nn: "gjennomgangen", en: "the review")
        case .reason: pick(nb: "en begrunnelse", nn: "ei grunngjeving", en: "a reason")
        case .unevaluatedRule:
            pick(nb: "en regel som ikke kunne vurderes", nn: "ein regel som ikkje kunne vurderast", en: "an unevaluated rule")
        case .expectedCriteria: pick(nb: "de forventede kriteriene", nn: "dei venta kriteria", en: "the expected criteria")
        case .expectedResult: pick(nb: "et forventet resultat", nn: "eit venta resultat", en: "an expected result")
        case .factsOf: pick(nb: "fakta", nn: "fakta", en: "facts")
        case .labelOf: pick(nb: "en etikett", nn: "ein etikett", en: "a label")
        case .valuesOf: pick(nb: "verdiene", nn: "verdiane", en: "the values")
        case .scoreOf: pick(nb: "en poengsum", nn: "ein poengsum", en: "a score")
        case .pointsFor: pick(nb: "poeng", nn: "poeng", en: "points")
        case .valueLabelOf: pick(nb: "etiketten til en verdi", nn: "etiketten til ein verdi", en: "the label of a value")
        }
    }

    /// A part of a file by its id or name: «regelen 'x'», «the fact 'y'».
    func named(_ p: Phrase.Part, _ n: String) -> String {
        let q = "'\(n)'"
        return switch p {
        case .record, .exampleRecord: pick(nb: "tilknytningen \(q)", nn: "tilknytinga \(q)", en: "record \(q)")
        case .activity: pick(nb: "aktiviteten \(q)", nn: "aktiviteten \(q)", en: "the activity \(q)")
        case .decision: pick(nb: "vedtaket \(q)", nn: "vedtaket \(q)", en: "the decision \(q)")
        case .condition: pick(nb: "vilkåret \(q)", nn: "vilkåret \(q)", en: "the condition \(q)")
        case .alternative: pick(nb: "alternativet \(q)", nn: "alternativet \(q)", en: "the alternative \(q)")
        case .proposalFile, .portfolio, .ruleSet, .review, .sourceDocument: part(p) + " " + q
        case .citation: pick(nb: "kildehenvisningen \(q)", nn: "kjeldetilvisinga \(q)", en: "the citation \(q)")
        case .category: pick(nb: "kategorien \(q)", nn: "kategorien \(q)", en: "category \(q)")
        case .requirement: pick(nb: "kravet \(q)", nn: "kravet \(q)", en: "requirement \(q)")
        case .rule: pick(nb: "regelen \(q)", nn: "regelen \(q)", en: "rule \(q)")
        case .portfolioRule: pick(nb: "porteføljeregelen \(q)", nn: "porteføljeregelen \(q)", en: "portfolio rule \(q)")
        case .test: pick(nb: "testen \(q)", nn: "testen \(q)", en: "the test \(q)")
        case .outcome: pick(nb: "utfallet \(q)", nn: "utfallet \(q)", en: "the outcome \(q)")
        case .fact: pick(nb: "faktumet \(q)", nn: "faktumet \(q)", en: "the fact \(q)")
        case .parameter: pick(nb: "parameteren \(q)", nn: "parameteren \(q)", en: "the parameter \(q)")
        case .derivedValue: pick(nb: "den avledede verdien \(q)", nn: "den avleidde verdien \(q)", en: "derived value \(q)")
        case .criterion: pick(nb: "kriteriet \(q)", nn: "kriteriet \(q)", en: "criterion \(q)")
        case .reason: pick(nb: "begrunnelsen \(q)", nn: "grunngjevinga \(q)", en: "the reason \(q)")
        case .unevaluatedRule: pick(nb: "regelen \(q)", nn: "regelen \(q)", en: "the rule \(q)")
        case .expectedCriteria: part(p)
        case .expectedResult:
            pick(nb: "det forventede resultatet for \(q)", nn: "det venta resultatet for \(q)", en: "the expected result of \(q)")
        case .factsOf: pick(nb: "fakta for \(q)", nn: "fakta for \(q)", en: "facts of \(q)")
        case .labelOf: pick(nb: "etiketten til \(q)", nn: "etiketten til \(q)", en: "the label of \(q)")
        case .valuesOf: pick(nb: "verdiene til \(q)", nn: "verdiane til \(q)", en: "the values of \(q)")
        case .scoreOf: pick(nb: "poengsummen til \(q)", nn: "poengsummen til \(q)", en: "the score of \(q)")
        case .pointsFor: pick(nb: "poeng for \(q)", nn: "poeng for \(q)", en: "points for \(q)")
        case .valueLabelOf: pick(nb: "etiketten til verdien \(q)", nn: "etiketten til verdien \(q)", en: "the label of the value \(q)")
        }
    }

    public func callAsFunction(_ s: Phrase.Shape) -> String {
        switch s {
        case .mapping(let keys, _): pick(nb: "nøkler med verdier ", nn: "nøklar med verdiar ", en: "a mapping ") + Self.shape(keys)
        case .list: pick(nb: "en liste", nn: "ei liste", en: "a list")
        case .listOf(let shape): pick(nb: "en liste med \(shape)", nn: "ei liste med \(shape)", en: "a list of \(shape)")
        case .exampleRecords:
            pick(
                nb: "en liste med eksempeltilknytninger som {faktum: verdi}, hvert punkt begynner med '- '",
                nn: "ei liste med eksempeltilknytingar som {faktum: verdi}, kvart punkt byrjar med '- '",
                en: "a list of example records such as {fact: value}, each item starting with '- '")
        case .text: pick(nb: "tekst", nn: "tekst", en: "text")
        case .wholeNumber: pick(nb: "et heltall", nn: "eit heiltal", en: "a whole number")
        case .number: pick(nb: "et tall", nn: "eit tal", en: "a number")
        case .trueOrFalse: pick(nb: "true eller false", nn: "true eller false", en: "true or false")
        case .date: pick(nb: "en dato ÅÅÅÅ-MM-DD", nn: "ein dato ÅÅÅÅ-MM-DD", en: "a date YYYY-MM-DD")
        case .plainName: pick(nb: "et enkelt navn", nn: "eit enkelt namn", en: "a plain name")
        case .expression: pick(nb: "et uttrykk", nn: "eit uttrykk", en: "an expression")
        case .object: pick(nb: "et objekt", nn: "eit objekt", en: "an object")
        case .value: pick(nb: "en verdi", nn: "ein verdi", en: "a value")
        case .condition: pick(nb: "en betingelse", nn: "eit vilkår", en: "a condition")
        case .year(let example): pick(nb: "et årstall som \(example)", nn: "eit årstal som \(example)", en: "a year such as \(example)")
        case .amount: pick(nb: "et beløp på null eller mer", nn: "eit beløp på null eller meir", en: "an amount of zero or more")
        case .zeroOrMore: pick(nb: "null eller mer", nn: "null eller meir", en: "zero or more")
        case .wholeYears: pick(nb: "et helt antall år, minst 1", nn: "eit heilt tal år, minst 1", en: "a whole number of years, at least 1")
        case .countryCode:
            pick(
                nb: "en landkode etter ISO 3166 med to bokstaver, som 'SE'", nn: "ein landkode etter ISO 3166 med to bokstavar, som 'SE'",
                en: "an ISO 3166 two-letter country code such as 'SE'")
        case .id:
            pick(
                nb: "en id av bokstaver, sifre, '_' eller '-'", nn: "ein id av bokstavar, siffer, '_' eller '-'",
                en: "an id of letters, digits, '_' or '-'")
        case .sha256: pick(nb: "64 heksadesimale sifre", nn: "64 heksadesimale siffer", en: "64 hexadecimal digits")
        case .parameterType:
            pick(nb: "int, decimal, money eller year", nn: "int, decimal, money eller year", en: "int, decimal, money or year")
        case .mappingFromFactName:
            pick(
                nb: "nøkler fra faktumets navn til definisjonen", nn: "nøklar frå namnet på faktumet til definisjonen",
                en: "a mapping from fact name to its definition")
        case .mappingFromName:
            pick(nb: "nøkler fra navn til uttrykk", nn: "nøklar frå namn til uttrykk", en: "a mapping from name to expression")
        case .mappingFromRecordID:
            pick(
                nb: "nøkler fra en tilknytnings id til det forventede resultatet",
                nn: "nøklar frå id-en til ei tilknyting til det venta resultatet",
                en: "a mapping from record id to its expected result")
        case .parameters:
            pick(
                nb: "nøkler fra navn til {value, label, basis}", nn: "nøklar frå namn til {value, label, basis}",
                en: "a mapping from name to {value, label, basis}")
        case .outcomes(let words):
            pick(
                nb:
                    "en liste fra minst til mest alvorlig, der hvert punkt er ett av \(words.joined(separator: ", ")) eller {id, label, role}",
                nn:
                    "ei liste frå minst til mest alvorleg, der kvart punkt er eitt av \(words.joined(separator: ", ")) eller {id, label, role}",
                en: "a list from least to most severe, each one of \(words.joined(separator: ", ")) or {id, label, role}")
        case .lowHigh: "[low, high]"
        case .typeName(let t): pick(nb: "av typen \(t)", nn: "av typen \(t)", en: "a \(t)")
        case .forEach:
            pick(
                nb: "ett navn og verdiene, f.eks. {country_code: [SE, DK, FI]}",
                nn: "eitt namn og verdiane, t.d. {country_code: [SE, DK, FI]}",
                en: "one name and its values, e.g. {country_code: [SE, DK, FI]}")
        }
    }

    /// The keys a mapping takes, as a message shows its shape: `{id, when, because, …}`.
    static func shape(_ allowed: [String]) -> String {
        guard !allowed.isEmpty else { return "{}" }
        return "{" + allowed.prefix(12).joined(separator: ", ") + (allowed.count > 12 ? ", …" : "") + "}"
    }

    public func callAsFunction(_ f: Phrase.Found) -> String {
        switch f {
        case .mapping: pick(nb: "nøkler med verdier", nn: "nøklar med verdiar", en: "a mapping")
        case .list: pick(nb: "en liste", nn: "ei liste", en: "a list")
        case .nothing: pick(nb: "ingenting", nn: "ingenting", en: "nothing")
        case .text(let t): "'\(t.count > 40 ? String(t.prefix(40)) + "…" : t)'"
        }
    }

    public func callAsFunction(_ n: Phrase.Names) -> String {
        switch n {
        case .outcomes: pick(nb: "utfallene", nn: "utfalla", en: "outcomes")
        case .outcomesWithLabel: pick(nb: "utfallene med etikett", nn: "utfalla med etikett", en: "outcomes with a label")
        case .kinds: pick(nb: "typene", nn: "typane", en: "kinds")
        case .activityTypes: pick(nb: "aktivitetstypene", nn: "aktivitetstypane", en: "activity types")
        case .facts: pick(nb: "faktaene", nn: "fakta", en: "facts")
        case .criteria: pick(nb: "kriteriene", nn: "kriteria", en: "criteria")
        case .rules: pick(nb: "reglene", nn: "reglane", en: "rules")
        case .records: pick(nb: "tilknytningene", nn: "tilknytingane", en: "records")
        case .sources: pick(nb: "kildene", nn: "kjeldene", en: "sources")
        case .functions: pick(nb: "funksjonene", nn: "funksjonane", en: "functions")
        case .fields: pick(nb: "feltene", nn: "felta", en: "fields")
        case .values: pick(nb: "verdiene", nn: "verdiane", en: "values")
        case .keysHere: pick(nb: "nøklene her", nn: "nøklane her", en: "keys here")
        case .ids: pick(nb: "id-ene", nn: "id-ane", en: "ids")
        case .types: pick(nb: "typene", nn: "typane", en: "types")
        case .namesItCanRead: pick(nb: "navnene som kan leses her,", nn: "namna som kan lesast her,", en: "names it can read")
        case .valuesAReasonCanName:
            pick(nb: "verdiene en begrunnelse kan nevne", nn: "verdiane ei grunngjeving kan nemne", en: "values a reason can name")
        case .tiesIDs: pick(nb: "id-ene til tilknytningene", nn: "id-ane til tilknytingane", en: "ties' ids")
        case .parameters: pick(nb: "parameterne", nn: "parametrane", en: "parameters")
        case .derivedValues: pick(nb: "de avledede verdiene", nn: "dei avleidde verdiane", en: "derived values")
        }
    }

    /// Names after «ingen»: «ingen regler», «ingen id-ar», «no rules».
    func none(_ n: Phrase.Names) -> String {
        switch n {
        case .outcomes, .outcomesWithLabel: pick(nb: "utfall", nn: "utfall", en: "outcomes")
        case .kinds, .types: pick(nb: "typer", nn: "typar", en: "kinds")
        case .activityTypes: pick(nb: "aktivitetstyper", nn: "aktivitetstypar", en: "activity types")
        case .facts: pick(nb: "fakta", nn: "fakta", en: "facts")
        case .criteria: pick(nb: "kriterier", nn: "kriterium", en: "criteria")
        case .rules: pick(nb: "regler", nn: "reglar", en: "rules")
        case .records, .tiesIDs: pick(nb: "tilknytninger", nn: "tilknytingar", en: "records")
        case .sources: pick(nb: "kilder", nn: "kjelder", en: "sources")
        case .functions: pick(nb: "funksjoner", nn: "funksjonar", en: "functions")
        case .fields: pick(nb: "felt", nn: "felt", en: "fields")
        case .values, .valuesAReasonCanName: pick(nb: "verdier", nn: "verdiar", en: "values")
        case .keysHere: pick(nb: "nøkler her", nn: "nøklar her", en: "keys here")
        case .ids: pick(nb: "id-er", nn: "id-ar", en: "ids")
        case .namesItCanRead: pick(nb: "navn å lese", nn: "namn å lese", en: "names to read")
        case .parameters: pick(nb: "parametere", nn: "parametrar", en: "parameters")
        case .derivedValues: pick(nb: "avledede verdier", nn: "avleidde verdiar", en: "derived values")
        }
    }

    public func callAsFunction(_ c: Phrase.Choices) -> String {
        var out = c.closest.map { pick(nb: "; mente du '\($0)'?", nn: "; meinte du '\($0)'?", en: "; did you mean '\($0)'?") } ?? ""
        let listed = self.listed(c.candidates)
        switch c.listing {
        case nil: break
        case .are(let names) where c.candidates.isEmpty:
            out += pick(nb: "; det finnes ingen ", nn: "; det finst ingen ", en: "; there are no ") + none(names)
        case .are(let names):
            out += pick(nb: "; \(self(names)) er \(listed)", nn: "; \(self(names)) er \(listed)", en: "; the \(self(names)) are \(listed)")
        case .allowed: out += pick(nb: " (tillatte: \(listed))", nn: " (tillatne: \(listed))", en: " (allowed: \(listed))")
        case .declared: out += pick(nb: " (deklarert: \(listed))", nn: " (deklarert: \(listed))", en: " (declared: \(listed))")
        case .expectedOneOf:
            out += pick(nb: "; forventet en av \(listed)", nn: "; venta ein av \(listed)", en: "; expected one of \(listed)")
        case .expectedOneOfAfter:
            out += pick(nb: " (forventet en av \(listed))", nn: " (venta ein av \(listed))", en: " (expected one of \(listed))")
        case .keys: out += pick(nb: "; nøklene er \(listed)", nn: "; nøklane er \(listed)", en: "; the keys are \(listed)")
        }
        return out
    }

    /// Names listed for a message: all of them where they are few, else the first twenty and how many more.
    public func listed(_ names: [String]) -> String {
        guard !names.isEmpty else { return self(Phrase.Common.none) }
        let shown = names.prefix(20).joined(separator: ", ")
        guard names.count > 20 else { return shown }
        return shown + pick(nb: " og \(names.count - 20) til", nn: " og \(names.count - 20) til", en: " and \(names.count - 20) more")
    }
}
