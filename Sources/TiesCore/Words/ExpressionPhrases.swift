extension Phrase {
    /// What is wrong in an expression a rule set writes (`when:`, `score:`, `derived:`), at the token it points at.
    /// Type names (int, decimal, string, set, bool) and the expression's own symbols stay as the rule set writes them.
    public enum Expression: Sendable, Hashable {
        case tooLong(limit: Int)
        case empty
        case expectedOperator(found: Token)
        case expectedSymbol(String, found: Token)
        case tooDeep(limit: Int)
        case chainedComparison
        case expectedField
        case expectedValue(found: Token)
        case whereOnlyAggregates
        case numberTooLarge(String)
        case unterminatedText(closing: Character)
        case singleEquals
        case symbolForWord(Character, word: String)
        case unexpectedCharacter(Character, instead: String?)
        case activityFieldOutside
        case negationNeedsNumber(found: String)
        case mixedList(found: String, after: String)
        case cannotRead(String)
        case unknownFact(String, Choices)
        case notAValue(String, of: String, Choices)
        case needsConditions(String, found: String)
        case cannotCompare(String, with: String)
        case comparesNumbers(String, found: String)
        case inNeedsNames(found: String, in: String)
        case needsNumbers(String, found: String)
        case hasTakesOneFact
        case countTakesOne
        case countNeeds(found: String)
        case ifTakesThree
        case ifNeedsCondition(found: String)
        case ifOneType(String, String)
        case ifChoosesBetween
        case sumAddsField
        case unknownFunction(String, Choices)
        case noActivityField(String, Choices)
        case needsNumberField(String, field: String, type: String)
        case whereAggregates(String, example: String)
        case whereNeedsCondition(found: String)
        case notNeedsCondition(found: String)
        case expectedType(String, found: String)
    }

    /// A token of an expression as a message shows it.
    public enum Token: Sendable, Hashable {
        case text(String)
        case end
    }
}

