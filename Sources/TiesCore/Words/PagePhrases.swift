extension Phrase {
    /// The workbench's pages: headings, labels, buttons and what a page says back after a form.
    public enum Page: Sendable, Hashable {
        // Every page
        case workbench(municipality: String), skipToContent, mainMenu, language, signedInAs(String), signOut
        case overview, departments, whatIf, documents, importMenu, history
        // The overview
        case reviewDate, show, outcomeCounts, costs, total, gaps(Int), obligationsDue, noneDue
        case tableHeading, filter, all, sortBy, sortName, sortOutcome, sortCost, sortResponsible, showing(shown: Int, of: Int)
        case responsibleNone, provisional
        // A tie
        case facts, fact, value, source, sourceDate, age, note, edit, explanation, decisions, noDecisions, noHistory
        case unknownValue, yes, no, save, saved(outcome: String), nothingChanged, staleSave, staleSaveShow
        case fixMarked, notANumber(String), notAWholeNumber(String), notADate(String), notAYear(String), chooseOne
        case ageYears(Int), backToOverview
        // Decisions
        case recordDecision, decidedOutcome, body, decisionDate, caseNumber, conditions, conditionText, due, answersFor
        case justification, justificationNeeded(recommended: String), recommendedNow(String), decisionRecorded, required
        // Departments
        case departmentHeading(String), departmentIntro, tiesCount, missingCount, missingFacts, nothingMissing
        case yourTies
        // What-if
        case whatIfIntro, parameter, currentValue, newValue, basis, compare, noOutcomeChanges, before, after, changedCount(Int)
        // Documents
        case documentsIntro, reviewWord, reviewExcel, reviewWeb, reviewCase, calendar, historyCSV
        // Import
        case importIntro, workbookFile, importButton, imported(added: Int, changed: Int, unchanged: Int), uploadTooLarge(Int)
        case noFileChosen
        // Signing in
        case signIn, accountName, password, wrongPassword
        // Refusals
        case notFound, methodNotAllowed(String), forbidden, departmentOnly, badToken, serverError, noSuchTie(String)
        // Proposals
        case proposals, newProposal, proposalsIntro, noProposals, proposalID, proposalIDHint, proposalTitle, proposedBy, background
        case costsHeading, annualFee, staffHours, hourlyCost, travel, fundingApplied, fundingGranted, fundedBy, period, yearly, whole
        case theTie, tieName, tieKind, country, since, responsible, saveProposal, proposalSaved, memo, memoWord, memoWeb
        case changeProposal, pagesLabel, pageOf(Int, Int), portfolioWorkbook, formTooLarge, formUnreadable, uploadUnreadable
        case tooManyAttempts, busyTryAgain, importRunning
        case workspaceBusy, latestShown(Int), illustrativeValue, activityLog, year, activity, amount, noActivityLog, noActivities,
            noResponsible
    }
}

