extension Phrase {
    /// What is wrong with an input, as a located message says it: a file of rules, ties, results or a proposal, a
    /// spreadsheet, a command's files. Names, keys and values the file writes are quoted as written.
    public indirect enum Problem: Sendable, Hashable {
        // MARK: Values of the wrong shape, keys that are not there
        case expected(Subject, Shape, found: Found?)
        case expectedHere(Shape, found: Found)
        case expectedUnquoted(Subject, Shape, text: String)
        case numberTooLarge(Subject, String)
        case unknownKey(String, in: Subject, Choices)
        case missingKey(Subject, String)
        case notAValue(String, of: Subject, Choices)
        /// A cell's text that is none of a column's labels, the closest and the labels said in the reader's language.
        case notALabel(String, heading: String, closest: LocalizedText?, labels: [LocalizedText])
        case outOfRange(Subject, low: String, high: String, found: String)
        case duplicateID(Part, String, firstLine: Int)
        case expression(Phrase.Expression)
        case usage(Phrase.Usage)
        case finding(Phrase.Finding)
        case inExpression(Subject, Phrase.Expression)
        case mustBe(Subject, Shape, found: String)

        // MARK: Words not known
        case unknownOutcome(String, Choices)
        case unknownOutcomeNeedsRole(String, Choices, roles: [String])
        case unknownKind(String, Choices)
        case unknownActivityType(String, Choices)
        case unknownCriterion(String, Choices)
        case unknownRole(String, Choices)
        case unknownType(String, Choices)
        case unknownLanguage(String)
        case unknownRecommendation(String, Choices)
        case unknownVerdict(String, for: String)
        case illustrativeUnknownFact(String, Choices)
        case requiresUnknownFact(String, Choices), requiresNoYes(String)
        case testExpectsUnknownRule(String, Choices)
        case citedDocumentUnknown(String, Choices)
        case reasonNamesUnknownValue(Subject, String, Choices)

        // MARK: YAML and text
        case fileTooLarge(mebibytes: Int)
        case aliasAsKey
        case nestedTooDeep(Int)
        case cannotReadYAML(String)
        case emptyFile(expected: Contents)
        case documentTooLarge(Int)
        case plainKeyExpected
        case tagOnCollection(String, list: Bool)
        case unresolvedAlias
        case invalidYAML(String, context: String?, line: Int?)
        case invalidText(String)
        case duplicateKeys([String])
        case notAFileOfKind(String, Part)
        case notAListOfTies(String)
        case dateWithoutDay(Subject, String)
        case adoptionToFillIn
        case lineTooLong(Int)
        case notUTF8(byte: String)
        case invalidJSON(JSON)

        // MARK: Ties, decisions, proposals
        case decisionOverrides(String, recommended: String)
        case givenTwice(String)
        case undeclaredLanguage(String, declared: [String])
        case startsAfterReview(String, since: Int, asOf: String)
        case activityAfterReview(String, year: Int, asOf: String)
        case decisionAfterReview(String, date: String, asOf: String)
        case factAfterReview(String, fact: String, date: String, asOf: String)
        case evidenceWithoutValue(fact: String)
        case obligationWithoutDate(String)
        case duplicateRecordID(String, first: String)
        case tooManyRecords(Int, limit: Int)
        case fundingAppliedOrGranted
        case needsNorwegianText(Subject)

        // MARK: Expected results and reviews read back
        case noExpectedResult(String)
        case noRecordInPortfolio(String, Choices)
        case expectedOutcome(String, expected: String, got: String, because: String)
        case expectedCategory(String, expected: String, got: String?)
        case expectedFired(String, expected: [String], got: [String])
        case exampleExpected(rule: String, expected: String, got: String)
        case testExpected(String, got: String)
        case notAReview(String, Problem)
        case reviewSchema(String, schema: String)
        case reviewTooLarge(String, mebibytes: Int)
        case emptyOfContent

        // MARK: Rule sets
        case outcomeNeedsRole(String, roles: [String])
        case noReviewOutcome
        case builtInField(String)
        case factNeedsValues(type: String, String)
        case setTooLarge(String, count: Int)
        case factNeedsLabel(String, example: String)
        case valuesNeedLabels(String, first: String, example: String)
        case labelOneLine(Subject, String)
        case labelIsHeading(String, of: String, owner: HeadingOwner)
        case valuesSameLabel(String, String, of: String, label: String)
        case derivedNameTaken(String)
        case parameterNameTaken(String)
        case forEachNameTaken(String)
        case scoreType(String, found: String)
        case conditionNeedsConditionalOutcome([String])
        case noCriteriaYet(String)
        case saysNeedsValue

        // MARK: What-if edits (--set)
        case editNoKey(String, Choices)
        case editWholeItem(String, keys: [String])
        case editNoItem(String, in: String, Choices)
        case editSingleValue(String)
        case editSyntax(String)

        // MARK: Spreadsheets
        case noTieSheet
        case cellUnreadable(BrokenCell)
        /// A list's columns: the built-in fields by key, the rule set's facts by their labels.
        case expectedColumn(fields: [String], facts: [LocalizedText])
        /// An activity log's columns, by key.
        case expectedActivityColumns([String])
        case tooManyTies(limit: Int)
        case activityNeeds([String])
        case tieNamedTwice(String)
        case noTieNamed(String, Choices)
        case markedNoActivities(String)
        case excelError(String, expected: String?)
        case sheetEmpty(sheet: String?)
        case oneColumnHeading(String)
        case tooManyColumns(Int, limit: Int)
        case valuesWithoutHeading
        case unknownColumn(String, Choices, expected: Problem)
        case columnRepeats(String, column: String, heading: String)
        case missingColumns([String], headings: [String])
        case rowsUseOtherSeparator(columns: Int)
        case beyondLastColumn(columns: Int)
        case rowLongerThanHeadings(fields: Int, columns: Int)
        case noHeadingColumn(lastColumn: String)
        case activitiesTakesNone(String, found: String)
        case notAFactOfRuleSet(String, in: String, Choices)
        case ambiguousSeparator(String, in: String, digits: String)
        case expectedNumberIn(String, example: NumberExample, found: String)
        case expectedYesNo(String, found: String)
        case nulInText
        case byteOrderMarkInside
        case damagedUTF16
        case mixedEncoding(byte: String)
        case notUTF8OrWindows1252(byte: String?)
        case unclosedQuote
        case readAsWindows1252

        // MARK: Workbooks
        case oldExcel
        case notAWorkbook
        case damagedWorkbook(DamagedWorkbook)
        case workbookUnreadable(DamagedWorkbook?)

        // MARK: Files the command reads and writes
        case noSuchFile(String)
        case isAFolder(String)
        case cannotRead(String)
        case inputTooLarge(String, mebibytes: Int)
        case cannotList(String)
        case refusingToOverwrite(String)
        case readOnlyOutput(String)
        case noKnownHeadings(String)
        case notAJSONObjectLine(String, line: Int)
        case notATieLine(String, line: Int)
        case templateExists(String)
        case outputIsFolder(String)
        case noSuchFolder(String)
        case noSuchFolderGiven(String, option: String)
        case specialFile(String, SpecialFile)
        case linkToNothing(String)
        case cannotOpen(String, SpecialFile, reason: String)
        case cannotCreate(String, reason: String)
        case cannotWrite(Output, reason: String)
        case cannotMoveInto(Output, reason: String)
        case bulkNamesNoRuleSet(String)
        case namesNoRuleSet(String)
        case listNamesNoRuleSet(String)
        case logBesideWorkbook(String)
        case twoLogs(String, [String])
        case recordingNeedsPlainFile
        case notPlainText(ext: String)
        case alreadyThere([String])
        case cannotMakeFolder(String, occupied: Bool)
        case noRecord(String, in: String, Choices)
        case binaryNeedsFile(String)
        case emptyOutputName
        case replacedThroughLink(String)
        case workspace(Phrase.Stored)
    }

    /// What else a label in a spreadsheet could be the heading of.
    public enum HeadingOwner: Sendable, Hashable {
        case field(String), activityColumn, fact(String)
    }

    /// How a number in a cell should be written.
    public enum NumberExample: Sendable, Hashable { case whole, withComma, withPoint }

    /// Where an output goes.
    public enum Output: Sendable, Hashable {
        case standardOutput
        case file(String)
    }

    /// What a file should hold, for the message where it holds nothing.
    public enum Contents: Sendable, Hashable { case mapping, record, ruleSet, proposal }

    /// A file that is not a regular one.
    public enum SpecialFile: Sendable, Hashable { case device, pipe, socket, special }

    /// What is damaged inside an .xlsx workbook.
    public indirect enum DamagedWorkbook: Sendable, Hashable {
        /// Whether the message says what to do, so the general «open it in Excel and save it again» would be a second.
        public var saysItsFix: Bool {
            switch self {
            case .activitySheets, .hiddenActivitySheet, .partOverLimit: true
            case .inSheet(_, let inner): inner.saysItsFix
            default: false
            }
        }

        case partTwice(String)
        case activitySheets([String])
        case hiddenActivitySheet(String)
        case noVisibleSheet
        case sheetWithoutPart(String, relation: String)
        case inSheet(String, DamagedWorkbook)
        case partTooLarge(String)
        case checksum(String)
        case cutShort(String)
        case packedOddly(String, method: Int)
        case lacksPart(String)
        case partOverLimit(String, mebibytes: Int)
        case cannotUnpack(String)
        case partNotUTF8(String)
        case notXML(String, line: Int, column: Int, XMLFault)
        case sharedTextTooLong(Int)
        case rowOutOfOrder(Int, after: Int)
        case cellInWrongRow(String, row: Int)
        case notACellReference(String)
        case cellOutOfOrder(String)
        case tooManyCells(Int)
        case other(String)
    }

    /// What is wrong in a workbook part's XML, where it stops being read.
    public enum XMLFault: Sendable, Hashable {
        case malformed
        case textOutsideRoot
        case noRootElement
        case unclosed(String)
        case mismatchedEnd(expected: String, found: String)
        case badCharacterReference(String)
        case undefinedEntity(String)
        case externalEntity(String)
        case entityWithMarkup(String)
        case entitiesTooDeep(Int)
        case entitiesTooLarge(kibibytes: Int)
        case parameterEntity
    }

    /// What a cell of a workbook holds that cannot be read as a value.
    public enum BrokenCell: Sendable, Hashable {
        case formulaWithoutResult
        case missingSharedText(String)
        case boolAs(String)
        case notANumber(String)
        case tooLong(Int)
        case damaged(DamagedWorkbook)
    }
}

