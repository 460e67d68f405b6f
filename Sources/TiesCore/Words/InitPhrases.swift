extension Phrase {
    /// What `ties init` writes: the comments of a new municipality's files, their example texts, and what it prints.
    public enum Init: Sendable, Hashable {
        // The rule set.
        case defaultTitle(municipality: String), fillIn, titleNotFound, titleFound, headingPlaceholder, sentencePlaceholder
        case candidatesIntro, header(municipality: String, title: String, file: String), madeBy, howTo
        case step1, step2(file: String), step3, step4, step5(name: String)
        case newTitle, titleNote, adoptedNote, caseNote, shaNote, languagesNote, councilNote
        case outcomesIntro, defaultNote, defaultBecause, unknownIntro, unknownBecause
        case factsIntro, competenceLabel, competenceDescription, parametersIntro, thresholdLabel, thresholdBasis
        case criteriaIntro(kinds: String), competenceTitle, rulesIntro, noCompetenceBecause
        // The sample.
        case portfolioHeader(municipality: String, name: String, file: String), asOfNote, portfolioTitle
        case recordIntro(kinds: String, name: String, activityTypes: String), exampleFile, exampleID, exampleName
        case responsiblePlaceholder, exampleNotes, annualMeeting, expected(name: String)
        case proposalIntro(name: String, file: String), proposalTitle, proposedByPlaceholder, backgroundPlaceholder, costNote, newSuffix
        case decisionNote, decisionPlaceholder
        // What init prints.
        case made, titleTaken(title: String, name: String), titleMissing(name: String), nextSteps(name: String, file: String)
        case municipalityUsed(municipality: String, name: String)
    }

    /// Why a name cannot start a municipality's files.
    public enum NameProblem: Sendable, Hashable {
        case empty, tooLong, noLetters
        case character(String)
    }
}

extension Phrasebook {
    /// «Bodø kommune», but «Rogaland fylkeskommune» and «Bodø kommune» as they are: a name that says what it is.
    static func withKommune(_ m: String) -> String { m.lowercased().hasSuffix("kommune") ? m : m + " kommune" }

    /// The languages a new rule set declares: those asked for, else this book's Norwegian alone (nynorsk for a
    /// nynorsk start, else bokmål). A Norwegian council reads Norwegian, so English alone is written beside bokmål.
    public func newRuleSetLanguages(asked: [Language]? = nil) -> [Language] {
        guard let asked, !asked.isEmpty else { return [language == .nn ? .nn : .nb] }
        return asked == [.en] ? [.nb, .en] : asked
    }