extension Phrasebook {
    public func callAsFunction(_ p: Phrase.Expression) -> String {
        switch p {
        case .tooLong(let limit):
            pick(
                nb: "uttrykket er lengre enn \(limit) tegn", nn: "uttrykket er lengre enn \(limit) teikn",
                en: "expression longer than \(limit) characters")
        case .empty: pick(nb: "forventet et uttrykk", nn: "venta eit uttrykk", en: "expected an expression")
        case .expectedOperator(let t):
            pick(
                nb: "forventet en operator (== != < <= > >= + - * / and or in) eller slutten, fant \(self(t))",
                nn: "venta ein operator (== != < <= > >= + - * / and or in) eller slutten, fann \(self(t))",
                en: "expected an operator (== != < <= > >= + - * / and or in) or the end, found \(self(t))")
        case .expectedSymbol(let s, let t):
            pick(nb: "forventet '\(s)', fant \(self(t))", nn: "venta '\(s)', fann \(self(t))", en: "expected '\(s)', found \(self(t))")
        case .tooDeep(let limit):
            pick(
                nb: "uttrykket er nøstet for dypt: høyst \(limit) nivåer av parenteser, klammer, kall, 'not' og '-'",
                nn: "uttrykket er nøsta for djupt: høgst \(limit) nivå av parentesar, klammer, kall, 'not' og '-'",
                en: "expression nested too deeply: at most \(limit) levels of parentheses, brackets, calls, 'not' and '-'")
        case .chainedComparison:
            pick(
                nb: "sammenligninger kan ikke kjedes; bind dem sammen med 'and'",
                nn: "samanlikningar kan ikkje kjedast; bind dei saman med 'and'",
                en: "comparisons cannot be chained; join them with 'and'")
        case .expectedField:
            pick(
                nb: "forventet et feltnavn etter '.' (year, type, amount_nok)", nn: "venta eit feltnamn etter '.' (year, type, amount_nok)",
                en: "expected a field name after '.' (year, type, amount_nok)")
        case .expectedValue(let t):
            pick(
                nb:
                    "forventet en verdi (et navn, et tall, 'tekst', [en liste], true eller false, eller et kall som count(…)), fant \(self(t))",
                nn:
                    "venta ein verdi (eit namn, eit tal, 'tekst', [ei liste], true eller false, eller eit kall som count(…)), fann \(self(t))",
                en: "expected a value (a name, a number, 'text', [a list], true or false, or a call such as count(…)), found \(self(t))")
        case .whereOnlyAggregates:
            pick(
                nb: "'where' filtrerer bare count, sum, min og max", nn: "'where' filtrerer berre count, sum, min og max",
                en: "'where' filters only count, sum, min and max")
        case .numberTooLarge(let digits):
            pick(
                nb: "tallet '\(digits)' er for stort; et tall her er høyst \(Int.max)",
                nn: "talet '\(digits)' er for stort; eit tal her er høgst \(Int.max)",
                en: "number '\(digits)' is too large; a number here is at most \(Int.max)")
        case .unterminatedText(let c):
            pick(
                nb: "teksten slutter ikke; forventet en avsluttende \(c)", nn: "teksten sluttar ikkje; venta ein avsluttande \(c)",
                en: "unterminated string; expected a closing \(c)")
        case .singleEquals:
            pick(
                nb: "uventet '='; bruk '==' for å sammenligne", nn: "uventa '='; bruk '==' for å samanlikne",
                en: "unexpected '='; use '==' to compare")
        case .symbolForWord(let c, let word):
            pick(nb: "uventet '\(c)'; skriv '\(word)'", nn: "uventa '\(c)'; skriv '\(word)'", en: "unexpected '\(c)'; write '\(word)'")
        case .unexpectedCharacter(let c, let instead?):
            pick(
                nb: "uventet tegn '\(c)'; skriv \(instead)", nn: "uventa teikn '\(c)'; skriv \(instead)",
                en: "unexpected character '\(c)'; write \(instead)")
        case .unexpectedCharacter(let c, nil):
            pick(
                nb: "uventet tegn '\(c)'; et uttrykk har navn, tall, 'tekst' og == != < <= > >= + - * / ( ) [ ] , .",
                nn: "uventa teikn '\(c)'; eit uttrykk har namn, tal, 'tekst' og == != < <= > >= + - * / ( ) [ ] , .",
                en: "unexpected character '\(c)'; an expression holds names, numbers, 'text' and == != < <= > >= + - * / ( ) [ ] , .")
        case .activityFieldOutside:
            pick(
                nb: "et felt i 'activities' kan bare leses inne i count, sum, min eller max",
                nn: "eit felt i 'activities' kan berre lesast inne i count, sum, min eller max",
                en: "a field of 'activities' can only be read inside count, sum, min or max")
        case .negationNeedsNumber(let found):
            pick(nb: "'-' trenger et tall, fant \(found)", nn: "'-' treng eit tal, fann \(found)", en: "'-' needs a number, found \(found)")
        case .mixedList(let found, let after):
            pick(
                nb: "en liste har verdier av én type; fant \(found) etter \(after)",
                nn: "ei liste har verdiar av éin type; fann \(found) etter \(after)",
                en: "a list holds values of one type; found \(found) after \(after)")
        case .cannotRead(let name):
            pick(nb: "'\(name)' kan ikke leses her", nn: "'\(name)' kan ikkje lesast her", en: "'\(name)' cannot be read here")
        case .unknownFact(let name, let choices):
            pick(nb: "ukjent faktum '\(name)'", nn: "ukjent faktum '\(name)'", en: "unknown fact '\(name)'") + self(choices)
        case .notAValue(let value, let name, let choices):
            pick(
                nb: "'\(value)' er ikke en gyldig verdi for '\(name)'", nn: "'\(value)' er ikkje ein gyldig verdi for '\(name)'",
                en: "'\(value)' is not a value of '\(name)'")
                + self(choices)
        case .needsConditions(let op, let found):
            pick(
                nb: "'\(op)' trenger betingelser på begge sider, fant \(found)", nn: "'\(op)' treng vilkår på begge sider, fann \(found)",
                en: "'\(op)' needs conditions on both sides, found \(found)")
        case .cannotCompare(let a, let b):
            pick(nb: "kan ikke sammenligne \(a) med \(b)", nn: "kan ikkje samanlikne \(a) med \(b)", en: "cannot compare \(a) with \(b)")
        case .comparesNumbers(let op, let found):
            pick(
                nb: "'\(op)' sammenligner tall, fant \(found)", nn: "'\(op)' samanliknar tal, fann \(found)",
                en: "'\(op)' compares numbers, found \(found)")
        case .inNeedsNames(let l, let r):
            pick(
                nb: "'in' trenger et navn og et sett eller en liste med navn, fant \(l) in \(r)",
                nn: "'in' treng eit namn og eit sett eller ei liste med namn, fann \(l) in \(r)",
                en: "'in' needs a name and a set or list of names, found \(l) in \(r)")
        case .needsNumbers(let op, let found):
            pick(
                nb: "'\(op)' trenger tall, fant \(found)", nn: "'\(op)' treng tal, fann \(found)",
                en: "'\(op)' needs numbers, found \(found)")
        case .hasTakesOneFact:
            pick(
                nb: "'has' tar ett faktanavn, f.eks. has(annual_fee_nok)", nn: "'has' tek eitt faktumnamn, t.d. has(annual_fee_nok)",
                en: "'has' takes one fact name, e.g. has(annual_fee_nok)")
        case .countTakesOne:
            pick(
                nb: "'count' tar ett sett, én liste eller aktivitetene", nn: "'count' tek eitt sett, éi liste eller aktivitetane",
                en: "'count' takes one set, list or activities")
        case .countNeeds(let found):
            pick(
                nb: "'count' trenger et sett, en liste eller aktivitetene, fant \(found)",
                nn: "'count' treng eit sett, ei liste eller aktivitetane, fann \(found)",
                en: "'count' needs a set, a list or activities, found \(found)")
        case .ifTakesThree:
            pick(
                nb: "'if' tar en betingelse og to verdier: if(betingelse, da, ellers)",
                nn: "'if' tek eit vilkår og to verdiar: if(vilkår, då, elles)",
                en: "'if' takes a condition and two values: if(condition, then, else)")
        case .ifNeedsCondition(let found):
            pick(
                nb: "det første argumentet til 'if' må være en betingelse, fant \(found)",
                nn: "det første argumentet til 'if' må vere eit vilkår, fann \(found)",
                en: "the first argument of 'if' must be a condition, found \(found)")
        case .ifOneType(let a, let b):
            pick(
                nb: "begge verdiene til 'if' må ha samme type; fant \(a) og \(b)",
                nn: "begge verdiane til 'if' må ha same type; fann \(a) og \(b)",
                en: "both values of 'if' must have one type; found \(a) and \(b)")
        case .ifChoosesBetween:
            pick(
                nb: "'if' velger mellom tall, navn, betingelser eller sett av ett faktum",
                nn: "'if' vel mellom tal, namn, vilkår eller sett av eitt faktum",
                en: "'if' chooses between numbers, names, conditions or sets of one fact")
        case .sumAddsField:
            pick(
                nb: "'sum' legger sammen et felt i aktivitetene, f.eks. sum(activities.amount_nok where year >= 2024)",
                nn: "'sum' legg saman eit felt i aktivitetane, t.d. sum(activities.amount_nok where year >= 2024)",
                en: "'sum' adds a field of the activities, e.g. sum(activities.amount_nok where year >= 2024)")
        case .unknownFunction(let f, let choices):
            pick(nb: "ukjent funksjon '\(f)'", nn: "ukjend funksjon '\(f)'", en: "unknown function '\(f)'") + self(choices)
        case .noActivityField(let f, let choices):
            pick(
                nb: "aktivitetene har ikke feltet '\(f)'", nn: "aktivitetane har ikkje feltet '\(f)'", en: "activities have no field '\(f)'"
            )
                + self(choices)
        case .needsNumberField(let function, let field, let type):
            pick(
                nb: "'\(function)' trenger et tallfelt, og '\(field)' er \(type)",
                nn: "'\(function)' treng eit talfelt, og '\(field)' er \(type)",
                en: "'\(function)' needs a number field, and '\(field)' is \(type)")
        case .whereAggregates(let function, let example):
            pick(
                nb: "'\(function)' med 'where' samler over aktivitetene, f.eks. \(example)",
                nn: "'\(function)' med 'where' samlar over aktivitetane, t.d. \(example)",
                en: "'\(function)' with 'where' aggregates over activities, e.g. \(example)")
        case .whereNeedsCondition(let found):
            pick(
                nb: "et 'where'-filter må være en betingelse, fant \(found)", nn: "eit 'where'-filter må vere eit vilkår, fann \(found)",
                en: "a 'where' filter must be a condition, found \(found)")
        case .notNeedsCondition(let found):
            pick(
                nb: "'not' trenger en betingelse, fant \(found)", nn: "'not' treng eit vilkår, fann \(found)",
                en: "'not' needs a condition, found \(found)")
        case .expectedType(let type, let found):
            pick(nb: "forventet \(type), fant \(found)", nn: "venta \(type), fann \(found)", en: "expected a \(type), found \(found)")
        }
    }

    public func callAsFunction(_ t: Phrase.Token) -> String {
        switch t {
        case .text(let s): "'\(s)'"
        case .end: pick(nb: "slutten av uttrykket", nn: "slutten av uttrykket", en: "the end of the expression")
        }
    }
}