extension Phrasebook {
    /// A word of the workbench's pages in this language.
    public func page(_ p: Phrase.Page) -> String {
        switch p {
        case .workbench(let m):
            pick(nb: "\(m) – internasjonale tilknytninger", nn: "\(m) – internasjonale tilknytingar", en: "\(m) – international ties")
        case .skipToContent: pick(nb: "Gå til innholdet", nn: "Gå til innhaldet", en: "Skip to content")
        case .mainMenu: pick(nb: "Hovedmeny", nn: "Hovudmeny", en: "Main menu")
        case .language: pick(nb: "Språk", nn: "Språk", en: "Language")
        case .signedInAs(let n): pick(nb: "Logget inn som \(n)", nn: "Logga inn som \(n)", en: "Signed in as \(n)")
        case .signOut: pick(nb: "Logg ut", nn: "Logg ut", en: "Sign out")
        case .overview: pick(nb: "Oversikt", nn: "Oversikt", en: "Overview")
        case .departments: pick(nb: "Innsamling per avdeling", nn: "Innsamling per avdeling", en: "Collection by department")
        case .whatIf: pick(nb: "Hva om", nn: "Kva om", en: "What if")
        case .documents: pick(nb: "Dokumenter", nn: "Dokument", en: "Documents")
        case .importMenu: pick(nb: "Importer regneark", nn: "Importer rekneark", en: "Import a workbook")
        case .history: pick(nb: "Historikk", nn: "Historikk", en: "History")
        case .reviewDate: pick(nb: "Vurderingsdato", nn: "Vurderingsdato", en: "Review date")
        case .show: pick(nb: "Vis", nn: "Vis", en: "Show")
        case .outcomeCounts: pick(nb: "Utfall", nn: "Utfall", en: "Outcomes")
        case .costs: pick(nb: "Kostnader per år", nn: "Kostnader per år", en: "Costs a year")
        case .total: pick(nb: "I alt", nn: "I alt", en: "In all")
        case .gaps(let n):
            pick(
                nb: "\(n) tilknytninger mangler opplysninger", nn: "\(n) tilknytingar manglar opplysningar",
                en: "\(n) ties lack facts")
        case .obligationsDue: pick(nb: "Frister det kommende året", nn: "Fristar det komande året", en: "Due in the coming year")
        case .noneDue:
            pick(nb: "Ingen frister det kommende året.", nn: "Ingen fristar det komande året.", en: "Nothing due in the coming year.")
        case .tableHeading: pick(nb: "Alle tilknytninger", nn: "Alle tilknytingar", en: "All ties")
        case .filter: pick(nb: "Filtrer", nn: "Filtrer", en: "Filter")
        case .all: pick(nb: "Alle", nn: "Alle", en: "All")
        case .sortBy: pick(nb: "Sorter etter", nn: "Sorter etter", en: "Sort by")
        case .sortName: pick(nb: "Navn", nn: "Namn", en: "Name")
        case .sortOutcome: pick(nb: "Utfall", nn: "Utfall", en: "Outcome")
        case .sortCost: pick(nb: "Kostnad", nn: "Kostnad", en: "Cost")
        case .sortResponsible: pick(nb: "Ansvarlig", nn: "Ansvarleg", en: "Responsible")
        case .showing(let shown, let of):
            pick(
                nb: "Viser \(shown) av \(of) tilknytninger", nn: "Viser \(shown) av \(of) tilknytingar",
                en: "Showing \(shown) of \(of) ties")
        case .responsibleNone: pick(nb: "Ingen ansvarlig oppgitt", nn: "Ingen ansvarleg oppgitt", en: "No one responsible given")
        case .provisional: pick(nb: "foreløpig", nn: "førebels", en: "provisional")
        case .facts: pick(nb: "Opplysninger", nn: "Opplysningar", en: "Facts")
        case .fact: pick(nb: "Opplysning", nn: "Opplysning", en: "Fact")
        case .value: pick(nb: "Verdi", nn: "Verdi", en: "Value")
        case .source: pick(nb: "Kilde", nn: "Kjelde", en: "Source")
        case .sourceDate: pick(nb: "Dato for kilden", nn: "Dato for kjelda", en: "Date of the source")
        case .age: pick(nb: "Alder", nn: "Alder", en: "Age")
        case .note: pick(nb: "Merknad", nn: "Merknad", en: "Note")
        case .edit: pick(nb: "Endre", nn: "Endre", en: "Edit")
        case .explanation: pick(nb: "Vurdering", nn: "Vurdering", en: "Assessment")
        case .decisions: pick(nb: "Vedtak", nn: "Vedtak", en: "Decisions")
        case .noDecisions: pick(nb: "Ingen vedtak er ført inn.", nn: "Ingen vedtak er ført inn.", en: "No decision recorded.")
        case .noHistory: pick(nb: "Ingen endringer ennå.", nn: "Ingen endringar enno.", en: "No changes yet.")
        case .unknownValue: pick(nb: "Ukjent", nn: "Ukjend", en: "Unknown")
        case .yes: pick(nb: "Ja", nn: "Ja", en: "Yes")
        case .no: pick(nb: "Nei", nn: "Nei", en: "No")
        case .save: pick(nb: "Lagre", nn: "Lagre", en: "Save")
        case .saved(let o):
            pick(nb: "Lagret. Utfallet er nå: \(o).", nn: "Lagra. Utfallet er no: \(o).", en: "Saved. The outcome is now: \(o).")
        case .nothingChanged: pick(nb: "Ingenting var endret.", nn: "Ingenting var endra.", en: "Nothing had changed.")
        case .staleSave:
            pick(
                nb: "Noen andre lagret denne tilknytningen etter at du åpnet den. Ingenting av ditt er lagret.",
                nn: "Nokon andre lagra denne tilknytinga etter at du opna ho. Ingenting av ditt er lagra.",
                en: "Someone else saved this tie after you opened it. Nothing of yours was saved.")
        case .staleSaveShow:
            pick(
                nb: "Deres endring står under. Skjemaet viser nå det som er lagret; skriv inn ditt igjen om det fortsatt skal gjelde.",
                nn: "Endringa deira står under. Skjemaet viser no det som er lagra; skriv inn ditt igjen om det framleis skal gjelde.",
                en: "Their change is below. The form now shows what is saved; enter yours again if it still holds.")
        case .fixMarked:
            pick(
                nb: "Ingenting er lagret. Rett feltet som er merket.", nn: "Ingenting er lagra. Rett feltet som er merkt.",
                en: "Nothing was saved. Correct the marked field.")
        case .notANumber(let t): pick(nb: "«\(t)» er ikke et tall", nn: "«\(t)» er ikkje eit tal", en: "«\(t)» is not a number")
        case .notAWholeNumber(let t):
            pick(nb: "«\(t)» er ikke et helt tall", nn: "«\(t)» er ikkje eit heilt tal", en: "«\(t)» is not a whole number")
        case .notADate(let t):
            pick(
                nb: "«\(t)» er ikke en dato (dd.mm.åååå)", nn: "«\(t)» er ikkje ein dato (dd.mm.åååå)",
                en: "«\(t)» is not a date (yyyy-mm-dd)")
        case .notAYear(let t): pick(nb: "«\(t)» er ikke et årstall", nn: "«\(t)» er ikkje eit årstal", en: "«\(t)» is not a year")
        case .chooseOne:
            pick(nb: "Velg en av verdiene i listen", nn: "Vel ein av verdiane i lista", en: "Choose one of the values in the list")
        case .ageYears(let n):
            n == 0
                ? pick(nb: "fra i år", nn: "frå i år", en: "this year")
                : pick(nb: "\(n) år gammel", nn: "\(n) år gammal", en: n == 1 ? "1 year old" : "\(n) years old")
        case .backToOverview: pick(nb: "Tilbake til oversikten", nn: "Tilbake til oversikta", en: "Back to the overview")
        case .recordDecision: pick(nb: "Før inn vedtak", nn: "Før inn vedtak", en: "Record a decision")
        case .decidedOutcome: pick(nb: "Vedtatt utfall", nn: "Vedteke utfall", en: "Outcome decided")
        case .body: pick(nb: "Vedtaksorgan", nn: "Vedtaksorgan", en: "Deciding body")
        case .decisionDate: pick(nb: "Vedtaksdato", nn: "Vedtaksdato", en: "Date of the decision")
        case .caseNumber: pick(nb: "Saksnummer", nn: "Saksnummer", en: "Case number")
        case .conditions: pick(nb: "Vilkår", nn: "Vilkår", en: "Conditions")
        case .conditionText: pick(nb: "Vilkår", nn: "Vilkår", en: "Condition")
        case .due: pick(nb: "Frist", nn: "Frist", en: "Due")
        case .answersFor: pick(nb: "Ansvarlig", nn: "Ansvarleg", en: "Answers for it")
        case .justification:
            pick(
                nb: "Begrunnelse for avvik fra anbefalingen", nn: "Grunngiving for avvik frå tilrådinga",
                en: "Why the decision departs from the recommendation")
        case .justificationNeeded(let r):
            pick(
                nb: "Vedtaket avviker fra anbefalingen (\(r)); skriv en begrunnelse",
                nn: "Vedtaket avvik frå tilrådinga (\(r)); skriv ei grunngiving",
                en: "The decision departs from the recommendation (\(r)); give a justification")
        case .recommendedNow(let o): pick(nb: "Anbefalingen nå: \(o)", nn: "Tilrådinga no: \(o)", en: "The recommendation now: \(o)")
        case .decisionRecorded: pick(nb: "Vedtaket er ført inn.", nn: "Vedtaket er ført inn.", en: "The decision is recorded.")
        case .required: pick(nb: "Må fylles ut", nn: "Må fyllast ut", en: "Required")
        case .departmentHeading(let d): pick(nb: "Innsamling: \(d)", nn: "Innsamling: \(d)", en: "Collection: \(d)")
        case .departmentIntro:
            pick(
                nb: "Hver avdeling får sin egen side med bare sine tilknytninger og det som mangler. Send lenken i stedet for et regneark.",
                nn: "Kvar avdeling får si eiga side med berre sine tilknytingar og det som manglar. Send lenkja i staden for eit rekneark.",
                en: "Each department has a page of its own ties and what they lack. Send the link instead of a spreadsheet.")
        case .tiesCount: pick(nb: "Tilknytninger", nn: "Tilknytingar", en: "Ties")
        case .missingCount: pick(nb: "Mangler opplysninger", nn: "Manglar opplysningar", en: "Lacking facts")
        case .missingFacts: pick(nb: "Mangler", nn: "Manglar", en: "Missing")
        case .nothingMissing: pick(nb: "Ingenting mangler.", nn: "Ingenting manglar.", en: "Nothing is missing.")
        case .yourTies: pick(nb: "Avdelingens tilknytninger", nn: "Tilknytingane til avdelinga", en: "The department's ties")
        case .whatIfIntro:
            pick(
                nb: "Endre en av tersklene vi har satt, og se hvilke tilknytninger som får et annet utfall. Ingenting lagres.",
                nn: "Endre ein av tersklane vi har sett, og sjå kva tilknytingar som får eit anna utfall. Ingenting blir lagra.",
                en: "Change one of our thresholds and see which ties would change outcome. Nothing is saved.")
        case .parameter: pick(nb: "Terskel", nn: "Terskel", en: "Threshold")
        case .currentValue: pick(nb: "Verdi nå", nn: "Verdi no", en: "Value now")
        case .newValue: pick(nb: "Ny verdi", nn: "Ny verdi", en: "New value")
        case .basis: pick(nb: "Grunnlag", nn: "Grunnlag", en: "Basis")
        case .compare: pick(nb: "Sammenlign", nn: "Samanlikn", en: "Compare")
        case .noOutcomeChanges:
            pick(nb: "Ingen tilknytning får et annet utfall.", nn: "Inga tilknyting får eit anna utfall.", en: "No tie changes outcome.")
        case .before: pick(nb: "Før", nn: "Før", en: "Before")
        case .after: pick(nb: "Etter", nn: "Etter", en: "After")
        case .changedCount(let n):
            pick(nb: "\(n) tilknytninger får et annet utfall", nn: "\(n) tilknytingar får eit anna utfall", en: "\(n) ties change outcome")
        case .documentsIntro:
            pick(
                nb: "Dokumentene lages av opplysningene slik de står nå, på vurderingsdatoen som er valgt i oversikten.",
                nn: "Dokumenta blir laga av opplysningane slik dei står no, på vurderingsdatoen som er vald i oversikta.",
                en: "The documents are made from the facts as they stand now, on the review date chosen in the overview.")
        case .reviewWord: pick(nb: "Årlig gjennomgang (Word)", nn: "Årleg gjennomgang (Word)", en: "Annual review (Word)")
        case .reviewExcel: pick(nb: "Årlig gjennomgang (Excel)", nn: "Årleg gjennomgang (Excel)", en: "Annual review (Excel)")
        case .reviewWeb: pick(nb: "Årlig gjennomgang (nettside)", nn: "Årleg gjennomgang (nettside)", en: "Annual review (web page)")
        case .reviewCase:
            pick(
                nb: "Saksframlegg for gjennomgangen (Word)", nn: "Saksframlegg for gjennomgangen (Word)", en: "Case for the council (Word)")
        case .calendar: pick(nb: "Frister som kalender (.ics)", nn: "Fristar som kalender (.ics)", en: "Due dates as a calendar (.ics)")
        case .historyCSV: pick(nb: "Historikk (CSV for Excel)", nn: "Historikk (CSV for Excel)", en: "History (CSV for Excel)")
        case .importIntro:
            pick(
                nb:
                    "Last opp et regneark med tilknytninger (som fra ties template). Nye tilknytninger legges til, endrede oppdateres, og hver endring loggføres med regnearket som kilde.",
                nn:
                    "Last opp eit rekneark med tilknytingar (som frå ties template). Nye tilknytingar blir lagde til, endra blir oppdaterte, og kvar endring blir loggført med reknearket som kjelde.",
                en:
                    "Upload a workbook of ties (as from ties template). New ties are added, changed ones brought up to date, and each change is recorded with the workbook as its source."
            )
        case .workbookFile: pick(nb: "Regneark (.xlsx)", nn: "Rekneark (.xlsx)", en: "Workbook (.xlsx)")
        case .importButton: pick(nb: "Importer", nn: "Importer", en: "Import")
        case .imported(let a, let c, let u):
            pick(
                nb: "Importert: \(a) nye, \(c) endret, \(u) uendret.", nn: "Importert: \(a) nye, \(c) endra, \(u) uendra.",
                en: "Imported: \(a) new, \(c) changed, \(u) unchanged.")
        case .uploadTooLarge(let mib):
            pick(
                nb: "Filen er større enn \(mib) MiB; ingenting er importert", nn: "Fila er større enn \(mib) MiB; ingenting er importert",
                en: "The file is larger than \(mib) MiB; nothing was imported")
        case .noFileChosen: pick(nb: "Velg en fil", nn: "Vel ei fil", en: "Choose a file")
        case .signIn: pick(nb: "Logg inn", nn: "Logg inn", en: "Sign in")
        case .accountName: pick(nb: "Brukernavn", nn: "Brukarnamn", en: "User name")
        case .password: pick(nb: "Passord", nn: "Passord", en: "Password")
        case .wrongPassword:
            pick(nb: "Feil brukernavn eller passord.", nn: "Feil brukarnamn eller passord.", en: "Wrong user name or password.")
        case .notFound: pick(nb: "Siden finnes ikke", nn: "Sida finst ikkje", en: "No such page")
        case .methodNotAllowed(let m):
            pick(nb: "Siden kan ikke brukes med \(m)", nn: "Sida kan ikkje brukast med \(m)", en: "The page cannot be used with \(m)")
        case .forbidden: pick(nb: "Du har ikke tilgang til dette", nn: "Du har ikkje tilgang til dette", en: "You may not do this")
        case .departmentOnly:
            pick(
                nb: "En avdeling kan bare endre sine egne tilknytninger", nn: "Ei avdeling kan berre endre sine eigne tilknytingar",
                en: "A department may change its own ties only")
        case .badToken:
            pick(
                nb: "Skjemaet var utløpt eller kom ikke herfra; ingenting er lagret. Last siden på nytt og prøv igjen.",
                nn: "Skjemaet var gått ut eller kom ikkje herifrå; ingenting er lagra. Last sida på nytt og prøv igjen.",
                en: "The form had expired or did not come from here; nothing was saved. Reload the page and try again.")
        case .serverError:
            pick(
                nb: "Noe gikk galt; ingenting er endret", nn: "Noko gjekk gale; ingenting er endra",
                en: "Something went wrong; nothing was changed")
        case .noSuchTie(let id):
            pick(nb: "Ingen tilknytning har id-en «\(id)»", nn: "Inga tilknyting har id-en «\(id)»", en: "No tie has the id «\(id)»")
        case .proposals: pick(nb: "Forslag", nn: "Forslag", en: "Proposals")
        case .newProposal: pick(nb: "Nytt forslag", nn: "Nytt forslag", en: "New proposal")
        case .proposalsIntro:
            pick(
                nb: "Skriv et forslag om en ny tilknytning, se saksframlegget og last det ned.",
                nn: "Skriv eit forslag om ei ny tilknyting, sjå saksframlegget og last det ned.",
                en: "Write a proposal for a new tie, see its case memo and download it.")
        case .noProposals: pick(nb: "Ingen forslag ennå.", nn: "Ingen forslag enno.", en: "No proposals yet.")
        case .proposalID: pick(nb: "Kortnavn", nn: "Kortnamn", en: "Short name")
        case .proposalIDHint:
            pick(
                nb: "Bokstaver a–z, tall, _ og -; brukes i lenken og filnavnet",
                nn: "Bokstavar a–z, tal, _ og -; blir brukt i lenkja og filnamnet",
                en: "Letters a–z, digits, _ and -; used in the link and the file name")
        case .proposalTitle: pick(nb: "Tittel på saken", nn: "Tittel på saka", en: "Title of the case")
        case .proposedBy: pick(nb: "Foreslått av", nn: "Foreslått av", en: "Proposed by")
        case .background: pick(nb: "Bakgrunn", nn: "Bakgrunn", en: "Background")
        case .costsHeading: pick(nb: "Økonomi", nn: "Økonomi", en: "Costs")
        case .annualFee: pick(nb: "Årlig kontingent (kr)", nn: "Årleg kontingent (kr)", en: "Annual fee (NOK)")
        case .staffHours: pick(nb: "Arbeidstimer", nn: "Arbeidstimar", en: "Staff hours")
        case .hourlyCost: pick(nb: "Kostnad per time (kr)", nn: "Kostnad per time (kr)", en: "Cost per hour (NOK)")
        case .travel: pick(nb: "Reiser (kr)", nn: "Reiser (kr)", en: "Travel (NOK)")
        case .fundingApplied:
            pick(nb: "Ekstern finansiering søkt (kr)", nn: "Ekstern finansiering søkt (kr)", en: "External funding applied for (NOK)")
        case .fundingGranted:
            pick(nb: "Ekstern finansiering innvilget (kr)", nn: "Ekstern finansiering innvilga (kr)", en: "External funding granted (NOK)")
        case .fundedBy: pick(nb: "Dekkes av", nn: "Blir dekt av", en: "Paid for by")
        case .period: pick(nb: "Reiser og arbeidstid gjelder", nn: "Reiser og arbeidstid gjeld", en: "Travel and staff time are")
        case .yearly: pick(nb: "hvert år", nn: "kvart år", en: "each year")
        case .whole: pick(nb: "hele perioden", nn: "heile perioden", en: "for the whole period")
        case .theTie: pick(nb: "Tilknytningen", nn: "Tilknytinga", en: "The tie")
        case .tieName: pick(nb: "Navn", nn: "Namn", en: "Name")
        case .tieKind: pick(nb: "Type", nn: "Type", en: "Kind")
        case .country: pick(nb: "Land (landkode, f.eks. SE)", nn: "Land (landkode, t.d. SE)", en: "Country (code, e.g. SE)")
        case .since: pick(nb: "Fra år", nn: "Frå år", en: "Since")
        case .responsible: pick(nb: "Ansvarlig", nn: "Ansvarleg", en: "Responsible")
        case .saveProposal: pick(nb: "Lagre og vis saksframlegget", nn: "Lagre og vis saksframlegget", en: "Save and show the memo")
        case .proposalSaved: pick(nb: "Forslaget er lagret.", nn: "Forslaget er lagra.", en: "The proposal is saved.")
        case .memo: pick(nb: "Saksframlegg", nn: "Saksframlegg", en: "Case memo")
        case .memoWord: pick(nb: "Saksframlegget (Word)", nn: "Saksframlegget (Word)", en: "The memo (Word)")
        case .memoWeb: pick(nb: "Saksframlegget (nettside)", nn: "Saksframlegget (nettside)", en: "The memo (web page)")
        case .changeProposal: pick(nb: "Endre forslaget", nn: "Endre forslaget", en: "Change the proposal")
        case .formTooLarge:
            pick(
                nb: "Skjemaet er for stort; ingenting er lagret", nn: "Skjemaet er for stort; ingenting er lagra",
                en: "The form is too large; nothing was saved")
        case .formUnreadable:
            pick(
                nb: "Skjemaet kunne ikke leses (ikke UTF-8 eller ødelagt koding); ingenting er lagret",
                nn: "Skjemaet kunne ikkje lesast (ikkje UTF-8 eller øydelagd koding); ingenting er lagra",
                en: "The form could not be read (not UTF-8 or broken encoding); nothing was saved")
        case .uploadUnreadable:
            pick(
                nb: "Opplastingen kunne ikke leses som et skjema med en fil; ingenting er importert",
                nn: "Opplastinga kunne ikkje lesast som eit skjema med ei fil; ingenting er importert",
                en: "The upload could not be read as a form with a file; nothing was imported")
        case .tooManyAttempts:
            pick(
                nb: "For mange mislykkede forsøk med dette brukernavnet; vent et kvarter og prøv igjen",
                nn: "For mange mislukka forsøk med dette brukarnamnet; vent eit kvarter og prøv igjen",
                en: "Too many failed attempts with this user name; wait a quarter of an hour and try again")
        case .busyTryAgain:
            pick(
                nb: "Mange logger inn akkurat nå; prøv igjen om litt", nn: "Mange loggar inn akkurat no; prøv igjen om litt",
                en: "Many are signing in right now; try again shortly")
        case .importRunning:
            pick(
                nb: "En annen import pågår; vent til den er ferdig og prøv igjen. Ingenting er importert",
                nn: "Ein annan import held på; vent til han er ferdig og prøv igjen. Ingenting er importert",
                en: "Another import is under way; wait until it is done and try again. Nothing was imported")
        case .workspaceBusy:
            pick(
                nb:
                    "Arbeidsflaten var opptatt med en annen lagring i mer enn fem sekunder; ingenting er lagret. Skjemaet står som du fylte det ut – send det igjen om litt.",
                nn:
                    "Arbeidsflata var oppteken med ei anna lagring i meir enn fem sekund; ingenting er lagra. Skjemaet står slik du fylte det ut – send det igjen om litt.",
                en:
                    "The workspace was busy with another save for more than five seconds; nothing was saved. The form stands as you filled it in – send it again shortly."
            )
        case .latestShown(let n):
            pick(
                nb: "siden viser de \(n) siste endringene", nn: "sida viser dei \(n) siste endringane",
                en: "the page shows the latest \(n) changes")
        case .illustrativeValue: pick(nb: "illustrativ", nn: "illustrativ", en: "illustrative")
        case .activityLog: pick(nb: "Aktivitetslogg", nn: "Aktivitetslogg", en: "Activity log")
        case .year: pick(nb: "År", nn: "År", en: "Year")
        case .activity: pick(nb: "Aktivitet", nn: "Aktivitet", en: "Activity")
        case .amount: pick(nb: "Beløp", nn: "Beløp", en: "Amount")
        case .noActivityLog:
            pick(
                nb: "Det føres ingen aktivitetslogg for denne tilknytningen; aktiviteten er derfor ukjent. Den fylles inn fra regnearket.",
                nn:
                    "Det blir ikkje ført aktivitetslogg for denne tilknytinga; aktiviteten er difor ukjend. Han blir fylt inn frå reknearket.",
                en: "No activity log is kept for this tie, so its activity is unknown. It is filled in from the workbook.")
        case .noActivities:
            pick(nb: "Ingen aktiviteter er registrert.", nn: "Ingen aktivitetar er registrerte.", en: "No activities recorded.")
        case .noResponsible: pick(nb: "Uten ansvarlig avdeling", nn: "Utan ansvarleg avdeling", en: "No responsible department")
        case .portfolioWorkbook:
            pick(nb: "Porteføljen som regneark (.xlsx)", nn: "Porteføljen som rekneark (.xlsx)", en: "The portfolio as a workbook (.xlsx)")
        case .pagesLabel: pick(nb: "Sider i listen", nn: "Sider i lista", en: "Pages of the list")
        case .pageOf(let n, let of): pick(nb: "side \(n) av \(of)", nn: "side \(n) av \(of)", en: "page \(n) of \(of)")
        }
    }
}

extension Phrase {
    /// What `ties serve` says on the terminal.
    public enum Server: Sendable, Hashable {
        case listening(String), accountsNeeded(String)
    }
}

extension Phrasebook {
    public func server(_ p: Phrase.Server) -> String {
        switch p {
        case .listening(let url):
            pick(
                nb: "Arbeidsflaten er åpen på \(url) – trykk Ctrl-C for å stoppe",
                nn: "Arbeidsflata er open på \(url) – trykk Ctrl-C for å stoppe",
                en: "The workbench is open at \(url) – press Ctrl-C to stop")
        case .accountsNeeded(let path):
            pick(
                nb:
                    "for å lytte utenfor denne maskinen trengs kontoer; legg til en med `ties workspace account NAVN --role adviser` (\(path))",
                nn:
                    "for å lytte utanfor denne maskina trengst kontoar; legg til ein med `ties workspace account NAMN --role adviser` (\(path))",
                en: "listening beyond this machine needs accounts; add one with `ties workspace account NAME --role adviser` (\(path))")
        }
    }
}
