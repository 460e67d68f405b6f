extension Phrase {
    /// The case memo (saksframlegg) for a proposed tie.
    public enum Memo: Sendable, Hashable {
        case title(String)
        case theMunicipality, municipality(String)
        case summary, background, factsOfTheCase, assessment, otherConsiderations, effectOnPortfolio
        case alternatives, economicConsequences, conclusion
        case assessedAgainst(title: String, met: Int, of: Int)
        case partly(Int), notMet(Int), cannotBeAssessed(Int)
        case fact, value, name, kind
        case met, partlyMet, notMetVerdict, unknownVerdict
        case recommended, recommendedWithConditions, postpone, notRecommended
        case scoreIs(String)
        case cannotAssessMissing(String)
        case categoryIs(String), categoryWillBe(String)
        case showPremises(body: String, proposer: String, date: String?, count: Int)
        case once([String]), premisesDue(body: String, date: String, count: Int)
        case notMetButCurable(String, count: Int, points: [Int])
        case ownerConcludesWithConditions(owner: String, points: [Int], because: String)
        case presupposes([String], body: String, proposer: String, date: String?)
        case providedThat([String])
        case alternativeNotAssessed
        case item, fee, travel, staffTime, fundingGranted, fundingApplied, netCost, netCostWithoutStaff
        case hours(String)
        case applicationUndecided(amount: String)
        case noneSpeaksAgainst
        case theChiefExecutive, theCouncil, theCountyChiefExecutive, theCountyCouncil
        case postponedUntilSettled, postponedUntilKnown(String)
        case annualFee(String), travelCosts(String), staffHours(String), staffCost(String)
        case perYearSuffix, wholeSuffix
        case entering(kind: String, name: String, negated: Bool, subjunctive: Bool = false)
        case provisionalAssessment(String)
        case notTranslated, notTranslatedNote
        case ourTranslation(String)
        case caseFlow, committee, meetingDate, caseNumberHeading, attachments, otherDocuments
        case ownersProposal(proposer: String)
        case recommends(owner: String, municipality: String, doing: String)
        case recommendsPostponing(owner: String, missing: Bool)
        case recommendsDecision(owner: String, decision: String)
        case preparedBy(String), followedUpBy(String)
        case notGiven(String)
        case curable
        case notApplicableCriteria(String, count: Int, tie: String)
        case illustrativeWarning
        case assessedAsItWouldBe(tie: String)
        case meetsEveryCriterion(tie: String)
        case noneSpeaksAgainstIt
        case tieIs(name: String, kind: String, country: String?)
        case councilDecided(body: String, date: String, caseNumber: String?)
        case councilRemarked(body: String, date: String, caseNumber: String?)
        case fundingPlan, noFundingPlan
        case fundingPlanAsked(body: String, caseNumber: String?)
        case fundingPlanRemarked(body: String, caseNumber: String?, owner: String)
        case councilSetsCondition(body: String, proposer: String, date: String?, condition: String)
        case councilAsks(body: String, proposer: String, date: String?, what: String)
        case proposalAssumes([String]), proposalDescribes, portfolioIfAdopted
        case ownerAssumes(owner: String, [String])
        case ownerSets(owner: String, label: String, value: String, basis: String)
        case currentReview(name: String, outcome: String, reason: String)
        case metFromReading(criterion: String, from: String, lower: String, upper: String, owner: String)
        case costsFundedBy(costs: String, by: String)
        case evaluateBy(body: String, proposer: String, date: String)
        case alternativeWould(Recommendation, reason: String)
        case alternativeLacks(String, count: Int), alternativeOutside(String, count: Int, kinds: String, kind: String, owner: String)
        case alternativeGives(String, count: Int)
        case alternativeCosts(theirs: String?, ours: String?)
        case amountHeading, perYearItem(String), wholeItem(String)
        case ownerConcludes(owner: String, Recommendation)
        case aboutTheBasis, ourNumbers
    }
}

