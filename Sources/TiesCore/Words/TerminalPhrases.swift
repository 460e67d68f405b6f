extension Phrase {
    /// What `ties explain`, `ties classify` and `ties diff` print.
    public enum Terminal: Sendable, Hashable {
        case outcomeDecidedBy(outcome: String, rule: String)
        case categoryIs(String), scoresAre(String)
        case everyRule, isTrue, isFalse, isUnknown, saw(String), cannotBeComputed, notApplicableTo(kind: String, rules: String)
        case notApplicableHere(String), traceKind(RuleTrace.Kind)
        case reasonsHeading, conditionsHeading
        case noCategories, why, categoriesAre, whatWouldMove, itsCondition(String), now(String)
        case before, after, asOf, noRecordChanged, changed(count: Int, flipped: Int)
    }
}

extension Phrasebook {
    public func terminal(_ p: Phrase.Terminal) -> String {
        switch p {
        case .outcomeDecidedBy(let o, let r):
            pick(nb: "Utfall: \(o), avgjort av \(r)", nn: "Utfall: \(o), avgjort av \(r)", en: "Outcome: \(o), decided by \(r)")
        case .categoryIs(let c): pick(nb: "Kategori: \(c)", nn: "Kategori: \(c)", en: "Category: \(c)")
        case .scoresAre(let s): pick(nb: "Poeng: \(s)", nn: "Poeng: \(s)", en: "Scores: \(s)")
        case .everyRule:
            pick(nb: "Alle regler, i filens rekkefølge:", nn: "Alle reglane, i rekkjefølgja i fila:", en: "Every rule, in file order:")
        case .isTrue: pick(nb: "sann", nn: "sann", en: "true")
        case .isFalse: pick(nb: "usann", nn: "usann", en: "false")
        case .isUnknown: pick(nb: "ukjent", nn: "ukjend", en: "unknown")
        case .saw(let s): pick(nb: "så \(s)", nn: "såg \(s)", en: "saw \(s)")
        case .cannotBeComputed:
            pick(
                nb: "(kan ikke regnes ut med disse verdiene, f.eks. deling med null)",
                nn: "(kan ikkje reknast ut med desse verdiane, t.d. deling med null)",
                en: "(cannot be computed with these values, e.g. a division by zero)")
        case .notApplicableTo(let kind, let rules):
            pick(
                nb: "gjelder ikke for typen \(kind): \(rules)", nn: "gjeld ikkje for typen \(kind): \(rules)",
                en: "not applicable to the kind \(kind): \(rules)")
        case .notApplicableHere(let rules):
            pick(
                nb: "gjelder ikke for denne tilknytningen (applies_when): \(rules)",
                nn: "gjeld ikkje for denne tilknytinga (applies_when): \(rules)", en: "not applicable to this tie (applies_when): \(rules)")
        case .traceKind(let kind):
            switch kind {
            case .rule: pick(nb: "regel", nn: "regel", en: "rule")
            case .category: pick(nb: "kategori", nn: "kategori", en: "category")
            case .requirement: pick(nb: "krav", nn: "krav", en: "requirement")
            case .criterion: pick(nb: "kriterium", nn: "kriterium", en: "criterion")
            }
        case .reasonsHeading: pick(nb: "Begrunnelser:", nn: "Grunngjevingar:", en: "Reasons:")
        case .conditionsHeading: pick(nb: "Vilkår:", nn: "Vilkår:", en: "Conditions:")
        case .noCategories:
            pick(nb: "Regelsettet har ingen kategorier.", nn: "Regelsettet har ingen kategoriar.", en: "This rule set has no categories.")
        case .why: pick(nb: "Hvorfor", nn: "Kvifor", en: "Why")
        case .categoriesAre: pick(nb: "Kategorier: ", nn: "Kategoriar: ", en: "Categories: ")
        case .whatWouldMove:
            pick(
                nb: "Hva som skal til for å flytte relasjonen til en tidligere kategori:",
                nn: "Kva som skal til for å flytte relasjonen til ein tidlegare kategori:",
                en: "What would move each relation to an earlier category:")
        case .itsCondition(let c): pick(nb: "vilkåret \(c)", nn: "vilkåret \(c)", en: "its condition \(c)")
        case .now(let n): pick(nb: " (nå: \(n))", nn: " (no: \(n))", en: " (now: \(n))")
        case .before: pick(nb: "før", nn: "før", en: "before")
        case .after: pick(nb: "etter", nn: "etter", en: "after")
        case .asOf: pick(nb: "per", nn: "per", en: "as of")
        case .noRecordChanged: pick(nb: "Ingen tilknytninger endret seg.", nn: "Ingen tilknytingar endra seg.", en: "No record changed.")
        case .changed(let n, let f):
            n == 1
                ? pick(
                    nb: "1 tilknytning endret, \(f) av dem i utfall", nn: "1 tilknyting endra, \(f) av dei i utfall",
                    en: "1 record changed, \(f) of them in outcome")
                : pick(
                    nb: "\(n) tilknytninger endret, \(f) av dem i utfall", nn: "\(n) tilknytingar endra, \(f) av dei i utfall",
                    en: "\(n) records changed, \(f) of them in outcome")
        }
    }
}
