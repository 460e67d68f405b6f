/// Loads a proposal file: `proposal:` (title, background, costs, …) and `record:` (the tie as it would be).
public enum ProposalLoader {
    static let keys = ["proposal", "record", "rules", "portfolio", "as_of", "expected"]
    static let proposalKeys = [
        "title", "proposed_by", "decision_body", "background", "costs", "follow_up_by", "conditions_due", "alternatives",
        "evaluate_by", "case_flow", "attachments", "documents", "decision", "requires",
    ]
    static let costKeys = [
        "annual_fee_nok", "staff_hours", "staff_hourly_cost_nok", "travel_nok", "external_funding_applied_nok",
        "external_funding_granted_nok", "note", "funded_by", "period",
    ]

    /// Which rule set and portfolio the proposal names, before its record can be checked.
    public static func references(_ source: SourceText) throws(DiagnosticsError) -> (rules: FileReference?, portfolio: FileReference?) {
        let file = try parse(source)
        return (file.rules, file.portfolio)
    }

    /// The proposal file parsed once: the rule set and portfolio it names, and its tree for `load`.
    /// `found` is for a file the tool found by itself (a sample's `proposals/`): it is read only once recognised by its
    /// `proposal:` or `record:`, and refused by name, quoting nothing, otherwise.
    public static func parse(_ source: SourceText, found: Bool = false) throws(DiagnosticsError) -> ProposalFile {
        var reader = DocumentReader(source)
        let recognising: Set<String> = ["proposal", "record"]
        let tree = try YAMLReader.document(source, &reader, expected: .proposal, recognisedBy: found ? recognising : nil)
        if found {
            guard tree.isMapping(withKeyIn: recognising) else {
                throw DiagnosticsError([Diagnostic(at: source.location, .notAFileOfKind(source.path, .proposalFile))])
            }
        }
        guard let f = reader.fields(tree, .part(.proposalFile), allowed: keys, required: ["proposal", "record"]) else {
            throw DiagnosticsError(reader.diagnostics)
        }
        let reference = { (key: String, what: Phrase.Subject) -> FileReference? in
            guard let t = f[key], let path = reader.string(t, what) else { return nil }
            return FileReference(path: path, location: reader.location(t.mark))
        }
        let result = ProposalFile(
            source: source, tree: tree, rules: reference("rules", .key("rules")), portfolio: reference("portfolio", .key("portfolio")))
        guard !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        return result
    }

    public static func load(_ source: SourceText, ruleSet: RuleSet) throws(DiagnosticsError) -> Proposal {
        try load(parse(source), ruleSet: ruleSet)
    }

    /// A proposal's or an alternative's costs: the amounts, how they are paid for and over what period.
    static func costs(_ t: YAMLTree, _ reader: inout DocumentReader) -> Proposal.Costs {
        var costs = Proposal.Costs()
        if case .mapping(let pairs, _) = t, let old = pairs.first(where: { $0.key.text == "external_funding_nok" }) {
            // Funding applied for is not funding received: the memo must be able to say which.
            reader.error(old.key.mark, .fundingAppliedOrGranted)
        }
        if let c = reader.fields(t, .key("costs"), allowed: costKeys + ["external_funding_nok"]) {
            func amount(_ key: String) -> Double? {
                guard let t = c[key] else { return nil }
                if case .scalar(let s) = t, s.isNull { return nil }
                guard let n = reader.number(t, .key(key)) else { return nil }
                if n < 0 { reader.error(t.mark, .expected(.key(key), .zeroOrMore, found: .text(Value.format(n)))) }
                return n
            }
            costs = Proposal.Costs(
                annualFeeNOK: amount("annual_fee_nok"), staffHours: amount("staff_hours"),
                staffHourlyCostNOK: amount("staff_hourly_cost_nok"), travelNOK: amount("travel_nok"),
                fundingAppliedNOK: amount("external_funding_applied_nok"),
                fundingGrantedNOK: amount("external_funding_granted_nok"), note: reader.ownText(c["note"], .key("note")),
                fundedBy: reader.ownText(c["funded_by"], .key("funded_by")))
            if let t = c["period"], let s = reader.string(t, .key("period")) {
                costs.period = Proposal.Costs.Period(rawValue: s)
                if costs.period == nil {
                    reader.error(
                        t.mark, .notAValue(s, of: .key("period"), Suggestion.choices(s, in: ["yearly", "whole"], listing: .expectedOneOf)))
                }
            }
        }
        return costs
    }