extension Phrasebook {
    public func callAsFunction(_ p: Phrase.Problem) -> String {
        switch p {
        case .expected(let s, let shape, let found?):
            pick(
                nb: "forventet \(self(s)) som \(self(shape)), fant \(self(found))",
                nn: "venta \(self(s)) som \(self(shape)), fann \(self(found))",
                en: "expected \(self(s)) as \(self(shape)), found \(self(found))") + required(shape)
        case .expected(let s, let shape, nil):
            pick(
                nb: "forventet \(self(s)) som \(self(shape))", nn: "venta \(self(s)) som \(self(shape))",
                en: "expected \(self(s)) as \(self(shape))") + required(shape)
        case .expectedHere(let shape, let found):
            pick(
                nb: "forventet \(self(shape)) her, fant \(self(found))", nn: "venta \(self(shape)) her, fann \(self(found))",
                en: "expected \(self(shape)) here, found \(self(found))")
        case .expectedUnquoted(let s, let shape, let text):
            pick(
                nb: "forventet \(self(s)) som \(self(shape)), fant teksten \"\(text)\"; skriv det uten anførselstegn",
                nn: "venta \(self(s)) som \(self(shape)), fann teksten \"\(text)\"; skriv det utan hermeteikn",
                en: "expected \(self(s)) as \(self(shape)), found the text \"\(text)\"; write it without quotes")
        case .numberTooLarge(let s, let text):
            pick(
                nb: "\(self(s)) er et for stort tall: '\(text)'; et heltall her er høyst \(Int.max)",
                nn: "\(self(s)) er eit for stort tal: '\(text)'; eit heiltal her er høgst \(Int.max)",
                en: "\(self(s)) is too large a number: '\(text)'; a whole number here is at most \(Int.max)")
        case .unknownKey(let key, let s, let choices):
            pick(
                nb: "ukjent nøkkel '\(key)' i \(self(s))", nn: "ukjend nøkkel '\(key)' i \(self(s))",
                en: "unknown key '\(key)' in \(self(s))")
                + self(choices)
        case .missingKey(let s, let key):
            pick(nb: "\(self(s)) mangler '\(key)'", nn: "\(self(s)) manglar '\(key)'", en: "\(self(s)) is missing '\(key)'")
        case .notAValue(let v, let s, let choices):
            pick(
                nb: "'\(v)' er ikke en gyldig verdi for \(self(s))", nn: "'\(v)' er ikkje ein gyldig verdi for \(self(s))",
                en: "'\(v)' is not a value of \(self(s))")
                + self(choices)
        case .notALabel(let v, let heading, let closest, let labels):
            self(
                .notAValue(
                    v, of: .key(heading),
                    Phrase.Choices(
                        closest: closest.map(text),
                        candidates: labels.prefix(12).map { "'\(text($0))'" } + (labels.count > 12 ? ["…"] : []),
                        listing: .expectedOneOfAfter)))
        case .outOfRange(let s, let low, let high, let found):
            pick(
                nb: "\(self(s)) må være mellom \(low) og \(high), fant \(found)",
                nn: "\(self(s)) må vere mellom \(low) og \(high), fann \(found)",
                en: "\(self(s)) must be between \(low) and \(high), found \(found)")
        case .duplicateID(let part, let id, let line):
            pick(
                nb: "id-en '\(id)' er allerede brukt av \(self.part(part)) på linje \(line)",
                nn: "id-en '\(id)' er alt brukt av \(self.part(part)) på linje \(line)",
                en: "duplicate \(self.part(part).dropArticle) id '\(id)'; first defined at line \(line)")
        case .expression(let e): self(e)
        case .usage(let u): self(u)
        case .workspace(let w): self(w)
        case .finding(let f): self(f)
        case .inExpression(let s, let e): pick(nb: "i \(self(s)): ", nn: "i \(self(s)): ", en: "in \(self(s)): ") + self(e)
        case .mustBe(let s, let shape, let found):
            pick(
                nb: "\(self(s)) må være \(self(shape)), fant \(found)", nn: "\(self(s)) må vere \(self(shape)), fann \(found)",
                en: "\(self(s)) must be \(self(shape)), found \(found)")

        case .unknownOutcome(let o, let c):
            pick(nb: "ukjent utfall '\(o)'", nn: "ukjent utfall '\(o)'", en: "unknown outcome '\(o)'") + self(c)
        case .unknownOutcomeNeedsRole(let o, let c, let roles):
            pick(nb: "ukjent utfall '\(o)'", nn: "ukjent utfall '\(o)'", en: "unknown outcome '\(o)'") + self(c)
                + pick(
                    nb:
                        "; et annet utfall trenger etikett og rolle: {id: \(o), label: {nb: ..., en: ...}, role: \(roles.joined(separator: " | "))}",
                    nn:
                        "; eit anna utfall treng etikett og rolle: {id: \(o), label: {nn: ..., en: ...}, role: \(roles.joined(separator: " | "))}",
                    en:
                        "; another outcome needs a label and a role: {id: \(o), label: {nb: ..., en: ...}, role: \(roles.joined(separator: " | "))}"
                )
        case .unknownKind(let k, let c): pick(nb: "ukjent type '\(k)'", nn: "ukjend type '\(k)'", en: "unknown kind '\(k)'") + self(c)
        case .unknownActivityType(let t, let c):
            pick(nb: "ukjent aktivitetstype '\(t)'", nn: "ukjend aktivitetstype '\(t)'", en: "unknown activity type '\(t)'") + self(c)
        case .unknownCriterion(let id, let c):
            pick(nb: "ukjent kriterium '\(id)'", nn: "ukjent kriterium '\(id)'", en: "unknown criterion '\(id)'") + self(c)
        case .unknownRole(let r, let c): pick(nb: "ukjent rolle '\(r)'", nn: "ukjend rolle '\(r)'", en: "unknown role '\(r)'") + self(c)
        case .unknownType(let t, let c): pick(nb: "ukjent type '\(t)'", nn: "ukjend type '\(t)'", en: "unknown type '\(t)'") + self(c)
        case .unknownLanguage(let l):
            pick(
                nb: "ukjent språk '\(l)'; forventet nb, nn eller en", nn: "ukjent språk '\(l)'; venta nb, nn eller en",
                en: "unknown language '\(l)'; expected nb, nn or en")
        case .unknownRecommendation(let r, let c):
            pick(nb: "ukjent tilråding '\(r)'", nn: "ukjend tilråding '\(r)'", en: "unknown recommendation '\(r)'") + self(c)
        case .unknownVerdict(let v, let id):
            pick(
                nb: "ukjent vurdering '\(v)' for '\(id)'; forventet met, partly, not_met eller unknown",
                nn: "ukjend vurdering '\(v)' for '\(id)'; venta met, partly, not_met eller unknown",
                en: "unknown verdict '\(v)' for '\(id)'; expected met, partly, not_met or unknown")
        case .illustrativeUnknownFact(let f, let c):
            pick(
                nb: "'illustrative' nevner det ukjente faktumet '\(f)'", nn: "'illustrative' nemner det ukjende faktumet '\(f)'",
                en: "'illustrative' names unknown fact '\(f)'")
                + self(c)
        case .requiresUnknownFact(let f, let c):
            pick(
                nb: "'requires' nevner det ukjente faktumet '\(f)'", nn: "'requires' nemner det ukjende faktumet '\(f)'",
                en: "'requires' names unknown fact '\(f)'")
                + self(c)
        case .requiresNoYes(let f):
            pick(
                nb: "'requires' nevner '\(f)', men forventet et ja/nei-faktum som tilknytningen har «ja» på",
                nn: "'requires' nemner '\(f)', men venta eit ja/nei-faktum som tilknytinga har «ja» på",
                en: "'requires' names '\(f)', but expected a yes-or-no fact the tie records as yes")
        case .testExpectsUnknownRule(let r, let c):
            pick(
                nb: "testen venter at den ukjente regelen '\(r)' slår til", nn: "testen ventar at den ukjende regelen '\(r)' slår til",
                en: "test expects unknown rule '\(r)' to fire")
                + self(c)
        case .citedDocumentUnknown(let d, let c):
            pick(
                nb: "det siterte dokumentet '\(d)' er ikke blant regelsettets kilder",
                nn: "det siterte dokumentet '\(d)' er ikkje mellom kjeldene til regelsettet",
                en: "cited document '\(d)' is not among the rule set's sources") + self(c)
        case .reasonNamesUnknownValue(let s, let name, let c):
            pick(
                nb: "\(self(s)) nevner den ukjente verdien '{\(name)}'", nn: "\(self(s)) nemner den ukjende verdien '{\(name)}'",
                en: "\(self(s)) names unknown value '{\(name)}'")
                + self(c)

        case .fileTooLarge(let mib):
            pick(
                nb:
                    "filen er større enn \(mib) MiB, mer enn en YAML-fil med regler, tilknytninger eller resultater trenger; en så lang liste over tilknytninger hører hjemme i JSON Lines",
                nn:
                    "fila er større enn \(mib) MiB, meir enn ei YAML-fil med reglar, tilknytingar eller resultat treng; ei så lang liste over tilknytingar høyrer heime i JSON Lines",
                en:
                    "file larger than \(mib) MiB, more than a YAML file of rules, ties or results needs; a list of ties this large belongs in JSON Lines"
            )
        case .aliasAsKey:
            pick(
                nb: "et alias er brukt som nøkkel; skriv nøkkelen ut", nn: "eit alias er brukt som nøkkel; skriv nøkkelen ut",
                en: "an alias used as a mapping key; write the key out")
        case .nestedTooDeep(let n):
            pick(nb: "nøstet dypere enn \(n) nivåer", nn: "nøsta djupare enn \(n) nivå", en: "nested deeper than \(n) levels")
        case .cannotReadYAML(let e): pick(nb: "kan ikke lese YAML: \(e)", nn: "kan ikkje lese YAML: \(e)", en: "cannot read YAML: \(e)")
        case .emptyFile(let contents):
            pick(nb: "tom fil; forventet ", nn: "tom fil; venta ", en: "empty file; expected ") + self(contents)
        case .documentTooLarge(let n):
            pick(
                nb: "dokumentet er for stort: mer enn \(n) verdier (med alias utvidet)",
                nn: "dokumentet er for stort: meir enn \(n) verdiar (med alias utvida)",
                en: "document too large: more than \(n) values (aliases expanded)")
        case .tagOnCollection(let tag, let list):
            list
                ? pick(
                    nb: "en liste kan ikke merkes \(tag)", nn: "ei liste kan ikkje merkjast \(tag)", en: "a list cannot be tagged \(tag)")
                : pick(
                    nb: "nøkler med verdier kan ikke merkes \(tag)", nn: "nøklar med verdiar kan ikkje merkjast \(tag)",
                    en: "keys with values cannot be tagged \(tag)")
        case .plainKeyExpected:
            pick(
                nb: "forventet en enkel nøkkel, fant en liste eller nøkler med verdier brukt som nøkkel",
                nn: "venta ein enkel nøkkel, fann ei liste eller nøklar med verdiar brukt som nøkkel",
                en: "expected a plain key, found a mapping or list used as a key")
        case .unresolvedAlias: pick(nb: "alias uten anker", nn: "alias utan anker", en: "unresolved alias")
        case .invalidYAML(let problem, let context?, let line?):
            pick(
                nb: "ugyldig YAML: \(yaml(problem)) (\(yaml(context)) på linje \(line))",
                nn: "ugyldig YAML: \(yaml(problem)) (\(yaml(context)) på linje \(line))",
                en: "invalid YAML: \(problem) (\(context) at line \(line))")
        case .invalidYAML(let problem, _, _):
            pick(nb: "ugyldig YAML: \(yaml(problem))", nn: "ugyldig YAML: \(yaml(problem))", en: "invalid YAML: \(problem)")
        case .invalidText(let problem):
            pick(nb: "ugyldig tekst: \(yaml(problem))", nn: "ugyldig tekst: \(yaml(problem))", en: "invalid text: \(problem)")
        case .duplicateKeys(let keys):
            pick(nb: "nøkkelen ", nn: "nøkkelen ", en: "duplicate key ") + keys.map { "'\($0)'" }.joined(separator: ", ")
                + pick(nb: " står to ganger her", nn: " står to gonger her", en: " in this mapping")
        case .adoptionToFillIn:
            pick(
                nb: "når strategien ble vedtatt, er ikke fylt inn: skriv 'adopted:' (og 'case:') her, så viser rapportene til vedtaket",
                nn: "når strategien vart vedteken, er ikkje fylt inn: skriv 'adopted:' (og 'case:') her, så viser rapportane til vedtaket",
                en: "when the strategy was adopted is not filled in: write 'adopted:' (and 'case:') here, so the reports cite the decision")
        case .dateWithoutDay(let what, let text):
            pick(
                nb:
                    "\(self(what)) er '\(text)', uten dag; skriv datoen slik vedtaket har den (ÅÅÅÅ-MM-DD), eller stryk linjen og la saksnummeret vise til vedtaket",
                nn:
                    "\(self(what)) er '\(text)', utan dag; skriv datoen slik vedtaket har han (ÅÅÅÅ-MM-DD), eller stryk lina og la saksnummeret vise til vedtaket",
                en:
                    "\(self(what)) is '\(text)', without a day; write the date as the decision gives it (YYYY-MM-DD), or remove the line and let the case number refer to the decision"
            )
        case .notAListOfTies(let path):
            pick(
                nb:
                    "'\(path)' kan ikke være listen over tilknytninger: 'records:' kan navngi en arbeidsbok (.xlsx), en CSV-fil (.csv) eller JSON Lines (.jsonl)",
                nn:
                    "'\(path)' kan ikkje vere lista over tilknytingar: 'records:' kan namngje ei arbeidsbok (.xlsx), ei CSV-fil (.csv) eller JSON Lines (.jsonl)",
                en: "'\(path)' cannot be the list of ties: 'records:' may name a workbook (.xlsx), a CSV file (.csv) or JSON Lines (.jsonl)"
            )
        case .notAFileOfKind(let path, .record):
            pick(
                nb: "'\(path)' ligger blant tilknytningene, men er ikke en: en tilknytning er en .yaml-fil som har 'id:'",
                nn: "'\(path)' ligg mellom tilknytingane, men er ikkje ei: ei tilknyting er ei .yaml-fil som har 'id:'",
                en: "'\(path)' stands among the ties but is not one: a tie is a .yaml file that has 'id:'")
        case .notAFileOfKind(let path, .expectedResult):
            pick(
                nb: "'\(path)' er ikke forventede resultater: en .yaml-fil med en oppføring per tilknytning, 'id: {outcome: …}'",
                nn: "'\(path)' er ikkje forventa resultat: ei .yaml-fil med ei oppføring per tilknyting, 'id: {outcome: …}'",
                en: "'\(path)' is not expected results: a .yaml file with an entry per tie, 'id: {outcome: …}'")
        case .notAFileOfKind(let path, .proposalFile):
            pick(
                nb: "'\(path)' ligger blant forslagene, men er ikke et: et forslag er en .yaml-fil med 'proposal:'",
                nn: "'\(path)' ligg mellom forslaga, men er ikkje eitt: eit forslag er ei .yaml-fil med 'proposal:'",
                en: "'\(path)' stands among the proposals but is not one: a proposal is a .yaml file with 'proposal:'")
        case .notAFileOfKind(let path, let part):
            part == .ruleSet
                ? pick(
                    nb: "'\(path)' er ikke et regelsett: et regelsett er en .yaml-fil som begynner med 'ruleset:'",
                    nn: "'\(path)' er ikkje eit regelsett: eit regelsett er ei .yaml-fil som byrjar med 'ruleset:'",
                    en: "'\(path)' is not a rule set: a rule set is a .yaml file that starts with 'ruleset:'")
                : pick(
                    nb:
                        "'\(path)' er ikke en portefølje: en portefølje er en mappe med portfolio.yaml, eller en .yaml-fil med 'municipality:'",
                    nn:
                        "'\(path)' er ikkje ein portefølje: ein portefølje er ei mappe med portfolio.yaml, eller ei .yaml-fil med 'municipality:'",
                    en: "'\(path)' is not a portfolio: a portfolio is a folder with a portfolio.yaml, or a .yaml file with 'municipality:'")
        case .lineTooLong(let n):
            pick(
                nb: "linjen er lengre enn \(n) byte; forventet én tilknytning per linje",
                nn: "linja er lengre enn \(n) byte; venta éi tilknyting per linje",
                en: "line longer than \(n) bytes; expected one record per line")
        case .notUTF8(let byte):
            pick(
                nb: "ikke UTF-8-tekst: byte 0x\(byte) kan ikke begynne et tegn her; lagre filen som UTF-8",
                nn: "ikkje UTF-8-tekst: byte 0x\(byte) kan ikkje byrje eit teikn her; lagre fila som UTF-8",
                en: "not UTF-8 text: byte 0x\(byte) cannot start a character here; save the file as UTF-8")
        case .invalidJSON(let m): pick(nb: "ugyldig JSON: \(self(m))", nn: "ugyldig JSON: \(self(m))", en: "invalid JSON: \(self(m))")

        case .decisionOverrides(let o, let r):
            pick(
                nb: "vedtaket '\(o)' går imot tilrådingen '\(r)' og trenger en 'justification'",
                nn: "vedtaket '\(o)' går imot tilrådinga '\(r)' og treng ei 'justification'",
                en: "the decision '\(o)' overrides the recommendation '\(r)' and needs a 'justification'")
        case .undeclaredLanguage(let code, let declared):
            pick(
                nb:
                    "teksten på '\(code)' brukes ikke, for regelsettet skriver på \(declared.joined(separator: ", ")) ('languages:'); legg til \(code) der, eller stryk teksten",
                nn:
                    "teksten på '\(code)' vert ikkje brukt, for regelsettet skriv på \(declared.joined(separator: ", ")) ('languages:'); legg til \(code) der, eller stryk teksten",
                en:
                    "the text in '\(code)' is not used, as the rule set writes \(declared.joined(separator: ", ")) ('languages:'); add \(code) there, or remove the text"
            )
        case .givenTwice(let key):
            pick(
                nb: "'\(key)' er gitt både ved siden av feltene og under 'facts:'; behold bare den ene",
                nn: "'\(key)' er gjeve både ved sida av felta og under 'facts:'; behald berre den eine",
                en: "'\(key)' is given both beside the fields and under 'facts:'; keep one")
        case .startsAfterReview(let id, let since, let asOf):
            pick(
                nb: "'\(id)' begynner i \(since), etter datoen for gjennomgangen, \(date(iso: asOf))",
                nn: "'\(id)' byrjar i \(since), etter datoen for gjennomgangen, \(date(iso: asOf))",
                en: "'\(id)' starts in \(since), after the review date \(date(iso: asOf))")
        case .activityAfterReview(let id, let year, let asOf):
            pick(
                nb: "'\(id)' har en aktivitet i \(year), etter datoen for gjennomgangen, \(date(iso: asOf))",
                nn: "'\(id)' har ein aktivitet i \(year), etter datoen for gjennomgangen, \(date(iso: asOf))",
                en: "'\(id)' has an activity in \(year), after the review date \(date(iso: asOf))")
        case .decisionAfterReview(let id, let date, let asOf):
            pick(
                nb: "'\(id)' har et vedtak datert \(self.date(iso: date)), etter datoen for gjennomgangen, \(self.date(iso: asOf))",
                nn: "'\(id)' har eit vedtak datert \(self.date(iso: date)), etter datoen for gjennomgangen, \(self.date(iso: asOf))",
                en: "'\(id)' has a decision dated \(self.date(iso: date)), after the review date \(self.date(iso: asOf))")
        case .obligationWithoutDate(let what):
            pick(
                nb: "forpliktelsen '\(what)' har verken forfallsdato (due) eller periode (every_years); skriv den ene",
                nn: "forpliktinga '\(what)' har verken forfallsdato (due) eller periode (every_years); skriv den eine",
                en: "the obligation '\(what)' has neither a due date (due) nor a period (every_years); give one")
        case .evidenceWithoutValue(let fact):
            pick(
                nb: "kilde eller dato for '\(fact)' uten noen verdi; skriv verdien i kolonnen '\(fact)', eller la kilden stå tom",
                nn: "kjelde eller dato for '\(fact)' utan nokon verdi; skriv verdien i kolonnen '\(fact)', eller la kjelda stå tom",
                en: "a source or date for '\(fact)' with no value; write the value in the column '\(fact)', or leave the source empty")
        case .factAfterReview(let id, let fact, let date, let asOf):
            pick(
                nb: "'\(id)' har '\(fact)' registrert \(self.date(iso: date)), etter datoen for gjennomgangen, \(self.date(iso: asOf))",
                nn: "'\(id)' har '\(fact)' registrert \(self.date(iso: date)), etter datoen for gjennomgangen, \(self.date(iso: asOf))",
                en: "'\(id)' has '\(fact)' recorded on \(self.date(iso: date)), after the review date \(self.date(iso: asOf))")
        case .duplicateRecordID(let id, let first):
            pick(
                nb: "id-en '\(id)' er brukt av to tilknytninger; først brukt på \(first)",
                nn: "id-en '\(id)' er brukt av to tilknytingar; først brukt på \(first)",
                en: "duplicate record id '\(id)'; first used at \(first)")
        case .tooManyRecords(let n, let limit):
            pick(
                nb: "\(n) tilknytninger; en YAML-portefølje har høyst \(limit) (legg større lister i JSON Lines)",
                nn: "\(n) tilknytingar; ein YAML-portefølje har høgst \(limit) (legg større lister i JSON Lines)",
                en: "\(n) records; a YAML portfolio holds at most \(limit) (put larger ones in JSON Lines)")
        case .fundingAppliedOrGranted:
            pick(
                nb:
                    "si om den eksterne finansieringen er søkt om eller innvilget: 'external_funding_applied_nok' eller 'external_funding_granted_nok'",
                nn:
                    "sei om den eksterne finansieringa er søkt om eller innvilga: 'external_funding_applied_nok' eller 'external_funding_granted_nok'",
                en:
                    "say whether the external funding is applied for or granted: 'external_funding_applied_nok' or 'external_funding_granted_nok'"
            )
        case .needsNorwegianText(let s):
            pick(
                nb: "\(self(s)) trenger en norsk tekst: nb (bokmål) eller nn (nynorsk), f.eks. {nb: …}",
                nn: "\(self(s)) treng ein norsk tekst: nb (bokmål) eller nn (nynorsk), t.d. {nn: …}",
                en: "\(self(s)) needs a Norwegian text: nb (bokmål) or nn (nynorsk), e.g. {nn: …}")

        case .noExpectedResult(let id):
            pick(
                nb: "tilknytningen '\(id)' har ikke noe forventet resultat", nn: "tilknytinga '\(id)' har ikkje noko venta resultat",
                en: "record '\(id)' has no expected result")
        case .noRecordInPortfolio(let id, let c):
            pick(
                nb: "ingen tilknytning '\(id)' i porteføljen", nn: "inga tilknyting '\(id)' i porteføljen",
                en: "no record '\(id)' in the portfolio") + self(c)
        case .expectedOutcome(let id, let e, let got, let because):
            pick(
                nb: "'\(id)': forventet utfallet '\(e)', fikk '\(got)' (\(because))",
                nn: "'\(id)': venta utfallet '\(e)', fekk '\(got)' (\(because))",
                en: "'\(id)': expected outcome '\(e)', got '\(got)' (\(because))")
        case .expectedCategory(let id, let e, let got):
            pick(
                nb: "'\(id)': forventet kategorien '\(e)', fikk '\(got ?? "ingen")'",
                nn: "'\(id)': venta kategorien '\(e)', fekk '\(got ?? "ingen")'",
                en: "'\(id)': expected category '\(e)', got '\(got ?? "none")'")
        case .expectedFired(let id, let e, let got):
            pick(
                nb:
                    "'\(id)': forventet at \(e.isEmpty ? "ingen regel" : e.joined(separator: ", ")) slo til, men \(got.isEmpty ? "ingen regel" : got.joined(separator: ", ")) gjorde det; rett fired: her, eller skriv oppføringen på nytt med `ties test --record --overwrite`",
                nn:
                    "'\(id)': venta at \(e.isEmpty ? "ingen regel" : e.joined(separator: ", ")) slo til, men \(got.isEmpty ? "ingen regel" : got.joined(separator: ", ")) gjorde det; rett fired: her, eller skriv oppføringa på nytt med `ties test --record --overwrite`",
                en:
                    "'\(id)': expected \(e.isEmpty ? "no rule" : e.joined(separator: ", ")) to fire, but \(got.isEmpty ? "no rule" : got.joined(separator: ", ")) did; correct fired: here, or write the entry again with `ties test --record --overwrite`"
            )
        case .exampleExpected(let rule, let e, let got):
            pick(
                nb: "regelen '\(rule)': forventet \(e), fikk \(got)", nn: "regelen '\(rule)': venta \(e), fekk \(got)",
                en: "rule '\(rule)' expected \(e), got \(got)")
        case .testExpected(let e, let got):
            pick(nb: "forventet \(e), fikk \(got)", nn: "venta \(e), fekk \(got)", en: "expected \(e), got \(got)")
        case .notAReview(let place, let why):
            pick(
                nb: "\(place) er ikke en gjennomgang skrevet av 'ties review --format json': \(self(why))",
                nn: "\(place) er ikkje ein gjennomgang skriven av 'ties review --format json': \(self(why))",
                en: "\(place) is not a review written by 'ties review --format json': \(self(why))")
        case .reviewSchema(let path, let schema):
            pick(
                nb: "\(path) har skjemaet '\(schema)'; forventet 'ties.review/1'",
                nn: "\(path) har skjemaet '\(schema)'; venta 'ties.review/1'",
                en: "\(path) has schema '\(schema)'; expected 'ties.review/1'")
        case .reviewTooLarge(let path, let mib):
            pick(
                nb: "\(path) er større enn \(mib) MiB, mer enn 'ties diff' leser; sammenlign gjennomganger av en del av listen om gangen",
                nn: "\(path) er større enn \(mib) MiB, meir enn 'ties diff' les; samanlikn gjennomgangar av ein del av lista om gongen",
                en: "\(path) is larger than \(mib) MiB, more than 'ties diff' reads; compare reviews of part of the list at a time")
        case .emptyOfContent: pick(nb: "filen er tom", nn: "fila er tom", en: "the file is empty")

        case .outcomeNeedsRole(let id, let roles):
            pick(
                nb: "utfallet '\(id)' trenger en rolle, det vil si hva det betyr: role: \(roles.joined(separator: " | "))",
                nn: "utfallet '\(id)' treng ei rolle, det vil seie kva det tyder: role: \(roles.joined(separator: " | "))",
                en: "the outcome '\(id)' needs a role, what it means: role: \(roles.joined(separator: " | "))")
        case .noReviewOutcome:
            pick(
                nb: "regelsettet har ikke noe utfall med rollen 'review', så det må si i 'on_unknown' hva ukjente opplysninger fører til",
                nn:
                    "regelsettet har ikkje noko utfall med rolla 'review', så det må seie i 'on_unknown' kva ukjende opplysningar fører til",
                en: "the rule set has no outcome with the role 'review', so it must say what unknowns lead to in 'on_unknown'")
        case .builtInField(let n):
            pick(
                nb: "'\(n)' er et innebygd felt, ikke et faktum", nn: "'\(n)' er eit innebygd felt, ikkje eit faktum",
                en: "'\(n)' is a built-in field, not a fact")
        case .factNeedsValues(let type, let n):
            pick(
                nb: "\(type)-faktumet '\(n)' trenger de tillatte verdiene i 'values'",
                nn: "\(type)-faktumet '\(n)' treng dei tillatne verdiane i 'values'",
                en: "the \(type) fact '\(n)' needs its allowed 'values'")
        case .setTooLarge(let n, let count):
            pick(
                nb: "settfaktumet '\(n)' har \(count) verdier; et sett tar høyst 64, så del det i flere fakta",
                nn: "settfaktumet '\(n)' har \(count) verdiar; eit sett tek høgst 64, så del det i fleire fakta",
                en: "the set fact '\(n)' has \(count) values; a set takes at most 64, so split it into several facts")
        case .factNeedsLabel(let n, let example):
            pick(
                nb: "faktumet '\(n)' har ingen etikett, men rapportene trenger den; skriv label: {\(example)}",
                nn: "faktumet '\(n)' har ingen etikett, men rapportane treng han; skriv label: {\(example)}",
                en: "the fact '\(n)' has no label, and reports print it; write label: {\(example)}")
        case .valuesNeedLabels(let n, let first, let example):
            pick(
                nb: "verdiene til '\(n)' har ingen etiketter, men rapportene trenger dem; skriv values: {\(first): {\(example)}, …}",
                nn: "verdiane til '\(n)' har ingen etikettar, men rapportane treng dei; skriv values: {\(first): {\(example)}, …}",
                en: "the values of '\(n)' have no labels, and reports print them; write values: {\(first): {\(example)}, …}")
        case .labelOneLine(let s, let text):
            pick(
                nb: "\(self(s)) («\(text)») må være én linje på høyst 200 tegn, uten kontrolltegn",
                nn: "\(self(s)) («\(text)») må vere éi linje på høgst 200 teikn, utan kontrollteikn",
                en: "\(self(s)) '\(text)' must be one line of at most 200 characters, without control characters")
        case .labelIsHeading(let text, let fact, let owner):
            pick(
                nb:
                    "etiketten '\(text)' til '\(fact)' er også overskriften til \(self(owner)); et regneark kan ikke skille de to kolonnene",
                nn:
                    "etiketten '\(text)' til '\(fact)' er òg overskrifta til \(self(owner)); eit rekneark kan ikkje skilje dei to kolonnane",
                en:
                    "the label '\(text)' of '\(fact)' is the heading of \(self(owner)) too; a spreadsheet could not tell the two columns apart"
            )
        case .valuesSameLabel(let a, let b, let fact, let label):
            pick(
                nb: "verdiene '\(a)' og '\(b)' til '\(fact)' heter begge '\(label)'; en liste kan ikke skille dem",
                nn: "verdiane '\(a)' og '\(b)' til '\(fact)' heiter begge '\(label)'; ei liste kan ikkje skilje dei",
                en: "the values '\(a)' and '\(b)' of '\(fact)' are both called '\(label)'; a list could not tell them apart")
        case .derivedNameTaken(let n):
            pick(
                nb: "den avledede verdien '\(n)' har samme navn som et faktum, et felt eller en parameter; velg et annet",
                nn: "den avleidde verdien '\(n)' har same namn som eit faktum, eit felt eller ein parameter; vel eit anna",
                en: "derived value '\(n)' has the name of a fact, field or parameter; choose another")
        case .parameterNameTaken(let n):
            pick(
                nb: "parameteren '\(n)' har samme navn som et faktum eller felt; velg et annet",
                nn: "parameteren '\(n)' har same namn som eit faktum eller felt; vel eit anna",
                en: "parameter '\(n)' has the name of a fact or field; choose another")
        case .forEachNameTaken(let n):
            pick(
                nb: "'\(n)' er allerede et faktum eller felt; velg et annet navn",
                nn: "'\(n)' er alt eit faktum eller felt; vel eit anna namn", en: "'\(n)' is already a fact or field; choose another name")
        case .scoreType(let id, let found):
            pick(
                nb: "poengsummen til '\(id)' må være et tall eller en betingelse, fant \(found)",
                nn: "poengsummen til '\(id)' må vere eit tal eller eit vilkår, fann \(found)",
                en: "the score of '\(id)' must be a number or a condition, found \(found)")
        case .conditionNeedsConditionalOutcome(let names):
            pick(
                nb: "en 'condition' hører bare til en regel der utfallet viderefører tilknytningen på vilkår",
                nn: "ein 'condition' høyrer berre til ein regel der utfallet vidarefører tilknytinga på vilkår",
                en: "a 'condition' belongs to a rule whose outcome keeps the tie on conditions")
                + (names.isEmpty
                    ? "" : " (" + names.map { "'\($0)'" }.joined(separator: pick(nb: " eller ", nn: " eller ", en: " or ")) + ")")
        case .saysNeedsValue:
            pick(
                nb:
                    "'says' for et faktum som ikke er ja/nei, er én setning med {value} der verdien står, f.eks. {nb: \"Nytten er vurdert til {value} av 3\"}",
                nn:
                    "'says' for eit faktum som ikkje er ja/nei, er éi setning med {value} der verdien står, t.d. {nn: \"Nytten er vurdert til {value} av 3\"}",
                en:
                    "'says' for a fact that is not a yes or no is one sentence with {value} where the value stands, e.g. {en: \"The benefit is rated {value} of 3\"}"
            )
        case .noCriteriaYet(let path):
            pick(
                nb:
                    "\(path) har ingen kriterier eller regler ennå, så et saksframlegg ville vurdert forslaget mot ingenting; skriv dem først (docs/writing-rules.md)",
                nn:
                    "\(path) har ingen kriterium eller reglar enno, så eit saksframlegg ville vurdert framlegget mot ingenting; skriv dei først (docs/writing-rules.md)",
                en:
                    "\(path) has no criteria or rules yet, so a memo would assess the proposal against nothing; write them first (docs/writing-rules.md)"
            )

        case .editNoKey(let here, let c): pick(nb: "ingen '\(here)'", nn: "ingen '\(here)'", en: "no '\(here)'") + self(c)
        case .editWholeItem(let here, let keys):
            pick(
                nb: "'\(here)' er et helt punkt; nevn en av nøklene", nn: "'\(here)' er eit heilt punkt; nemn ein av nøklane",
                en: "'\(here)' is a whole item; name one of its keys")
                + (keys.isEmpty ? "" : pick(nb: "; nøklene er ", nn: "; nøklane er ", en: "; its keys are ") + keys.joined(separator: ", "))
        case .editNoItem(let id, let path, let c):
            pick(
                nb: "ingen oppføring med id '\(id)' i '\(path)'", nn: "inga oppføring med id '\(id)' i '\(path)'",
                en: "no item with id '\(id)' in '\(path)'") + self(c)
        case .editSingleValue(let path):
            pick(
                nb: "'\(path)' er én verdi, ikke nøkler med verdier eller en liste",
                nn: "'\(path)' er éin verdi, ikkje nøklar med verdiar eller ei liste",
                en: "'\(path)' is a single value, not a mapping or list")
        case .editSyntax(let edit):
            pick(
                nb: "--set tar STI=VERDI, f.eks. parameters.fee_threshold_nok=150000; ikke '\(edit)'",
                nn: "--set tek STI=VERDI, t.d. parameters.fee_threshold_nok=150000; ikkje '\(edit)'",
                en: "--set takes PATH=VALUE, e.g. parameters.fee_threshold_nok=150000; not '\(edit)'")

        case .noTieSheet:
            pick(
                nb: "arbeidsboken har ikke noe ark med tilknytninger; forventet et foran aktivitetsarket",
                nn: "arbeidsboka har ikkje noko ark med tilknytingar; venta eit framfor aktivitetsarket",
                en: "the workbook has no sheet of ties; expected one before the activity sheet")
        case .cellUnreadable(let why):
            pick(
                nb: "denne cellen kan ikke leses: \(self(why))", nn: "denne cella kan ikkje lesast: \(self(why))",
                en: "this cell cannot be read: \(self(why))")
        case .expectedColumn(let keys, let labels):
            expectedColumn(
                keys.map { heading(Record.fieldHeadings[$0]) ?? $0 }.joined(separator: ", "), listed(labels.map { "'\(text($0))'" }))
        case .expectedActivityColumns(let keys):
            pick(nb: "kolonnene for en aktivitet er ", nn: "kolonnane for ein aktivitet er ", en: "an activity's columns are ")
                + keys.map { heading(Activity.headings[$0]) ?? $0 }.joined(separator: ", ")
        case .tooManyTies(let limit):
            pick(
                nb: "mer enn \(limit) tilknytninger; legg en så lang liste i JSON Lines",
                nn: "meir enn \(limit) tilknytingar; legg ei så lang liste i JSON Lines",
                en: "more than \(limit) ties; put a list this large in JSON Lines")
        case .activityNeeds(let missing):
            pick(
                nb: "denne aktiviteten mangler \(missing.joined(separator: " og ")); hver rad trenger tilknytningen, året og typen",
                nn: "denne aktiviteten manglar \(missing.joined(separator: " og ")); kvar rad treng tilknytinga, året og typen",
                en: "this activity has no \(missing.joined(separator: " or ")); every row needs the tie, the year and the type")
        case .tieNamedTwice(let text):
            pick(
                nb: "mer enn én tilknytning heter '\(text)'; oppgi id-en i stedet",
                nn: "meir enn éi tilknyting heiter '\(text)'; skriv id-en i staden",
                en: "more than one tie is named '\(text)'; give its id instead")
        case .noTieNamed(let text, let c):
            pick(
                nb: "ingen tilknytning har id-en eller navnet '\(text)'", nn: "inga tilknyting har id-en eller namnet '\(text)'",
                en: "no tie has the id or name '\(text)'") + self(c)
        case .markedNoActivities(let name):
            pick(
                nb: "'\(name)' er merket «ingen» under aktiviteter i listen over tilknytninger, men har denne aktiviteten",
                nn: "'\(name)' er merkt «ingen» under aktivitetar i lista over tilknytingar, men har denne aktiviteten",
                en: "'\(name)' is marked «ingen» under activities in the list of ties, but has this activity")
        case .excelError(let error, let heading?):
            pick(
                nb: "cellen har Excel-feilen \(error); forventet en verdi for '\(heading)' eller en tom celle",
                nn: "cella har Excel-feilen \(error); venta ein verdi for '\(heading)' eller ei tom celle",
                en: "the cell holds Excel's error \(error); expected '\(heading)' or an empty cell")
        case .excelError(let error, nil):
            pick(
                nb: "cellen har Excel-feilen \(error); forventet et notat eller en tom celle",
                nn: "cella har Excel-feilen \(error); venta eit notat eller ei tom celle",
                en: "the cell holds Excel's error \(error); expected a note or an empty cell")
        case .sheetEmpty(let sheet?):
            pick(
                nb: "arket '\(sheet)' er tomt; forventet en rad med overskrifter",
                nn: "arket '\(sheet)' er tomt; venta ei rad med overskrifter",
                en: "the sheet '\(sheet)' is empty; expected a row of headings")
        case .sheetEmpty(nil):
            pick(
                nb: "filen er tom; forventet en rad med overskrifter", nn: "fila er tom; venta ei rad med overskrifter",
                en: "the file is empty; expected a row of headings")
        case .oneColumnHeading(let h):
            pick(
                nb:
                    "overskriftsraden har én kolonne ('\(h)'); forventet overskrifter skilt med ';' (slik norsk Excel lagrer CSV) eller ','",
                nn: "overskriftsrada har éin kolonne ('\(h)'); venta overskrifter skilde med ';' (slik norsk Excel lagrar CSV) eller ','",
                en: "the heading row has one column ('\(h)'); expected headings separated by ';' (as Norwegian Excel saves CSV) or ','")
        case .tooManyColumns(let n, let limit):
            pick(
                nb: "overskriftsraden har \(n) kolonner; en liste over tilknytninger har høyst \(limit)",
                nn: "overskriftsrada har \(n) kolonnar; ei liste over tilknytingar har høgst \(limit)",
                en: "the heading row has \(n) columns; a list of ties has at most \(limit)")
        case .valuesWithoutHeading:
            pick(
                nb: "denne kolonnen har verdier, men ingen overskrift", nn: "denne kolonnen har verdiar, men inga overskrift",
                en: "this column has values but no heading")
        case .unknownColumn(let text, let c, let expected):
            pick(nb: "ukjent kolonne '\(text)'", nn: "ukjend kolonne '\(text)'", en: "unknown column '\(text)'") + self(c) + "; "
                + self(expected)
        case .columnRepeats(let text, let column, let heading):
            pick(
                nb: "kolonnen '\(text)' gjentar kolonne \(column) ('\(heading)')",
                nn: "kolonnen '\(text)' gjentek kolonne \(column) ('\(heading)')",
                en: "the column '\(text)' repeats column \(column) ('\(heading)')")
        case .missingColumns(let keys, let headings):
            missingColumns(
                keys.map { "'" + (heading(Record.fieldHeadings[$0] ?? Activity.headings[$0]) ?? $0) + "'" }, headings.map { "'\($0)'" })
        case .rowsUseOtherSeparator(let columns):
            pick(
                nb:
                    "overskriftsraden har \(columns) kolonner, men ingen rad under har mer enn én: radene bruker et annet skilletegn enn overskriftene; lagre filen på nytt fra Excel",
                nn:
                    "overskriftsrada har \(columns) kolonnar, men inga rad under har meir enn éin: radene brukar eit anna skiljeteikn enn overskriftene; lagre fila på nytt frå Excel",
                en:
                    "the heading row has \(columns) columns but no row below it has more than one: the rows use another separator than the headings; save the file again from Excel"
            )
        case .rowLongerThanHeadings(let fields, let columns):
            pick(
                nb:
                    "raden har \(fields) felt, overskriftsraden \(columns): står det et skilletegn i en tekst (en merknad)? Da trenger teksten anførselstegn, og verdiene etter den har flyttet seg én kolonne",
                nn:
                    "rada har \(fields) felt, overskriftsrada \(columns): står det eit skiljeteikn i ein tekst (ein merknad)? Då treng teksten hermeteikn, og verdiane etter han har flytta seg éin kolonne",
                en:
                    "the row has \(fields) fields, the heading row \(columns): is there a separator in a text (a note)? Then the text needs quotation marks, and the values after it have moved one column"
            )
        case .beyondLastColumn(let columns):
            pick(
                nb:
                    "en verdi etter siste kolonne: overskriftsraden har \(columns) kolonner; en verdi som inneholder skilletegnet, trenger anførselstegn",
                nn:
                    "ein verdi etter siste kolonne: overskriftsrada har \(columns) kolonnar; ein verdi som inneheld skiljeteiknet, treng hermeteikn",
                en: "a value beyond the last column: the heading row has \(columns) columns; a value that holds the separator needs quotes")
        case .noHeadingColumn(let last):
            pick(
                nb: "en verdi i en kolonne uten overskrift: overskriftene slutter ved kolonne \(last)",
                nn: "ein verdi i ein kolonne utan overskrift: overskriftene sluttar ved kolonne \(last)",
                en: "a value in a column without a heading: the headings end at column \(last)")
        case .activitiesTakesNone(let heading, let found):
            pick(
                nb:
                    "'\(heading)' kan bare ha «ingen» (for en tilknytning uten aktiviteter), ikke '\(found)'; før opp aktivitetene på arket «Aktiviteter» eller i filen NAVN.aktiviteter.csv",
                nn:
                    "'\(heading)' kan berre ha «ingen» (for ei tilknyting utan aktivitetar), ikkje '\(found)'; før opp aktivitetane på arket «Aktivitetar» eller i fila NAMN.aktivitetar.csv",
                en:
                    "'\(heading)' takes only «ingen» (for a tie with no activity), not '\(found)'; list activities in the sheet «Activities» or the file NAME.activities.csv"
            )
        case .notAFactOfRuleSet(let item, let heading, let c):
            pick(
                nb: "'\(item)' i '\(heading)' er ikke et faktum i regelsettet, verken ved navn eller etikett",
                nn: "'\(item)' i '\(heading)' er ikkje eit faktum i regelsettet, korkje ved namn eller etikett",
                en: "'\(item)' in '\(heading)' is not a fact of the rule set, by name or by label") + self(c)
        case .ambiguousSeparator(let text, let heading, let digits):
            pick(
                nb:
                    "skilletegnet i '\(text)' i '\(heading)' kan være desimaltegn eller tusenskille; skriv \(digits), eller skill tusener med mellomrom",
                nn:
                    "skiljeteiknet i '\(text)' i '\(heading)' kan vere desimalteikn eller tusenskilje; skriv \(digits), eller skil tusen med mellomrom",
                en: "'\(text)' in '\(heading)' could be a decimal or a thousands separator; write \(digits) or group thousands with a space"
            )
        case .expectedNumberIn(let heading, let example, let found):
            pick(
                nb: "forventet '\(heading)' som \(self(example)), fant '\(found)'",
                nn: "venta '\(heading)' som \(self(example)), fann '\(found)'",
                en: "expected '\(heading)' as \(self(example)), found '\(found)'")
        case .expectedYesNo(let heading, let found):
            pick(
                nb: "forventet '\(heading)' som Ja eller Nei, fant '\(found)'", nn: "venta '\(heading)' som Ja eller Nei, fann '\(found)'",
                en: "expected '\(heading)' as Ja or Nei, found '\(found)'")
        case .nulInText:
            pick(
                nb: "et NUL-tegn (byte 0) er ikke tekst; lagre listen som CSV fra regnearket på nytt",
                nn: "eit NUL-teikn (byte 0) er ikkje tekst; lagre lista som CSV frå reknearket på nytt",
                en: "a NUL character (byte 0) is not text; save the list again as CSV from the spreadsheet")
        case .byteOrderMarkInside:
            pick(
                nb: "et byte-rekkefølgemerke inne i filen: to eksporter satt sammen? Lagre listen på nytt som én CSV-fil",
                nn: "eit byte-rekkjefølgjemerke inne i fila: to eksportar sette saman? Lagre lista på nytt som éi CSV-fil",
                en: "a byte-order mark inside the file: two exports joined? Save the list again as one CSV file")
        case .damagedUTF16:
            pick(
                nb: "filen er skadet UTF-16-tekst (avkortet, eller et halvt tegn); lagre den på nytt som «CSV UTF-8»",
                nn: "fila er skadd UTF-16-tekst (avkorta, eller eit halvt teikn); lagre ho på nytt som «CSV UTF-8»",
                en: "the file is damaged UTF-16 text (cut off, or half a character); save it again as «CSV UTF-8»")
        case .mixedEncoding(let byte):
            pick(
                nb: "filen blander UTF-8-tekst med en annen tegnkoding (byte 0x\(byte) her); lagre den på nytt som «CSV UTF-8»",
                nn: "fila blandar UTF-8-tekst med ei anna teiknkoding (byte 0x\(byte) her); lagre ho på nytt som «CSV UTF-8»",
                en: "the file mixes UTF-8 text with another encoding (byte 0x\(byte) here); save it again as «CSV UTF-8»")
        case .notUTF8OrWindows1252(let byte):
            pick(
                nb:
                    "filen er verken UTF-8- eller Windows-1252-tekst\(byte.map { " (byte 0x\($0) her)" } ?? ""); i Excel velger du Fil → Lagre som → «CSV UTF-8 (kommadelt) (*.csv)», i LibreOffice krysser du av for «Rediger filterinnstillinger» og velger Unicode (UTF-8)",
                nn:
                    "fila er korkje UTF-8- eller Windows-1252-tekst\(byte.map { " (byte 0x\($0) her)" } ?? ""); i Excel vel du Fil → Lagre som → «CSV UTF-8 (kommadelt) (*.csv)», i LibreOffice kryssar du av for «Rediger filterinnstillinger» og vel Unicode (UTF-8)",
                en:
                    "the file is neither UTF-8 nor Windows-1252 text\(byte.map { " (byte 0x\($0) here)" } ?? ""); in Excel choose Fil → Lagre som → «CSV UTF-8 (kommadelt) (*.csv)», or in LibreOffice tick «Rediger filterinnstillinger» and choose Unicode (UTF-8)"
            )
        case .unclosedQuote:
            pick(
                nb: "denne cellen åpner et anførselstegn '\"' som aldri lukkes, så resten av filen blir én celle; lukk det eller fjern det",
                nn: "denne cella opnar eit hermeteikn '\"' som aldri vert lukka, så resten av fila vert éi celle; lukk det eller fjern det",
                en: "this cell opens a quote '\"' that is never closed, so the rest of the file is one cell; close it or remove it")
        case .readAsWindows1252:
            pick(
                nb:
                    "lest som Windows-1252-tekst (gjettet); lagrer du listen som «CSV UTF-8» med Lagre som i Excel, trenger ikke ties å gjette",
                nn: "lesen som Windows-1252-tekst (gjetta); lagrar du lista som «CSV UTF-8» med Lagre som i Excel, treng ikkje ties gjette",
                en: "read as Windows-1252 text; «CSV UTF-8» from Excel's Lagre som avoids the guess")

        case .oldExcel:
            pick(
                nb: "en Excel 97–2003-arbeidsbok (.xls); lagre den fra Excel som «Excel-arbeidsbok (*.xlsx)» eller «CSV UTF-8»",
                nn: "ei Excel 97–2003-arbeidsbok (.xls); lagre ho frå Excel som «Excel-arbeidsbok (*.xlsx)» eller «CSV UTF-8»",
                en: "an Excel 97–2003 workbook (.xls); save it from Excel as «Excel-arbeidsbok (*.xlsx)» or «CSV UTF-8»")
        case .notAWorkbook:
            pick(
                nb:
                    "ikke en Excel-arbeidsbok, eller den er skadet: en .xlsx-fil er en zip-beholder, og denne filen er ikke hel; lagre den fra Excel som «Excel-arbeidsbok (*.xlsx)»",
                nn:
                    "ikkje ei Excel-arbeidsbok, eller ho er skadd: ei .xlsx-fil er ein zip-behaldar, og denne fila er ikkje heil; lagre ho frå Excel som «Excel-arbeidsbok (*.xlsx)»",
                en:
                    "not an Excel workbook, or a damaged one: an .xlsx file is a zip container, and this is not a whole one; save it from Excel as «Excel-arbeidsbok (*.xlsx)»"
            )
        case .damagedWorkbook(let d) where d.saysItsFix:
            pick(nb: "ikke en lesbar Excel-arbeidsbok: ", nn: "ikkje ei lesbar Excel-arbeidsbok: ", en: "not a readable Excel workbook: ")
                + self(d)
        case .damagedWorkbook(let d):
            pick(
                nb: "ikke en lesbar Excel-arbeidsbok: \(self(d)); åpne den i Excel og lagre den på nytt",
                nn: "ikkje ei lesbar Excel-arbeidsbok: \(self(d)); opne ho i Excel og lagre ho på nytt",
                en: "not a readable Excel workbook: \(self(d)); open it in Excel and save it again")
        case .workbookUnreadable(let d?): self(.damagedWorkbook(d))
        case .workbookUnreadable(nil):
            pick(
                nb: "ikke en lesbar Excel-arbeidsbok; åpne den i Excel og lagre den på nytt",
                nn: "ikkje ei lesbar Excel-arbeidsbok; opne ho i Excel og lagre ho på nytt",
                en: "not a readable Excel workbook; open it in Excel and save it again")

        case .noSuchFile(let path): pick(nb: "finner ikke filen '\(path)'", nn: "finn ikkje fila '\(path)'", en: "no such file '\(path)'")
        case .isAFolder(let path):
            pick(
                nb: "'\(path)' er en mappe; forventet en fil", nn: "'\(path)' er ei mappe; venta ei fil",
                en: "'\(path)' is a folder; expected a file")
        case .cannotRead(let path): pick(nb: "kan ikke lese '\(path)'", nn: "kan ikkje lese '\(path)'", en: "cannot read '\(path)'")
        case .inputTooLarge(let path, let mib):
            pick(
                nb: "'\(path)' er større enn \(mib) MiB; legg en så lang liste over tilknytninger i JSON Lines",
                nn: "'\(path)' er større enn \(mib) MiB; legg ei så lang liste over tilknytingar i JSON Lines",
                en: "'\(path)' is larger than \(mib) MiB; put a list of ties this large in JSON Lines")
        case .cannotList(let folder):
            pick(nb: "kan ikke liste opp '\(folder)'", nn: "kan ikkje liste opp '\(folder)'", en: "cannot list '\(folder)'")
        case .refusingToOverwrite(let path):
            pick(
                nb: "skriver ikke over inndatafilen '\(path)'", nn: "skriv ikkje over inndatafila '\(path)'",
                en: "refusing to write over the input '\(path)'")
        case .templateExists(let path):
            pick(
                nb: "'\(path)' finnes allerede og kan være en utfylt liste; gi --overwrite for å skrive over den, eller velg et annet navn",
                nn:
                    "'\(path)' finst allereie og kan vere ei utfylt liste; gje --overwrite for å skrive over henne, eller vel eit anna namn",
                en: "'\(path)' is already there and may be a filled-in list; give --overwrite to write over it, or choose another name")
        case .notATieLine(let path, let line):
            pick(
                nb:
                    "linje \(line) i '\(path)' er ikke en tilknytning: en liste i JSON Lines begynner med {\"id\": …}, og ingenting fra linjen vises",
                nn:
                    "linje \(line) i '\(path)' er ikkje ei tilknyting: ei liste i JSON Lines byrjar med {\"id\": …}, og ingenting frå linja vert vist",
                en:
                    "line \(line) of '\(path)' is not a tie: a list in JSON Lines starts with {\"id\": …}, and nothing from the line is shown"
            )
        case .notAJSONObjectLine(let path, let line):
            pick(
                nb:
                    "linje \(line) i '\(path)' er ikke et JSON-objekt; JSON Lines har ett objekt {…} per linje, og ingenting fra linjen vises",
                nn:
                    "linje \(line) i '\(path)' er ikkje eit JSON-objekt; JSON Lines har eitt objekt {…} per linje, og ingenting frå linja vert vist",
                en:
                    "line \(line) of '\(path)' is not a JSON object; JSON Lines has one object {…} per line, and nothing from the line is shown"
            )
        case .noKnownHeadings(let path):
            pick(
                nb: "'\(path)' har ingen kjent overskrift i første rad, så den leses ikke som en liste, og ingenting fra den vises",
                nn:
                    "'\(path)' har inga kjend overskrift i første rad, så ho vert ikkje lesen som ei liste, og ingenting frå henne vert vist",
                en: "'\(path)' has no known heading in its first row, so it is not read as a list, and nothing from it is shown")
        case .readOnlyOutput(let path):
            pick(
                nb: "'\(path)' er skrivebeskyttet; skriver ikke over den", nn: "'\(path)' er skriveverna; skriv ikkje over ho",
                en: "'\(path)' is read-only; refusing to write over it")
        case .outputIsFolder(let path): pick(nb: "'\(path)' er en mappe", nn: "'\(path)' er ei mappe", en: "'\(path)' is a folder")
        case .noSuchFolder(let folder):
            pick(nb: "finner ikke mappen '\(folder)'", nn: "finn ikkje mappa '\(folder)'", en: "no such folder '\(folder)'")
        case .noSuchFolderGiven(let folder, let option):
            pick(
                nb: "finner ikke mappen '\(folder)' (gitt med \(option))", nn: "finn ikkje mappa '\(folder)' (gjeven med \(option))",
                en: "no such folder '\(folder)' (given with \(option))")
        case .specialFile(let path, let kind):
            pick(
                nb: "'\(path)' er \(self(kind)), ikke en fil; lagre inndataene som en fil",
                nn: "'\(path)' er \(self(kind)), ikkje ei fil; lagre inndataa som ei fil",
                en: "'\(path)' is \(self(kind)), not a file; save the input as a file")
        case .linkToNothing(let path):
            pick(
                nb: "'\(path)' er en lenke til en fil som ikke finnes; oppgi selve filen",
                nn: "'\(path)' er ei lenkje til ei fil som ikkje finst; oppgje sjølve fila",
                en: "'\(path)' is a link to a file that does not exist; name the file itself")
        case .cannotOpen(let path, let kind, let reason):
            pick(
                nb: "kan ikke åpne '\(path)', \(self(kind)): \(reason)", nn: "kan ikkje opne '\(path)', \(self(kind)): \(reason)",
                en: "cannot open '\(path)', \(self(kind)): \(reason)")
        case .cannotCreate(let path, let reason):
            pick(
                nb: "kan ikke opprette '\(path)': \(reason)", nn: "kan ikkje opprette '\(path)': \(reason)",
                en: "cannot create '\(path)': \(reason)")
        case .cannotWrite(let output, let reason):
            pick(
                nb: "kan ikke skrive \(self(output)): \(reason)", nn: "kan ikkje skrive \(self(output)): \(reason)",
                en: "cannot write \(self(output)): \(reason)")
        case .cannotMoveInto(let output, let reason):
            pick(
                nb: "kan ikke flytte den ferdige rapporten til \(self(output)): \(reason)",
                nn: "kan ikkje flytte den ferdige rapporten til \(self(output)): \(reason)",
                en: "cannot move the finished report into \(self(output)): \(reason)")
        case .bulkNamesNoRuleSet(let path):
            pick(
                nb: "\(path) er en massefil (JSON Lines) og nevner ikke noe regelsett; bruk --rules FIL",
                nn: "\(path) er ei massefil (JSON Lines) og nemner ikkje noko regelsett; bruk --rules FIL",
                en: "\(path) is a bulk file (JSON Lines) and names no rule set; pass --rules FILE")
        case .namesNoRuleSet(let path):
            pick(
                nb: "\(path) nevner ikke noe regelsett; legg til 'rules: sti/til/regler.yaml' eller bruk --rules",
                nn: "\(path) nemner ikkje noko regelsett; legg til 'rules: sti/til/reglar.yaml' eller bruk --rules",
                en: "\(path) names no rule set; add 'rules: path/to/rules.yaml' or pass --rules")
        case .listNamesNoRuleSet(let path):
            pick(
                nb: "\(path) er en liste over tilknytninger uten porteføljehode og nevner ikke noe regelsett; bruk --rules FIL",
                nn: "\(path) er ei liste over tilknytingar utan porteføljehovud og nemner ikkje noko regelsett; bruk --rules FIL",
                en: "\(path) is a list of ties without a portfolio header and names no rule set; pass --rules FILE")
        case .logBesideWorkbook(let log):
            pick(
                nb: "\(log) ved siden av arbeidsboken leses ikke: en arbeidsbok har aktivitetene på et ark som heter «Aktiviteter»",
                nn: "\(log) ved sida av arbeidsboka vert ikkje lesen: ei arbeidsbok har aktivitetane på eit ark som heiter «Aktivitetar»",
                en: "\(log) beside the workbook is not read: a workbook keeps its activities in a sheet named «Aktiviteter»")
        case .twoLogs(let path, let found):
            pick(
                nb: "to aktivitetslogger ved siden av \(path): \(found.joined(separator: " og ")); behold én",
                nn: "to aktivitetsloggar ved sida av \(path): \(found.joined(separator: " og ")); behald éin",
                en: "two activity logs beside \(path): \(found.joined(separator: " and ")); keep one")
        case .recordingNeedsPlainFile:
            pick(
                nb:
                    "kan ikke legge til i denne expected.yaml slik den er skrevet: --record endrer en fil der hver oppføring begynner en linje, som 'id:' i første kolonne, i ett YAML-dokument uten ankere; skriv den om slik, eller flytt den bort for å få den skrevet på nytt",
                nn:
                    "kan ikkje leggje til i denne expected.yaml slik ho er skriven: --record endrar ei fil der kvar oppføring byrjar ei linje, som 'id:' i første kolonne, i eitt YAML-dokument utan anker; skriv ho om slik, eller flytt ho bort for å få ho skriven på nytt",
                en:
                    "cannot add to this expected.yaml as it is written: --record edits a file whose entries each start a line, as 'id:' in its first column, in one YAML document without anchors; rewrite it so, or move it away to have it written anew"
            )
        case .notPlainText(let ext):
            pick(
                nb:
                    "strategien må være ren tekst, ikke .\(ext): lagre den som tekst (i Word: Lagre som → «Ren tekst»; for en PDF: pdftotext FIL.pdf)",
                nn:
                    "strategien må vere rein tekst, ikkje .\(ext): lagre han som tekst (i Word: Lagre som → «Ren tekst»; for ein PDF: pdftotext FIL.pdf)",
                en:
                    "the strategy must be plain text, not .\(ext): save it as text (in Word: Lagre som → «Ren tekst»; for a PDF: pdftotext FILE.pdf)"
            )
        case .alreadyThere(let existing):
            pick(
                nb:
                    "finnes allerede: \(existing.joined(separator: ", ")); ties init skriver aldri over noe, så ingenting ble laget. Flytt filene bort, eller velg et annet navn",
                nn:
                    "finst alt: \(existing.joined(separator: ", ")); ties init skriv aldri over noko, så ingenting er laga. Flytt filene bort, eller vel eit anna namn",
                en:
                    "already there: \(existing.joined(separator: ", ")); ties init never overwrites anything, so it made nothing. Move them away, or choose another name"
            )
        case .cannotMakeFolder(let folder, let occupied):
            pick(
                nb: "kan ikke lage mappen '\(folder)': ", nn: "kan ikkje lage mappa '\(folder)': ",
                en: "cannot make the folder '\(folder)': ")
                + (occupied
                    ? pick(
                        nb: "en fil med det navnet er i veien", nn: "ei fil med det namnet er i vegen",
                        en: "a file of that name is in the way")
                    : pick(nb: "ikke tillatt her", nn: "ikkje tillate her", en: "not allowed here"))
        case .noRecord(let id, let portfolio, let c):
            pick(
                nb: "ingen tilknytning '\(id)' i \(portfolio)", nn: "inga tilknyting '\(id)' i \(portfolio)",
                en: "no record '\(id)' in \(portfolio)") + self(c)
        case .binaryNeedsFile(let ext):
            pick(
                nb: "en .\(ext) er binær; skriv den til en fil med -o", nn: "ei .\(ext) er binær; skriv ho til ei fil med -o",
                en: "\(ext == "xlsx" ? "an" : "a") .\(ext) is binary; write it to a file with -o")
        case .replacedThroughLink(let path):
            pick(
                nb: "'\(path)' er en lenke til en annen fil; --record skriver bare utvalgets egen fil, så erstatt lenken med en kopi",
                nn: "'\(path)' er ei lenkje til ei anna fil; --record skriv berre utvalet si eiga fil, så byt ut lenkja med ein kopi",
                en: "'\(path)' is a link to another file; --record writes only the sample's own file, so replace the link with a copy")
        case .emptyOutputName:
            pick(
                nb: "-o er gitt uten filnavn; gi et navn, eller la -o være for å skrive til skjermen",
                nn: "-o er gjeve utan filnamn; gje eit namn, eller la -o vere for å skrive til skjermen",
                en: "-o is given no file name; give one, or leave -o out to write to the screen")
        }
    }

