/// The kinds of tie the tool knows, by the id a record writes.
public enum TieKind: String, Sendable, CaseIterable {
    case network, organisation, office, programme, twinCity = "twin_city", friendship, solidarity, project, agreement

    /// A tie one is a member of (a network, an organisation, an office, a programme), not one that is a cooperation.
    public var isMembership: Bool { [.network, .organisation, .office, .programme].contains(self) }
}

/// The kinds of activity an activity log may record.
public enum ActivityType: String, Sendable, CaseIterable {
    case visitIn = "visit_in", visitOut = "visit_out", meeting, project, delegation, exchange, event, digital, report
}

/// The outcomes of the review vocabulary municipalities use.
public enum VocabularyOutcome: String, Sendable, CaseIterable {
    case keep, keepWithConditions = "keep_with_conditions", review, makeDormant = "make_dormant", exit, join
    case doNotJoin = "do_not_join"
}

extension Phrasebook {
    /// A kind of tie in the reader's words; an id the tool does not know as it is.
    public func kind(_ id: String) -> String { TieKind(rawValue: id).map(kind) ?? id }

    public func kind(_ k: TieKind) -> String {
        switch k {
        case .network: pick(nb: "nettverk", nn: "nettverk", en: "network")
        case .organisation: pick(nb: "organisasjon", nn: "organisasjon", en: "organisation")
        case .office: pick(nb: "kontor", nn: "kontor", en: "office")
        case .programme: pick(nb: "program", nn: "program", en: "programme")
        case .twinCity: pick(nb: "vennskapsby", nn: "venskapsby", en: "twin city")
        case .friendship: pick(nb: "vennskapsrelasjon", nn: "venskapsrelasjon", en: "friendship relation")
        case .solidarity: pick(nb: "solidaritetsrelasjon", nn: "solidaritetsrelasjon", en: "solidarity relation")
        case .project: pick(nb: "prosjekt", nn: "prosjekt", en: "project")
        case .agreement: pick(nb: "samarbeidsavtale", nn: "samarbeidsavtale", en: "cooperation agreement")
        }
    }

    /// A tie of a kind as prose names it, definite: a network or an organisation is a membership, the rest a
    /// cooperation («medlemskapet», «samarbeidet»); both neuter, so «det» follows.
    public func theTie(_ kind: String) -> String {
        switch TieKind(rawValue: kind) {
        case let k? where k.isMembership: pick(nb: "medlemskapet", nn: "medlemskapet", en: "the membership")
        default: pick(nb: "samarbeidet", nn: "samarbeidet", en: "the cooperation")
        }
    }

    /// Whether `tiesNamed` names them in the plural: more than one group, or a group with more than one name.
    public func tiesNamedArePlural(_ kinds: [String]) -> Bool {
        let memberships = kinds.filter { TieKind(rawValue: $0)?.isMembership ?? false }.count
        let projects = kinds.filter { $0 == TieKind.project.rawValue }.count
        let cooperations = kinds.count - memberships - projects
        let groups = [memberships > 0, projects > 0, cooperations > 0].filter { $0 }.count
        return groups > 1 || memberships > 1 || projects > 1 || cooperations > 1
    }

    /// Ties named as a resolution names them: «medlemskapene i Eureau og ICLEI, og samarbeidet med Dalian», «prosjektet
    /// Kystkultur»; each group where its first tie comes, its names in their order.
    public func tiesNamed(_ ties: [(kind: String, name: String)]) -> String {
        enum Group { case membership, programme, project, cooperation }
        func group(_ kind: String) -> Group {
            switch TieKind(rawValue: kind) {
            // One takes part in a programme (Erasmus+, Interreg); one is not its member.
            case .programme?: .programme
            case let k? where k.isMembership: .membership
            case .project?: .project
            default: .cooperation
            }
        }
        var order: [Group] = []
        var names: [Group: [String]] = [:]
        for tie in ties {
            let g = group(tie.kind)
            if names[g] == nil { order.append(g) }
            names[g, default: []].append(tie.name)
        }
        let parts = order.map { g -> String in
            let these = names[g]!
            let one = these.count == 1
            let head =
                switch g {
                case .membership:
                    one
                        ? pick(nb: "medlemskapet i ", nn: "medlemskapet i ", en: "the membership of ")
                        : pick(nb: "medlemskapene i ", nn: "medlemskapa i ", en: "the memberships of ")
                case .programme:
                    pick(nb: "deltakelsen i ", nn: "deltakinga i ", en: "the participation in ")
                case .project:
                    one
                        ? pick(nb: "prosjektet ", nn: "prosjektet ", en: "the project ")
                        : pick(nb: "prosjektene ", nn: "prosjekta ", en: "the projects ")
                // Two cities are two cooperations, not one joint one.
                case .cooperation:
                    one
                        ? pick(nb: "samarbeidet med ", nn: "samarbeidet med ", en: "the cooperation with ")
                        : pick(nb: "samarbeidene med ", nn: "samarbeida med ", en: "the relations with ")
                }
            return head + list(these)
        }
        guard parts.count > 1 else { return parts.first ?? "" }
        // Lists in a list: the last after a comma where a part holds «og» itself, so the two do not run together.
        let and = pick(nb: " og ", nn: " og ", en: " and ")
        let comma = parts.dropLast().contains { $0.contains(and) } ? "," : ""
        return parts.dropLast().joined(separator: ", ") + comma + and + parts.last!
    }