    /// The proposal and its record, checked against the rule set's schema; all problems at once.
    public static func load(_ file: ProposalFile, ruleSet: RuleSet) throws(DiagnosticsError) -> Proposal {
        let source = file.source
        var reader = DocumentReader(source)
        let tree = file.tree
        guard let f = reader.fields(tree, .part(.proposalFile), allowed: keys, required: ["proposal", "record"]),
            let proposalTree = f["proposal"], let recordTree = f["record"],
            let p = reader.fields(proposalTree, .key("proposal"), allowed: proposalKeys, required: ["title"])
        else { throw DiagnosticsError(reader.diagnostics) }
        let costs = p["costs"].map { Self.costs($0, &reader) } ?? Proposal.Costs()
        let records = RecordReader(facts: ruleSet.facts, outcomes: ruleSet.outcomes.map(\.id))
        let record = records.record(recordTree, &reader)
        var alternatives: [Proposal.Alternative] = []
        if let t = p["alternatives"] {
            if case .sequence(let items, _) = t {
                for item in items {
                    guard
                        let a = reader.fields(
                            item, .part(.alternative), allowed: ["title", "description", "record", "costs", "conclusion"],
                            required: ["title"])
                    else { continue }
                    alternatives.append(
                        Proposal.Alternative(
                            title: reader.ownText(a["title"], .key("title")) ?? LocalizedText([:]),
                            description: reader.ownText(a["description"], .key("description")),
                            record: a["record"].flatMap { records.record($0, &reader) },
                            costs: a["costs"].map { Self.costs($0, &reader) },
                            conclusion: reader.ownText(a["conclusion"], .key("conclusion"))))
                }
            } else {
                reader.error(
                    t.mark,
                    .expected(
                        .key("alternatives"), .listOf("{title, description, record, costs, conclusion}"), found: DocumentReader.describe(t))
                )
            }
        }
        let proposal = record.map { record in
            var proposal = Proposal(
                title: reader.ownText(p["title"], .key("title")) ?? LocalizedText([:]),
                proposedBy: reader.ownText(p["proposed_by"], .key("proposed_by")),
                decisionBody: reader.ownText(p["decision_body"], .key("decision_body")),
                background: reader.ownText(p["background"], .key("background")), costs: costs, record: record,
                asOf: f["as_of"].flatMap { reader.date($0, .key("as_of")) }, location: reader.location(f.mark))
            proposal.followUpBy = reader.ownText(p["follow_up_by"], .key("follow_up_by"))
            proposal.conditionsDue = p["conditions_due"].flatMap { reader.date($0, .key("conditions_due")) }
            proposal.decision = reader.ownText(p["decision"], .key("decision"))
            proposal.evaluateBy = p["evaluate_by"].flatMap { reader.date($0, .key("evaluate_by")) }
            proposal.caseFlow = caseFlow(p["case_flow"], &reader)
            proposal.attachments = texts(p["attachments"], .key("attachments"), &reader)
            proposal.documents = texts(p["documents"], .key("documents"), &reader)
            proposal.alternatives = alternatives
            // What the decision rests on and the council should require: yes-or-no facts the record says yes to.
            if let names = reader.strings(p["requires"], .key("requires")) {
                for (name, mark) in names {
                    guard let fact = ruleSet.fact(named: name) else {
                        reader.error(mark, .requiresUnknownFact(name, Suggestion.choices(name, in: ruleSet.facts.map(\.name), .facts)))
                        continue
                    }
                    if fact.type != .bool || record.facts[name] != .bool(true) { reader.error(mark, .requiresNoYes(name)) }
                }
                proposal.requires = names.map(\.0)
            }
            return proposal
        }
        let expected = f["expected"].flatMap { expectation($0, ruleSet, &reader) }
        if var p = proposal, let expected {
            p.expected = expected
            guard !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
            return p
        }
        guard let proposal, !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        return proposal
    }