    /// « (id, name og kind må være med)»: the keys a mapping must have, after what was found.
    private func required(_ shape: Phrase.Shape) -> String {
        guard case .mapping(_, let required) = shape, !required.isEmpty else { return "" }
        return " (" + list(required) + pick(nb: " må være med)", nn: " må vere med)", en: " must be there)")
    }

    private func expectedColumn(_ fields: String, _ facts: String) -> String {
        pick(
            nb: "forventet et felt (\(fields)) eller et faktum i regelsettet, med navn eller etikett (\(facts))",
            nn: "venta eit felt (\(fields)) eller eit faktum i regelsettet, med namn eller etikett (\(facts))",
            en: "expected a field (\(fields)) or a fact of the rule set by name or label (\(facts))")
    }

    private func missingColumns(_ absent: [String], _ headings: [String]) -> String {
        let (columns, shown) = (list(absent), list(headings))
        return absent.count == 1
            ? pick(
                nb: "overskriftsraden har ingen kolonne for \(columns); hver rad trenger denne kolonnen (overskrifter: \(shown))",
                nn: "overskriftsrada har ingen kolonne for \(columns); kvar rad treng denne kolonnen (overskrifter: \(shown))",
                en: "the heading row has no column for \(columns); every row needs it (headings: \(shown))")
            : pick(
                nb: "overskriftsraden har ingen kolonner for \(columns); hver rad trenger disse kolonnene (overskrifter: \(shown))",
                nn: "overskriftsrada har ingen kolonnar for \(columns); kvar rad treng desse kolonnane (overskrifter: \(shown))",
                en: "the heading row has no columns for \(columns); every row needs them (headings: \(shown))")
    }

