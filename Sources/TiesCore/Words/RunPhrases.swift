extension Phrase {
    /// A command line the tool cannot carry out, said as `ties: error: …` with exit 64.
    public enum Usage: Sendable, Hashable {
        case giveARuleSet
        case overwriteNeedsRecord
        case templateOutput(String)
        case asOfDate(String)
        case asOfDateInRange(String)
        case formatContradicts(asked: String, output: String, named: String)
        case unknownExtension(String, formats: [String])
        case compareNeedsSet
        case failOnNotAnOutcome(String, file: String, outcomes: [String])
        case classifyFormats(String)
        case caseFormats(String)
        case municipalityName(String, Phrase.NameProblem)
        case languageList(String)
        case oneLine(String)
        case controlInFileName
        case otherLog(String)
    }

    /// What the tool says about its own run, beside its documents: notes, counts, and the summaries of lint and test.
    public enum Run: Sendable, Hashable {
        case undated
        case templateWritten(ties: String, activities: String, obligations: String, explanation: String)
        case reviewed(Int, done: Bool)
        case andMore(Int)
        case errorCount(Int)
        case noExpectedResults(path: String)
        case differingReplaced, differingKept
        case noNewEntries
        case nothingToRecordNoTies(folder: String)
        case everyTieExpected(Int)
        case recordedProvisional([String])
        case exampleLeft(String)
        case wrote(String)
        case exampleProposalLeft(String)
        case sampleHasNoTies(folder: String)
        case recorded([String])
        case lintSummary(ruleSets: Int, errors: Int, warnings: Int, quotesChecked: Int, quotesUnchecked: Int, strictFails: Bool)
        case parametersHeading(String), statedHeading(String)
        case basis, noBasis
        case testSummary(examples: Int, checks: Int, samples: Int, unchecked: Int, failures: Int)
        case notChecked(folder: String, path: String)
        case coverageHeading
        case never([String])
        case rulesExercised(Int, of: Int, everyBranch: Int)
        case othersComplete(Int, of: Int)
        case notReached(String)
        case branch(Branch)
        case coverageKind(String)
        case notApplicable
    }

    /// One way a rule, category, requirement or portfolio rule came out.
    public enum Branch: Sendable, Hashable {
        case fired, notFired, unknown, chosen, notChosen, undecided, held, failed, violated
    }

    /// Why a tie's outcome changed between two reviews, as `ties diff` says it.
    public enum Change: Sendable, Hashable {
        case added, removed
        case ruleSet(String, String)
        case rule(String, before: String?, after: String?)
        case parameter(String, before: String?, after: String?)
        case fact(String, before: String?, after: String?)
        case reviewDate(before: String?, after: String?)
        case portfolio(before: String, after: String)
    }

    /// What kind of cause a change has.
    public enum ChangeKind: Sendable, Hashable { case facts, rules, ruleSet, reviewDate, portfolio, added, removed }
}

