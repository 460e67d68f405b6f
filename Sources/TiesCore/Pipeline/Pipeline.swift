/// Every command's way from the paths a user gave to a result: find the inputs, load them, evaluate, then check,
/// compare or write a memo's contents. The command line only parses, calls one entry, renders and writes.
///
/// Files are read through `files` and the fingerprint's hash is `hash`, so the core needs neither a file system nor
/// a cryptography library, and tests can run the whole pipeline on files in memory.
public struct Pipeline: Sendable {
    /// The tool's version, as `ties --version`, the server and every fingerprint name it.
    public static let toolVersion = "0.1.0"

    public let files: any InputFiles
    /// SHA-256 of a text handed over in pieces (the closure is given a `write` to call with each), as lowercase hex:
    /// a portfolio's canonical text is never held whole.
    public let hashPieces: @Sendable (_ text: ((String) -> Void) -> Void) -> String
    /// The tool and its version, as the fingerprint names it: `ties 0.9.0`.
    public let tool: String

    public init(files: any InputFiles, hash: @escaping @Sendable (_ text: ((String) -> Void) -> Void) -> String, tool: String) {
        self.files = files
        self.hashPieces = hash
        self.tool = tool
    }

    /// SHA-256 of a text, as lowercase hex.
    public func hash(_ text: String) -> String { hashPieces { $0(text) } }

    /// `ties review`, `classify`, `explain`: the portfolio reviewed on its date (or `asOf`), with its fingerprint;
    /// `traces` false where no report will read them (see `Engine.keepsTraces`), `allReasons` false where only the
    /// decisive reason is read (`Engine.keepsAllReasons`); `wordsIn`, where every report of it
    /// is read in one language, gives that language for the rule set loaded (see `Engine.wordsIn`).
    public func review(
        portfolio: String, rules: String?, edits: [RuleSetEdit] = [], asOf: ReviewDate? = nil, traces: Bool = true,
        allReasons: Bool = true, wordsIn: ((RuleSet) -> Language)? = nil
    ) throws -> (Workspace, Review) {
        let workspace = try self.workspace(portfolio: portfolio, rules: rules, edits: edits, asOf: asOf)
        return (workspace, review(workspace, asOf: asOf, traces: traces, allReasons: allReasons, wordsIn: wordsIn))
    }

    /// The review of a workspace already loaded, as `review(portfolio:…)` makes it.
    public func review(
        _ workspace: Workspace, asOf: ReviewDate? = nil, traces: Bool = true, allReasons: Bool = true,
        wordsIn: ((RuleSet) -> Language)? = nil
    ) -> Review {
        let language = wordsIn?(workspace.ruleSet)
        // The fingerprint reads the inputs, not the review: the two are made at once.
        var (review, fingerprint) = Parallel.both(
            {
                Engine(ruleSet: workspace.ruleSet, keepsTraces: traces, keepsAllReasons: allReasons, wordsIn: language).review(
                    workspace.portfolio, asOf: asOf)
            },
            { self.fingerprint(workspace, asOf: asOf) })
        review.fingerprint = fingerprint
        return review
    }

    /// What a what-if edit changes: the review without and with the edits, and the records that change.
    public struct Comparison: Sendable {
        public var workspace: Workspace
        public var before: ReviewSnapshot
        public var after: ReviewSnapshot
        public var changes: [RecordChange]
    }

    /// `ties review --set … --compare`.
    public func compare(portfolio: String, rules: String?, edits: [RuleSetEdit], asOf: ReviewDate? = nil) throws -> Comparison {
        let (workspace, edited) = try review(portfolio: portfolio, rules: rules, edits: edits, asOf: asOf)
        let (_, original) = try review(portfolio: portfolio, rules: rules, asOf: asOf)
        let before = ReviewSnapshot(original)
        let after = ReviewSnapshot(edited)
        return Comparison(
            workspace: workspace, before: before, after: after, changes: ReviewComparison.changes(from: before, to: after))
    }

    /// `ties diff`: two reviews written as JSON, read back, and the records that changed between them.
    public func diff(_ old: String, _ new: String) throws -> (before: ReviewSnapshot, after: ReviewSnapshot, changes: [RecordChange]) {
        let before = try ReviewReader.snapshot(files.read(old))
        let after = try ReviewReader.snapshot(files.read(new))
        return (before, after, ReviewComparison.changes(from: before, to: after))
    }