    /// A column's heading in this language, of the words a list may head it with.
    func heading(_ words: [String: [String]]?) -> String? { words?[language.code]?.first ?? words?["nb"]?.first }

    /// What libyaml says of a document it cannot read, in this language; a text it has not been taught stays as it is.
    func yaml(_ problem: String) -> String {
        let known: [String: (nb: String, nn: String)] = [
            "mapping values are not allowed in this context": (
                "et kolon her begynner en ny verdi der ingen kan stå", "eit kolon her byrjar ein ny verdi der ingen kan stå"
            ),
            "did not find expected key": (
                "fant ikke den neste nøkkelen der innrykket sier at den skal stå",
                "fann ikkje den neste nøkkelen der innrykket seier at han skal stå"
            ),
            "did not find expected '-' indicator": (
                "fant ikke '-' foran neste punkt i listen", "fann ikkje '-' framfor neste punkt i lista"
            ),
            "did not find expected ',' or ']'": ("fant ikke ',' eller ']' i listen", "fann ikkje ',' eller ']' i lista"),
            "did not find expected ',' or '}'": ("fant ikke ',' eller '}'", "fann ikkje ',' eller '}'"),
            "could not find expected ':'": ("fant ikke ':' etter nøkkelen", "fann ikkje ':' etter nøkkelen"),
            "found character that cannot start any token": (
                "et tegn her kan ikke begynne en verdi", "eit teikn her kan ikkje byrje ein verdi"
            ),
            "found undefined alias": ("et alias uten anker", "eit alias utan anker"),
            "but found another document": (
                "filen har ett YAML-dokument til her (etter '---')", "fila har eitt YAML-dokument til her (etter '---')"
            ),
            "found unexpected end of stream": ("filen slutter før verdien er ferdig", "fila sluttar før verdien er ferdig"),
            "control characters are not allowed": ("kontrolltegn er ikke tillatt", "kontrollteikn er ikkje tillatne"),
            "found unknown escape character": ("ukjent escape-tegn", "ukjent escape-teikn"),
            "found a tab character that violates indentation": ("en tabulator bryter innrykket", "ein tabulator bryt innrykket"),
            "found a tab character where an indentation space is expected": (
                "en tabulator der innrykket skal være mellomrom", "ein tabulator der innrykket skal vere mellomrom"
            ),
            "found unexpected ':'": ("uventet ':'", "uventa ':'"),
            "while parsing a block collection": ("i en liste", "i ei liste"),
            "while parsing a block mapping": ("i nøkler med verdier", "i nøklar med verdiar"),
            "while parsing a flow sequence": ("i en liste i klammer", "i ei liste i klammer"),
            "while parsing a flow mapping": ("i nøkler med verdier i krøllparenteser", "i nøklar med verdiar i krøllparentesar"),
            "while scanning a simple key": ("i en nøkkel", "i ein nøkkel"),
            "while scanning a quoted scalar": ("i en tekst i anførselstegn", "i ein tekst i hermeteikn"),
            "while scanning a plain scalar": ("i en verdi", "i ein verdi"),
            "expected a single document in the stream": (
                "en fil skal ha bare ett dokument; det første begynner", "ei fil skal ha berre eitt dokument; det første byrjar"
            ),
            "while scanning for the next token": ("foran neste verdi", "før neste verdi"),
            "while parsing a quoted scalar": ("i en tekst i anførselstegn", "i ein tekst i hermeteikn"),
            "block sequence entries are not allowed in this context": (
                "et listepunkt ('- ') kan ikke stå her; sett det på en egen linje med innrykk",
                "eit listepunkt ('- ') kan ikkje stå her; set det på ei eiga linje med innrykk"
            ),
            "did not find expected alphabetic or numeric character": (
                "forventet et navn etter '&' eller '*'", "venta eit namn etter '&' eller '*'"
            ),
            "while scanning an anchor": ("i et anker", "i eit anker"),
            "while scanning an alias": ("i et alias", "i eit alias"),
            "did not find expected comment or line break": (
                "forventet linjeskift eller kommentar her", "venta linjeskift eller kommentar her"
            ),
            "while scanning a block scalar": ("i en tekst over flere linjer", "i ein tekst over fleire linjer"),
            "found unexpected document indicator": ("'---' eller '...' kan ikke stå her", "'---' eller '...' kan ikkje stå her"),
            "did not find expected node content": ("forventet en verdi her", "venta ein verdi her"),
            "while parsing a block node": ("i en verdi", "i ein verdi"),
            "while parsing a flow node": ("i en verdi", "i ein verdi"),
        ]
        guard let words = known[problem] else { return problem }
        return pick(nb: words.nb, nn: words.nn, en: problem)
    }