extension Phrasebook {
    public func callAsFunction(_ u: Phrase.Usage) -> String {
        switch u {
        case .giveARuleSet:
            pick(nb: "oppgi minst én regelsettfil", nn: "oppgje minst éi regelsettfil", en: "give at least one rule set file")
        case .overwriteNeedsRecord:
            pick(
                nb: "--overwrite hører bare sammen med --record", nn: "--overwrite høyrer berre saman med --record",
                en: "--overwrite only goes with --record")
        case .templateOutput(let o):
            pick(
                nb: "-o må nevne en .xlsx- eller .csv-fil, ikke '\(o)'", nn: "-o må nemne ei .xlsx- eller .csv-fil, ikkje '\(o)'",
                en: "-o must name an .xlsx or a .csv file, not '\(o)'")
        case .asOfDate(let d):
            pick(
                nb: "--as-of må være en dato skrevet ÅÅÅÅ-MM-DD, ikke '\(d)'; 31.12.2026 går også",
                nn: "--as-of må vere ein dato skriven ÅÅÅÅ-MM-DD, ikkje '\(d)'; 31.12.2026 går òg",
                en: "--as-of must be a date written YYYY-MM-DD, not '\(d)'; 31.12.2026 works too"
            )
        case .asOfDateInRange(let d):
            pick(
                nb: "--as-of må være en dato skrevet ÅÅÅÅ-MM-DD mellom 1900 og 2100, ikke '\(d)'",
                nn: "--as-of må vere ein dato skriven ÅÅÅÅ-MM-DD mellom 1900 og 2100, ikkje '\(d)'",
                en: "--as-of must be a date written YYYY-MM-DD between 1900 and 2100, not '\(d)'")
        case .formatContradicts(let asked, let output, let named):
            pick(
                nb:
                    "--format \(asked) strider mot -o \(output), som sier \(named); bruk bare ett av dem, eller få dem til å stemme overens",
                nn:
                    "--format \(asked) strir mot -o \(output), som seier \(named); bruk berre eitt av dei, eller få dei til å stemme overeins",
                en: "--format \(asked) contradicts -o \(output), which names \(named); give one of them, or make them agree")
        case .unknownExtension(let ext, let formats):
            pick(
                nb: "denne kommandoen skriver ikke .\(ext); formatene er: \(formats.joined(separator: ", ")) (-o FIL.txt for tabellen)",
                nn: "denne kommandoen skriv ikkje .\(ext); formata er: \(formats.joined(separator: ", ")) (-o FIL.txt for tabellen)",
                en: "this command does not write .\(ext); its formats are: \(formats.joined(separator: ", ")) (-o FILE.txt for the table)")
        case .compareNeedsSet:
            pick(
                nb: "--compare trenger minst én --set STI=VERDI å sammenligne med",
                nn: "--compare treng minst éin --set STI=VERDI å samanlikne med",
                en: "--compare needs at least one --set PATH=VALUE to compare with")
        case .failOnNotAnOutcome(let o, let file, let outcomes):
            pick(
                nb: "--fail-on '\(o)' er ikke et utfall i \(file): ", nn: "--fail-on '\(o)' er ikkje eit utfall i \(file): ",
                en: "--fail-on '\(o)' is not an outcome of \(file): ") + outcomes.joined(separator: ", ")
        case .classifyFormats(let f):
            pick(
                nb: "classify skriver table eller json; bruk 'ties review --format \(f)' for hele rapporter",
                nn: "classify skriv table eller json; bruk 'ties review --format \(f)' for heile rapportar",
                en: "classify writes table or json; use 'ties review --format \(f)' for full reports")
        case .caseFormats(let f):
            pick(
                nb: "--case skriver md, html eller docx, ikke \(f)", nn: "--case skriv md, html eller docx, ikkje \(f)",
                en: "--case writes md, html or docx, not \(f)")
        case .municipalityName(let n, let problem):
            switch problem {
            case .empty:
                pick(
                    nb: "kommunens navn er tomt; skriv det slik kommunen skriver det (ties init bodø)",
                    nn: "namnet på kommunen er tomt; skriv det slik kommunen skriv det (ties init bodø)",
                    en: "the municipality's name is empty; write it as the municipality does (ties init bodø)")
            case .tooLong:
                pick(
                    nb: "'\(n)' er for langt til å være et kommunenavn (høyst 64 tegn)",
                    nn: "'\(n)' er for langt til å vere eit kommunenamn (høgst 64 teikn)",
                    en: "'\(n)' is too long for a municipality's name (64 characters at most)")
            case .noLetters:
                pick(
                    nb: "'\(n)' har ingen bokstaver å lage filnavn av; skriv kommunens navn (ties init bodø)",
                    nn: "'\(n)' har ingen bokstavar å lage filnamn av; skriv namnet på kommunen (ties init bodø)",
                    en: "'\(n)' has no letters to make file names from; write the municipality's name (ties init bodø)")
            case .character(let c):
                pick(
                    nb: "'\(n)' har tegnet \(c), som et filnavn ikke kan ha; skriv kommunens navn med bokstaver, mellomrom og bindestrek",
                    nn:
                        "'\(n)' har teiknet \(c), som eit filnamn ikkje kan ha; skriv namnet på kommunen med bokstavar, mellomrom og bindestrek",
                    en:
                        "'\(n)' has the character \(c), which a file name cannot hold; write the municipality's name with letters, spaces and hyphens"
                )
            }
        case .languageList(let given):
            pick(
                nb: "--lang '\(given)': forventet nb eller nn, eventuelt med en (nb,en)",
                nn: "--lang '\(given)': venta nb eller nn, eventuelt med en (nn,en)",
                en: "--lang '\(given)': expected nb or nn, with en if wanted (nb,en)")
        case .oneLine(let option):
            pick(
                nb: "\(option) må være én linje tekst, høyst 200 tegn", nn: "\(option) må vere éi linje tekst, høgst 200 teikn",
                en: "\(option) must be one line of text, at most 200 characters")
        case .controlInFileName:
            pick(
                nb: "filnavnet til strategien har et linjeskift eller kontrolltegn i seg; gi filen nytt navn",
                nn: "filnamnet til strategien har eit linjeskift eller kontrollteikn i seg; gje fila nytt namn",
                en: "the strategy's file name has a line break or control character in it; rename the file")
        case .otherLog(let other):
            pick(
                nb:
                    "\(other) finnes allerede, og en liste kan bare ha én aktivitetslogg; flytt den bort, eller lag malen på samme språk som loggen med --lang",
                nn:
                    "\(other) finst alt, og ei liste kan berre ha éin aktivitetslogg; flytt han bort, eller lag malen på same språk som loggen med --lang",
                en:
                    "\(other) is there already, and a list reads one activity log; move it away, or write the template in its language with --lang"
            )
        }
    }