extension Phrasebook {
    public func memo(_ p: Phrase.Memo) -> String {
        switch p {
        case .title(let t): pick(nb: "Saksframlegg: \(t)", nn: "Saksframlegg: \(t)", en: "Case memo: \(t)")
        case .theMunicipality: pick(nb: "Kommunen", nn: "Kommunen", en: "The municipality")
        case .municipality(let m): pick(nb: "\(m) kommune", nn: "\(m) kommune", en: m)
        case .summary: pick(nb: "Sammendrag", nn: "Samandrag", en: "Summary")
        case .background: pick(nb: "Bakgrunn", nn: "Bakgrunn", en: "Background")
        case .factsOfTheCase: pick(nb: "Saksopplysninger", nn: "Saksopplysningar", en: "Facts of the case")
        case .assessment: pick(nb: "Vurdering", nn: "Vurdering", en: "Assessment")
        case .otherConsiderations: pick(nb: "Øvrige forhold", nn: "Andre forhold", en: "Other considerations")
        case .effectOnPortfolio:
            pick(
                nb: "Betydning for kommunens internasjonale tilknytninger", nn: "Verknad for dei internasjonale tilknytingane til kommunen",
                en: "Effect on the municipality's international ties")
        case .alternatives: pick(nb: "Alternativer", nn: "Alternativ", en: "Alternatives")
        case .economicConsequences: pick(nb: "Økonomiske konsekvenser", nn: "Økonomiske konsekvensar", en: "Economic consequences")
        case .conclusion: pick(nb: "Konklusjon", nn: "Konklusjon", en: "Conclusion")
        case .assessedAgainst(let title, let met, let of):
            met == of
                ? pick(
                    // The strategy does not number its criteria; a count would read as a list it has.
                    nb: "Forslaget oppfyller kriteriene i \(title) som gjelder for det",
                    nn: "Framlegget oppfyller kriteria i \(title) som gjeld for det",
                    en: "The proposal meets the criteria of \(title) that apply to it"
                )
                : pick(
                    nb:
                        "Forslaget oppfyller \(countWord(met, neuter: true)) av de \(countWord(of, neuter: true)) kriteriene i \(title) som gjelder for det",
                    nn:
                        "Framlegget oppfyller \(countWord(met, neuter: true)) av dei \(countWord(of, neuter: true)) kriteria i \(title) som gjeld for det",
                    en: "The proposal meets \(countWord(met)) of the \(countWord(of)) criteria of \(title) that apply to it")
        case .partly(let n):
            pick(
                nb: "; \(countWord(n, neuter: true)) er delvis oppfylt", nn: "; \(countWord(n, neuter: true)) er delvis oppfylt",
                en: "; \(countWord(n)) \(n == 1 ? "is" : "are") partly met")
        case .notMet(let n):
            pick(
                nb: "; \(countWord(n, neuter: true)) er ikke oppfylt", nn: "; \(countWord(n, neuter: true)) er ikkje oppfylt",
                en: "; \(countWord(n)) \(n == 1 ? "is" : "are") not met")
        case .cannotBeAssessed(let n):
            pick(
                nb: "; \(countWord(n, neuter: true)) kan ikke vurderes", nn: "; \(countWord(n, neuter: true)) kan ikkje vurderast",
                en: "; \(countWord(n)) cannot be assessed")
        case .fact: pick(nb: "Opplysning", nn: "Opplysning", en: "Fact")
        case .value: pick(nb: "Verdi", nn: "Verdi", en: "Value")
        case .name: pick(nb: "Navn", nn: "Namn", en: "Name")
        case .kind: pick(nb: "Type", nn: "Type", en: "Kind")
        case .met: pick(nb: "Oppfylt", nn: "Oppfylt", en: "Met")
        case .partlyMet: pick(nb: "Delvis oppfylt", nn: "Delvis oppfylt", en: "Partly met")
        case .notMetVerdict: pick(nb: "Ikke oppfylt", nn: "Ikkje oppfylt", en: "Not met")
        case .unknownVerdict: pick(nb: "Kan ikke vurderes", nn: "Kan ikkje vurderast", en: "Cannot be assessed")
        case .recommended: pick(nb: "Forslaget anbefales", nn: "Framlegget vert tilrådd", en: "The proposal is recommended")
        case .recommendedWithConditions:
            pick(
                nb: "Forslaget anbefales med vilkår", nn: "Framlegget vert tilrådd med vilkår",
                en: "The proposal is recommended with conditions")
        case .postpone: pick(nb: "Saken bør utsettes", nn: "Saka bør utsetjast", en: "The decision should be postponed")
        case .notRecommended:
            pick(nb: "Forslaget anbefales ikke", nn: "Framlegget vert ikkje tilrådd", en: "The proposal is not recommended")
        case .scoreIs(let s): pick(nb: "Poeng: \(s). ", nn: "Poeng: \(s). ", en: "Score: \(s). ")
        case .cannotAssessMissing(let m):
            pick(
                nb: "Dette mangler: \(m).", nn: "Dette manglar: \(m).", en: "This is missing: \(m).")
        case .categoryIs(let c): pick(nb: "Kategori: \(c).", nn: "Kategori: \(c).", en: "Category: \(c).")
        case .providedThat(let clauses):
            pick(
                nb: ", forutsatt at \(each(clauses, that: "at", and: "og"))", nn: ", føresett at \(each(clauses, that: "at", and: "og"))",
                en: ", provided that \(each(clauses, that: "that", and: "and"))")
        case .showPremises(let body, let proposer, let date, let n):
            pick(
                nb:
                    "\(body.capitalizedFirst) ber \(proposer)\(date.map { " innen \($0)" } ?? "") legge fram en orientering for \(body) om hvordan \(n == 1 ? "vilkåret" : "vilkårene") i punkt 1 er oppfylt.",
                nn:
                    "\(body.capitalizedFirst) ber \(proposer)\(date.map { " innan \($0)" } ?? "") leggje fram ei orientering for \(body) om korleis \(n == 1 ? "vilkåret" : "vilkåra") i punkt 1 er \(n == 1 ? "oppfylt" : "oppfylte").",
                en:
                    "\(body.capitalizedFirst) asks \(proposer) to report to \(body)\(date.map { " by \($0)" } ?? "") on how the \(n == 1 ? "condition" : "conditions") in point 1 \(n == 1 ? "has" : "have") been met."
            )
        case .once(let clauses):
            pick(
                nb: " når \(list(clauses))", nn: " når \(list(clauses))", en: " once \(list(clauses))")
        case .premisesDue(let body, let date, let n):
            pick(
                nb: "Hvordan \(n == 1 ? "vilkåret" : "vilkårene") er oppfylt, skal legges fram for \(body) innen \(date).",
                nn:
                    "Korleis \(n == 1 ? "vilkåret" : "vilkåra") er \(n == 1 ? "oppfylt" : "oppfylte"), skal leggjast fram for \(body) innan \(date).",
                en: "How \(n == 1 ? "the condition has" : "the conditions have") been met is to be reported to \(body) by \(date).")
        // What the resolution asks for in those points is what is missing: said so, not called the condition itself.
        case .notMetButCurable(let names, let n, let points):
            pick(
                nb:
                    "; \(n == 1 ? "kriteriet" : "kriteriene") \(names) er ikke oppfylt ennå, og innstillingen ber om det som mangler (\(self.points(points)))",
                nn:
                    "; \(n == 1 ? "kriteriet" : "kriteria") \(names) er ikkje \(n == 1 ? "oppfylt" : "oppfylte") enno, og innstillinga ber om det som manglar (\(self.points(points)))",
                en:
                    "; the \(n == 1 ? "criterion" : "criteria") \(names) \(n == 1 ? "is" : "are") not yet met, and the recommendation asks for what is missing (\(self.points(points)))"
            )
        case .ownerConcludesWithConditions(let owner, let points, let because):
            pick(
                nb:
                    "\(owner.capitalizedFirst) tilrår at forslaget vedtas. \(because.capitalizedFirst); innstillingen ber om det som mangler (\(self.points(points))).",
                nn:
                    "\(owner.capitalizedFirst) tilrår at framlegget vert vedteke. \(because.capitalizedFirst); innstillinga ber om det som manglar (\(self.points(points))).",
                en:
                    "\(owner.capitalizedFirst) recommends that the proposal be adopted. \(because.capitalizedFirst); the recommendation asks for what is missing (\(self.points(points)))."
            )
        case .presupposes(let clauses, let body, let proposer, let date):
            pick(
                nb:
                    "Vedtaket forutsetter at \(each(clauses, that: "at", and: "og")). \(body.capitalizedFirst) ber \(proposer) legge dette fram for \(body)\(date.map { " innen \($0)" } ?? "").",
                nn:
                    "Vedtaket føreset at \(each(clauses, that: "at", and: "og")). \(body.capitalizedFirst) ber \(proposer) leggje dette fram for \(body)\(date.map { " innan \($0)" } ?? "").",
                en:
                    "The decision presupposes that \(each(clauses, that: "that", and: "and")). \(body.capitalizedFirst) asks \(proposer) to present this to \(body)\(date.map { " by \($0)" } ?? "")."
            )
        case .categoryWillBe(let c):
            pick(
                nb: "Med forslaget vil relasjonen høre til kategorien «\(c.lowercasedFirst)».",
                nn: "Med framlegget vil relasjonen høyre til kategorien «\(c.lowercasedFirst)».",
                en: "With the proposal, the relation will belong to the category “\(c.lowercasedFirst)”.")
        case .alternativeNotAssessed:
            pick(
                nb: "Alternativet er ikke vurdert mot kriteriene: forslaget gir ingen opplysninger om det.",
                nn: "Alternativet er ikkje vurdert mot kriteria: framlegget gjev ingen opplysningar om det.",
                en: "The alternative is not assessed against the criteria: the proposal gives no facts about it.")
        case .item: pick(nb: "Post", nn: "Post", en: "Item")
        case .fee: pick(nb: "Kontingent", nn: "Kontingent", en: "Membership fee")
        case .travel: pick(nb: "Reiser", nn: "Reiser", en: "Travel")
        case .staffTime: pick(nb: "Arbeidstid", nn: "Arbeidstid", en: "Staff time")
        case .fundingGranted:
            pick(nb: "Ekstern finansiering innvilget", nn: "Ekstern finansiering innvilga", en: "External funding granted")
        case .fundingApplied:
            pick(
                nb: "Ekstern finansiering søkt, ikke avgjort", nn: "Ekstern finansiering søkt om, ikkje avgjort",
                en: "External funding applied for, not yet decided")
        case .netCost: pick(nb: "Netto kostnad", nn: "Nettokostnad", en: "Net cost")
        case .netCostWithoutStaff:
            pick(nb: "Netto kostnad uten arbeidstid", nn: "Nettokostnad utan arbeidstid", en: "Net cost, staff time excluded")
        case .hours(let h): pick(nb: "\(h) timer", nn: "\(h) timar", en: "\(h) hours")
        case .applicationUndecided(let a):
            pick(
                nb: "Søknaden om \(a) i ekstern finansiering er ikke avgjort. Beløpet er ikke trukket fra kostnaden.",
                nn: "Søknaden om \(a) i ekstern finansiering er ikkje avgjord. Beløpet er ikkje trekt frå kostnaden.",
                en: "The application for \(a) in external funding is not decided. The amount is not subtracted from the cost.")
        case .noneSpeaksAgainst:
            pick(
                nb: "Ingen av kriteriene som er vurdert, taler mot forslaget",
                nn: "Ingen av kriteria som er vurderte, talar mot framlegget",
                en: "None of the criteria assessed speaks against the proposal")
        case .theChiefExecutive: pick(nb: "kommunedirektøren", nn: "kommunedirektøren", en: "the chief executive")
        case .theCouncil: pick(nb: "kommunestyret", nn: "kommunestyret", en: "the council")
        case .theCountyChiefExecutive:
            pick(nb: "fylkeskommunedirektøren", nn: "fylkeskommunedirektøren", en: "the county chief executive")
        case .theCountyCouncil: pick(nb: "fylkestinget", nn: "fylkestinget", en: "the county council")
        case .postponedUntilSettled:
            pick(
                nb: "Saken utsettes til forholdene som er påpekt i vurderingen er avklart.",
                nn: "Saka vert utsett til forholda som er påpeikte i vurderinga, er avklarte.",
                en: "The case is postponed until the matters raised in the assessment are settled.")
        case .postponedUntilKnown(let m):
            pick(
                nb: "Saken utsettes til disse opplysningene foreligger: \(m).",
                nn: "Saka vert utsett til desse opplysningane ligg føre: \(m).",
                en: "The case is postponed until this is known: \(m).")
        case .annualFee(let a): pick(nb: "kontingent på \(a)", nn: "kontingent på \(a)", en: "a membership fee of \(a)")
        case .travelCosts(let a): pick(nb: "reiseutgifter på \(a)", nn: "reiseutgifter på \(a)", en: "travel costs of \(a)")
        case .staffHours(let h):
            pick(nb: "om lag \(h) timer arbeidstid", nn: "om lag \(h) timar arbeidstid", en: "about \(h) hours of staff time")
        case .staffCost(let a): " (\(a))"
        case .perYearSuffix: pick(nb: " per år", nn: " per år", en: " a year")
        case .wholeSuffix: pick(nb: " for hele perioden", nn: " for heile perioden", en: " for the whole period")
        case .entering(let kind, let name, let negated, let subjunctive):
            entering(kind: kind, name: name, negated: negated, subjunctive: subjunctive)
        case .provisionalAssessment(let m):
            pick(
                nb: "Vurderingen er foreløpig: den bygger ikke på \(m), som mangler.",
                nn: "Vurderinga er førebels: ho byggjer ikkje på \(m), som manglar.",
                en: "The assessment is provisional: it does not rest on \(m), which is missing.")
        case .notTranslated: pick(nb: " [ikke oversatt]", nn: " [ikkje omsett]", en: " [not translated]")
        case .notTranslatedNote:
            pick(
                nb: "(Ikke oversatt: forslaget gir denne teksten bare på et annet språk.)",
                nn: "(Ikkje omsett: framlegget gjev denne teksten berre på eit anna språk.)",
                en: "(Not translated: the proposal gives this text in Norwegian only.)")
        case .ourTranslation(let t): pick(nb: "(Vår oversettelse: «\(t)»)", nn: "(Vår omsetjing: «\(t)»)", en: "(Our translation: “\(t)”)")
        case .caseFlow: pick(nb: "Saksgang", nn: "Saksgang", en: "Case flow")
        case .committee: pick(nb: "Utvalg", nn: "Utval", en: "Body")
        case .meetingDate: pick(nb: "Møtedato", nn: "Møtedato", en: "Meeting date")
        case .caseNumberHeading: pick(nb: "Saksnr.", nn: "Saksnr.", en: "Case no.")
        case .attachments: pick(nb: "Vedlegg", nn: "Vedlegg", en: "Attachments")
        case .otherDocuments:
            pick(
                nb: "Andre saksdokumenter (ikke vedlagt)", nn: "Andre saksdokument (ikkje vedlagde)",
                en: "Other case documents (not attached)")
        case .ownersProposal(let p):
            pick(
                nb: "\(p.capitalizedFirst)s innstilling", nn: "Innstilling frå \(p)",
                en: "\(p.capitalizedFirst)'s recommendation")
        case .recommendsPostponing(let owner, let missing):
            missing
                ? pick(
                    nb: "\(owner.capitalizedFirst) tilrår at saken utsettes til opplysningene som mangler, foreligger.",
                    nn: "\(owner.capitalizedFirst) tilrår at saka vert utsett til opplysningane som manglar, ligg føre.",
                    en: "\(owner.capitalizedFirst) recommends that the case be postponed until what is missing is known.")
                : pick(
                    nb: "\(owner.capitalizedFirst) tilrår at saken utsettes til forholdene som er påpekt i vurderingen, er avklart.",
                    nn: "\(owner.capitalizedFirst) tilrår at saka vert utsett til tilhøva som er peika på i vurderinga, er avklarte.",
                    en:
                        "\(owner.capitalizedFirst) recommends that the case be postponed until the matters raised in the assessment are settled."
                )
        case .recommends(let owner, let m, let doing):
            pick(
                nb: "\(owner.capitalizedFirst) tilrår at \(m) \(doing).", nn: "\(owner.capitalizedFirst) tilrår at \(m) \(doing).",
                en: "\(owner.capitalizedFirst) recommends that \(m) \(doing).")
        case .recommendsDecision(let owner, let decision):
            pick(
                nb: "\(owner.capitalizedFirst) tilrår dette: \(decision)", nn: "\(owner.capitalizedFirst) tilrår dette: \(decision)",
                en: "\(owner.capitalizedFirst) recommends this: \(decision)")
        case .preparedBy(let unit):
            pick(nb: "Saken er forberedt av \(unit).", nn: "Saka er førebudd av \(unit).", en: "The case was prepared by \(unit).")
        case .followedUpBy(let unit):
            pick(nb: "Oppfølgingen ligger til \(unit).", nn: "Oppfølginga ligg til \(unit).", en: "The follow-up lies with \(unit).")
        case .notGiven(let list):
            pick(
                nb: "Forslaget gir ikke opplysninger om \(list).", nn: "Framlegget gjev ikkje opplysningar om \(list).",
                en: "The proposal gives no facts on \(list).")
        case .curable:
            pick(
                nb: "Ikke oppfylt; kan oppfylles med vilkår", nn: "Ikkje oppfylt; kan oppfyllast med vilkår",
                en: "Not met; can be met on conditions")
        case .notApplicableCriteria(let list, let count, let tie):
            count == 1
                ? pick(
                    nb: "Kriteriet \(list) gjelder ikke for \(tie) og er ikke vurdert.",
                    nn: "Kriteriet \(list) gjeld ikkje for \(tie) og er ikkje vurdert.",
                    en: "The criterion \(list) does not apply to \(tie) and is not assessed.")
                : pick(
                    nb: "Kriteriene \(list) gjelder ikke for \(tie) og er ikke vurdert.",
                    nn: "Kriteria \(list) gjeld ikkje for \(tie) og er ikkje vurderte.",
                    en: "The criteria \(list) do not apply to \(tie) and are not assessed.")
        case .illustrativeWarning:
            pick(
                nb: "Merk: Opplysningene i dette saksframlegget er delvis illustrative; se «Om vurderingsgrunnlaget».",
                nn: "Merk: Opplysningane i dette saksframlegget er delvis illustrative; sjå «Om vurderingsgrunnlaget».",
                en: "Note: the facts of this memo are partly illustrative; see «About the basis of the assessment».")
        case .tieIs(let name, let kind, let country?):
            pick(
                nb: "Saken gjelder \(name) (\(kind), \(country)).", nn: "Saka gjeld \(name) (\(kind), \(country)).",
                en: "The case concerns \(name) (\(kind), \(country)).")
        case .tieIs(let name, let kind, nil):
            pick(nb: "Saken gjelder \(name) (\(kind)).", nn: "Saka gjeld \(name) (\(kind)).", en: "The case concerns \(name) (\(kind)).")
        case .councilDecided(let body, let date, let caseNumber?):
            pick(
                nb: "\(body.capitalizedFirst) vedtok \(date) i sak\u{00A0}\(caseNumber):",
                nn: "\(body.capitalizedFirst) vedtok \(date) i sak\u{00A0}\(caseNumber):",
                en: "\(body.capitalizedFirst) decided on \(date), in case\u{00A0}\(caseNumber):")
        case .councilDecided(let body, let date, nil):
            pick(
                nb: "\(body.capitalizedFirst) vedtok \(date):", nn: "\(body.capitalizedFirst) vedtok \(date):",
                en: "\(body.capitalizedFirst) decided on \(date):")
        case .councilRemarked(let body, let date, let caseNumber):
            pick(
                nb:
                    "Ved behandlingen av \(caseNumber.map { "sak\u{00A0}\($0)" } ?? "saken") \(date) hadde et flertall i \(body) denne merknaden:",
                nn:
                    "Ved handsaminga av \(caseNumber.map { "sak\u{00A0}\($0)" } ?? "saka") \(date) hadde eit fleirtal i \(body) denne merknaden:",
                en:
                    "When \(caseNumber.map { "case\u{00A0}\($0)" } ?? "the case") was decided on \(date), a majority of \(body) made this remark:"
            )
        case .fundingPlanRemarked(let body, let caseNumber, let owner):
            pick(
                nb:
                    "Ved behandlingen av \(caseNumber.map { "sak\u{00A0}\($0)" } ?? "strategien") ba et flertall i \(body) om at saken om vennskapsbyer skulle inneholde en finansieringsplan. \(owner.capitalizedFirst) legger det samme kravet til grunn her.",
                nn:
                    "Ved handsaminga av \(caseNumber.map { "sak\u{00A0}\($0)" } ?? "strategien") bad eit fleirtal i \(body) om at saka om venskapsbyar skulle innehalde ein finansieringsplan. \(owner.capitalizedFirst) legg det same kravet til grunn her.",
                en:
                    "When \(caseNumber.map { "case\u{00A0}\($0)" } ?? "the strategy") was decided, a majority of \(body) asked that the case on twin cities contain a funding plan. \(owner.capitalizedFirst) applies the same requirement here."
            )
        case .fundingPlan: pick(nb: "Finansieringsplan", nn: "Finansieringsplan", en: "Funding plan")
        case .fundingPlanAsked(let body, let caseNumber):
            pick(
                nb:
                    "\(body.capitalizedFirst) har bedt om at saker om vennskapsbyer inneholder en finansieringsplan\(caseNumber.map { " (sak\u{00A0}\($0))" } ?? "").",
                nn:
                    "\(body.capitalizedFirst) har bede om at saker om venskapsbyar inneheld ein finansieringsplan\(caseNumber.map { " (sak\u{00A0}\($0))" } ?? "").",
                en:
                    "\(body.capitalizedFirst) has asked that twin-city cases contain a funding plan\(caseNumber.map { " (case\u{00A0}\($0))" } ?? "")."
            )
        case .noFundingPlan:
            pick(
                nb: "Forslaget sier ikke hvordan utgiftene skal dekkes.", nn: "Framlegget seier ikkje korleis utgiftene skal dekkjast.",
                en: "The proposal does not say how the costs are to be paid for.")
        case .noneSpeaksAgainstIt:
            pick(
                nb: "ingen av kriteriene som gjelder for det, taler imot", nn: "ingen av kriteria som gjeld for det, talar imot",
                en: "none of the criteria that apply to it speaks against it")
        case .assessedAsItWouldBe(let tie):
            pick(
                nb: "Vurderingen gjelder \(tie) slik det vil være om forslaget vedtas.",
                nn: "Vurderinga gjeld \(tie) slik det vil vere om framlegget vert vedteke.",
                en: "The assessment is of \(tie) as it would be if the proposal is adopted.")
        case .meetsEveryCriterion(let tie):
            pick(
                nb: "\(tie.capitalizedFirst) vil oppfylle kriteriene i strategien som gjelder for det",
                nn: "\(tie.capitalizedFirst) vil oppfylle kriteria i strategien som gjeld for det",
                en: "\(tie.capitalizedFirst) would meet the strategy's criteria that apply to it")
        case .councilSetsCondition(let body, let proposer, let date?, let condition):
            pick(
                nb: "\(body.capitalizedFirst) ber \(proposer) sørge for at dette vilkåret er oppfylt innen \(date): \(condition).",
                nn: "\(body.capitalizedFirst) ber \(proposer) syte for at dette vilkåret er oppfylt innan \(date): \(condition).",
                en: "\(body.capitalizedFirst) asks \(proposer) to see that this condition is met by \(date): \(condition).")
        case .councilSetsCondition(let body, let proposer, nil, let condition):
            pick(
                nb: "\(body.capitalizedFirst) ber \(proposer) sørge for at dette vilkåret blir oppfylt: \(condition).",
                nn: "\(body.capitalizedFirst) ber \(proposer) syte for at dette vilkåret vert oppfylt: \(condition).",
                en: "\(body.capitalizedFirst) asks \(proposer) to see that this condition is met: \(condition).")
        case .councilAsks(let body, let proposer, let date?, let what):
            pick(
                nb: "\(body.capitalizedFirst) ber \(proposer) innen \(date) \(what).",
                nn: "\(body.capitalizedFirst) ber \(proposer) innan \(date) \(what).",
                en: "\(body.capitalizedFirst) asks \(proposer), by \(date), to \(what).")
        case .councilAsks(let body, let proposer, nil, let what):
            pick(
                nb: "\(body.capitalizedFirst) ber \(proposer) \(what).", nn: "\(body.capitalizedFirst) ber \(proposer) \(what).",
                en: "\(body.capitalizedFirst) asks \(proposer) to \(what).")
        case .metFromReading(let criterion, let from, let lower, let upper, let owner):
            pick(
                nb:
                    "Kriteriet \(criterion) regnes som oppfylt fra \(from) på skalaen fra \(lower) til \(upper). Det er \(owner)s lesning av strategien, ikke vedtatt tekst.",
                nn:
                    "Kriteriet \(criterion) vert rekna som oppfylt frå \(from) på skalaen frå \(lower) til \(upper). Det er lesinga til \(owner) av strategien, ikkje vedteken tekst.",
                en:
                    "The criterion \(criterion) is counted as met from \(from) on the scale from \(lower) to \(upper). That is the reading of \(owner), not adopted text."
            )
        case .portfolioIfAdopted:
            pick(
                nb: "Når forslaget er gjennomført, vil dette gjelde for kommunens internasjonale samarbeid samlet:",
                nn: "Når framlegget er gjennomført, vil dette gjelde for det internasjonale samarbeidet til kommunen samla:",
                en: "Once the proposal is carried out, this will hold for the municipality's ties taken together:")
        case .ownerAssumes(let owner, let clauses):
            pick(
                nb: "\(owner.capitalizedFirst) legger til grunn at \(Self.joined(clauses, that: "at", and: "og")).",
                nn: "\(owner.capitalizedFirst) legg til grunn at \(Self.joined(clauses, that: "at", and: "og")).",
                en: "\(owner.capitalizedFirst) assumes that \(Self.joined(clauses, that: "that", and: "and")).")
        case .currentReview(let name, let outcome, let reason):
            pick(
                nb:
                    "I gjennomgangen av kommunens internasjonale samarbeid får \(name) i dag utfallet «\(outcome)»: \(reason.lowercasedFirst(keeping: name)).",
                nn:
                    "I gjennomgangen av det internasjonale samarbeidet til kommunen får \(name) i dag utfallet «\(outcome)»: \(reason.lowercasedFirst(keeping: name)).",
                en:
                    "In the review of the municipality's international cooperation, \(name) today has the outcome “\(outcome)”: \(reason.lowercasedFirst(keeping: name))."
            )
        case .ownerSets(let owner, let label, let value, let basis):
            // The basis says why, and that the strategy itself gives no such number; it stands as its own sentence.
            pick(
                nb: "\(owner.capitalizedFirst) setter \(label) til \(value). \(Self.sentence(basis))",
                nn: "\(owner.capitalizedFirst) set \(label) til \(value). \(Self.sentence(basis))",
                en: "\(owner.capitalizedFirst) sets \(label) at \(value). \(Self.sentence(basis))")
        case .proposalDescribes:
            pick(
                nb: "Forslaget legger til grunn at", nn: "Framlegget legg til grunn at", en: "The proposal assumes that")
        case .proposalAssumes(let clauses):
            pick(
                nb: "Forslaget legger til grunn at \(Self.joined(clauses, that: "at", and: "og")).",
                nn: "Framlegget legg til grunn at \(Self.joined(clauses, that: "at", and: "og")).",
                en: "The proposal assumes that \(Self.joined(clauses, that: "that", and: "and")).")
        case .costsFundedBy(let costs, let by):
            pick(nb: "\(costs) dekkes av \(by).", nn: "\(costs) vert dekte av \(by).", en: "\(costs) are covered by \(by).")
        case .evaluateBy(let body, let proposer, let date):
            pick(
                nb: "\(body.capitalizedFirst) ber \(proposer) legge fram en evaluering av deltakelsen innen \(date).",
                nn: "\(body.capitalizedFirst) ber \(proposer) leggje fram ei evaluering av deltakinga innan \(date).",
                en: "\(body.capitalizedFirst) asks \(proposer) to present an evaluation of the participation by \(date).")
        case .alternativeWould(let r, let reason): alternativeWould(r, reason)
        case .alternativeLacks(let list, let count):
            count == 1
                ? pick(
                    nb: "Det oppfyller ikke kriteriet \(list), som forslaget oppfyller.",
                    nn: "Det oppfyller ikkje kriteriet \(list), som framlegget oppfyller.",
                    en: "It does not meet the criterion \(list), which the proposal meets.")
                : pick(
                    nb: "Det oppfyller ikke kriteriene \(list), som forslaget oppfyller.",
                    nn: "Det oppfyller ikkje kriteria \(list), som framlegget oppfyller.",
                    en: "It does not meet the criteria \(list), which the proposal meets.")
        case .alternativeOutside(let list, let count, let kinds, let kind, let owner):
            // Not a point in the proposal's favour: the strategy's sentence speaks of other kinds of tie, named.
            count == 1
                ? pick(
                    nb:
                        "Kriteriet \(list) gjelder slik \(owner) leser strategien, \(kinds), ikke \(kind), og er derfor ikke vurdert for alternativet.",
                    nn:
                        "Kriteriet \(list) gjeld slik \(owner) les strategien, \(kinds), ikkje \(kind), og er difor ikkje vurdert for alternativet.",
                    en:
                        "As \(owner) reads the strategy, the criterion \(list) concerns \(kinds), not \(kind), so it is not assessed for the alternative."
                )
                : pick(
                    nb:
                        "Kriteriene \(list) gjelder slik \(owner) leser strategien, \(kinds), ikke \(kind), og er derfor ikke vurdert for alternativet.",
                    nn:
                        "Kriteria \(list) gjeld slik \(owner) les strategien, \(kinds), ikkje \(kind), og er difor ikkje vurderte for alternativet.",
                    en:
                        "As \(owner) reads the strategy, the criteria \(list) concern \(kinds), not \(kind), so they are not assessed for the alternative."
                )
        case .alternativeGives(let list, let count):
            count == 1
                ? pick(
                    nb: "Det oppfyller kriteriet \(list), som forslaget ikke oppfyller.",
                    nn: "Det oppfyller kriteriet \(list), som framlegget ikkje oppfyller.",
                    en: "It meets the criterion \(list), which the proposal does not.")
                : pick(
                    nb: "Det oppfyller kriteriene \(list), som forslaget ikke oppfyller.",
                    nn: "Det oppfyller kriteria \(list), som framlegget ikkje oppfyller.",
                    en: "It meets the criteria \(list), which the proposal does not.")
        case .alternativeCosts(let theirs?, let ours?):
            pick(
                nb: "Kostnadene ved alternativet er \(theirs.lowercasedFirst), mot \(ours.lowercasedFirst) ved forslaget.",
                nn: "Kostnadene ved alternativet er \(theirs.lowercasedFirst), mot \(ours.lowercasedFirst) ved framlegget.",
                en: "The alternative's costs are \(theirs.lowercasedFirst), against \(ours.lowercasedFirst) for the proposal.")
        case .alternativeCosts(let theirs?, nil):
            pick(
                nb: "Kostnadene ved alternativet er \(theirs.lowercasedFirst).",
                nn: "Kostnadene ved alternativet er \(theirs.lowercasedFirst).",
                en: "The alternative's costs are \(theirs.lowercasedFirst).")
        case .alternativeCosts(nil, let ours?):
            pick(
                nb: "Alternativet har ingen nye kostnader, mot \(ours.lowercasedFirst) ved forslaget.",
                nn: "Alternativet har ingen nye kostnader, mot \(ours.lowercasedFirst) ved framlegget.",
                en: "The alternative has no new costs, against \(ours.lowercasedFirst) for the proposal.")
        case .alternativeCosts(nil, nil):
            pick(
                nb: "Alternativet har ingen nye kostnader.", nn: "Alternativet har ingen nye kostnader.",
                en: "The alternative has no new costs.")
        case .amountHeading: pick(nb: "Beløp", nn: "Beløp", en: "Amount")
        case .perYearItem(let item): pick(nb: "\(item) (per år)", nn: "\(item) (per år)", en: "\(item) (a year)")
        case .wholeItem(let item): pick(nb: "\(item) (hele perioden)", nn: "\(item) (heile perioden)", en: "\(item) (whole period)")
        case .ownerConcludes(let owner, let r): ownerConcludes(owner, r)
        case .aboutTheBasis: pick(nb: "Om vurderingsgrunnlaget", nn: "Om vurderingsgrunnlaget", en: "About the basis of the assessment")
        case .ourNumbers:
            pick(
                nb: "Tall og lesninger som strategien ikke selv gir, og som vurderingen her bygger på:",
                nn: "Tal og lesingar som strategien ikkje sjølv gjev, og som vurderinga her byggjer på:",
                en: "Numbers and readings the strategy does not itself give, on which this assessment rests:")
        }
    }