    func callAsFunction(_ o: Phrase.HeadingOwner) -> String {
        switch o {
        case .field(let f): pick(nb: "feltet '\(f)'", nn: "feltet '\(f)'", en: "the field '\(f)'")
        case .activityColumn: pick(nb: "aktivitetskolonnen", nn: "aktivitetskolonnen", en: "the activity column")
        case .fact(let f): pick(nb: "faktumet '\(f)'", nn: "faktumet '\(f)'", en: "the fact '\(f)'")
        }
    }

    func callAsFunction(_ e: Phrase.NumberExample) -> String {
        switch e {
        case .whole: pick(nb: "et heltall", nn: "eit heiltal", en: "a whole number")
        case .withComma:
            pick(nb: "et tall som 145 000 eller 0,5", nn: "eit tal som 145 000 eller 0,5", en: "a number such as 145 000 or 0,5")
        case .withPoint: pick(nb: "et tall som 145000 eller 0.5", nn: "eit tal som 145000 eller 0.5", en: "a number such as 145000 or 0.5")
        }
    }

    public func callAsFunction(_ o: Phrase.Output) -> String {
        switch o {
        case .standardOutput: pick(nb: "standard utdata", nn: "standard utdata", en: "standard output")
        case .file(let path): path
        }
    }

    func callAsFunction(_ c: Phrase.Contents) -> String {
        switch c {
        case .mapping: pick(nb: "nøkler med verdier", nn: "nøklar med verdiar", en: "a mapping")
        case .record: pick(nb: "en tilknytning", nn: "ei tilknyting", en: "a record")
        case .ruleSet:
            pick(
                nb: "et regelsett med 'ruleset', 'facts' og 'rules'", nn: "eit regelsett med 'ruleset', 'facts' og 'rules'",
                en: "a rule set with 'ruleset', 'facts' and 'rules'")
        case .proposal: pick(nb: "'proposal:' og 'record:'", nn: "'proposal:' og 'record:'", en: "'proposal:' and 'record:'")
        }
    }

