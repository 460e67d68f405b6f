extension Phrase {
    /// The annual review as a council case: the saksframlegg that puts the review's recommendations to the council.
    public enum Case: Sendable, Hashable {
        case title(municipality: String, year: String)
        case titled(String, municipality: String)
        case decided(OutcomeRole, ties: String, count: Int)
        case asksOf(body: String, proposer: String, what: String, count: Int)
        case factsFirst(body: String, proposer: String, ties: String, count: Int, by: String?)
        case conditionOf(ties: String, count: Int, condition: String)
        case followUpConditions(body: String, proposer: String, by: String?)
        case followUpReview(body: String, proposer: String, by: String?, points: [Int])
        case reviewedAgainst(source: String, date: String)
        case summaryWithEnded(count: Int, ended: Int, date: String)
        case costsSaidOf(label: String, total: String, unknown: Int, count: Int)
        case reviewAttachment(title: String, date: String)
        case endorses(body: String, date: String)
        case endorsesTitled(body: String, title: String)
        case costs, tie, outcome, unknownCost
        case totalKnown, totalFor(String)
        case noCostFact
        case findings
        case notAssessed(Int)
        case groupHeading(OutcomeRole), groupLead(OutcomeRole, count: Int)
        case keptNamed(ties: String, count: Int), endedNamed(ties: String, count: Int)
        case provisionalFor(facts: String, mildest: String?, strictest: String?)
        case standingHeading
        case standingSaid(tie: String, decision: String, decided: String, facts: String, against: Bool, because: String?)
        case standingPoint(body: String, proposer: String, tie: String, decision: String)
        case decisionOf(body: String, date: String, caseReference: String?)
        case unmetCondition(decision: String, condition: String, due: String?)
        case exitPoint(body: String, proposer: String, ties: String, count: Int, by: String?)
        case concludes(owner: String, parts: [String])
        case conclusionPart(OutcomeRole, count: Int, first: Bool)
        case unknownCount(Int)
        case decidedClause(OutcomeRole)
        case illustrativeBasis
        case noFundingPlanInReview, fundingPlanIsCosts, fundingPlanAskedAt(point: Int, proposer: String)
        case fundingPlanPoint(body: String, proposer: String, by: String?, caseNumber: String?, remark: Bool)
        case fundingPlanRemarked(body: String, caseNumber: String?)
        case tiesAre(String), categoriesAre(String, count: Int)
        case decidedElsewhere(String, count: Int), ownCaseHeading
        case alsoUnrecorded(String), activityWord, unrecorded(String), tooOld(String, date: String?)
        case keptBecause(name: String, reason: String)
        case meetEarlierCondition(decision: String, condition: String, by: String?)
        case pendingProposals(String, count: Int), proposalOnTie(String), decidedInOwnCase(tie: String, title: String)
        case decisionMade(body: String, date: String, caseReference: String?)
    }
}

