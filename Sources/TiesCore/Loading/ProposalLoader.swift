/// Loads a proposal file: `proposal:` (title, background, costs, …) and `record:` (the tie as it would be).
public enum ProposalLoader {
    static let keys = ["proposal", "record", "rules", "portfolio", "as_of"]
    static let proposalKeys = ["title", "proposed_by", "decision_body", "background", "costs"]
    static let costKeys = ["annual_fee_nok", "staff_hours", "travel_nok", "external_funding_nok", "note"]

    /// Which rule set and portfolio the proposal names, before its record can be checked.
    public static func references(_ source: SourceText) throws(DiagnosticsError) -> (rules: String?, portfolio: String?) {
        var reader = DocumentReader(source)
        let tree = try YAMLReader.document(source, &reader, expected: "'proposal:' and 'record:'")
        guard let f = reader.fields(tree, "the proposal file", allowed: keys, required: ["proposal", "record"]) else {
            throw DiagnosticsError(reader.diagnostics)
        }
        let result = (
            f["rules"].flatMap { reader.string($0, "a rule set path") }, f["portfolio"].flatMap { reader.string($0, "a portfolio path") }
        )
        guard !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        return result
    }

    public static func load(_ source: SourceText, ruleSet: RuleSet) throws(DiagnosticsError) -> Proposal {
        var reader = DocumentReader(source)
        let tree = try YAMLReader.document(source, &reader, expected: "'proposal:' and 'record:'")
        guard let f = reader.fields(tree, "the proposal file", allowed: keys, required: ["proposal", "record"]),
            let proposalTree = f["proposal"], let recordTree = f["record"],
            let p = reader.fields(proposalTree, "'proposal'", allowed: proposalKeys, required: ["title"])
        else { throw DiagnosticsError(reader.diagnostics) }
        var costs = Proposal.Costs()
        if let t = p["costs"], let c = reader.fields(t, "'costs'", allowed: costKeys) {
            func amount(_ key: String) -> Double? {
                guard let t = c[key] else { return nil }
                if case .scalar(let s) = t, s.isNull { return nil }
                guard let n = reader.number(t, "'\(key)'") else { return nil }
                if n < 0 { reader.error(t.mark, "expected '\(key)' as zero or more, found '\(Value.format(n))'") }
                return n
            }
            costs = Proposal.Costs(
                annualFeeNOK: amount("annual_fee_nok"), staffHours: amount("staff_hours"), travelNOK: amount("travel_nok"),
                externalFundingNOK: amount("external_funding_nok"), note: reader.string(c["note"], "a note"))
        }
        let records = RecordReader(facts: ruleSet.facts, outcomes: ruleSet.outcomes.map(\.id))
        let record = records.record(recordTree, &reader)
        let proposal = record.map { record in
            Proposal(
                title: reader.string(p["title"], "a title") ?? "", proposedBy: reader.string(p["proposed_by"], "who proposes"),
                decisionBody: reader.string(p["decision_body"], "the deciding body"),
                background: reader.string(p["background"], "the background"), costs: costs, record: record,
                asOf: f["as_of"].flatMap { reader.date($0, "'as_of'") }, rulesPath: reader.string(f["rules"], "a rule set path"),
                portfolioPath: reader.string(f["portfolio"], "a portfolio path"), location: reader.location(f.mark))
        }
        guard let proposal, !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        return proposal
    }
}