    func callAsFunction(_ k: Phrase.SpecialFile) -> String {
        switch k {
        case .device: pick(nb: "en enhet", nn: "ei eining", en: "a device")
        case .pipe: pick(nb: "et rør", nn: "eit røyr", en: "a pipe")
        case .socket: pick(nb: "en sokkel", nn: "ein sokkel", en: "a socket")
        case .special: pick(nb: "en spesialfil", nn: "ei spesialfil", en: "a special file")
        }
    }

    public func callAsFunction(_ d: Phrase.DamagedWorkbook) -> String {
        switch d {
        case .partTwice(let p):
            pick(nb: "den har delen \(p) to ganger", nn: "ho har delen \(p) to gonger", en: "it holds the part \(p) twice")
        case .activitySheets(let names):
            pick(
                nb: "den har \(names.count) aktivitetsark (\(names.map { "'\($0)'" }.joined(separator: ", "))); behold ett",
                nn: "ho har \(names.count) aktivitetsark (\(names.map { "'\($0)'" }.joined(separator: ", "))); behald eitt",
                en: "it has \(names.count) activity sheets (\(names.map { "'\($0)'" }.joined(separator: ", "))); keep one")
        case .hiddenActivitySheet(let name):
            pick(
                nb: "aktivitetsarket '\(name)' er skjult; vis det (Hjem → Format → Vis ark) eller slett det",
                nn: "aktivitetsarket '\(name)' er gøymt; vis det (Hjem → Format → Vis ark) eller slett det",
                en: "its activity sheet '\(name)' is hidden; show it (Hjem → Format → Vis ark) or delete it")
        case .noVisibleSheet:
            pick(
                nb: "arbeidsboken har ikke noe synlig ark", nn: "arbeidsboka har ikkje noko synleg ark",
                en: "the workbook has no visible sheet")
        case .sheetWithoutPart(let name, let relation):
            pick(
                nb: "arket '\(name)' har ingen del i arbeidsboken (relasjon '\(relation)')",
                nn: "arket '\(name)' har ingen del i arbeidsboka (relasjon '\(relation)')",
                en: "the sheet '\(name)' has no part in the workbook (relation '\(relation)')")
        case .inSheet(let name, let inner):
            pick(nb: "arket '\(name)': ", nn: "arket '\(name)': ", en: "the sheet '\(name)': ") + self(inner)
        case .partTooLarge(let p): pick(nb: "delen \(p) er for stor", nn: "delen \(p) er for stor", en: "the part \(p) is too large")
        case .checksum(let p):
            pick(
                nb: "delen \(p) er skadet (kontrollsummen stemmer ikke)", nn: "delen \(p) er skadd (kontrollsummen stemmer ikkje)",
                en: "the part \(p) is damaged (its checksum does not match)")
        case .cutShort(let p): pick(nb: "delen \(p) er avkortet", nn: "delen \(p) er avkorta", en: "the part \(p) is cut short")
        case .packedOddly(let p, let method):
            pick(
                nb: "delen \(p) er pakket på en måte Excel ikke bruker (metode \(method))",
                nn: "delen \(p) er pakka på ein måte Excel ikkje brukar (metode \(method))",
                en: "the part \(p) is packed in a way Excel does not use (method \(method))")
        case .lacksPart(let p): pick(nb: "den mangler delen \(p)", nn: "ho manglar delen \(p)", en: "it lacks the part \(p)")
        case .partOverLimit(let p, let mb):
            pick(
                nb: "delen \(p) er større enn \(mb) MB, mer enn XML-leseren tar; lagre listen som «CSV UTF-8» i stedet, eller del den",
                nn: "delen \(p) er større enn \(mb) MB, meir enn XML-lesaren tek; lagre lista som «CSV UTF-8» i staden, eller del ho",
                en:
                    "the part \(p) is larger than \(mb) MB, more than the XML reader takes; save the list as «CSV UTF-8» instead, or split it"
            )
        case .cannotUnpack(let p):
            pick(nb: "delen \(p) kan ikke pakkes ut", nn: "delen \(p) kan ikkje pakkast ut", en: "the part \(p) cannot be unpacked")
        case .partNotUTF8(let p):
            pick(nb: "delen \(p) er ikke UTF-8-tekst", nn: "delen \(p) er ikkje UTF-8-tekst", en: "the part \(p) is not UTF-8 text")
        case .notXML(let p, let line, let column, let fault):
            pick(
                nb: "delen \(p) er ikke gyldig XML på linje \(line), kolonne \(column): ",
                nn: "delen \(p) er ikkje gyldig XML på linje \(line), kolonne \(column): ",
                en: "the part \(p) is not valid XML at line \(line), column \(column): ") + self(fault)
        case .sharedTextTooLong(let n):
            pick(
                nb: "en delt tekst har mer enn \(n) tegn, mer enn Excel setter i en celle",
                nn: "ein delt tekst har meir enn \(n) teikn, meir enn Excel set i ei celle",
                en: "a shared text holds more than \(n) characters, more than Excel puts in a cell")
        case .rowOutOfOrder(let row, let last):
            pick(
                nb: "rad \(row) kommer etter rad \(last); radene i et ark står i rekkefølge, hver én gang",
                nn: "rad \(row) kjem etter rad \(last); radene i eit ark står i rekkjefølgje, kvar éin gong",
                en: "the row \(row) comes after row \(last); a sheet's rows are in order, each once")
        case .cellInWrongRow(let ref, let row):
            pick(
                nb: "cellen \(ref) er skrevet i rad \(row)", nn: "cella \(ref) er skriven i rad \(row)",
                en: "the cell \(ref) is written in row \(row)")
        case .notACellReference(let ref):
            pick(
                nb: "'\(ref)' er ikke en cellereferanse som C7", nn: "'\(ref)' er ikkje ein cellereferanse som C7",
                en: "'\(ref)' is not a cell reference such as C7")
        case .cellOutOfOrder(let ref):
            pick(
                nb: "cellen \(ref) står i feil rekkefølge eller etter Excels siste kolonne",
                nn: "cella \(ref) står i feil rekkjefølgje eller etter den siste kolonnen i Excel",
                en: "the cell \(ref) is out of order or beyond Excel's last column")
        case .tooManyCells(let n): pick(nb: "mer enn \(n) celler", nn: "meir enn \(n) celler", en: "more than \(n) cells")
        case .other(let text): text
        }
    }