extension Phrasebook {
    public func annualCase(_ p: Phrase.Case) -> String {
        switch p {
        case .title(let m, let year):
            pick(
                nb: "Årlig gjennomgang av internasjonalt samarbeid \(year)",
                nn: "Årleg gjennomgang av internasjonalt samarbeid \(year)",
                en: "Annual review of international cooperation \(year)\(m.isEmpty ? "" : " – \(m)")")
        // The case stands in the municipality's own case system: its title does not name the municipality.
        case .titled(let title, _): title
        case .decided(let role, let ties, let count): decided(role, ties, count)
        case .asksOf(let body, let proposer, let what, let n):
            // Several ties asked the same: «for hver av dem», so «medlemskapet» is each one's.
            pick(
                nb: "\(body.capitalizedFirst) ber \(proposer)\(n > 1 ? " for hver av dem" : "") \(what).",
                nn: "\(body.capitalizedFirst) ber \(proposer)\(n > 1 ? " for kvar av dei" : "") \(what).",
                en: "\(body.capitalizedFirst) asks \(proposer)\(n > 1 ? ", for each of them," : "") to \(what).")
        case .factsFirst(let body, let proposer, let ties, let n, let by):
            pick(
                nb:
                    "\(body.capitalizedFirst) ber \(proposer) legge fram opplysningene som mangler for \(ties)\(by.map { " innen \($0)" } ?? ""), og ta \(n == 1 ? "det" : "dem") opp til ny vurdering.",
                nn:
                    "\(body.capitalizedFirst) ber \(proposer) leggje fram opplysningane som manglar for \(ties)\(by.map { " innan \($0)" } ?? ""), og ta \(n == 1 ? "det" : "dei") opp til ny vurdering.",
                en:
                    "\(body.capitalizedFirst) asks \(proposer) to bring forward\(by.map { ", by \($0)," } ?? "") the facts missing for \(ties), and to reconsider \(n == 1 ? "this tie" : "these ties")."
            )
        case .conditionOf(let ties, let count, let condition):
            pick(
                nb: "Vilkåret for \(ties) er: \(condition.lowercasedFirst).",
                nn: "Vilkåret for \(ties) er: \(condition.lowercasedFirst).",
                en: count == 1
                    ? "The condition for \(ties) is: \(condition.lowercasedFirst)."
                    : "The condition for \(ties) is: \(condition.lowercasedFirst).")
        case .followUpConditions(let body, let proposer, let by):
            pick(
                // A report by the date: a condition may have a deadline of its own (a visit within the council term).
                nb:
                    "\(body.capitalizedFirst) ber \(proposer) følge opp vilkårene\(by.map { " og orientere \(body) om dem innen \($0)" } ?? "").",
                nn:
                    "\(body.capitalizedFirst) ber \(proposer) følgje opp vilkåra\(by.map { " og orientere \(body) om dei innan \($0)" } ?? "").",
                en:
                    "\(body.capitalizedFirst) asks \(proposer) to follow up the conditions\(by.map { " and report on them to \(body) by \($0)" } ?? "")."
            )
        case .followUpReview(let body, let proposer, let by, let points):
            // Said of the points that send ties to a new assessment, so it refers back to something in the resolution.
            pick(
                nb:
                    "\(body.capitalizedFirst) ber \(proposer) legge den nye vurderingen etter \(self.points(points)) fram for \(body)\(by.map { " innen \($0)" } ?? "").",
                nn:
                    "\(body.capitalizedFirst) ber \(proposer) leggje den nye vurderinga etter \(self.points(points)) fram for \(body)\(by.map { " innan \($0)" } ?? "").",
                en:
                    "\(body.capitalizedFirst) asks \(proposer) to bring the reconsideration under \(self.points(points)) back to \(body)\(by.map { " by \($0)" } ?? "")."
            )
        case .reviewedAgainst(let source, let date):
            pick(
                nb:
                    "Hver tilknytning er vurdert per \(date) mot kriteriene i \(source). Vurderingen av hver enkelt, med sitatene den bygger på, står i vedlegget.",
                nn:
                    "Kvar tilknyting er vurdert per \(date) mot kriteria i \(source). Vurderinga av kvar einskild, med sitata ho byggjer på, står i vedlegget.",
                en:
                    "Each tie is assessed as of \(date) against the criteria of \(source). The assessment of each, with the sentences it rests on, is in the attachment."
            )
        case .summaryWithEnded(let n, let ended, let date):
            // Counts in words up to twelve, as running text writes them; the ended ties are named in the assessment.
            ended == 0
                ? pick(
                    nb: "Gjennomgangen omfatter \(countWord(n)) tilknytninger, vurdert mot kriteriene i strategien per \(date).",
                    nn: "Gjennomgangen omfattar \(countWord(n)) tilknytingar, vurderte mot kriteria i strategien per \(date).",
                    en: "The review covers \(countWord(n)) ties, assessed against the strategy's criteria as of \(date).")
                : pick(
                    nb:
                        "Gjennomgangen omfatter \(countWord(n)) tilknytninger, vurdert mot kriteriene i strategien per \(date). \(ended == 1 ? "Én tilknytning som alt er avsluttet, er tatt med" : "\(countWord(ended).capitalizedFirst) tilknytninger som alt er avsluttet, er tatt med") i vedlegget.",
                    nn:
                        "Gjennomgangen omfattar \(countWord(n)) tilknytingar, vurderte mot kriteria i strategien per \(date). \(ended == 1 ? "Ei tilknyting som alt er avslutta, er teken med" : "\(countWord(ended).capitalizedFirst) tilknytingar som alt er avslutta, er tekne med") i vedlegget.",
                    en:
                        "The review covers \(countWord(n)) ties, assessed against the strategy's criteria as of \(date). \(countWord(ended).capitalizedFirst) \(ended == 1 ? "tie that has" : "ties that have") already ended \(ended == 1 ? "is" : "are") included in the attachment."
                )
        case .costsSaidOf(let label, let total, let unknown, let count):
            unknown == 0
                ? count == 1
                    ? pick(
                        nb: "\(label) for tilknytningen er \(total) per år.", nn: "\(label) for tilknytinga er \(total) per år.",
                        en: "\(label) for the tie is \(total) a year.")
                    : pick(
                        nb: "\(label) for de \(countWord(count)) tilknytningene er til sammen \(total) per år.",
                        nn: "\(label) for dei \(countWord(count)) tilknytingane er til saman \(total) per år.",
                        en: "\(label) for the \(countWord(count)) ties comes to \(total) a year in all.")
                : pick(
                    nb:
                        "\(label) er kjent for \(countWord(count - unknown)) av de \(countWord(count)) tilknytningene den gjelder for, og er for dem til sammen \(total) per år. For \(countWord(unknown)) er den ikke oppgitt; den er ikke regnet som null.",
                    nn:
                        "\(label) er kjend for \(countWord(count - unknown)) av dei \(countWord(count)) tilknytingane han gjeld for, og er for dei til saman \(total) per år. For \(countWord(unknown)) er han ikkje oppgitt; han er ikkje rekna som null.",
                    en:
                        "\(label) is known for \(countWord(count - unknown)) of the \(countWord(count)) ties it applies to, and comes to \(total) a year for them. For \(countWord(unknown)) it is not given; it is not counted as zero."
                )
        // The attachment by its own heading, so the list and the document agree.
        case .reviewAttachment(let title, let date):
            pick(nb: "\(title), per \(date)", nn: "\(title), per \(date)", en: "\(title), as of \(date)")
        case .endorses(let body, let date):
            pick(
                nb: "\(body.capitalizedFirst) tar gjennomgangen av kommunens internasjonale samarbeid per \(date) til orientering.",
                nn:
                    "\(body.capitalizedFirst) tek gjennomgangen av det internasjonale samarbeidet til kommunen per \(date) til orientering.",
                en: "\(body.capitalizedFirst) takes note of the review of the municipality's international cooperation as of \(date).")
        case .endorsesTitled(let body, let title):
            pick(
                nb: "\(body.capitalizedFirst) tar «\(title)» til orientering.",
                nn: "\(body.capitalizedFirst) tek «\(title)» til orientering.", en: "\(body.capitalizedFirst) takes note of “\(title)”.")
        case .costs: pick(nb: "Økonomi", nn: "Økonomi", en: "Costs")
        case .tie: pick(nb: "Tilknytning", nn: "Tilknyting", en: "Tie")
        case .outcome: pick(nb: "Utfall i gjennomgangen", nn: "Utfall i gjennomgangen", en: "Outcome in the review")
        case .unknownCost: pick(nb: "ukjent", nn: "ukjend", en: "unknown")
        case .totalKnown: pick(nb: "Sum der beløpet er kjent", nn: "Sum der beløpet er kjent", en: "Total where the amount is known")
        case .totalFor(let label): pick(nb: "Sum for «\(label)»", nn: "Sum for «\(label)»", en: "Total for “\(label)”")
        case .noCostFact:
            pick(
                nb: "Kostnadene ved tilknytningene er ikke kartlagt i denne gjennomgangen.",
                nn: "Kostnadene ved tilknytingane er ikkje kartlagde i denne gjennomgangen.",
                en: "The costs of the ties have not been mapped in this review.")
        case .findings:
            pick(
                nb: "Samlet vurdering", nn: "Samla vurdering", en: "Overall assessment")
        case .groupHeading(let role): groupHeading(role)
        case .groupLead(let role, let n): groupLead(role, n)
        case .keptNamed(let ties, let n):
            pick(
                nb: "\(ties) videreføres uten endringer.",
                nn: "\(ties) vert vidareført\(n == 1 ? "" : "e") utan endringar.",
                en: "\(ties) \(n == 1 ? "continues" : "continue") unchanged.")
        case .endedNamed(let ties, let n):
            pick(
                nb: "\(ties) er allerede avsluttet og står i vedlegget bare for at oversikten skal være komplett.",
                nn: "\(ties) er alt avslutta og står i vedlegget berre for at oversikta skal vere komplett.",
                en:
                    "\(ties) \(n == 1 ? "has" : "have") already ended and \(n == 1 ? "is" : "are") listed in the attachment only so that the overview is complete."
            )
        // What the outcome may still become, as the rules decide it: milder only, stricter only, or anything between two.
        case .provisionalFor(let facts, let mildest?, let strictest?):
            pick(
                nb:
                    "Det er ikke lagt fram opplysninger om \(facts); når de foreligger, kan utfallet bli alt fra «\(mildest)» til «\(strictest)».",
                nn:
                    "Det er ikkje lagt fram opplysningar om \(facts); når dei ligg føre, kan utfallet bli alt frå «\(mildest)» til «\(strictest)».",
                en:
                    "No information on \(facts) has been brought forward; once it is, the outcome may be anything from “\(mildest)” to “\(strictest)”."
            )
        case .provisionalFor(let facts, nil, let strictest?):
            pick(
                nb: "Det er ikke lagt fram opplysninger om \(facts); når de foreligger, kan utfallet også bli «\(strictest)».",
                nn: "Det er ikkje lagt fram opplysningar om \(facts); når dei ligg føre, kan utfallet òg bli «\(strictest)».",
                en: "No information on \(facts) has been brought forward; once it is, the outcome may also become “\(strictest)”.")
        case .provisionalFor(let facts, _, nil):
            pick(
                nb: "Det er ikke lagt fram opplysninger om \(facts); når de foreligger, kan utfallet bli et annet, men ikke strengere.",
                nn: "Det er ikkje lagt fram opplysningar om \(facts); når dei ligg føre, kan utfallet bli eit anna, men ikkje strengare.",
                en:
                    "No information on \(facts) has been brought forward; when it is, the outcome may be reassessed, but it will not be made stricter."
            )
        case .standingHeading: pick(nb: "Tidligere vedtak som står", nn: "Tidlegare vedtak som står", en: "Earlier decisions that stand")
        // The council's own reason first, where the ledger gives it: the review does not argue with it on an unknown.
        case .standingSaid(let tie, let decision, let decided, let facts, let against, let because):
            pick(
                nb:
                    "\(decision)\(against ? ", mot innstillingen," : "") at \(tie) \(decided)\(because.map { ", med denne begrunnelsen: «\($0)»" } ?? ""). Gjennomgangen har ingen nye opplysninger som gir grunnlag for å endre vedtaket; det er ikke registrert opplysninger om \(facts).",
                nn:
                    "\(decision)\(against ? ", mot innstillinga," : "") at \(tie) \(decided)\(because.map { ", med denne grunngjevinga: «\($0)»" } ?? ""). Gjennomgangen har ingen nye opplysningar som gjev grunnlag for å endre vedtaket; det er ikkje registrert opplysningar om \(facts).",
                en:
                    "\(decision)\(against ? ", against the recommendation," : "") that \(tie) \(decided)\(because.map { ", on the ground that \($0.lowercasedFirst)" } ?? ""). The review has nothing new that gives ground to change that decision; no information is recorded on \(facts)."
            )
        case .standingPoint(_, _, let tie, let decision):
            pick(
                nb:
                    "Vedtaket i \(decision) om \(tie) står ved lag.",
                nn: "Vedtaket i \(decision) om \(tie) står ved lag.",
                en: "The decision of \(decision) on \(tie) stands."
            )
        case .decisionOf(let body, let date, let ref):
            pick(
                nb: "\(body) \(date)\(ref.map { " (sak\u{00A0}\($0))" } ?? "")",
                nn: "\(body) \(date)\(ref.map { " (sak\u{00A0}\($0))" } ?? "")",
                en: "\(body) of \(date)\(ref.map { " (case\u{00A0}\($0))" } ?? "")")
        case .decisionMade(let body, let date, let ref):
            pick(
                nb: "\(body.capitalizedFirst) vedtok \(date)\(ref.map { " (sak\u{00A0}\($0))" } ?? "")",
                nn: "\(body.capitalizedFirst) vedtok \(date)\(ref.map { " (sak\u{00A0}\($0))" } ?? "")",
                en: "\(body.capitalizedFirst) decided on \(date)\(ref.map { " (case\u{00A0}\($0))" } ?? "")")
        case .unmetCondition(let decision, let condition, let due):
            pick(
                nb: "Vilkåret i vedtaket i \(decision), «\(condition)»\(due.map { " med frist \($0)" } ?? ""), er ikke oppfylt.",
                nn: "Vilkåret i vedtaket i \(decision), «\(condition)»\(due.map { " med frist \($0)" } ?? ""), er ikkje oppfylt.",
                en: "The condition of the decision of \(decision), “\(condition)”\(due.map { ", due \($0)" } ?? ""), is not met.")
        case .exitPoint(let body, let proposer, let ties, _, let by):
            pick(
                nb:
                    "\(body.capitalizedFirst) ber \(proposer) greie ut om \(ties) skal avsluttes, og legge saken fram for \(body)\(by.map { " innen \($0)" } ?? "").",
                nn:
                    "\(body.capitalizedFirst) ber \(proposer) greie ut om \(ties) skal avsluttast, og leggje saka fram for \(body)\(by.map { " innan \($0)" } ?? "").",
                en:
                    "\(body.capitalizedFirst) asks \(proposer) to look into whether \(ties) should end, and to bring the case to \(body)\(by.map { " by \($0)" } ?? "")."
            )
        case .decidedElsewhere(let ties, let n):
            pick(
                nb: "\(ties.capitalizedFirst) behandles i egen sak.", nn: "\(ties.capitalizedFirst) vert handsama i eiga sak.",
                en: "\(ties.capitalizedFirst) \(n == 1 ? "is" : "are") decided in a separate case.")
        case .meetEarlierCondition(let decision, let condition, let by):
            // A condition already missed once gets a date of its own where the municipality sets one.
            pick(
                nb: "sørge for at vilkåret i vedtaket i \(decision), «\(condition)», blir oppfylt\(by.map { " innen \($0)" } ?? "")",
                nn: "syte for at vilkåret i vedtaket i \(decision), «\(condition)», vert oppfylt\(by.map { " innan \($0)" } ?? "")",
                en: "see that the condition of the decision of \(decision), “\(condition)”, is met\(by.map { " by \($0)" } ?? "")")
        case .alsoUnrecorded(let what):
            pick(
                nb: "Det er heller ikke registrert opplysninger om \(what).", nn: "Det er heller ikkje registrert opplysningar om \(what).",
                en: "Nor is anything recorded on \(what).")
        case .unrecorded(let what):
            pick(
                nb: "Det er ikke registrert opplysninger om \(what).", nn: "Det er ikkje registrert opplysningar om \(what).",
                en: "Nothing is recorded on \(what).")
        case .tooOld(let what, let date):
            pick(
                nb: "Opplysningen om \(what)\(date.map { " er fra \($0) og" } ?? "") er for gammel til å legges til grunn.",
                nn: "Opplysninga om \(what)\(date.map { " er frå \($0) og" } ?? "") er for gammal til å leggjast til grunn.",
                en: "What is recorded on \(what)\(date.map { " dates from \($0) and" } ?? "") is too old to rest on.")
        case .keptBecause(let name, let reason):
            pick(
                nb: "\(name) videreføres uten endringer: \(reason.lowercasedFirst(keeping: name))",
                nn: "\(name) vert vidareført utan endringar: \(reason.lowercasedFirst(keeping: name))",
                en: "\(name) continues unchanged: \(reason.lowercasedFirst(keeping: name))")
        case .activityWord: pick(nb: "aktivitet", nn: "aktivitet", en: "activity")
        case .ownCaseHeading: pick(nb: "Behandles i egen sak", nn: "Vert handsama i eiga sak", en: "Decided in a separate case")
        case .concludes(let owner, let parts):
            pick(
                nb: "\(owner.capitalizedFirst) tilrår at \(list(parts)).", nn: "\(owner.capitalizedFirst) tilrår at \(list(parts)).",
                en: "\(owner.capitalizedFirst) recommends that \(list(parts)).")
        case .conclusionPart(let role, let n, let first): conclusionPart(role, n, first)
        case .pendingProposals(let titles, let n):
            pick(
                nb: n == 1 ? "Forslaget \(titles) behandles i egen sak." : "Forslagene \(titles) behandles i egne saker.",
                nn: n == 1 ? "Framlegget \(titles) vert handsama i eiga sak." : "Framlegga \(titles) vert handsama i eigne saker.",
                en: n == 1
                    ? "The proposal \(titles) is treated in a case of its own."
                    : "The proposals \(titles) are treated in cases of their own.")
        case .decidedInOwnCase(let tie, let title):
            pick(
                nb: "Relasjonen med \(tie) avgjøres i egen sak, \(title).", nn: "Relasjonen med \(tie) vert avgjord i eiga sak, \(title).",
                en: "The relation with \(tie) is decided in a case of its own, \(title).")
        case .proposalOnTie(let title):
            pick(
                nb: "Forslaget \(title) behandles i egen sak.", nn: "Framlegget \(title) vert handsama i eiga sak.",
                en: "The proposal \(title) is treated in a case of its own.")
        case .tiesAre(let list):
            pick(
                nb: "Tilknytningene som er vurdert, er \(list).", nn: "Tilknytingane som er vurderte, er \(list).",
                en: "The ties assessed are \(list).")
        case .categoriesAre(let list, let n):
            pick(
                nb:
                    "Strategien foreslår \(countWord(n)) kategorier av relasjoner: \(list). Vedlegget viser hvilken hver relasjon passer i, og hvilke som ikke passer i noen av dem.",
                nn:
                    "Strategien gjer framlegg om \(countWord(n)) kategoriar av relasjonar: \(list). Vedlegget viser kva kategori kvar relasjon passar i, og kva relasjonar som ikkje passar i nokon av dei.",
                en:
                    "The strategy suggests \(countWord(n)) categories of relations: \(list). The attachment shows which category each relation fits, and which relations fit none."
            )
        case .noFundingPlanInReview:
            pick(
                nb: "Gjennomgangen omfatter ikke kostnadene ved relasjonene, og saken har derfor ingen finansieringsplan.",
                nn: "Gjennomgangen omfattar ikkje kostnadene ved relasjonane, og saka har difor ingen finansieringsplan.",
                en: "The review does not cover the relations' costs, so the case has no funding plan.")
        case .fundingPlanAskedAt(let point, let proposer):
            pick(
                nb:
                    "Kostnadene ved relasjonene er ikke kartlagt i denne gjennomgangen, og saken har derfor ikke den finansieringsplanen det ble bedt om. Innstillingen ber \(proposer) legge den fram (punkt \(point)).",
                nn:
                    "Kostnadene ved relasjonane er ikkje kartlagde i denne gjennomgangen, og saka har difor ikkje den finansieringsplanen det vart bede om. Innstillinga ber \(proposer) leggje han fram (punkt \(point)).",
                en:
                    "The relations' costs are not mapped in this review, so the case does not have the funding plan that was asked for. The recommendation asks \(proposer) to present it (point \(point))."
            )
        case .fundingPlanPoint(let body, let proposer, let by, let caseNumber, let remark):
            pick(
                nb:
                    "\(body.capitalizedFirst) ber \(proposer) legge fram en finansieringsplan for vennskapsbysamarbeidet samlet\(by.map { " innen \($0)" } ?? ""), slik \(remark ? "et flertall i \(body)" : body) ba om ved behandlingen av \(caseNumber.map { "sak\u{00A0}\($0)" } ?? "strategien").",
                nn:
                    "\(body.capitalizedFirst) ber \(proposer) leggje fram ein finansieringsplan for venskapsbysamarbeidet samla\(by.map { " innan \($0)" } ?? ""), slik \(remark ? "eit fleirtal i \(body)" : body) bad om ved handsaminga av \(caseNumber.map { "sak\u{00A0}\($0)" } ?? "strategien").",
                en:
                    "\(body.capitalizedFirst) asks \(proposer) to present a funding plan for the twin-city cooperation as a whole\(by.map { " by \($0)" } ?? ""), as \(remark ? "a majority of \(body)" : body) asked when \(caseNumber.map { "case\u{00A0}\($0)" } ?? "the strategy") was decided."
            )
        case .fundingPlanIsCosts:
            pick(
                nb: "Kostnadene som er kjent, står i tabellen over; hvordan de dekkes, er ikke en del av gjennomgangen.",
                nn: "Kostnadene som er kjende, står i tabellen over; korleis dei vert dekte, er ikkje ein del av gjennomgangen.",
                en: "The known costs are in the table above; how they are paid for is not part of the review.")
        case .fundingPlanRemarked(let body, let caseNumber):
            pick(
                nb:
                    "Ved behandlingen av \(caseNumber.map { "sak\u{00A0}\($0)" } ?? "strategien") ba et flertall i \(body) om at saken om vennskapsbyer skulle inneholde en finansieringsplan.",
                nn:
                    "Ved handsaminga av \(caseNumber.map { "sak\u{00A0}\($0)" } ?? "strategien") bad eit fleirtal i \(body) om at saka om venskapsbyar skulle innehalde ein finansieringsplan.",
                en:
                    "When \(caseNumber.map { "case\u{00A0}\($0)" } ?? "the strategy") was decided, a majority of \(body) asked that the case on twin cities contain a funding plan."
            )
        case .illustrativeBasis:
            pick(
                nb:
                    "Opplysninger merket illustrative i tilknytningenes registreringer (beløp, vurderinger, aktiviteter) er eksempler, ikke kommunens egne tall; hvilke det gjelder, står i vedlegget under hver tilknytning.",
                nn:
                    "Opplysningar merkte illustrative i registreringane av tilknytingane (beløp, vurderingar, aktivitetar) er døme, ikkje tala til kommunen; kva det gjeld, står i vedlegget under kvar tilknyting.",
                en:
                    "Facts marked illustrative in the ties' records (amounts, assessments, activities) are examples, not the municipality's own figures; which they are is shown in the attachment under each tie."
            )
        case .decidedClause(let role):
            switch role {
            case .conditional:
                pick(nb: "skulle videreføres med vilkår", nn: "skulle vidareførast med vilkår", en: "was to continue on conditions")
            case .join: pick(nb: "skulle inngås", nn: "skulle inngåast", en: "was to be entered")
            default: pick(nb: "skulle videreføres", nn: "skulle vidareførast", en: "was to continue")
            }
        case .unknownCount(let n): pick(nb: "\(n) ikke oppgitt", nn: "\(n) ikkje oppgitt", en: "\(n) not given")
        case .notAssessed(let n):
            pick(
                nb: "\(n) tilknytninger er av en type strategien ikke har kriterier for, og er ikke vurdert.",
                nn: "\(n) tilknytingar er av ein type strategien ikkje har kriterium for, og er ikkje vurderte.",
                en: "\(n) ties are of a kind the strategy has no criteria for, and are not assessed.")
        }
    }

