extension Phrase {
    /// The workbook an adviser fills in (`ties template`): column types, what an empty cell means, prompts.
    public enum Template: Sendable, Hashable {
        case unknownCell, yes, no, required, notGiven, noNote, text, oneOfTheValues, countryCode, year, webAddress
        case yesOrNo, wholeNumber, number, amount, kroner, severalValues, writeNoneForNone
        case noneOrEmpty, noneWord, activitiesEmpty, activitiesDescription
        case idDescription, nameDescription, kindDescription, countryDescription, sinceDescription, responsibleDescription
        case urlDescription, notesDescription
        case activityIdDescription, activityYearDescription, activityTypeDescription, activityAmountDescription, activityNoteDescription
        case tiesSheet, activitySheet, listsSheet, obligationSheet
        case chooseFromList, writeNumberBetween(String, String), writeWholeNumber
        case howToFillIn, fillInIntro(ties: String, activities: String), emptyCellIntro, evidenceIntro
        case sourceOf(String), dateOf(String), sourceDescription, dateDescription, noSource, undated, date
        case column, sheet, type, allowedValues, unit, emptyMeans, explanation
        case workbookTitle(municipality: String)
        case activityLogFileWord, obligationFileWord, explanationFileWord, obligationHeadings, illustrativeColumn
    }
}