    public func callAsFunction(_ f: Phrase.XMLFault) -> String {
        switch f {
        case .malformed:
            pick(
                nb: "merkingen er ufullstendig eller skrevet feil", nn: "merkinga er ufullstendig eller skriven feil",
                en: "the markup is incomplete or miswritten")
        case .textOutsideRoot:
            pick(
                nb: "tekst eller et element står utenfor rotelementet", nn: "tekst eller eit element står utanfor rotelementet",
                en: "text or an element stands outside the root element")
        case .noRootElement: pick(nb: "den har ikke noe element", nn: "han har ikkje noko element", en: "it holds no element")
        case .unclosed(let name):
            pick(
                nb: "elementet <\(name)> lukkes aldri", nn: "elementet <\(name)> vert aldri lukka",
                en: "the element <\(name)> is never closed")
        case .mismatchedEnd(let expected, let found):
            pick(
                nb: "</\(found)> lukker <\(expected)>", nn: "</\(found)> lukkar <\(expected)>", en: "</\(found)> closes <\(expected)>")
        case .badCharacterReference(let body):
            pick(
                nb: "&\(body); er ikke et tegn XML tillater", nn: "&\(body); er ikkje eit teikn XML tillèt",
                en: "&\(body); is not a character XML allows")
        case .undefinedEntity(let name):
            pick(
                nb: "entiteten &\(name); er ikke definert", nn: "entiteten &\(name); er ikkje definert",
                en: "the entity &\(name); is not defined")
        case .externalEntity(let name):
            pick(
                nb: "entiteten &\(name); viser til en ekstern fil, som ikke leses; teksten ville mangle",
                nn: "entiteten &\(name); viser til ei ekstern fil, som ikkje vert lesen; teksten ville mangle",
                en: "the entity &\(name); refers to an outside file, which is not read; the text would be missing")
        case .entityWithMarkup(let name):
            pick(
                nb: "entiteten &\(name); inneholder XML-merking, som ikke leses som tekst",
                nn: "entiteten &\(name); inneheld XML-merking, som ikkje vert lesen som tekst",
                en: "the entity &\(name); holds XML markup, which is not read as text")
        case .entitiesTooDeep(let n):
            pick(
                nb: "entitetene viser til hverandre i mer enn \(n) ledd", nn: "entitetane viser til kvarandre i meir enn \(n) ledd",
                en: "the entities refer to each other more than \(n) deep")
        case .entitiesTooLarge(let kb):
            pick(
                nb: "entitetene blir til mer enn \(kb) kB tekst", nn: "entitetane vert til meir enn \(kb) kB tekst",
                en: "the entities expand to more than \(kb) kB of text")
        case .parameterEntity:
            pick(
                nb: "den bruker parameterentiteter, som ikke leses", nn: "han brukar parameterentitetar, som ikkje vert lesne",
                en: "it uses parameter entities, which are not read")
        }
    }