    private func groupHeading(_ role: OutcomeRole) -> String {
        switch role {
        case .keep, .join: pick(nb: "Videreføres", nn: "Vidareførast", en: "Kept")
        case .conditional: pick(nb: "Videreføres med vilkår", nn: "Vidareførast med vilkår", en: "Kept on conditions")
        case .review: pick(nb: "Tas opp til ny vurdering", nn: "Vert tekne opp til ny vurdering", en: "To be reconsidered")
        case .dormant: pick(nb: "Gjøres hvilende", nn: "Vert gjorde kvilande", en: "Made dormant")
        case .exit, .doNotJoin: pick(nb: "Avslutning utredes", nn: "Avslutning vert greidd ut", en: "Ending looked into")
        case .ended: pick(nb: "Avsluttet", nn: "Avslutta", en: "Ended")
        }
    }

    /// The outcome's meaning said of the ties that follow, so the case needs no glossary.
    private func groupLead(_ role: OutcomeRole, _ n: Int) -> String {
        let one = n == 1
        return switch role {
        case .keep, .join:
            pick(nb: "Disse oppfyller kriteriene.", nn: "Desse oppfyller kriteria.", en: "These meet the criteria.")
        case .conditional:
            pick(
                nb: one
                    ? "Tilknytningen nedenfor videreføres, men kommunen setter et vilkår som må oppfylles:"
                    : "Tilknytningene nedenfor videreføres, men kommunen setter vilkår som må oppfylles:",
                nn: one
                    ? "Tilknytinga nedanfor vert vidareført, men kommunen set eit vilkår som må oppfyllast:"
                    : "Tilknytingane nedanfor vert vidareførte, men kommunen set vilkår som må oppfyllast:",
                en: one
                    ? "The tie below continues, but the municipality sets a condition that must be met:"
                    : "The ties below continue, but the municipality sets conditions that must be met:")
        case .review:
            pick(
                nb: one
                    ? "For samarbeidet nedenfor må noe avklares eller endres før kommunen kan ta stilling til det:"
                    : "For samarbeidene nedenfor må noe avklares eller endres før kommunen kan ta stilling til dem:",
                nn: one
                    ? "For samarbeidet nedanfor må noko avklarast eller endrast før kommunen kan ta stilling til det:"
                    : "For samarbeida nedanfor må noko avklarast eller endrast før kommunen kan ta stilling til dei:",
                en: one
                    ? "For the tie below, something must be settled or changed before the municipality can take a position on it:"
                    : "For the ties below, something must be settled or changed before the municipality can take a position on them:")
        case .dormant:
            pick(
                nb: one
                    ? "Tilknytningen nedenfor beholdes, men uten prioritert aktivitet:"
                    : "Tilknytningene nedenfor beholdes, men uten prioritert aktivitet:",
                nn: one
                    ? "Tilknytinga nedanfor vert halden ved lag, men utan prioritert aktivitet:"
                    : "Tilknytingane nedanfor vert haldne ved lag, men utan prioritert aktivitet:",
                en: one ? "The tie below is kept, without prioritised activity:" : "The ties below are kept, without prioritised activity:")
        case .exit, .doNotJoin:
            pick(
                nb: one
                    ? "Gjennomgangen tilsier at det greies ut om tilknytningen nedenfor skal avsluttes:"
                    : "Gjennomgangen tilsier at det greies ut om tilknytningene nedenfor skal avsluttes:",
                nn: one
                    ? "Gjennomgangen tilseier at det vert greidd ut om tilknytinga nedanfor skal avsluttast:"
                    : "Gjennomgangen tilseier at det vert greidd ut om tilknytingane nedanfor skal avsluttast:",
                en: one
                    ? "The review calls for looking into whether the tie below is to end:"
                    : "The review calls for looking into whether the ties below are to end:")
        case .ended: ""
        }
    }