    /// «14 nettverk», «4 vennskapsbyer»: a count of ties of a kind, the noun in its number.
    public func kindCount(_ id: String, _ n: Int) -> String {
        guard let k = TieKind(rawValue: id) else { return "\(n) \(id)" }
        // Small counts in words, in the noun's gender: «ett nettverk», «én vennskapsby» (nynorsk «eitt», «ein»).
        let neuter = [.network, .office, .programme, .project].contains(k)
        guard n != 1 else { return countWord(1, neuter: neuter) + " " + kind(k) }
        return countWord(n) + " " + kinds(k)
    }

    /// A kind of tie in the plural: «nettverk», «vennskapsbyer».
    public func kinds(_ k: TieKind) -> String {
        switch k {
        case .network: pick(nb: "nettverk", nn: "nettverk", en: "networks")
        case .organisation: pick(nb: "organisasjoner", nn: "organisasjonar", en: "organisations")
        case .office: pick(nb: "kontorer", nn: "kontor", en: "offices")
        case .programme: pick(nb: "programmer", nn: "program", en: "programmes")
        case .twinCity: pick(nb: "vennskapsbyer", nn: "venskapsbyar", en: "twin cities")
        case .friendship: pick(nb: "vennskapsrelasjoner", nn: "venskapsrelasjonar", en: "friendship relations")
        case .solidarity: pick(nb: "solidaritetsrelasjoner", nn: "solidaritetsrelasjonar", en: "solidarity relations")
        case .project: pick(nb: "prosjekter", nn: "prosjekt", en: "projects")
        case .agreement: pick(nb: "samarbeidsavtaler", nn: "samarbeidsavtalar", en: "cooperation agreements")
        }
    }

    /// A kind of activity in the reader's words.
    public func activity(_ a: ActivityType) -> String {
        switch a {
        case .visitIn: pick(nb: "besøk hit", nn: "besøk hit", en: "incoming visit")
        case .visitOut: pick(nb: "besøk ut", nn: "besøk ut", en: "outgoing visit")
        case .meeting: pick(nb: "møte", nn: "møte", en: "meeting")
        case .project: pick(nb: "prosjekt", nn: "prosjekt", en: "project")
        case .delegation: pick(nb: "delegasjon", nn: "delegasjon", en: "delegation")
        case .exchange: pick(nb: "utveksling", nn: "utveksling", en: "exchange")
        case .event: pick(nb: "arrangement", nn: "arrangement", en: "event")
        case .digital: pick(nb: "digitalt møte", nn: "digitalt møte", en: "digital meeting")
        case .report: pick(nb: "rapport", nn: "rapport", en: "report")
        }
    }

    /// An outcome of the review vocabulary in the reader's words.
    public func outcome(_ o: VocabularyOutcome) -> String {
        switch o {
        case .keep: pick(nb: "videreføres", nn: "vidareføring", en: "continue")
        case .keepWithConditions: pick(nb: "videreføres med vilkår", nn: "vidareføring med vilkår", en: "continue with conditions")
        case .review: pick(nb: "tas opp til ny vurdering", nn: "ny vurdering", en: "reconsider")
        case .makeDormant: pick(nb: "gjøres hvilende", nn: "kvilande", en: "make dormant")
        case .exit: pick(nb: "vurderes avviklet", nn: "vurdering av avvikling", en: "consider ending")
        case .join: pick(nb: "inngås", nn: "deltaking", en: "join")
        case .doNotJoin: pick(nb: "inngås ikke", nn: "inga deltaking", en: "do not join")
        }
    }

    /// An outcome in a table's narrow column: «ny vurdering» for «tas opp til ny vurdering».
    public func outcomeShort(_ o: VocabularyOutcome) -> String {
        o == .review ? pick(nb: "ny vurdering", nn: "ny vurdering", en: "reconsider") : outcome(o)
    }
}