    public func callAsFunction(_ r: Phrase.Run) -> String {
        switch r {
        case .undated:
            pick(
                nb:
                    "merk: gjennomgangen har ingen dato (et regneark eller en JSON Lines-fil gir ingen, og porteføljen ingen 'as_of'), så regler som teller år, kan ikke vurderes; bruk --as-of ÅÅÅÅ-MM-DD",
                nn:
                    "merk: gjennomgangen har ingen dato (eit rekneark eller ei JSON Lines-fil gjev ingen, og porteføljen ingen 'as_of'), så reglar som tel år, kan ikkje vurderast; bruk --as-of ÅÅÅÅ-MM-DD",
                en:
                    "note: the review has no date (a spreadsheet or JSON Lines file gives none, and the portfolio no 'as_of'), so rules that count by year cannot be evaluated; give --as-of YYYY-MM-DD"
            )
        case .templateWritten(let ties, let activities, let obligations, let explanation):
            pick(
                nb:
                    "\(ties): tilknytningene; \(activities): aktivitetene deres, én rad hver; \(obligations): forpliktelsene, én rad hver; \(explanation): hva hver kolonne tar, og hva en tom celle betyr",
                nn:
                    "\(ties): tilknytingane; \(activities): aktivitetane deira, éi rad kvar; \(obligations): pliktene, éi rad kvar; \(explanation): kva kvar kolonne tek, og kva ei tom celle tyder",
                en:
                    "\(ties): the ties; \(activities): their activities, one row each; \(obligations): the obligations, one row each; \(explanation): what each column takes, and what an empty cell means"
            )
        case .reviewed(let n, let done):
            pick(nb: "\(n) tilknytninger vurdert", nn: "\(n) tilknytingar vurderte", en: "\(n) records reviewed") + (done ? "." : "…")
        case .andMore(let n): pick(nb: "… og \(n) til", nn: "… og \(n) til", en: "… and \(n) more")
        case .errorCount(let n): pick(nb: "\(n) feil", nn: "\(n) feil", en: "\(n) errors")
        case .noExpectedResults(let path):
            pick(
                nb:
                    "ingen forventede resultater, så utfallene i dette utvalget ble ikke kontrollert; skriv dem med `ties test --record \(path)` og bekreft hver why:",
                nn:
                    "ingen venta resultat, så utfalla i dette utvalet vart ikkje kontrollerte; skriv dei med `ties test --record \(path)` og stadfest kvar why:",
                en:
                    "no expected results, so this sample's outcomes were not checked; write them with `ties test --record \(path)` and confirm each why:"
            )
        case .differingReplaced:
            pick(nb: "erstattet med dagens resultat", nn: "erstatta med resultatet i dag", en: "replaced with today's result")
        case .differingKept:
            pick(
                nb: "beholdt slik det er skrevet; --overwrite erstatter det med dagens resultat",
                nn: "uendra, slik det er skrive; --overwrite erstattar det med resultatet i dag",
                en: "kept as written; --overwrite replaces it with today's result")
        case .noNewEntries: pick(nb: "ingen nye oppføringer", nn: "ingen nye oppføringar", en: "no new entries")
        case .nothingToRecordNoTies(let folder):
            pick(
                nb:
                    "ingenting å skrive: \(folder) har ingen tilknytninger. Legg en .yaml-fil per tilknytning i \(folder)/records/, eller skriv 'records: medlemskap.xlsx' i \(folder)/portfolio.yaml, og kjør kommandoen igjen",
                nn:
                    "ingenting å skrive: \(folder) har ingen tilknytingar. Legg ei .yaml-fil per tilknyting i \(folder)/records/, eller skriv 'records: medlemskap.xlsx' i \(folder)/portfolio.yaml, og køyr kommandoen igjen",
                en:
                    "nothing to write: \(folder) has no ties. Put a .yaml file per tie in \(folder)/records/, or write 'records: ties.xlsx' in \(folder)/portfolio.yaml, and run the command again"
            )
        case .exampleProposalLeft(let file):
            pick(
                nb:
                    "merk: \(file) er eksempelforslaget ties init laget, og saken nevner det som en egen sak; skriv ditt eget forslag i det, eller slett det",
                nn:
                    "merk: \(file) er dømeforslaget ties init laga, og saka nemner det som ei eiga sak; skriv ditt eige framlegg i det, eller slett det",
                en:
                    "note: \(file) is the example proposal ties init made, and the case names it as a case of its own; write your own proposal in it, or delete it"
            )
        case .wrote(let path): pick(nb: "Skrev \(path)", nn: "Skreiv \(path)", en: "Wrote \(path)")
        case .exampleLeft(let file):
            pick(
                nb:
                    "merk: \(file) er eksemplet ties init laget, og står i gjennomgangen sammen med kommunens egne tilknytninger; slett det før gjennomgangen går videre",
                nn:
                    "merk: \(file) er dømet ties init laga, og står i gjennomgangen saman med kommunen sine eigne tilknytingar; slett det før gjennomgangen går vidare",
                en:
                    "note: \(file) is the example ties init made, and stands in the review beside the municipality's own ties; delete it before the review goes further"
            )
        case .recordedProvisional(let ids):
            pick(
                nb:
                    "merk: \(ids.joined(separator: ", ")) er foreløpig: utfallet hviler på opplysninger som mangler, og det forventede resultatet endrer seg når de kommer",
                nn:
                    "merk: \(ids.joined(separator: ", ")) er førebels: utfallet kviler på opplysningar som manglar, og det venta resultatet endrar seg når dei kjem",
                en:
                    "note: \(ids.joined(separator: ", ")) \(ids.count == 1 ? "is" : "are") provisional: the outcome rests on missing facts, and the expected result changes when they are given"
            )
        case .everyTieExpected(let n):
            pick(
                nb:
                    "ingenting nytt å skrive: alle \(n) tilknytningene har forventede resultater; --overwrite erstatter dem som avviker fra dagens gjennomgang",
                nn:
                    "ingenting nytt å skrive: alle dei \(n) tilknytingane har venta resultat; --overwrite erstattar dei som avvik frå gjennomgangen i dag",
                en:
                    "nothing new to write: every one of the \(n) ties has an expected result; --overwrite replaces those that differ from today's review"
            )
        case .sampleHasNoTies(let folder):
            pick(
                nb:
                    "ikke kontrollert: \(folder) har ingen tilknytninger; legg dem i \(folder)/records/, eller skriv 'records: medlemskap.xlsx' i portfolio.yaml",
                nn:
                    "ikkje kontrollert: \(folder) har ingen tilknytingar; legg dei i \(folder)/records/, eller skriv 'records: medlemskap.xlsx' i portfolio.yaml",
                en: "not checked: \(folder) has no ties; put them in \(folder)/records/, or write 'records: ties.xlsx' in portfolio.yaml")
        case .recorded(let ids):
            ids.count == 1
                ? pick(
                    nb: "1 oppføring skrevet (\(ids[0])); les why: og bekreft den",
                    nn: "1 oppføring skriven (\(ids[0])); les why:-linja og stadfest ho",
                    en: "1 entry recorded (\(ids[0])); read each why: and confirm it")
                : pick(
                    nb: "\(ids.count) oppføringer skrevet (\(ids.joined(separator: ", "))); les hver why: og bekreft den",
                    nn: "\(ids.count) oppføringar skrivne (\(ids.joined(separator: ", "))); les kvar why:-linje og stadfest ho",
                    en: "\(ids.count) entries recorded (\(ids.joined(separator: ", "))); read each why: and confirm it")
        case .lintSummary(let sets, let errors, let warnings, let checked, let unchecked, let strict):
            lintSummary(sets, errors, warnings, checked, unchecked, strict)
        case .parametersHeading(let file):
            pick(
                nb: "\(file): parametere (vår operasjonalisering, ikke vedtatt tekst):",
                nn: "\(file): parametrar (vår operasjonalisering, ikkje vedteken tekst):",
                en: "\(file): parameters (our operationalisation, not adopted text):")
        case .statedHeading(let file):
            pick(
                nb: "\(file): tall strategien selv oppgir:", nn: "\(file): tal strategien sjølv oppgjev:",
                en: "\(file): numbers the strategy states:")
        case .basis: pick(nb: "grunnlag", nn: "grunnlag", en: "basis")
        case .noBasis: pick(nb: "INGEN", nn: "INKJE", en: "NONE")
        case .testSummary(let examples, let checks, let samples, let unchecked, let failures):
            testSummary(examples, checks, samples, unchecked, failures)
        case .notChecked(let folder, let path):
            pick(
                nb:
                    "ikke kontrollert: \(folder) har ingen forventede resultater; `ties test --record \(path)` skriver dem fra dagens gjennomgang",
                nn: "ikkje kontrollert: \(folder) har ingen venta resultat; `ties test --record \(path)` skriv dei frå gjennomgangen i dag",
                en: "not checked: \(folder) has no expected results; `ties test --record \(path)` writes them from today's review")
        case .coverageHeading: pick(nb: "  sann  usann  ukjent", nn: "  sann  usann  ukjend", en: "  true  false  unknown")
        case .never(let branches):
            pick(nb: "← aldri ", nn: "← aldri ", en: "← never ") + branches.joined(separator: ", ")
        case .rulesExercised(let n, let of, let all): rulesExercised(n, of, all)
        case .othersComplete(let n, let of):
            pick(
                nb: "kategorier, krav og porteføljeregler med alle greiner nådd: \(n)/\(of)",
                nn: "kategoriar, krav og porteføljereglar med alle greiner nådde: \(n)/\(of)",
                en: "categories, requirements and portfolio rules with every branch reached: \(n)/\(of)")
        case .notReached(let list):
            pick(
                nb: "ikke nådd av noe eksempel, noen test eller noe utvalg: ", nn: "ikkje nådd av noko døme, nokon test eller noko utval: ",
                en: "not reached by any example, test or sample: ") + list
        case .branch(let b): branch(b)
        case .coverageKind(let kind):
            switch kind {
            case "category": pick(nb: "kategori", nn: "kategori", en: "category")
            case "requirement": pick(nb: "krav", nn: "krav", en: "requirement")
            case "portfolio": pick(nb: "portefølje", nn: "portefølje", en: "portfolio")
            default: kind
            }
        case .notApplicable: pick(nb: "i.a.", nn: "i.a.", en: "n/a")
        }
    }

