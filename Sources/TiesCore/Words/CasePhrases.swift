extension Phrase {
    /// The annual review as a council case: the saksframlegg that puts the review's recommendations to the council.
    public enum Case: Sendable, Hashable {
        case title(municipality: String, year: String)
        case reviewAttachment(date: String)
        case endorses(body: String, date: String)
        case outcomeNamed(label: String, ties: String)
        case withCondition(tie: String, condition: String)
        case followUp(body: String, proposer: String)
        case notedRest(count: Int)
        case summary(count: Int, date: String)
        case outcomesMeaning
        case meaning(OutcomeRole)
        case costs, tie, outcome, yearlyCost, unknownCost
        case totalKnown, totalFor(String)
        case costsSaid(total: String, unknown: Int, count: Int)
        case noCostFact
        case findings
        case notAssessed(Int)
    }
}

extension Phrasebook {
    public func annualCase(_ p: Phrase.Case) -> String {
        switch p {
        case .title(let m, let year):
            pick(
                nb: "Årlig gjennomgang av internasjonale tilknytninger \(year) – \(m)",
                nn: "Årleg gjennomgang av internasjonale tilknytingar \(year) – \(m)",
                en: "Annual review of international ties \(year) – \(m)")
        case .reviewAttachment(let date):
            pick(
                nb: "Gjennomgang av internasjonale tilknytninger per \(date)", nn: "Gjennomgang av internasjonale tilknytingar per \(date)",
                en: "Review of international ties as of \(date)")
        case .endorses(let body, let date):
            pick(
                nb:
                    "\(body.capitalizedFirst) slutter seg til tilrådingene i gjennomgangen av kommunens internasjonale tilknytninger per \(date).",
                nn:
                    "\(body.capitalizedFirst) sluttar seg til tilrådingane i gjennomgangen av dei internasjonale tilknytingane til kommunen per \(date).",
                en:
                    "\(body.capitalizedFirst) endorses the recommendations of the review of the municipality's international ties as of \(date)."
            )
        case .outcomeNamed(let label, let ties): "\(label.capitalizedFirst): \(ties)."
        case .withCondition(let tie, let condition): "\(tie) (\(condition.lowercasedFirst))"
        case .followUp(let body, let proposer):
            pick(
                nb:
                    "\(body.capitalizedFirst) ber \(proposer) følge opp vilkårene og legge de tilknytningene som skal vurderes på nytt, fram for \(body).",
                nn:
                    "\(body.capitalizedFirst) ber \(proposer) følgje opp vilkåra og leggje dei tilknytingane som skal vurderast på nytt, fram for \(body).",
                en:
                    "\(body.capitalizedFirst) asks \(proposer) to follow up the conditions and bring the ties to be reconsidered back to \(body)."
            )
        case .notedRest(let n):
            n == 1
                ? pick(
                    nb: "Gjennomgangen av den siste tilknytningen tas til orientering.",
                    nn: "Gjennomgangen av den siste tilknytinga vert teken til orientering.",
                    en: "The review of the remaining tie is noted.")
                : pick(
                    nb: "Gjennomgangen av de øvrige \(n) tilknytningene tas til orientering.",
                    nn: "Gjennomgangen av dei andre \(n) tilknytingane vert teken til orientering.",
                    en: "The review of the other \(n) ties is noted.")
        case .summary(let n, let date):
            pick(
                nb: "Kommunen har \(n) internasjonale tilknytninger. Alle er vurdert mot kriteriene i strategien per \(date).",
                nn: "Kommunen har \(n) internasjonale tilknytingar. Alle er vurderte mot kriteria i strategien per \(date).",
                en: "The municipality has \(n) international ties. Each was assessed against the strategy's criteria as of \(date).")
        case .outcomesMeaning: pick(nb: "Hva utfallene betyr", nn: "Kva utfalla tyder", en: "What the outcomes mean")
        case .meaning(let role): meaning(role)
        case .costs: pick(nb: "Økonomi", nn: "Økonomi", en: "Costs")
        case .tie: pick(nb: "Tilknytning", nn: "Tilknyting", en: "Tie")
        case .outcome: pick(nb: "Tilråding", nn: "Tilråding", en: "Recommendation")
        case .yearlyCost: pick(nb: "Kostnad per år", nn: "Kostnad per år", en: "Cost a year")
        case .unknownCost: pick(nb: "ukjent", nn: "ukjend", en: "unknown")
        case .totalKnown: pick(nb: "Sum, kjente kostnader", nn: "Sum, kjende kostnader", en: "Total, known costs")
        case .totalFor(let label): pick(nb: "Sum for «\(label)»", nn: "Sum for «\(label)»", en: "Total for “\(label)”")
        case .costsSaid(let total, let unknown, let count):
            unknown == 0
                ? pick(
                    nb: "De \(count) tilknytningene koster til sammen \(total) per år.",
                    nn: "Dei \(count) tilknytingane kostar til saman \(total) per år.",
                    en: "The \(count) ties cost \(total) a year in all.")
                : pick(
                    nb:
                        "Kjente kostnader er til sammen \(total) per år. For \(unknown) av de \(count) tilknytningene er kostnaden ikke oppgitt; den er ikke regnet som null.",
                    nn:
                        "Kjende kostnader er til saman \(total) per år. For \(unknown) av dei \(count) tilknytingane er kostnaden ikkje oppgitt; han er ikkje rekna som null.",
                    en:
                        "Known costs are \(total) a year in all. For \(unknown) of the \(count) ties the cost is not given; it is not counted as zero."
                )
        case .noCostFact:
            pick(
                nb: "Regelsettet fører ikke kostnader for tilknytningene, så saken viser ingen kostnader.",
                nn: "Regelsettet fører ikkje kostnader for tilknytingane, så saka viser ingen kostnader.",
                en: "The rule set keeps no costs for the ties, so the case shows none.")
        case .findings: pick(nb: "Porteføljen som helhet", nn: "Porteføljen som heilskap", en: "The portfolio as a whole")
        case .notAssessed(let n):
            pick(
                nb: "\(n) tilknytninger er av en type strategien ikke har kriterier for, og er ikke vurdert.",
                nn: "\(n) tilknytingar er av ein type strategien ikkje har kriterium for, og er ikkje vurderte.",
                en: "\(n) ties are of a kind the strategy has no criteria for, and are not assessed.")
        }
    }

