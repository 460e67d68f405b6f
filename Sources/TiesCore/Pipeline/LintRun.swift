/// What `ties lint` found across its rule sets: every problem, the rule sets that loaded, and how many quotes were
/// checked against their documents or could not be.
public struct LintRun: Sendable {
    public var diagnostics: [Diagnostic]
    public var ruleSets: [RuleSet]
    public var quotesChecked: Int
    public var quotesUnchecked: Int

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}

extension Pipeline {
    /// `ties lint`: each rule set loaded and linted, every quote checked against its document where the document is
    /// found: in `sources`, then `sources/` beside the rule set, then beside its folder (the layout `ties init` makes).
    /// A rule set that does not load adds its errors and is not linted further.
    public func lint(rules paths: [String], sources: String?, strict: Bool) throws -> LintRun {
        if let sources, !files.isDirectory(sources) { throw InputError(.missing, .noSuchFolderGiven(sources, option: "--sources")) }
        var run = LintRun(diagnostics: [], ruleSets: [], quotesChecked: 0, quotesUnchecked: 0)
        for path in paths {
            let source = try files.read(path)
            do {
                let ruleSet = try RuleSetLoader.load(source)
                run.ruleSets.append(ruleSet)
                let linter = Linter(ruleSet: ruleSet)
                let found = try documents(for: ruleSet, at: path, sources: sources, strict: strict)
                let counts = linter.quoteCounts(found)
                run.quotesChecked += counts.checked
                run.quotesUnchecked += counts.unchecked
                run.diagnostics += Diagnostic.withSourceLines(linter.lint(sources: found), [source])
                // The adoption init left to fill in, still a comment: reports then cite the strategy without its decision.
                if ruleSet.sources.first?.adopted == nil,
                    let line = source.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(where: {
                        $0.drop { $0 == " " }.hasPrefix("# adopted:")
                    })
                {
                    run.diagnostics += Diagnostic.withSourceLines(
                        [Diagnostic(.note, at: SourceLocation(file: path, line: line + 1, column: 3), .adoptionToFillIn)], [source])
                }
            } catch let error as DiagnosticsError {
                run.diagnostics += error.diagnostics
            }
        }
        return run
    }

    /// The cited documents, each from the first folder that holds it. A document found nowhere is reported by lint.
    func documents(for ruleSet: RuleSet, at path: String, sources: String?, strict: Bool) throws -> Linter.Sources {
        let folder = Paths.directory(of: path)
        var searched = sources.map { [$0] } ?? []
        for candidate in [Paths.join(folder, "sources"), Paths.join(folder, "../sources")].map(Paths.normalize)
        where !searched.contains(candidate) {
            searched.append(candidate)
        }
        var documents: [String: (text: String, sha256: String)] = [:]
        for source in ruleSet.sources {
            guard let file = searched.map({ Paths.join($0, source.file) }).first(where: { files.exists($0) && !files.isDirectory($0) })
            else { continue }
            let text = try files.read(file).text
            documents[source.file] = (text, hash(text))
        }
        return Linter.Sources(searched: searched, documents: documents, missingIsError: strict)
    }
}

extension Pipeline {
    /// `ties init`: a new municipality's files, made from its strategy document at `source`: its title (given, or
    /// found in its first lines), its SHA-256 and the sentences that read like criteria. The document comes back
    /// too, for the copy `sources/` keeps.
    public func newMunicipality(
        name: String, source: String, municipality: String?, title: String?, book: Phrasebook, languages: [Language]? = nil,
        asOf: ReviewDate
    ) throws -> (files: NewMunicipality, document: SourceText) {
        let document = try files.read(source)
        var new = NewMunicipality(
            name: name, municipality: municipality ?? NewMunicipality.municipality(from: name),
            documentFile: Paths.fileName(of: source), documentTitle: title ?? NewMunicipality.title(of: document.text),
            sha256: hash(document.text), book: book, languages: languages, asOf: asOf,
            candidates: NewMunicipality.candidateSentences(in: document.text))
        (new.adopted, new.caseReference) = NewMunicipality.adoption(of: document.text)
        return (new, document)
    }
}