    public func initial(_ p: Phrase.Init) -> String {
        switch p {
        case .defaultTitle(let m):
            pick(
                nb: "Internasjonal strategi for \(Self.withKommune(m))", nn: "Internasjonal strategi for \(Self.withKommune(m))",
                en: "International strategy of \(m)")
        case .fillIn: pick(nb: "FYLL INN", nn: "FYLL INN", en: "FILL IN")
        case .titleNotFound:
            pick(
                nb: "FYLL INN: fant ikke tittelen i dokumentets første linjer",
                nn: "FYLL INN: fann ikkje tittelen i dei første linjene i dokumentet",
                en: "FILL IN: no title was found in the document's first lines")
        case .titleFound:
            pick(
                nb: "hentet fra dokumentets første linjer: rett den om den er feil",
                nn: "henta frå dei første linjene i dokumentet: rett han om han er feil",
                en: "taken from the document's first lines: correct it if wrong")
        case .headingPlaceholder: pick(nb: "overskriften i strategien", nn: "overskrifta i strategien", en: "the heading in the strategy")
        case .sentencePlaceholder:
            pick(nb: "setningen, ord for ord fra", nn: "setninga, ord for ord frå", en: "the sentence, word for word from")
        case .candidatesIntro:
            pick(
                nb: "Setninger i strategien som kan være kriterier (ord for ord, klare til å siteres under 'quote'):",
                nn: "Setningar i strategien som kan vere kriterium (ord for ord, klare til å siterast under 'quote'):",
                en: "Sentences of the strategy that may be criteria (word for word, ready to quote under 'quote'):")
        case .header(let m, let title, let file):
            pick(
                nb: "Regelsett for \(Self.withKommune(m)), skrevet fra «\(title)» (sources/\(file)).",
                nn: "Regelsett for \(Self.withKommune(m)), bygd på «\(title)» (sources/\(file)).",
                en: "Rule set for \(m), written from «\(title)» (sources/\(file)).")
        case .madeBy:
            pick(
                nb: "Laget av `ties init`. Alt du må fylle inn, er merket FYLL INN. Veiledningen er docs/writing-rules.md.",
                nn: "Laga av `ties init`. Alt du må fylle inn, er merkt FYLL INN. Rettleiinga finn du i docs/writing-rules.md.",
                en: "Made by `ties init`. Everything you must fill in is marked FILL IN. The guide is docs/writing-rules.md.")
        case .howTo: pick(nb: "Slik går du fram:", nn: "Slik går du fram:", en: "How to go about it:")
        case .step1:
            pick(
                nb: "Rett tittelen under 'source' og fyll inn når strategien ble vedtatt ('adopted') og saksnummeret ('case').",
                nn: "Rett tittelen under 'source', og fyll inn datoen då strategien vart vedteken ('adopted'), og saksnummeret ('case').",
                en: "Correct the title under 'source' and fill in when the strategy was adopted ('adopted') and the case number ('case').")
        case .step2(let file):
            pick(
                nb:
                    "Skriv ett kriterium under 'criteria' for hvert kriterium strategien gir, med setningen det bygger på,\n#     ord for ord fra sources/\(file).",
                nn:
                    "Skriv eitt kriterium under 'criteria' for kvart kriterium strategien gjev, med setninga det byggjer på,\n#     ord for ord frå sources/\(file).",
                en:
                    "Write a criterion under 'criteria' for each criterion the strategy gives, with the sentence it rests on,\n#     word for word from sources/\(file)."
            )
        case .step3:
            pick(
                nb: "Skriv under 'facts' opplysningene kriteriene trenger om hver tilknytning.",
                nn: "Skriv under 'facts' dei opplysningane kriteria treng om kvar tilknyting.",
                en: "Write under 'facts' what the criteria need to know about each tie.")
        case .step4:
            pick(
                nb: "Skriv reglene under 'rules': når en regel slår til ('when'), hvilket utfall den gir og hvorfor ('because').",
                nn: "Skriv reglane under 'rules': når ein regel slår til ('when'), kva utfall han gjev, og kvifor ('because').",
                en: "Write the rules under 'rules': when a rule fires ('when'), which outcome it gives and why ('because').")
        case .step5(let n):
            pick(
                nb:
                    "Kjør `ties lint Rules/\(n).yaml` og `ties test Rules/\(n).yaml` etter hver endring, og\n#     `ties review Samples/\(n)` for å se hva regelsettet gir.",
                nn:
                    "Køyr `ties lint Rules/\(n).yaml` og `ties test Rules/\(n).yaml` etter kvar endring, og\n#     `ties review Samples/\(n)` for å sjå kva regelsettet gjev.",
                en:
                    "Run `ties lint Rules/\(n).yaml` and `ties test Rules/\(n).yaml` after each change, and\n#     `ties review Samples/\(n)` to see what the rule set gives."
            )
        case .newTitle:
            pick(
                nb: "Kriterier for internasjonale tilknytninger", nn: "Kriterium for internasjonale tilknytingar",
                en: "Criteria for international ties")
        case .titleNote:
            pick(
                nb: "hva regelsettet vurderer, med strategiens ord", nn: "kva regelsettet vurderer, med orda i strategien",
                en: "what the rule set assesses, in the strategy's words")
        case .adoptedNote:
            pick(nb: "datoen strategien ble vedtatt", nn: "datoen strategien vart vedteken", en: "the date the strategy was adopted")
        case .caseNote: pick(nb: "saksnummeret vedtaket har", nn: "saksnummeret til vedtaket", en: "the case number of the decision")
        case .shaNote:
            pick(
                nb: "dokumentets fingeravtrykk: lint sier fra om dokumentet endres",
                nn: "fingeravtrykket til dokumentet: lint seier frå om dokumentet vert endra",
                en: "the document's fingerprint: lint says so if the document changes")
        case .councilNote:
            pick(
                nb: "hvem som legger saker fram for kommunestyret, og hvem som vedtar; i en parlamentarisk modell byrådet og bystyret",
                nn: "kven som legg saker fram for kommunestyret, og kven som vedtek; i ein parlamentarisk modell byrådet og bystyret",
                en: "who puts cases to the council, and which body decides; in a parliamentary model byrådet and bystyret")
        case .languagesNote:
            pick(
                nb:
                    "hver tekst skrives på disse språkene; vil du også ha engelsk, legg til en, og ties lint viser hver tekst som trenger det",
                nn:
                    "kvar tekst skal skrivast på desse språka; vil du òg ha engelsk, legg til en, og ties lint viser kvar tekst som treng det",
                en:
                    "every text is written in these languages; to add one (nb, nn, en), list it here, and ties lint names each text that needs it"
            )
        case .outcomesIntro:
            pick(
                nb:
                    "Utfallene, fra minst til mest alvorlig. Stryk dem strategien ikke gir grunnlag for. Andre utfall du kan bruke:\n# make_dormant (gjøres hvilende), og for forslag join (slutte seg til) og do_not_join (ikke slutte seg til).",
                nn:
                    "Utfalla, frå minst til mest alvorleg. Stryk dei som strategien ikkje gjev grunnlag for. Andre utfall du kan bruke:\n# make_dormant (kvilande), og for framlegg join (deltaking) og do_not_join (inga deltaking).",
                en:
                    "The outcomes, least to most severe. Strike those the strategy gives no ground for. Others you may use:\n# make_dormant, and for proposals join and do_not_join."
            )
        case .defaultNote: pick(nb: "når ingen regel slår til", nn: "når ingen regel slår til", en: "when no rule fires")
        case .defaultBecause:
            pick(
                nb: "Ingen av kriteriene tilsier endring", nn: "Ingen av kriteria tilseier endring",
                en: "None of the criteria calls for a change")
        case .unknownIntro:
            pick(
                nb:
                    "Når en opplysning mangler, er den ukjent, aldri nei eller 0. En tilknytning der det som mangler kunne ha gitt et\n# alvorligere utfall, får høyst dette utfallet og merkes som foreløpig.",
                nn:
                    "Når ei opplysning manglar, er ho ukjend, aldri nei eller 0. Ei tilknyting der det som manglar, kunne ha gjeve\n# eit meir alvorleg utfall, får høgst dette utfallet og vert merkt som førebels.",
                en:
                    "A missing fact is unknown, never no or 0. A tie whose missing facts could have given a more severe outcome gets\n# at most this outcome, marked provisional."
            )
        case .unknownBecause:
            pick(
                nb: "Mangler opplysninger for å vurdere kriteriene", nn: "Manglar opplysningar for å vurdere kriteria",
                en: "Insufficient data to assess the criteria")
        case .factsIntro:
            pick(
                nb:
                    "Opplysningene reglene leser om hver tilknytning. Typer: bool (ja/nei), int (helt tall), decimal, money (kroner),\n# string (tekst), enum (én av verdiene), set (flere av verdiene), year. Hver opplysning har en etikett på hvert\n# språk regelsettet har; det er den leseren ser. Et eksempel (fjern # foran linjene, og {} etter facts:):",
                nn:
                    "Opplysningane reglane les om kvar tilknyting. Typar: bool (ja/nei), int (heilt tal), decimal, money (kroner),\n# string (tekst), enum (éin av verdiane), set (fleire av verdiane), year. Kvar opplysning har ein etikett på kvart\n# språk regelsettet har; det er etiketten lesaren ser. Eit døme (fjern # framfor linjene, og {} etter facts:):",
                en:
                    "What the rules read about each tie. Types: bool (yes/no), int (whole number), decimal, money (NOK),\n# string (text), enum (one of the values), set (several of the values), year. Every fact has a label in each\n# language of the rule set; that is what readers see. An example (remove the # before the lines, and the {} after facts:):"
            )
        case .competenceLabel: pick(nb: "Kompetanseheving (0–3)", nn: "Kompetanseheving (0–3)", en: "Competence gain (0–3)")
        case .competenceDescription:
            pick(
                nb: "Kompetanse kommunen har fått i perioden: 0 ingen, 1 litt, 2 tydelig, 3 betydelig og dokumentert",
                nn: "Kompetanse kommunen har fått i perioden: 0 ingen, 1 litt, 2 tydeleg, 3 monaleg og dokumentert",
                en: "Competence gained in the period: 0 none, 1 little, 2 clear, 3 substantial and documented")
        case .parametersIntro:
            pick(
                nb:
                    "Tall strategien ikke selv sier (en terskel, et antall år), er våre, ikke vedtatt tekst. De skrives her med\n# grunnlaget: hvem satte dem, når og hvorfor. En regel bruker dem ved navn, f.eks. `annual_fee_nok > fee_threshold_nok`,\n# og en begrunnelse kan sette inn verdien med {fee_threshold_nok}. Rapportene viser at tallet ikke er vedtatt tekst.",
                nn:
                    "Tal som strategien ikkje seier sjølv (ein terskel, eit tal på år), er våre, ikkje vedteken tekst. Dei vert skrivne\n# her med grunnlaget: kven som sette dei, når og kvifor. Ein regel viser til dei med namn, t.d. `annual_fee_nok > fee_threshold_nok`,\n# og ei grunngjeving kan setje inn verdien med {fee_threshold_nok}. Rapportane viser at talet ikkje er vedteken tekst.",
                en:
                    "Numbers the strategy does not state (a threshold, a number of years) are ours, not adopted text. They are written\n# here with their basis: who set them, when and why. A rule uses them by name, e.g. `annual_fee_nok > fee_threshold_nok`,\n# and a reason can show the value with {fee_threshold_nok}. Reports say it is not adopted text."
            )
        case .thresholdLabel:
            pick(
                nb: "terskelen for vesentlig årlig kontingent", nn: "terskelen for vesentleg årleg kontingent",
                en: "the threshold for a substantial annual fee")
        case .thresholdBasis:
            pick(
                nb: "Foreslått av internasjonal rådgiver (2026); ikke vedtatt. Strategien sier ikke hvor grensen går",
                nn: "Framlegg frå den internasjonale rådgjevaren (2026); ikkje vedteke. Strategien seier ikkje kvar grensa går",
                en: "Proposed by the international adviser (2026); not adopted. The strategy does not say where the line is")
        case .criteriaIntro(let kinds):
            pick(
                nb:
                    "Kriteriene strategien gir, hvert med setningen det bygger på. 'applies_to' sier hvilke typer tilknytning\n# setningen gjelder (\(kinds));\n# uten den gjelder kriteriet alle typer, og de andre typene får «mangler opplysninger».",
                nn:
                    "Kriteria strategien gjev, kvart med setninga det byggjer på. 'applies_to' seier kva typar tilknyting\n# setninga gjeld (\(kinds));\n# utan 'applies_to' gjeld kriteriet alle typar, og dei andre typane får «manglar opplysningar».",
                en:
                    "The criteria the strategy gives, each with the sentence it rests on. 'applies_to' says which kinds of tie the\n# sentence speaks of (\(kinds));\n# without it the criterion applies to every kind, and the others get «insufficient data»."
            )
        case .competenceTitle: pick(nb: "Kompetanseheving", nn: "Kompetanseheving", en: "Competence gain")
        case .rulesIntro:
            pick(
                nb:
                    "Reglene. En regel slår til når 'when' er sann, og gir sitt utfall ('outcome') med begrunnelsen i 'because'.\n# {name} i begrunnelsen settes inn med tilknytningens navn; en opplysning eller parameter kan settes inn på samme\n# måte. 'examples' er regelens tester: poster den skal slå til på, ikke slå til på, og ikke kunne avgjøre.",
                nn:
                    "Reglane. Ein regel slår til når vilkåret i 'when' er oppfylt, og gjev utfallet sitt ('outcome') med grunngjevinga i 'because'.\n# {name} i grunngjevinga vert bytt ut med namnet på tilknytinga; ei opplysning eller ein parameter kan setjast inn\n# på same måten. 'examples' er testane til regelen: postar han skal slå til på, ikkje slå til på, og ikkje kunne avgjere.",
                en:
                    "The rules. A rule fires when 'when' is true, and gives its outcome ('outcome') with the reason in 'because'.\n# {name} in a reason is replaced by the tie's name; a fact or a parameter can be put in the same way.\n# 'examples' are the rule's tests: records it must fire on, must not fire on, and cannot decide."
            )
        case .noCompetenceBecause:
            pick(
                nb: "{name} har ikke gitt kompetanseheving", nn: "{name} har ikkje ført til kompetanseheving",
                en: "{name} has brought no competence gain")
        case .portfolioHeader(let m, let n, let file):
            pick(
                nb:
                    "\(Self.withKommune(m))s internasjonale tilknytninger: én fil per tilknytning i records/, eller et regneark\n# navngitt her med records: medlemskap.xlsx (ties template lager det).\n# Kjør `ties review Samples/\(n)` for gjennomgangen, `ties justify Samples/\(n)/proposals/\(file)`\n# for et saksframlegg.",
                nn:
                    "Dei internasjonale tilknytingane til \(Self.withKommune(m)): éi fil per tilknyting i records/, eller eit rekneark\n# namngjeve her med records: medlemskap.xlsx (ties template lagar det).\n# Køyr `ties review Samples/\(n)` for gjennomgangen, `ties justify Samples/\(n)/proposals/\(file)`\n# for eit saksframlegg.",
                en:
                    "\(m)'s international ties: one file per tie in records/, or a spreadsheet named here with\n# records: ties.xlsx (ties template makes it).\n# Run `ties review Samples/\(n)` for the review, `ties justify Samples/\(n)/proposals/\(file)`\n# for a case memo."
            )
        case .asOfNote: pick(nb: "datoen gjennomgangen gjelder", nn: "datoen gjennomgangen gjeld", en: "the date the review is as of")
        case .portfolioTitle:
            pick(
                nb: "Årlig gjennomgang av internasjonale tilknytninger", nn: "Årleg gjennomgang av internasjonale tilknytingar",
                en: "Annual review of international ties")
        case .recordIntro(let kinds, let n, let types):
            pick(
                nb:
                    "Et eksempel på en tilknytning. Lag én fil som denne for hver tilknytning, og slett eksemplet når du har dine egne.\n# id: kort og fast, små bokstaver. kind: én av \(kinds).\n# country: landkoden (SE, DK, …). since: året tilknytningen begynte. Opplysningene reglene leser, står under facts:\n# med navnene fra 'facts' i Rules/\(n).yaml. En opplysning du ikke vet, utelater du: da er den ukjent, aldri nei\n# eller 0. Aktivitetstyper: \(types).",
                nn:
                    "Eit døme på ei tilknyting. Lag éi fil som denne for kvar tilknyting, og slett dømet når du har dine eigne.\n# id: kort og fast, små bokstavar. kind: éin av \(kinds).\n# country: landkoden (SE, DK, …). since: året tilknytinga tok til. Opplysningane reglane les, står under facts:\n# med namna frå 'facts' i Rules/\(n).yaml. Ei opplysning du ikkje veit, utelèt du: då er ho ukjend, aldri nei\n# eller 0. Aktivitetstypar: \(types).",
                en:
                    "An example of a tie. Make one file like this for every tie, and delete the example once you have your own.\n# id: short and stable, lower case. kind: one of \(kinds).\n# country: the country code (SE, DK, …). since: the year the tie began. What the rules read goes under facts:,\n# by the names under 'facts' in Rules/\(n).yaml. A fact you do not know, you leave out: it is then unknown,\n# never no or 0. Activity types: \(types)."
            )
        case .exampleFile: pick(nb: "eksempel.yaml", nn: "eksempel.yaml", en: "example.yaml")
        case .exampleID: pick(nb: "eksempelnettverket", nn: "eksempelnettverket", en: "example_network")
        case .exampleName: pick(nb: "Eksempelnettverket", nn: "Eksempelnettverket", en: "The Example Network")
        case .responsiblePlaceholder:
            pick(
                nb: "FYLL INN: enheten som har ansvaret", nn: "FYLL INN: eininga som har ansvaret",
                en: "FILL IN: the department responsible")
        case .exampleNotes: pick(nb: "Et eksempel laget av ties init", nn: "Eit døme laga av ties init", en: "An example made by ties init")
        case .annualMeeting: pick(nb: "Årsmøte", nn: "Årsmøte", en: "Annual meeting")
        case .expected(let n):
            pick(
                nb:
                    "# Forventede resultater for Samples/\(n): utfallet hver tilknytning skal få. `ties test --record Rules/\(n).yaml`\n# skriver en oppføring for hver tilknytning som mangler en; les linjen why: under hver, og rett outcome: der\n# utfallet ikke er det strategien gir. `ties test` sjekker så hver gang at gjennomgangen gir det som står her.\n",
                nn:
                    "# Venta resultat for Samples/\(n): utfallet kvar tilknyting skal få. `ties test --record Rules/\(n).yaml`\n# skriv ei oppføring for kvar tilknyting som manglar ei; les linja why: under kvar, og rett outcome: der\n# utfallet ikkje er det strategien gjev. `ties test` sjekkar så kvar gong at gjennomgangen gjev det som står her.\n",
                en:
                    "# Expected results for Samples/\(n): the outcome each tie must get. `ties test --record Rules/\(n).yaml`\n# writes an entry for each tie that has none; read the why: line under each, and correct outcome: where it is\n# not the one the strategy gives. `ties test` then checks every time that the review gives what stands here.\n"
            )
        case .proposalIntro(let n, let file):
            pick(
                nb:
                    "Et forslag om en ny tilknytning, til et saksframlegg:\n#   ties justify Samples/\(n)/proposals/\(file) -o saksframlegg.docx\n# Kostnadene (costs:) kan være annual_fee_nok, staff_hours, staff_hourly_cost_nok, travel_nok,\n# external_funding_applied_nok, external_funding_granted_nok og en merknad (note); utelat det du ikke vet.",
                nn:
                    "Eit framlegg om ei ny tilknyting, til eit saksframlegg:\n#   ties justify Samples/\(n)/proposals/\(file) -o saksframlegg.docx\n# Kostnadene (costs:) kan vere annual_fee_nok, staff_hours, staff_hourly_cost_nok, travel_nok,\n# external_funding_applied_nok, external_funding_granted_nok og ein merknad (note); utelat det du ikkje veit.",
                en:
                    "A proposal for a new tie, for a case memo:\n#   ties justify Samples/\(n)/proposals/\(file) -o memo.docx\n# The costs (costs:) may be annual_fee_nok, staff_hours, staff_hourly_cost_nok, travel_nok,\n# external_funding_applied_nok, external_funding_granted_nok and a note; leave out what you do not know."
            )
        case .proposalTitle:
            pick(nb: "Medlemskap i Eksempelnettverket", nn: "Medlemskap i Eksempelnettverket", en: "Membership of the Example Network")
        case .proposedByPlaceholder:
            pick(
                nb: "FYLL INN: enheten som har forberedt saken", nn: "FYLL INN: eininga som har førebudd saka",
                en: "FILL IN: the unit that prepared the case")
        case .backgroundPlaceholder:
            pick(
                nb: "FYLL INN: hvorfor forslaget kommer, og hva tilknytningen skal gi kommunen.",
                nn: "FYLL INN: kvifor framlegget kjem, og kva tilknytinga skal gje kommunen.",
                en: "FILL IN: why the proposal is made, and what the tie shall give the municipality.")
        case .costNote: pick(nb: "Beløpene er eksempler.", nn: "Beløpa er døme.", en: "The amounts are examples.")
        case .newSuffix: pick(nb: "nytt", nn: "nytt", en: "new")
        case .decisionNote:
            pick(
                nb: "Innstillingens første punkt, med kommunens egne ord, der det ikke er å søke medlemskap (en avtale, et prosjekt):",
                nn:
                    "Det første punktet i innstillinga, med kommunen sine eigne ord, der det ikkje er å søkje medlemskap (ei samarbeidsavtale, eit prosjekt):",
                en:
                    "The recommendation's first point, in the municipality's own words, where it is not to apply for membership (an agreement, a project):"
            )
        case .decisionPlaceholder:
            pick(
                nb: "Kommunen inngår samarbeidsavtale med … for perioden …", nn: "Kommunen inngår samarbeidsavtale med … for perioden …",
                en: "The municipality enters into a cooperation agreement with … for the period …")
        case .made: pick(nb: "Laget:", nn: "Laga:", en: "Made:")
        case .municipalityUsed(let m, let n):
            pick(
                nb:
                    "Kommunen heter «\(m)» i rapportene. Er det feil, rett 'municipality:' i Rules/\(n).yaml\nog Samples/\(n)/portfolio.yaml, eller begynn på nytt med --municipality.",
                nn:
                    "Kommunen heiter «\(m)» i rapportane. Er det feil, rett 'municipality:' i Rules/\(n).yaml\nog Samples/\(n)/portfolio.yaml, eller byrj på nytt med --municipality.",
                en:
                    "Reports call the municipality «\(m)». If that is wrong, correct 'municipality:' in Rules/\(n).yaml\nand Samples/\(n)/portfolio.yaml, or start again with --municipality."
            )
        case .titleTaken(let title, let n):
            pick(
                nb: "Tittelen er hentet fra dokumentet:\n  «\(title)».\nEr den feil, rett den i Rules/\(n).yaml eller bruk --title.",
                nn: "Tittelen er henta frå dokumentet:\n  «\(title)».\nEr han feil, rett han i Rules/\(n).yaml, eller bruk --title.",
                en: "The title is taken from the document:\n  «\(title)».\nIf it is wrong, correct it in Rules/\(n).yaml or give --title.")
        case .titleMissing(let n):
            pick(
                nb:
                    "Fant ikke dokumentets tittel i de første linjene: skriv den under 'source: title:'\ni Rules/\(n).yaml, eller bruk --title.",
                nn:
                    "Fann ikkje tittelen på dokumentet i dei første linjene: skriv han under 'source: title:'\ni Rules/\(n).yaml, eller bruk --title.",
                en: "The document's first lines give no title: write it under 'source: title:'\nin Rules/\(n).yaml, or give --title.")
        case .nextSteps(let n, let file):
            pick(
                nb: """
                    Neste steg:
                      1. Skriv kriteriene og reglene der det står FYLL INN (docs/writing-rules.md):
                           Rules/\(n).yaml
                      2. Sjekk regelsettet og hvert sitat mot sources/\(file):
                           ties lint Rules/\(n).yaml
                      3. Se gjennomgangen av eksemplet:
                           ties review Samples/\(n)
                      4. Skriv expected.yaml, les hver why: og bekreft den:
                           ties test --record Rules/\(n).yaml
                    """,
                nn: """
                    Neste steg:
                      1. Skriv kriteria og reglane der det står FYLL INN (docs/writing-rules.md):
                           Rules/\(n).yaml
                      2. Sjekk regelsettet og kvart sitat mot sources/\(file):
                           ties lint Rules/\(n).yaml
                      3. Sjå gjennomgangen av dømet:
                           ties review Samples/\(n)
                      4. Skriv expected.yaml, les kvar why:-linje, og stadfest utfallet:
                           ties test --record Rules/\(n).yaml
                    """,
                en: """
                    Next:
                      1. Write the criteria and rules where it says FILL IN (docs/writing-rules.md):
                           Rules/\(n).yaml
                      2. Check the rule set, and every quote against sources/\(file):
                           ties lint Rules/\(n).yaml
                      3. See the review of the sample:
                           ties review Samples/\(n)
                      4. Write expected.yaml, read each why: and confirm it:
                           ties test --record Rules/\(n).yaml
                    """)
        }
    }
}