    private func meaning(_ role: OutcomeRole) -> String {
        switch role {
        case .keep, .join:
            pick(
                nb: "Tilknytningen oppfyller kriteriene og videreføres uten endringer.",
                nn: "Tilknytinga oppfyller kriteria og vert vidareført utan endringar.",
                en: "The tie meets the criteria and continues unchanged.")
        case .conditional:
            pick(
                nb: "Tilknytningen videreføres, men et vilkår må oppfylles før neste gjennomgang.",
                nn: "Tilknytinga vert vidareført, men eit vilkår må oppfyllast før neste gjennomgang.",
                en: "The tie continues, but a condition must be met before the next review.")
        case .review:
            pick(
                nb: "Noe må avklares eller endres før kommunen kan si om tilknytningen skal fortsette.",
                nn: "Noko må avklarast eller endrast før kommunen kan seie om tilknytinga skal halde fram.",
                en: "Something must be settled or changed before the municipality can say whether the tie continues.")
        case .dormant:
            pick(
                nb: "Tilknytningen holdes i live, men uten prioritert aktivitet.",
                nn: "Tilknytinga vert halden i live, men utan prioritert aktivitet.",
                en: "The tie is kept alive, without prioritised activity.")
        case .exit, .doNotJoin:
            pick(
                nb: "Kommunen går ut av tilknytningen.", nn: "Kommunen går ut av tilknytinga.", en: "The municipality leaves the tie.")
        case .ended:
            pick(
                nb: "Tilknytningen er allerede avsluttet og står i oversikten bare for at den skal være komplett.",
                nn: "Tilknytinga er alt avslutta og står i oversikta berre for at ho skal vere komplett.",
                en: "The tie has already ended; it is listed only so that the overview is complete.")
        }
    }
}