    /// «14 tilknytninger videreføres uten endringer», «sju med vilkår»: one outcome's share of the conclusion.
    private func conclusionPart(_ role: OutcomeRole, _ n: Int, _ first: Bool) -> String {
        // «tilknyting» is feminine in nynorsk: «ei», not «ein».
        let count = n == 1 && language == .nn ? "ei" : countWord(n)
        let noun =
            first
            ? pick(
                nb: n == 1 ? " tilknytning" : " tilknytninger", nn: n == 1 ? " tilknyting" : " tilknytingar", en: n == 1 ? " tie" : " ties")
            : ""
        let are = n == 1 ? "is" : "are"
        return switch role {
        case .keep, .join:
            pick(
                nb: "\(count)\(noun) videreføres uten endringer",
                nn: "\(count)\(noun) vert \(n == 1 ? "vidareført" : "vidareførte") utan endringar",
                en: "\(count)\(noun) \(are) kept unchanged")
        case .conditional:
            pick(
                nb: "\(count)\(noun) videreføres med vilkår",
                nn: "\(count)\(noun) vert \(n == 1 ? "vidareført" : "vidareførte") med vilkår",
                en: "\(count)\(noun) \(are) kept subject to conditions")
        case .review:
            pick(
                nb: "\(count)\(noun) tas opp til ny vurdering",
                nn: "\(count)\(noun) vert \(n == 1 ? "teken" : "tekne") opp til ny vurdering", en: "\(count)\(noun) \(are) reconsidered")
        case .dormant:
            pick(
                nb: "\(count)\(noun) gjøres hvilende", nn: "\(count)\(noun) vert \(n == 1 ? "gjord" : "gjorde") kvilande",
                en: "\(count)\(noun) \(are) made dormant")
        case .exit, .doNotJoin:
            pick(
                nb: "det greies ut om \(count)\(noun) skal avsluttes", nn: "det vert greidd ut om \(count)\(noun) skal avsluttast",
                en: "whether \(count)\(noun) should end is looked into")
        case .ended: ""
        }
    }