    /// A streamed review of a JSON Lines file: the rule set, loaded once, and a reader that evaluates line after line.
    public func stream(_ path: String, rules: String?, edits: [RuleSetEdit] = [], asOf: ReviewDate? = nil) throws
        -> StreamedReview
    {
        guard let rules else {
            throw InputError(.data, .bulkNamesNoRuleSet(path))
        }
        let ruleSet = try RuleSetLoader.load(files.read(rules), edits: edits)
        return StreamedReview(
            path: path, ruleSet: ruleSet, asOf: asOf, language: ruleSet.languages.first ?? .nb, inputs: [path, rules])
    }
}

/// A proposed agreement assessed for its case memo: the tie as it would be, what it does to the portfolio's rules,
/// and the alternatives the proposal names.
public struct Justification: Sendable {
    public var proposal: Proposal
    public var ruleSet: RuleSet
    public var review: RecordReview
    /// Portfolio rules whose verdict changes when the tie is added: before (nil if it did not speak) and after.
    public var portfolioChanges: [(before: PortfolioFinding?, after: PortfolioFinding)]
    public var alternatives: [(alternative: Proposal.Alternative, review: RecordReview?)]
    /// What the administration would recommend on each alternative that gives a record, in the alternatives' order.
    public var alternativeRecommendations: [Recommendation?]
    /// How each alternative that gives a record stands beside the proposal, in the alternatives' order.
    public var alternativeComparisons: [AlternativeComparison?]
    /// The same tie as the portfolio's own review has it today, where the portfolio holds it by name.
    public var current: RecordReview?
    /// The council's own decisions that bear on the tie, in the rule set's order.
    public var councilDecisions: [CouncilDecision]
    /// The verdict on each criterion that applies to the tie, from its score and its rules.
    public var criteria: [CriterionAssessment]
    /// What the administration recommends, from the outcome's role.
    public var recommendation: Recommendation
    public var fingerprint: Fingerprint
    /// Every file read, so the memo can refuse to overwrite them.
    public var inputs: [String]
}

extension Pipeline {
    /// `ties justify`: the proposal, its rule set (or `rules`) and the portfolio it names, assessed on its date (or `asOf`).
    public func justify(proposal path: String, rules rulesOverride: String?, asOf: ReviewDate? = nil) throws -> Justification {
        try justify(ProposalLoader.parse(files.read(path)), path: path, rules: rulesOverride, asOf: asOf, loaded: nil)
    }

    /// The same for a proposal's text held elsewhere (a workspace keeps its proposals), read as a file at its `path`.
    public func justify(_ source: SourceText, rules rulesOverride: String? = nil, asOf: ReviewDate? = nil) throws -> Justification {
        try justify(ProposalLoader.parse(source), path: source.path, rules: rulesOverride, asOf: asOf, loaded: nil)
    }