    private func alternativeWould(_ r: Recommendation, _ reason: String) -> String {
        switch r {
        case .join:
            pick(
                nb: "Også alternativet ville oppfylle kriteriene i strategien: \(reason).",
                nn: "Også alternativet ville oppfylle kriteria i strategien: \(reason).",
                en: "The alternative too would meet the strategy's criteria: \(reason).")
        case .joinWithConditions:
            pick(
                nb: "Alternativet ville oppfylle kriteriene i strategien bare med vilkår: \(reason).",
                nn: "Alternativet ville oppfylle kriteria i strategien berre med vilkår: \(reason).",
                en: "The alternative would meet the strategy's criteria only on conditions: \(reason).")
        case .postpone:
            pick(
                nb: "Slik alternativet er, oppfyller det ikke kriteriene i strategien: \(reason).",
                nn: "Slik alternativet er, oppfyller det ikkje kriteria i strategien: \(reason).",
                en: "As it stands, the alternative does not meet the strategy's criteria: \(reason).")
        case .doNotJoin:
            pick(
                nb: "Alternativet ville ikke oppfylle kriteriene i strategien: \(reason).",
                nn: "Alternativet ville ikkje oppfylle kriteria i strategien: \(reason).",
                en: "The alternative would not meet the strategy's criteria: \(reason).")
        }
    }