extension Phrasebook {
    public func template(_ p: Phrase.Template) -> String {
        switch p {
        case .unknownCell:
            pick(
                nb: "Ukjent (ikke «nei» eller 0): regler som trenger den, kan ikke avgjøres",
                nn: "Ukjend (ikkje «nei» eller 0): reglar som treng opplysninga, kan ikkje avgjerast",
                en: "Unknown (not «no» or 0): rules that need it cannot decide")
        case .yes: pick(nb: "Ja", nn: "Ja", en: "Yes")
        case .no: pick(nb: "Nei", nn: "Nei", en: "No")
        case .required: pick(nb: "Må fylles inn", nn: "Må fyllast inn", en: "Required")
        case .notGiven: pick(nb: "Ikke oppgitt", nn: "Ikkje oppgitt", en: "Not given")
        case .noNote: pick(nb: "Ingen merknad", nn: "Ingen merknad", en: "No note")
        case .text: pick(nb: "tekst", nn: "tekst", en: "text")
        case .oneOfTheValues: pick(nb: "én av verdiene", nn: "éin av verdiane", en: "one of the values")
        case .countryCode: pick(nb: "landkode", nn: "landkode", en: "country code")
        case .year: pick(nb: "årstall", nn: "årstal", en: "year")
        case .webAddress: pick(nb: "nettadresse", nn: "nettadresse", en: "web address")
        case .yesOrNo: pick(nb: "ja eller nei", nn: "ja eller nei", en: "yes or no")
        case .wholeNumber: pick(nb: "helt tall", nn: "heilt tal", en: "whole number")
        case .number: pick(nb: "tall", nn: "tal", en: "number")
        case .amount: pick(nb: "beløp", nn: "beløp", en: "amount")
        case .kroner: pick(nb: "kroner", nn: "kroner", en: "NOK")
        case .severalValues:
            pick(
                nb: "en eller flere av verdiene, skilt med komma", nn: "ein eller fleire av verdiane, skilde med komma",
                en: "one or more of the values, separated by commas")
        case .writeNoneForNone: pick(nb: ". Skriv «ingen» for ingen", nn: ". Skriv «ingen» for ingen", en: ". Write «none» for none")
        case .noneOrEmpty: pick(nb: "«ingen» eller tomt", nn: "«ingen» eller tomt", en: "«none» or empty")
        case .noneWord: pick(nb: "ingen", nn: "ingen", en: "none")
        case .activitiesEmpty:
            pick(
                nb: "Aktivitetene står på arket «Aktiviteter», eller er ukjente",
                nn: "Aktivitetane står på arket «Aktivitetar», eller er ukjende",
                en: "The activities are on the sheet «Activities», or unknown")
        case .activitiesDescription:
            pick(
                nb: "Skriv «ingen» når tilknytningen ikke har hatt aktivitet; en tom celle betyr ukjent",
                nn: "Skriv «ingen» når tilknytinga ikkje har hatt aktivitet; ei tom celle tyder ukjend",
                en: "Write «none» when the tie has had no activity; an empty cell means unknown")
        case .idDescription:
            pick(
                nb: "Kort og fast navn på tilknytningen, små bokstaver uten mellomrom (eurocities); aktivitetsarket bruker det",
                nn: "Kort og fast namn på tilknytinga, små bokstavar utan mellomrom (eurocities); aktivitetsarket brukar det",
                en: "A short, fixed name for the tie, lower case without spaces (eurocities); the activity sheet uses it")
        case .nameDescription:
            pick(
                nb: "Navnet slik det skal stå i rapporten", nn: "Namnet slik det skal stå i rapporten",
                en: "The name as the report shall show it")
        case .kindDescription: pick(nb: "Hva slags tilknytning det er", nn: "Kva slags tilknyting det er", en: "What kind of tie it is")
        case .countryDescription:
            pick(
                nb: "Landkoden med to bokstaver (SE, DK, DE)", nn: "Landkoden med to bokstavar (SE, DK, DE)",
                en: "The two-letter country code (SE, DK, DE)")
        case .sinceDescription: pick(nb: "Året tilknytningen begynte", nn: "Året tilknytinga tok til", en: "The year the tie began")
        case .responsibleDescription: pick(nb: "Enheten som har ansvaret", nn: "Eininga som har ansvaret", en: "The department responsible")
        case .urlDescription: pick(nb: "Tilknytningens nettside", nn: "Nettsida til tilknytinga", en: "The tie's web site")
        case .notesDescription: pick(nb: "Det leseren bør vite", nn: "Det lesaren bør vite", en: "What the reader should know")
        case .activityIdDescription:
            pick(
                nb: "Tilknytningens id (eller navn) fra første ark", nn: "Id-en (eller namnet) til tilknytinga frå det første arket",
                en: "The tie's id (or name) from the first sheet")
        case .activityYearDescription:
            pick(nb: "Året aktiviteten fant sted", nn: "Året aktiviteten fann stad", en: "The year of the activity")
        case .activityTypeDescription: pick(nb: "Hva slags aktivitet", nn: "Kva slags aktivitet", en: "What kind of activity")
        case .activityAmountDescription:
            pick(
                nb: "Kostnad eller midler knyttet til aktiviteten", nn: "Kostnad eller midlar knytte til aktiviteten",
                en: "Cost or funding of the activity")
        case .activityNoteDescription: pick(nb: "Hva som skjedde", nn: "Kva som hende", en: "What happened")
        case .tiesSheet: pick(nb: "Tilknytninger", nn: "Tilknytingar", en: "Ties")
        case .activitySheet: pick(nb: "Aktiviteter", nn: "Aktivitetar", en: "Activities")
        case .obligationSheet: pick(nb: "Forpliktelser", nn: "Plikter", en: "Obligations")
        case .listsSheet: pick(nb: "Lister", nn: "Lister", en: "Lists")
        case .chooseFromList:
            pick(nb: "Velg en av verdiene i listen", nn: "Vel ein av verdiane i lista", en: "Choose one of the values in the list")
        case .writeNumberBetween(let a, let b):
            pick(nb: "Skriv et tall fra \(a) til \(b)", nn: "Skriv eit tal frå \(a) til \(b)", en: "Write a number from \(a) to \(b)")
        case .writeWholeNumber: pick(nb: "Skriv et helt tall", nn: "Skriv eit heilt tal", en: "Write a whole number")
        case .howToFillIn: pick(nb: "Slik fyller du ut lista", nn: "Slik fyller du ut lista", en: "How to fill in the list")
        case .fillInIntro(let ties, let activities):
            pick(
                nb:
                    "Fyll inn én rad per tilknytning på arket «\(ties)», og én rad per aktivitet på «\(activities)». Les den inn med: ties review FIL.xlsx --rules REGELSETT.yaml --as-of ÅÅÅÅ-MM-DD (datoen gjennomgangen gjelder)",
                nn:
                    "Fyll inn éi rad per tilknyting på arket «\(ties)», og éi rad per aktivitet på «\(activities)». Les inn lista med: ties review FIL.xlsx --rules REGELSETT.yaml --as-of ÅÅÅÅ-MM-DD (datoen gjennomgangen gjeld)",
                en:
                    "Fill in one row per tie on the sheet «\(ties)», and one row per activity on «\(activities)». Read it with: ties review FILE.xlsx --rules RULES.yaml --as-of YYYY-MM-DD (the date of the review)"
            )
        case .evidenceIntro:
            pick(
                nb:
                    "Hvor en opplysning kommer fra og når den ble registrert, står i kolonnene ved siden av den: «Kompetanseheving (0–3) – kilde» og «Kompetanseheving (0–3) – dato» (dato som 01.12.2025). En opplysning eldre enn regelsettet tillater, leses som ukjent.",
                nn:
                    "Kvar ei opplysning kjem frå og når ho vart registrert, står i kolonnane ved sida av ho: «Kompetanseheving (0–3) – kjelde» og «Kompetanseheving (0–3) – dato» (dato som 01.12.2025). Ei opplysning eldre enn regelsettet tillèt, vert lesen som ukjend.",
                en:
                    "Where a fact comes from and when it was recorded stand in the columns beside it: «Competence gain (0–3) – source» and «Competence gain (0–3) – date» (a date as 2025-12-01). A fact older than the rule set allows is read as unknown."
            )
        case .sourceOf(let label): pick(nb: "\(label) – kilde", nn: "\(label) – kjelde", en: "\(label) – source")
        case .dateOf(let label): pick(nb: "\(label) – dato", nn: "\(label) – dato", en: "\(label) – date")
        case .sourceDescription:
            pick(
                nb:
                    "Hvor opplysningen til venstre kommer fra: et dokument, en rapport, en vurdering (vises ved siden av opplysningen i rapportene)",
                nn:
                    "Kvar opplysninga til venstre kjem frå: eit dokument, ein rapport, ei vurdering (vert vist ved sida av opplysninga i rapportane)",
                en: "Where the fact to the left comes from: a document, a report, an assessment (shown beside the fact in the reports)")
        case .dateDescription:
            pick(
                nb: "Når opplysningen til venstre ble registrert; en eldre opplysning enn regelsettet tillater, leses som ukjent",
                nn: "Når opplysninga til venstre vart registrert; ei eldre opplysning enn regelsettet tillèt, vert lesen som ukjend",
                en: "When the fact to the left was recorded; a fact older than the rule set allows is read as unknown")
        case .noSource: pick(nb: "Ingen kilde oppgitt", nn: "Inga kjelde oppgitt", en: "No source given")
        case .undated:
            pick(
                nb: "Regnes som registrert på gjennomgangens dato", nn: "Vert rekna som registrert på datoen for gjennomgangen",
                en: "Taken as recorded on the review's date")
        case .date: pick(nb: "dato (01.12.2025)", nn: "dato (01.12.2025)", en: "date (2025-12-01)")
        case .emptyCellIntro:
            pick(
                nb:
                    "En tom celle betyr at opplysningen er ukjent, aldri «nei» eller 0. En regel som trenger den, kan da ikke avgjøres, og utfallet merkes foreløpig.",
                nn:
                    "Ei tom celle tyder at opplysninga er ukjend, aldri «nei» eller 0. Ein regel som treng ho, kan då ikkje avgjerast, og utfallet vert merkt førebels.",
                en:
                    "An empty cell means the fact is unknown, never «no» or 0. A rule that needs it then cannot decide, and the outcome is marked provisional."
            )
        case .column: pick(nb: "Kolonne", nn: "Kolonne", en: "Column")
        case .sheet: pick(nb: "Ark", nn: "Ark", en: "Sheet")
        case .type: pick(nb: "Type", nn: "Type", en: "Type")
        case .allowedValues: pick(nb: "Tillatte verdier", nn: "Tillatne verdiar", en: "Allowed values")
        case .unit: pick(nb: "Enhet", nn: "Eining", en: "Unit")
        case .emptyMeans: pick(nb: "Tom celle betyr", nn: "Tom celle tyder", en: "An empty cell means")
        case .explanation: pick(nb: "Forklaring", nn: "Forklaring", en: "Explanation")
        case .activityLogFileWord: pick(nb: "aktiviteter", nn: "aktivitetar", en: "activities")
        case .obligationFileWord: pick(nb: "forpliktelser", nn: "plikter", en: "obligations")
        case .explanationFileWord: pick(nb: "forklaring", nn: "forklaring", en: "explanation")
        case .illustrativeColumn: pick(nb: "Illustrativ", nn: "Illustrativ", en: "Illustrative")
        case .obligationHeadings:
            pick(
                nb: "Id|Forpliktelse|Overfor|Frist|Hvert år|Fra|Sist oppfylt|Kilde",
                nn: "Id|Plikt|Overfor|Frist|Kvart år|Frå|Sist oppfylt|Kjelde",
                en: "Id|Obligation|To|Due|Every years|From|Last met|Source")
        case .workbookTitle(let m):
            pick(
                nb: "\(m): liste over internasjonale tilknytninger", nn: "\(m): liste over internasjonale tilknytingar",
                en: "\(m): list of international ties")
        }
    }
}
