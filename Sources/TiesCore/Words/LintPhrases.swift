extension Phrase {
    /// What `ties lint` finds in a rule set that loads: rules that cannot fire, numbers no sentence states, quotes
    /// not found in the adopted text.
    public enum Finding: Sendable, Hashable {
        case neverFires(rule: String, Contradiction)
        case neverChosen(category: String, Contradiction)
        case shadowed(category: String, by: String, line: Int)
        case unreadFact(String)
        case unimplementedCriterion(String)
        case parameterWithoutBasis(String, value: String)
        case statedNumberNotInQuote(String, value: String)
        case unstatedNumber(Subject, String)
        case unguarded(Subject, String)
        case optionalFieldUnguarded(rule: String, field: String, when: String)
        case criterionOfOneTie(criterion: String, rule: String, reads: String)
        case ruleReadsNoTie(rule: String)
        case sourceNotFound(String, places: [String], quotes: Int)
        case noSHA256(String, sha256: String)
        case sourceChanged(String, now: String, recorded: String)
        case quoteNotFound(String, closest: String?)
    }

    /// Why a condition can never be true.
    public enum Contradiction: Sendable, Hashable {
        case literalFalse
        case cannotAllHold(Declared?, [String])
        case cannotBothHold(String, String)
        case outsideRange(String, low: String, high: String)
        case notAndNot(String)
    }

    /// What a fact's declaration bounds a comparison to.
    public enum Declared: Sendable, Hashable {
        case countAtMost(String, String)
        case range(String, low: String, high: String)
    }
}