    public func callAsFunction(_ b: Phrase.BrokenCell) -> String {
        switch b {
        case .formulaWithoutResult:
            pick(
                nb: "den har en formel uten lagret resultat; åpne arbeidsboken i Excel og lagre den, så resultatet lagres",
                nn: "ho har ein formel utan lagra resultat; opne arbeidsboka i Excel og lagre ho, så resultatet vert lagra",
                en: "it holds a formula with no stored result; open the workbook in Excel and save it, so the result is stored")
        case .missingSharedText(let n):
            pick(
                nb: "den viser til delt tekst nummer '\(n)', som arbeidsboken ikke har",
                nn: "ho viser til delt tekst nummer '\(n)', som arbeidsboka ikkje har",
                en: "it refers to shared text number '\(n)', which the workbook does not have")
        case .boolAs(let t) where t.isEmpty:
            pick(
                nb: "den er merket som sann/usann (TRUE/FALSE), men er tom", nn: "ho er merkt som sann/usann (TRUE/FALSE), men er tom",
                en: "it is marked TRUE or FALSE, but is empty")
        case .boolAs(let t):
            pick(
                nb: "den er merket som sann/usann (TRUE/FALSE), men inneholder '\(t)'",
                nn: "ho er merkt som sann/usann (TRUE/FALSE), men inneheld '\(t)'",
                en: "it is marked TRUE or FALSE, but holds '\(t)'")
        case .notANumber(let t):
            pick(
                nb: "den er merket som tall, men inneholder '\(t)', som ikke er et tall",
                nn: "ho er merkt som tal, men inneheld '\(t)', som ikkje er eit tal",
                en: "it is marked as a number, but holds '\(t)', which is not one")
        case .damaged(let d): self(d)
        case .tooLong(let n):
            pick(
                nb: "den har mer enn \(n) tegn, mer enn Excel setter i en celle",
                nn: "ho har meir enn \(n) teikn, meir enn Excel set i ei celle",
                en: "it holds more than \(n) characters, more than Excel puts in a cell")
        }
    }
}

extension String {
    /// «a rule» → «rule»: an English part's name without its article, for «duplicate rule id».
    fileprivate var dropArticle: String {
        for article in ["a ", "an ", "the "] where hasPrefix(article) { return String(dropFirst(article.count)) }
        return self
    }
}

extension Phrase {
    /// What is wrong in a line of JSON, at the column it points at.
    public enum JSON: Sendable, Hashable {
        case endAfterValue, valueAtEnd, keyInQuotes, colonAfterKey, controlInString, loneSurrogate, unterminatedString, fourHexDigits
        case expectedValue(found: String?)
        case nestedTooDeep(Int)
        case duplicateKey(String)
        case commaOr(Character, atEnd: Bool)
        case unknownEscape(String)
    }
}

extension Phrasebook {
    public func callAsFunction(_ j: Phrase.JSON) -> String {
        switch j {
        case .endAfterValue:
            pick(
                nb: "forventet slutten av linjen etter verdien", nn: "venta slutten av linja etter verdien",
                en: "expected the end of the line after the value")
        case .valueAtEnd:
            pick(
                nb: "forventet en verdi, fant slutten av linjen", nn: "venta ein verdi, fann slutten av linja",
                en: "expected a value, found the end of the line")
        case .keyInQuotes:
            pick(
                nb: "forventet en nøkkel i doble anførselstegn", nn: "venta ein nøkkel i doble hermeteikn",
                en: "expected a key in double quotes")
        case .colonAfterKey: pick(nb: "forventet ':' etter nøkkelen", nn: "venta ':' etter nøkkelen", en: "expected ':' after the key")
        case .controlInString:
            pick(
                nb: "et kontrolltegn inne i en tekst; skriv det som escape-sekvens",
                nn: "eit kontrollteikn inne i ein tekst; skriv det som escape-sekvens",
                en: "a control character inside a string; write it escaped")
        case .loneSurrogate:
            pick(
                nb: "et enslig surrogat i en \\u-escape", nn: "eit einsleg surrogat i ein \\u-escape", en: "a lone surrogate in \\u escape")
        case .unterminatedString:
            pick(
                nb: "teksten slutter ikke; forventet en avsluttende '\"'", nn: "teksten sluttar ikkje; venta ein avsluttande '\"'",
                en: "unterminated string; expected a closing '\"'")
        case .fourHexDigits:
            pick(
                nb: "forventet fire heksadesimale sifre etter \\u", nn: "venta fire heksadesimale siffer etter \\u",
                en: "expected four hex digits after \\u")
        case .expectedValue(let word):
            (word.map {
                pick(nb: "forventet en verdi, fant '\($0)'", nn: "venta ein verdi, fann '\($0)'", en: "expected a value, found '\($0)'")
            }
                ?? pick(nb: "forventet en verdi", nn: "venta ein verdi", en: "expected a value"))
                + pick(
                    nb: "; en verdi er \"tekst i doble anførselstegn\", et tall, true, false, null, [en liste] eller {et objekt}",
                    nn: "; ein verdi er \"tekst i doble hermeteikn\", eit tal, true, false, null, [ei liste] eller {eit objekt}",
                    en: "; a value is \"text in double quotes\", a number, true, false, null, [a list] or {an object}")
        case .nestedTooDeep(let n):
            pick(nb: "nøstet dypere enn \(n) nivåer", nn: "nøsta djupare enn \(n) nivå", en: "nested deeper than \(n) levels")
        case .duplicateKey(let k):
            pick(nb: "nøkkelen '\(k)' står to ganger", nn: "nøkkelen '\(k)' står to gonger", en: "duplicate key '\(k)'")
        case .commaOr(let close, let atEnd):
            atEnd
                ? pick(
                    nb: "forventet ',' eller '\(close)', fant slutten av linjen", nn: "venta ',' eller '\(close)', fann slutten av linja",
                    en: "expected ',' or '\(close)', found the end of the line")
                : pick(nb: "forventet ',' eller '\(close)'", nn: "venta ',' eller '\(close)'", en: "expected ',' or '\(close)'")
        case .unknownEscape(let e):
            pick(nb: "ukjent escape '\\\(e)'", nn: "ukjend escape '\\\(e)'", en: "unknown escape '\\\(e)'")
                + pick(nb: "; escape-sekvensene er", nn: "; escape-sekvensane er", en: "; the escapes are")
                + " \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"
        }
    }
}