    /// A text as a sentence of its own: a capital first, a full stop last.
    static func sentence(_ text: String) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        return t.capitalizedFirst + (t.hasSuffix(".") ? "" : ".")
    }

    /// «a, at b og at c»: clauses after «at», each keeping its own.
    private func each(_ clauses: [String], that: String, and: String) -> String {
        guard let last = clauses.last, clauses.count > 1 else { return clauses.joined() }
        return clauses.dropLast().joined(separator: ", \(that) ") + " \(and) \(that) " + last
    }

    private func ownerConcludes(_ owner: String, _ r: Recommendation) -> String {
        let who = owner.capitalizedFirst
        return switch r {
        case .join:
            pick(
                nb: "\(who) tilrår at forslaget vedtas.", nn: "\(who) tilrår at framlegget vert vedteke.",
                en: "\(who) recommends that the proposal be adopted.")
        case .joinWithConditions:
            pick(
                nb: "\(who) tilrår at forslaget vedtas, og at det innstillingen ber om, blir fulgt opp.",
                nn: "\(who) tilrår at framlegget vert vedteke, og at det innstillinga ber om, vert følgt opp.",
                en: "\(who) recommends that the proposal be adopted and that what the recommendation asks for be followed up.")
        case .postpone:
            pick(
                nb: "\(who) tilrår at saken utsettes til forholdene i vurderingen er avklart.",
                nn: "\(who) tilrår at saka vert utsett til forholda i vurderinga er avklarte.",
                en: "\(who) recommends that the case be postponed until the matters in the assessment are settled.")
        case .doNotJoin:
            pick(
                nb: "\(who) tilrår at forslaget ikke vedtas.", nn: "\(who) tilrår at framlegget ikkje vert vedteke.",
                en: "\(who) recommends that the proposal not be adopted.")
        }
    }

    /// What the municipality would do, in words that fit the kind of tie: a network admits its members, so the
    /// municipality applies; an agreement takes both cities, so the council decides to go for one.
    private func entering(kind: String, name: String, negated n: Bool, subjunctive: Bool) -> String {
        // «tilrår at Bergen ikke søker»: in a clause after «at», Norwegian puts the negation before the verb.
        if n, subjunctive, language != .en {
            return pick(nb: "ikke ", nn: "ikkje ", en: "") + entering(kind: kind, name: name, negated: false, subjunctive: true)
        }
        // «recommends that Bergen apply»: English puts the verb after «that» in its plain form.
        let en = { (plain: String, third: String) in subjunctive ? (n ? "not " : "") + plain : (n ? "does not " + plain : third) }
        return switch TieKind(rawValue: kind) {
        case .twinCity?:
            pick(
                nb: n ? "inngår ikke vennskapsbyavtale med \(name)" : "inngår vennskapsbyavtale med \(name)",
                nn: n ? "inngår ikkje venskapsbyavtale med \(name)" : "inngår venskapsbyavtale med \(name)",
                en: en("enter into a twin-city agreement with \(name)", "enters into a twin-city agreement with \(name)"))
        case .friendship?, .solidarity?, .agreement?:
            pick(
                nb: n ? "inngår ikke samarbeidsavtale med \(name)" : "inngår samarbeidsavtale med \(name)",
                nn: n ? "inngår ikkje samarbeidsavtale med \(name)" : "inngår samarbeidsavtale med \(name)",
                en: en("enter into a cooperation agreement with \(name)", "enters into a cooperation agreement with \(name)"))
        case .project?:
            pick(
                nb: n ? "deltar ikke i \(name)" : "deltar i \(name)", nn: n ? "deltek ikkje i \(name)" : "deltek i \(name)",
                en: en("take part in \(name)", "takes part in \(name)"))
        default:
            pick(
                nb: n ? "søker ikke medlemskap i \(name)" : "søker medlemskap i \(name)",
                nn: n ? "søkjer ikkje medlemskap i \(name)" : "søkjer medlemskap i \(name)",
                en: en("apply for membership of \(name)", "applies for membership of \(name)"))
        }
    }

    /// «a, at b og at c»: clauses that each begin after «at», the last after «og at».
    static func joined(_ clauses: [String], that: String, and: String) -> String {
        guard let last = clauses.last, clauses.count > 1 else { return clauses.first ?? "" }
        return clauses.dropLast().joined(separator: ", \(that) ") + " \(and) \(that) \(last)"
    }
}
