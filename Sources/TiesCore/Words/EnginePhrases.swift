extension Phrase {
    /// The reasons and conditions the engine writes itself, where no rule of the rule set speaks.
    public enum Engine: Sendable, Hashable {
        case noChange, fitsNoCategory, insufficientData
        case notAssessedKind(String)
        case followUp(String)
        case provideMissing(String), askForAssessment(tie: String), askOrShowDone(String)
        case obligationOverdue(what: String, to: String?, due: String, source: String?)
        case meetObligation(what: String, to: String?), askObligation(what: String, to: String?)
        case missingFacts(String)
        case cannotDecide(rule: String, missing: String)
        case departsFromDecision(recommended: String, decided: String, decision: String)
        case overrodeRecommendation(decision: String, recommended: String, why: String)
        case conditionUnmet(decision: String, condition: String, due: String?)
        case decisionStands(decision: String, missing: String)
    }
}

extension Phrasebook {
    public func engine(_ p: Phrase.Engine) -> String {
        switch p {
        case .noChange: pick(nb: "Ingen regel tilsier endring", nn: "Ingen regel tilseier endring", en: "No rule calls for a change")
        case .fitsNoCategory:
            pick(nb: "Passer ikke i noen av kategoriene", nn: "Passar ikkje i nokon av kategoriane", en: "Fits none of the categories")
        case .insufficientData: pick(nb: "Mangler opplysninger", nn: "Manglar opplysningar", en: "Insufficient data")
        case .notAssessedKind(let kind):
            pick(
                nb: "Regelsettet vurderer ikke tilknytninger av typen \(kind)",
                nn: "Regelsettet vurderer ikkje tilknytingar av typen \(kind)",
                en: "The rule set does not assess ties of kind \(kind)")
        case .followUp(let text): pick(nb: "Følg opp: \(text)", nn: "Følg opp: \(text)", en: "Follow up: \(text)")
        case .provideMissing(let facts):
            pick(
                nb: "Legg fram opplysningene som mangler: \(facts)", nn: "Legg fram opplysningane som manglar: \(facts)",
                en: "Provide the missing facts: \(facts)")
        case .obligationOverdue(let what, let to, let due, let source):
            pick(
                nb:
                    "Forpliktelsen «\(what)»\(to.map { " overfor \($0)" } ?? "") forfalt \(due) og er ikke oppfylt\(source.map { " (\($0))" } ?? "")",
                nn:
                    "Forpliktinga «\(what)»\(to.map { " overfor \($0)" } ?? "") forfall \(due) og er ikkje oppfylt\(source.map { " (\($0))" } ?? "")",
                en:
                    "The obligation “\(what)”\(to.map { " to \($0)" } ?? "") fell due on \(due) and is not met\(source.map { " (\($0))" } ?? "")"
            )
        case .meetObligation(let what, let to):
            pick(
                nb: "Oppfyll forpliktelsen «\(what)»\(to.map { " overfor \($0)" } ?? "")",
                nn: "Oppfyll forpliktinga «\(what)»\(to.map { " overfor \($0)" } ?? "")",
                en: "Meet the obligation “\(what)”\(to.map { " to \($0)" } ?? "")")
        case .askObligation(let what, let to):
            pick(
                nb: "sørge for at forpliktelsen «\(what)»\(to.map { " overfor \($0)" } ?? "") blir oppfylt",
                nn: "syte for at forpliktinga «\(what)»\(to.map { " overfor \($0)" } ?? "") vert oppfylt",
                en: "see that the obligation “\(what)”\(to.map { " to \($0)" } ?? "") is met")
        case .askForAssessment(let tie):
            pick(
                nb: "legge fram opplysningene som trengs for å vurdere \(tie) etter kriteriene i strategien",
                nn: "leggje fram opplysningane som trengst for å vurdere \(tie) etter kriteria i strategien",
                en: "bring forward the facts needed to assess \(tie) against the strategy's criteria")
        case .askOrShowDone(let asks):
            pick(
                nb: "\(asks), eller vise at det er gjort", nn: "\(asks), eller vise at det er gjort",
                en: "\(asks), or show that it has been done")
        case .missingFacts(let facts): pick(nb: " (mangler \(facts))", nn: " (manglar \(facts))", en: " (missing \(facts))")
        case .cannotDecide(let rule, let missing):
            pick(
                nb: "kan ikke avgjøre \(rule): mangler \(missing)", nn: "kan ikkje avgjere \(rule): manglar \(missing)",
                en: "cannot decide \(rule): missing \(missing)")
        case .departsFromDecision(let recommended, let decided, let decision):
            pick(
                nb: "Anbefalingen (\(recommended)) avviker fra siste vedtak: \(decided) (\(decision))",
                nn: "Tilrådinga (\(recommended)) avvik frå siste vedtak: \(decided) (\(decision))",
                en: "The recommendation (\(recommended)) departs from the last decision: \(decided) (\(decision))")
        case .overrodeRecommendation(let decision, let recommended, let why):
            pick(
                nb: "Vedtaket (\(decision)) overstyrte anbefalingen «\(recommended)»: \(why)",
                nn: "Vedtaket (\(decision)) overstyrte tilrådinga «\(recommended)»: \(why)",
                en: "The decision (\(decision)) overrode the recommendation “\(recommended)”: \(why)")
        case .conditionUnmet(let decision, let condition, let due):
            pick(
                nb: "Vilkåret i vedtaket i \(decision), «\(condition)»\(due.map { " med frist \($0)" } ?? ""), er ikke oppfylt",
                nn: "Vilkåret i vedtaket i \(decision), «\(condition)»\(due.map { " med frist \($0)" } ?? ""), er ikkje oppfylt",
                en: "The condition of the decision of \(decision), “\(condition)”\(due.map { ", due \($0)" } ?? ""), is not met")
        case .decisionStands(let decision, let missing):
            pick(
                nb: "Vedtaket (\(decision)) står: gjennomgangen mangler \(missing), og uten det er det ikke grunnlag for å endre vedtaket",
                nn: "Vedtaket (\(decision)) står: gjennomgangen manglar \(missing), og utan det er det ikkje grunnlag for å endre vedtaket",
                en:
                    "The decision (\(decision)) stands: the review lacks \(missing), and without it there is no ground to change the decision"
            )
        }
    }
}