    /// The same for a proposal already parsed, with its rule set already compiled where the caller has it (`loaded`,
    /// the rule set at the path the proposal names), so `ties test` reads neither twice.
    func justify(
        _ file: ProposalFile, path: String, rules rulesOverride: String?, asOf: ReviewDate?,
        loaded: (source: SourceText, ruleSet: RuleSet)?
    ) throws -> Justification {
        let references = (rules: file.rules, portfolio: file.portfolio)
        let folder = Paths.directory(of: path)
        let rulesReference = rulesOverride == nil ? references.rules : nil
        try rulesReference?.checkExtension(.ruleSet, isFolder: false)
        guard let rulesPath = rulesOverride ?? rulesReference.map({ Paths.resolve($0.path, from: folder) }) else {
            throw InputError(.data, .namesNoRuleSet(path))
        }
        let ruleSource: SourceText
        let ruleSet: RuleSet
        if let loaded {
            (ruleSource, ruleSet) = loaded
        } else {
            ruleSource = try files.read(rulesPath)
            ruleSet = try RuleSetLoader.load(ruleSource, reference: rulesReference)
        }
        // A memo that recommends on no criterion would put the default outcome before the council as an assessment.
        guard !ruleSet.rules.isEmpty || !ruleSet.criteria.isEmpty else {
            throw InputError(.data, .noCriteriaYet(rulesPath))
        }
        let proposed = try DiagnosticsError.speaking(ruleSet) { try ProposalLoader.load(file, ruleSet: ruleSet) }
        let date = asOf ?? proposed.asOf
        let year = date?.year
        let engine = Engine(ruleSet: ruleSet)
        var inputs = [path, rulesPath]
        var changes: [(before: PortfolioFinding?, after: PortfolioFinding)] = []
        var current: RecordReview?
        if let reference = references.portfolio {
            let workspace = try self.workspace(
                portfolio: Paths.resolve(reference.path, from: folder), rules: rulesPath, reference: reference, asOf: asOf,
                loaded: (ruleSource, ruleSet))
            inputs += workspace.inputs
            var with = workspace.portfolio
            with.records.append(proposed.record)
            let reviewed = engine.review(workspace.portfolio, asOf: date)
            let before = reviewed.findings
            // The same tie as the portfolio's review has it today, where it is there by name: the memo says so.
            current = reviewed.records.first { $0.record.name == proposed.record.name && $0.record.id != proposed.record.id }
            let after = engine.review(with, asOf: date).findings
            changes = after.compactMap { f in
                let old = before.first { $0.rule == f.rule && $0.binding == f.binding }
                return old?.holds == f.holds && old?.records == f.records ? nil : (old, f)
            }
        }
        let asPortfolio = Portfolio(
            municipality: ruleSet.municipality, asOf: date, rulesPath: nil, records: [proposed.record], location: proposed.location)
        let review = engine.evaluate(proposed.record, asOfYear: year)
        let assessment = Assessment(ruleSet: ruleSet)
        let alternatives = proposed.alternatives.map { a in (alternative: a, review: a.record.map { engine.evaluate($0, asOfYear: year) }) }
        return Justification(
            proposal: proposed, ruleSet: ruleSet, review: review, portfolioChanges: changes, alternatives: alternatives,
            alternativeRecommendations: alternatives.map { $0.review.map(assessment.recommendation) },
            alternativeComparisons: alternatives.map { $0.review.map { assessment.compare($0, with: review) } },
            current: current,
            councilDecisions: ruleSet.councilDecisions.filter {
                $0.when.evaluate(engine.context(for: proposed.record, asOfYear: year)) == .bool(true)
            },
            criteria: assessment.criteria(review), recommendation: assessment.recommendation(review),
            fingerprint: Fingerprint(
                ruleSet: hash(ruleSource.text), portfolio: hashPieces(asPortfolio.writeCanonical), tool: tool, asOf: date),
            inputs: inputs)
    }
}

/// A rule set's own checks: its examples and tests, the samples that name it against their expected results, and how
/// much of it the examples and samples reach.
public struct RuleSetCheck: Sendable {
    public var results: [ExampleCheck.Result]
    /// The samples reviewed, for the coverage.
    public var samples: [Review]
    /// The sample folders that have no expected results (no `expected.yaml`, or one without entries): reviewed for
    /// the coverage, but their outcomes were checked against nothing.
    public var unchecked: [String]
    /// The sample folders that hold no ties at all: nothing to record or check until one is added.
    public var empty: [String] = []
    public var coverage: [RuleCoverage]
}

/// A sample that uses a rule set: its folder, its review, and its expected results where it has an `expected.yaml`.
public struct SampleRun: Sendable {
    public var folder: String
    public var review: Review
    public var expected: (results: ExpectedResults, source: SourceText)?

    /// The path of the sample's expected results, whether or not it exists yet.
    public var expectedPath: String { Paths.join(folder, "expected.yaml") }
}

extension Pipeline {
    /// `ties test`: the rule set at `path` against its examples, its tests and the samples that name it, which sit in
    /// `samples` or, by default, in `Samples/` beside the rule sets' folder.
    public func test(rules path: String, samples: String? = nil) throws -> RuleSetCheck {
        try test(rules: path, runs: sampleRuns(rules: path, samples: samples))
    }

    /// `ties test` on samples already reviewed: `ties test --record` checks the runs it has just written expected results for.
    public func test(rules path: String, runs: [SampleRun]) throws -> RuleSetCheck {
        let source = try files.read(path)
        let ruleSet = try RuleSetLoader.load(source)
        let check = ExampleCheck(ruleSet: ruleSet)
        var results = check.examples() + check.tests()
        var unchecked: [String] = []
        var empty: [String] = []
        for run in runs {
            if run.review.records.isEmpty {
                empty.append(run.folder)
                continue
            }
            guard let expected = run.expected, !expected.results.entries.isEmpty else {
                unchecked.append(run.folder)
                continue
            }
            for m in expected.results.mismatches(in: run.review) {
                results.append(ExampleCheck.Result(mismatch: m.message, location: m.location))
            }
        }
        for run in runs {
            results += try DiagnosticsError.speaking(ruleSet) {
                try proposalChecks(rules: path, sample: run.folder, loaded: (source, ruleSet))
            }
        }
        let reviews = runs.map(\.review)
        var result = RuleSetCheck(results: results, samples: reviews, unchecked: unchecked, coverage: check.coverage(samples: reviews))
        result.empty = empty
        return result
    }