    /// `expected: {recommendation: join, criteria: {competence: met, …}}`, each criterion one the rule set has.
    static func expectation(_ tree: YAMLTree, _ ruleSet: RuleSet, _ reader: inout DocumentReader) -> Proposal.Expected? {
        guard let f = reader.fields(tree, .key("expected"), allowed: ["recommendation", "criteria"]) else { return nil }
        var expected = Proposal.Expected(recommendation: nil, verdicts: [:], location: reader.location(tree.mark))
        if let t = f["recommendation"], let r = reader.string(t, .key("recommendation")) {
            expected.recommendation = Recommendation(rawValue: r)
            if expected.recommendation == nil {
                let choices = [Recommendation.join, .joinWithConditions, .postpone, .doNotJoin].map(\.rawValue)
                reader.error(t.mark, .unknownRecommendation(r, Suggestion.choices(r, in: choices, listing: .expectedOneOf)))
            }
        }
        if let t = f["criteria"] {
            let ids = ruleSet.criteria.map(\.id)
            if let c = reader.fields(t, .part(.expectedCriteria), allowed: ids) {
                for id in c.order {
                    guard let value = c[id], let v = reader.string(value, .key(id)) else { continue }
                    if let verdict = CriterionVerdict(rawValue: v) {
                        expected.verdicts[id] = verdict
                    } else {
                        reader.error(value.mark, .unknownVerdict(v, for: id))
                    }
                }
            }
        }
        return expected
    }

    /// `case_flow: [{body: Formannskapet, date: 2027-01-12, case: "12/27"}, {body: Bystyret}]`: the heading's Saksgang.
    static func caseFlow(_ tree: YAMLTree?, _ reader: inout DocumentReader) -> [Proposal.CaseStep] {
        guard let tree else { return [] }
        guard case .sequence(let items, _) = tree else {
            reader.error(tree.mark, .expected(.key("case_flow"), .listOf("{body, date, case}"), found: DocumentReader.describe(tree)))
            return []
        }
        return items.compactMap { item in
            guard let f = reader.fields(item, .key("case_flow"), allowed: ["body", "date", "case"], required: ["body"]),
                let body = reader.string(f["body"], .key("body"))
            else { return nil }
            return Proposal.CaseStep(
                body: body, date: f["date"].flatMap { reader.date($0, .key("date")) }, caseNumber: reader.string(f["case"], .key("case")))
        }
    }

    /// A list of texts, each plain or `{nb: …, en: …}`: the documents a case lists.
    static func texts(_ tree: YAMLTree?, _ what: Phrase.Subject, _ reader: inout DocumentReader) -> [LocalizedText] {
        guard let tree else { return [] }
        guard case .sequence(let items, _) = tree else {
            reader.error(tree.mark, .expected(what, .list, found: DocumentReader.describe(tree)))
            return []
        }
        return items.compactMap { reader.ownText($0, what) }
    }

}

/// A proposal file read and parsed once: the rule set and portfolio it names, and its tree.
public struct ProposalFile: Sendable {
    public let source: SourceText
    let tree: YAMLTree
    public let rules: FileReference?
    public let portfolio: FileReference?

    /// Whether the proposal says what it expects of its assessment (`expected:`), for `ties test` to check.
    public var expectsAnAssessment: Bool {
        guard case .mapping(let pairs, _) = tree else { return false }
        return pairs.contains { $0.key.text == "expected" }
    }
}