    private func lintSummary(_ sets: Int, _ errors: Int, _ warnings: Int, _ checked: Int, _ unchecked: Int, _ strict: Bool) -> String {
        var out = pick(
            nb: "\(sets) regelsett: \(errors) feil, \(warnings) \(warnings == 1 ? "advarsel" : "advarsler")",
            nn: "\(sets) regelsett: \(errors) feil, \(warnings) \(warnings == 1 ? "åtvaring" : "åtvaringar")",
            en:
                "\(sets) rule set\(sets == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        )
        out += pick(
            nb: "; \(checked) \(checked == 1 ? "sitat" : "sitater") kontrollert ordrett mot den vedtatte teksten",
            nn: "; \(checked) sitat \(checked == 1 ? "kontrollert" : "kontrollerte") ordrett mot den vedtekne teksten",
            en: "; \(checked) quote\(checked == 1 ? "" : "s") checked verbatim against the adopted text")
        if unchecked > 0 {
            out += pick(
                nb: ", \(unchecked) ikke kontrollert: dokumentet ble ikke funnet",
                nn: ", \(unchecked) ikkje \(unchecked == 1 ? "kontrollert" : "kontrollerte"): dokumentet vart ikkje funne",
                en: ", \(unchecked) not checked: their document was not found")
        }
        if strict {
            out += pick(nb: "; --strict feiler på advarsler", nn: "; --strict feilar på åtvaringar", en: "; --strict fails on warnings")
        }
        return out
    }

    private func rulesExercised(_ n: Int, _ of: Int, _ all: Int) -> String {
        let (percent, allPercent) = (self.percent(n, of), self.percent(all, of))
        return pick(
            nb: "regler prøvd (slått til og ikke slått til): \(n)/\(of) (\(percent)); alle greiner: \(all)/\(of) (\(allPercent))",
            nn: "reglar prøvde (slått til og ikkje slått til): \(n)/\(of) (\(percent)); alle greiner: \(all)/\(of) (\(allPercent))",
            en: "rules exercised (fired and not fired): \(n)/\(of) (\(percent)); every branch: \(all)/\(of) (\(allPercent))")
    }

    /// «67 %» in Norwegian, with a space that never breaks; «67%» in English.
    func percent(_ part: Int, _ whole: Int) -> String {
        let n = whole == 0 ? 100 : part * 100 / whole
        return pick(nb: "\(n)\u{00A0}%", nn: "\(n)\u{00A0}%", en: "\(n)%")
    }

    private func testSummary(_ examples: Int, _ checks: Int, _ samples: Int, _ unchecked: Int, _ failures: Int) -> String {
        var out = pick(
            nb:
                "\(examples) \(examples == 1 ? "eksempel" : "eksempler"), \(checks) \(checks == 1 ? "testkontroll" : "testkontroller"), \(samples) utvalg",
            nn: "\(examples) døme, \(checks) \(checks == 1 ? "testkontroll" : "testkontrollar"), \(samples) utval",
            en: "\(examples) examples, \(checks) test checks, \(samples) \(samples == 1 ? "sample" : "samples")")
        if unchecked > 0 {
            out += pick(
                nb: " (\(unchecked) ikke kontrollert)", nn: " (\(unchecked) ikkje \(unchecked == 1 ? "kontrollert" : "kontrollerte"))",
                en: " (\(unchecked) not checked)")
        }
        out += ", "
        out +=
            failures > 0
            ? pick(nb: "\(failures) feilet", nn: "\(failures) feila", en: "\(failures) failed")
            : unchecked > 0
                ? pick(nb: "alle som ble kontrollert, består", nn: "alle som vart kontrollerte, består", en: "all that were checked pass")
                : pick(nb: "alle består", nn: "alle består", en: "all pass")
        return out
    }

    /// How a rule, category or requirement came out, in words: «slått til», «valgt».
    public func branch(_ b: Phrase.Branch) -> String {
        switch b {
        case .fired: pick(nb: "slått til", nn: "slått til", en: "fired")
        case .notFired: pick(nb: "ikke slått til", nn: "ikkje slått til", en: "not fired")
        case .unknown: pick(nb: "ukjent", nn: "ukjend", en: "unknown")
        case .chosen: pick(nb: "valgt", nn: "vald", en: "chosen")
        case .notChosen: pick(nb: "ikke valgt", nn: "ikkje vald", en: "not chosen")
        case .undecided: pick(nb: "uavklart", nn: "uavklart", en: "undecided")
        case .held: pick(nb: "oppfylt", nn: "oppfylt", en: "held")
        case .failed: pick(nb: "ikke oppfylt", nn: "ikkje oppfylt", en: "failed")
        case .violated: pick(nb: "brutt", nn: "broten", en: "violated")
        }
    }

    public func callAsFunction(_ c: Phrase.Change) -> String {
        let none = pick(nb: "(ingen)", nn: "(ingen)", en: "(none)")
        let removed = pick(nb: "(fjernet)", nn: "(fjerna)", en: "(removed)")
        let missing = self(Phrase.Common.missing)
        return switch c {
        case .added: pick(nb: "ny tilknytning", nn: "ny tilknyting", en: "new record")
        case .removed: pick(nb: "tilknytningen er fjernet", nn: "tilknytinga er fjerna", en: "record removed")
        case .ruleSet(let a, let b): pick(nb: "regelsett '\(a)' → '\(b)'", nn: "regelsett '\(a)' → '\(b)'", en: "rule set '\(a)' → '\(b)'")
        case .rule(let id, let before, let after):
            pick(nb: "regel '\(id)'", nn: "regel '\(id)'", en: "rule '\(id)'") + ": \(before ?? none) ⇒ \(after ?? removed)"
        case .parameter(let name, let before, let after):
            pick(nb: "parameter '\(name)'", nn: "parameter '\(name)'", en: "parameter '\(name)'")
                + ": \(before ?? none) ⇒ \(after ?? removed)"
        case .fact(let name, let before, let after): "\(name): \(before ?? missing) ⇒ \(after ?? missing)"
        case .reviewDate(let before, let after): "\(before.map { date(iso: $0) } ?? "—") ⇒ \(after.map { date(iso: $0) } ?? "—")"
        case .portfolio(let before, let after):
            pick(
                nb: "andre tilknytninger endret en porteføljeregel", nn: "andre tilknytingar endra ein porteføljeregel",
                en: "other records changed a portfolio rule") + " (\(before) ⇒ \(after))"
        }
    }

    public func callAsFunction(_ k: Phrase.ChangeKind) -> String {
        switch k {
        case .facts: pick(nb: "fakta", nn: "fakta", en: "facts")
        case .rules: pick(nb: "regler", nn: "reglar", en: "rules")
        case .ruleSet: pick(nb: "regelsett", nn: "regelsett", en: "rule set")
        case .reviewDate: pick(nb: "dato for gjennomgangen", nn: "dato for gjennomgangen", en: "review date")
        case .portfolio: pick(nb: "portefølje", nn: "portefølje", en: "portfolio")
        case .added: pick(nb: "ny", nn: "ny", en: "added")
        case .removed: pick(nb: "fjernet", nn: "fjerna", en: "removed")
        }
    }
}