    /// Messages made after reading (a failed example, an expected result that differs) with the line each points at, as
    /// every other message shows it; a file that cannot be read again is left without.
    public func withSourceLines(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let sources = Set(diagnostics.map(\.location.file)).sorted().compactMap { try? files.read($0) }
        return Diagnostic.withSourceLines(diagnostics, sources)
    }

    /// The proposals waiting in the portfolio's `proposals/` folder, for a council case to say they are treated in cases
    /// of their own; a file that cannot be read as a proposal of this rule set is named, not read.
    public func pendingProposals(beside portfolio: String, ruleSet: RuleSet) -> (proposals: [Proposal], unreadable: [String]) {
        let folder = Paths.join(files.isDirectory(portfolio) ? portfolio : Paths.directory(of: portfolio), "proposals")
        guard files.isDirectory(folder), let paths = try? files.yamlFiles(in: folder) else { return ([], []) }
        var proposals: [Proposal] = []
        var unreadable: [String] = []
        for path in paths {
            if let p = try? ProposalLoader.load(ProposalLoader.parse(files.read(path), found: true), ruleSet: ruleSet) {
                proposals.append(p)
            } else {
                unreadable.append(path)
            }
        }
        return (proposals, unreadable)
    }

    /// The sample's proposals that say what they expect (`expected:`), assessed as `ties justify` assesses them: each
    /// differing recommendation or verdict is a failed check at the line of its expectation.
    func proposalChecks(rules path: String, sample: String, loaded: (source: SourceText, ruleSet: RuleSet)) throws
        -> [ExampleCheck.Result]
    {
        let folder = Paths.join(sample, "proposals")
        guard files.isDirectory(folder) else { return [] }
        var results: [ExampleCheck.Result] = []
        for file in try files.yamlFiles(in: folder) {
            // A proposal that expects nothing is not assessed: a new municipality's example has no criteria to meet yet.
            let parsed = try ProposalLoader.parse(files.read(file), found: true)
            guard parsed.expectsAnAssessment, let named = parsed.rules.map({ Paths.resolve($0.path, from: folder) }),
                Paths.normalize(named) == Paths.normalize(path)
            else { continue }
            let j = try justify(parsed, path: file, rules: nil, asOf: nil, loaded: loaded)
            guard let expected = j.proposal.expected else { continue }
            if let r = expected.recommendation {
                results.append(
                    ExampleCheck.Result(
                        rule: nil, expected: "recommendation \(r.rawValue)", actual: "recommendation \(j.recommendation.rawValue)",
                        location: expected.location))
            }
            for (id, verdict) in expected.verdicts.sorted(by: { $0.key < $1.key }) {
                let got = j.criteria.first { $0.criterion.id == id }.map { $0.verdict.rawValue } ?? "not_assessed"
                results.append(
                    ExampleCheck.Result(
                        rule: nil, expected: "criterion \(id): \(verdict.rawValue)", actual: "criterion \(id): \(got)",
                        location: expected.location))
            }
        }
        return results
    }

    /// Every sample that names the rule set at `path`, reviewed, with its expected results if it has them.
    public func sampleRuns(rules path: String, samples: String? = nil) throws -> [SampleRun] {
        if let samples, !files.isDirectory(samples) { throw InputError(.missing, .noSuchFolderGiven(samples, option: "--samples")) }
        let folder = samples ?? Paths.normalize(Paths.join(Paths.directory(of: path) + "/..", "Samples"))
        var runs: [SampleRun] = []
        for sample in files.folders(in: folder) {
            let header = Paths.join(sample, "portfolio.yaml")
            // A sample whose header does not read as a portfolio names no rule set: it is not this rule set's, and none
            // of its lines is shown (it may be a link to any file).
            guard files.exists(header), let named = (try? PortfolioLoader.header(files.read(header)))?.rulesPath,
                Paths.normalize(Paths.join(sample, named)) == Paths.normalize(path)
            else { continue }
            let workspace = try self.workspace(portfolio: sample, rules: nil)
            let review = Engine(ruleSet: workspace.ruleSet).review(workspace.portfolio)
            var run = SampleRun(folder: sample, review: review)
            if files.exists(run.expectedPath) {
                let source = try files.read(run.expectedPath)
                run.expected = (try ExpectedResults.load(source), source)
            }
            runs.append(run)
        }
        return runs
    }
}