extension Phrasebook {
    public func callAsFunction(_ f: Phrase.Finding) -> String {
        switch f {
        case .neverFires(let rule, let why):
            pick(
                nb: "regelen '\(rule)' kan aldri slå til: ", nn: "regelen '\(rule)' kan aldri slå til: ",
                en: "rule '\(rule)' can never fire: ") + self(why)
        case .neverChosen(let category, let why):
            pick(
                nb: "kategorien '\(category)' kan aldri velges: ", nn: "kategorien '\(category)' kan aldri veljast: ",
                en: "category '\(category)' can never be chosen: ")
                + self(why)
        case .shadowed(let later, let earlier, let line):
            pick(
                nb:
                    "kategorien '\(later)' skygges av '\(earlier)' (linje \(line)): '\(earlier)' kommer først og gjelder alltid når '\(later)' gjelder",
                nn:
                    "kategorien '\(later)' vert skugga av '\(earlier)' (linje \(line)): '\(earlier)' kjem først og gjeld alltid når '\(later)' gjeld",
                en: "category '\(later)' is shadowed by '\(earlier)' (line \(line)), which comes first and holds whenever it does")
        case .unreadFact(let name):
            pick(
                nb: "faktumet '\(name)' er deklarert, men ingen regel, kategori eller poengsum leser det",
                nn: "faktumet '\(name)' er deklarert, men ingen regel, kategori eller poengsum les det",
                en: "fact '\(name)' is declared but no rule, category or score reads it")
        case .unimplementedCriterion(let id):
            pick(
                nb: "ingen regel følger opp kriteriet '\(id)'; legg til 'criterion: \(id)' i en regel",
                nn: "ingen regel følgjer opp kriteriet '\(id)'; legg til 'criterion: \(id)' i ein regel",
                en: "criterion '\(id)' is implemented by no rule; give a rule 'criterion: \(id)'")
        case .parameterWithoutBasis(let name, let value):
            pick(
                nb:
                    "parameteren '\(name)' har ikke noe grunnlag; skriv den som {value: \(value), basis: {nb: …, en: …}}: hvem som satte verdien, når og hvorfor, siden den ikke står i den vedtatte teksten",
                nn:
                    "parameteren '\(name)' har ikkje noko grunnlag; skriv han som {value: \(value), basis: {nn: …, en: …}}: kven som sette verdien, når og kvifor, sidan han ikkje står i den vedtekne teksten",
                en:
                    "parameter '\(name)' has no basis; write it as {value: \(value), basis: {nb: …, en: …}}: who set it, when and why, since no adopted sentence states it"
            )
        case .statedNumberNotInQuote(let name, let value):
            pick(
                nb: "parameteren '\(name)' sier at strategien oppgir \(value), men tallet står ikke i sitatet under 'stated'",
                nn: "parameteren '\(name)' seier at strategien oppgjev \(value), men talet står ikkje i sitatet under 'stated'",
                en: "parameter '\(name)' says the strategy states \(value), but the number is not in the quote under 'stated'")
        case .unstatedNumber(let s, let value):
            pick(
                nb:
                    "\(self(s)) bruker tallet \(value), som ikke står i sitatet den bygger på; gjør det til en parameter med grunnlag (basis:), eller med stated: og sitatet der strategien sier tallet",
                nn:
                    "\(self(s)) brukar talet \(value), som ikkje står i sitatet han byggjer på; gjer det til ein parameter med grunnlag (basis:), eller med stated: og sitatet der strategien seier talet",
                en:
                    "\(self(s)) uses the number \(value), which the quote it rests on does not state; make it a parameter with a basis (basis:), or with stated: and the quote where the strategy says it"
            )
        case .optionalFieldUnguarded(let rule, let field, let when): optionalFieldUnguarded(rule, field, when)
        case .criterionOfOneTie(let criterion, let rule, let reads):
            pick(
                nb:
                    "kriteriet '\(criterion)' vurderes bare av regler om én bestemt tilknytning eller ett land ('\(rule)': \(reads)); et saksframlegg om en annen tilknytning vil da vurdere kriteriet uten grunn. Ta bort 'criterion:' fra slike regler, eller avgrens kriteriet med 'applies_when:' (docs/writing-rules.md)",
                nn:
                    "kriteriet '\(criterion)' vert berre vurdert av reglar om éi bestemt tilknyting eller eitt land ('\(rule)': \(reads)); eit saksframlegg om ei anna tilknyting vil då vurdere kriteriet utan grunn. Ta bort 'criterion:' frå slike reglar, eller avgrens kriteriet med 'applies_when:' (docs/writing-rules.md)",
                en:
                    "criterion '\(criterion)' is graded only by rules about one named tie or one country ('\(rule)': \(reads)); a memo for any other tie would grade it for no reason. Take 'criterion:' off such rules, or limit the criterion with 'applies_when:' (docs/writing-rules.md)"
            )
        case .ruleReadsNoTie(let rule):
            pick(
                nb:
                    "regelen '\(rule)' leser ingenting om tilknytningen, så den slår likt ut for alle og skrives ved hver av dem; er det en egenskap ved strategien, si det én gang som en porteføljeregel (portfolio_rules:) eller i porteføljens notes:",
                nn:
                    "regelen '\(rule)' les ingenting om tilknytinga, så han slår likt ut for alle og vert skriven ved kvar av dei; er det ein eigenskap ved strategien, sei det éin gong som ein porteføljeregel (portfolio_rules:) eller i notes: i porteføljen",
                en:
                    "rule '\(rule)' reads nothing of the tie, so it comes out the same for every tie and is printed for each; if it is a property of the strategy, say it once as a portfolio rule (portfolio_rules:) or in the portfolio's notes:"
            )
        case .unguarded(let s, let name):
            pick(
                nb: "\(self(s)) leser '\(name)' uten å spørre om det finnes; regelsettet krever det, f.eks. 'has(\(name)) and …'",
                nn: "\(self(s)) les '\(name)' utan å spørje om det finst; regelsettet krev det, t.d. 'has(\(name)) and …'",
                en: "\(self(s)) reads '\(name)' without a presence guard; the rule set requires guards, e.g. 'has(\(name)) and …'")
        case .sourceNotFound(let file, let places, let quotes):
            sourceNotFound(file, places: places.map { "\($0)/" }, quotes: quotes)
        case .noSHA256(let file, let sha):
            pick(
                nb: "kilden '\(file)' oppgir ingen SHA-256; legg til 'sha256: \(sha)'",
                nn: "kjelda '\(file)' oppgjev ingen SHA-256; legg til 'sha256: \(sha)'",
                en: "the source '\(file)' records no SHA-256; add 'sha256: \(sha)'")
        case .sourceChanged(let file, let now, let recorded):
            pick(
                nb:
                    "'\(file)' er endret siden regelsettet ble skrevet (oppgitt sha256 \(recorded)…); kontroller hvert sitat mot den nye teksten, og skriv så 'sha256: \(now)'",
                nn:
                    "'\(file)' er endra sidan regelsettet vart skrive (oppgjeve sha256 \(recorded)…); kontroller kvart sitat mot den nye teksten, og skriv så 'sha256: \(now)'",
                en:
                    "'\(file)' has changed since the rule set was written (recorded sha256 \(recorded)…); check every quote against it, then write 'sha256: \(now)'"
            )
        case .quoteNotFound(let document, let closest?):
            pick(
                nb: "sitatet står ikke ordrett i '\(document)'; nærmeste avsnitt er «\(closest)»",
                nn: "sitatet står ikkje ordrett i '\(document)'; næraste avsnittet er «\(closest)»",
                en: "quote not found verbatim in '\(document)'; the closest passage is «\(closest)»")
        case .quoteNotFound(let document, nil):
            pick(
                nb: "sitatet står ikke i '\(document)', og ingen del av teksten ligner",
                nn: "sitatet står ikkje i '\(document)', og ingen del av teksten liknar",
                en: "quote not found in '\(document)', and no passage of it comes close")
        }
    }