    /// «Dalian og Eureau tas opp til ny vurdering.»: the ties and what is decided for them, as a point of a resolution.
    private func decided(_ role: OutcomeRole, _ ties: String, _ count: Int) -> String {
        let are = count == 1 ? "is" : "are"
        let ties = ties.capitalizedFirst
        return switch role {
        case .keep, .join:
            pick(nb: "\(ties) videreføres.", nn: "\(ties) vert \(count == 1 ? "vidareført" : "vidareførte").", en: "\(ties) \(are) kept.")
        case .conditional:
            pick(
                nb: "\(ties) videreføres med vilkår.", nn: "\(ties) vert \(count == 1 ? "vidareført" : "vidareførte") med vilkår.",
                en: "\(ties) \(are) kept subject to conditions.")
        case .review:
            pick(
                nb: "\(ties) tas opp til ny vurdering.", nn: "\(ties) vert \(count == 1 ? "teke" : "tekne") opp til ny vurdering.",
                en: "\(ties) \(are) to be reconsidered.")
        case .dormant:
            pick(
                nb: "\(ties) gjøres hvilende.", nn: "\(ties) vert \(count == 1 ? "gjort" : "gjorde") kvilande.",
                en: "\(ties) \(are) made dormant.")
        case .exit, .doNotJoin:
            pick(
                nb: "Det greies ut om \(ties) skal avsluttes, og saken legges fram.",
                nn: "Det vert greidd ut om \(ties) skal avsluttast, og saka vert lagd fram.",
                en: "Whether \(ties) should end is looked into, and the case brought forward.")
        case .ended:
            pick(nb: "\(ties) er avsluttet.", nn: "\(ties) er avslutta.", en: "\(ties) \(count == 1 ? "has" : "have") ended.")
        }
    }
}