    private func sourceNotFound(_ file: String, places: [String], quotes: Int) -> String {
        let or = pick(nb: " eller ", nn: " eller ", en: " or ")
        let where_ =
            places.count > 1
            ? places.dropLast().joined(separator: ", ") + or + places.last!
            : places.first ?? pick(nb: "ingen mappe", nn: "inga mappe", en: "no folder")
        let unchecked =
            quotes == 0
            ? pick(
                nb: "det ble ikke kontrollert mot SHA-256-summen", nn: "det vart ikkje kontrollert mot SHA-256-summen",
                en: "it was not checked against its SHA-256")
            : quotes == 1
                ? pick(
                    nb: "det ene sitatet ble ikke kontrollert", nn: "det eine sitatet vart ikkje kontrollert",
                    en: "its 1 quote was not checked")
                : pick(
                    nb: "de \(quotes) sitatene ble ikke kontrollert", nn: "dei \(quotes) sitata vart ikkje kontrollerte",
                    en: "its \(quotes) quotes were not checked")
        return pick(
            nb:
                "kildedokumentet '\(file)' er ikke i \(where_), så \(unchecked); legg dokumentet i sources/ ved siden av regelsettet, eller nevn mappen med --sources MAPPE",
            nn:
                "kjeldedokumentet '\(file)' er ikkje i \(where_), så \(unchecked); legg dokumentet i sources/ ved sida av regelsettet, eller nemn mappa med --sources MAPPE",
            en:
                "the source document '\(file)' is not in \(where_), so \(unchecked); put the document in sources/ beside the rule set, or name its folder with --sources FOLDER"
        )
    }

    public func callAsFunction(_ c: Phrase.Contradiction) -> String {
        switch c {
        case .literalFalse: return pick(nb: "'false' er aldri sant", nn: "'false' er aldri sant", en: "'false' is never true")
        case .cannotAllHold(let declared, let parts):
            let all = (declared.map { ["«\(self($0))»"] } ?? []) + parts.map { "'\($0)'" }
            return list(all)
                + pick(
                    nb: " kan ikke gjelde samtidig", nn: " kan ikkje gjelde samtidig",
                    en: all.count == 2 ? " cannot both hold" : " cannot all hold")
        case .cannotBothHold(let a, let b):
            return pick(
                nb: "'\(a)' og '\(b)' kan ikke begge gjelde", nn: "'\(a)' og '\(b)' kan ikkje begge gjelde",
                en: "'\(a)' and '\(b)' cannot both hold")
        case .outsideRange(let text, let low, let high):
            return pick(
                nb: "'\(text)' ligger utenfor det deklarerte området [\(low), \(high)]",
                nn: "'\(text)' ligg utanfor det deklarerte området [\(low), \(high)]",
                en: "'\(text)' is outside the declared range [\(low), \(high)]")
        case .notAndNot(let n):
            return pick(
                nb: "'\(n)' og 'not \(n)' kan ikke begge gjelde", nn: "'\(n)' og 'not \(n)' kan ikkje begge gjelde",
                en: "'\(n)' and 'not \(n)' cannot both hold")
        }
    }

    func callAsFunction(_ d: Phrase.Declared) -> String {
        switch d {
        case .countAtMost(let name, let n):
            pick(nb: "'\(name)' har høyst \(n) navn", nn: "'\(name)' har høgst \(n) namn", en: "'\(name)' holds at most \(n) names")
        case .range(let name, let low, let high):
            pick(
                nb: "'\(name)' er deklarert i [\(low), \(high)]", nn: "'\(name)' er deklarert i [\(low), \(high)]",
                en: "'\(name)' is declared in [\(low), \(high)]")
        }
    }
}

extension Phrasebook {
    /// A deciding rule reads an optional field unguarded: why ties lack it, what happens to them, and the guarded form.
    fileprivate func optionalFieldUnguarded(_ rule: String, _ field: String, _ when: String) -> String {
        let why =
            field == "country"
            ? pick(
                nb: "nettverk og prosjekter har ofte ikke land", nn: "nettverk og prosjekt har ofte ikkje land",
                en: "networks and projects often have no country")
            : field == "since"
                ? pick(
                    nb: "startåret er ofte ukjent for gamle relasjoner", nn: "startåret er ofte ukjent for gamle relasjonar",
                    en: "an old relation's start year is often not known")
                : pick(
                    nb: "ikke alle har en ansvarlig enhet ført opp", nn: "ikkje alle har ei ansvarleg eining ført opp",
                    en: "not every tie has a responsible unit recorded")
        return pick(
            nb:
                "regelen '\(rule)' leser '\(field)', som mange tilknytninger står uten (\(why)): for dem kan regelen ikke vurderes, og utfallet blir foreløpig. Gjelder regelen bare tilknytninger som har feltet, skriv 'has(\(field)) and \(when)'; er det riktig som det står, vis det med et unknown:-eksempel uten '\(field)'",
            nn:
                "regelen '\(rule)' les '\(field)', som mange tilknytingar står utan (\(why)): for dei kan ikkje regelen vurderast, og utfallet vert førebels. Gjeld regelen berre tilknytingar som har feltet, skriv 'has(\(field)) and \(when)'; er det rett som det står, vis det med eit unknown:-døme utan '\(field)'",
            en:
                "rule '\(rule)' reads '\(field)', which many ties leave empty (\(why)): for them the rule cannot be evaluated, and their outcome is provisional. If the rule concerns only ties that have it, write 'has(\(field)) and \(when)'; if it is right as it stands, show so with an unknown: example without '\(field)'"
        )
    }
}
