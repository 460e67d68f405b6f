/// Reads a review written by `ties review --format json` back into a snapshot, for `ties diff`, with the JSON reader
/// (over lines) the records' JSON Lines use; a file that is not such a review gets one message naming what is
/// missing and where.
public enum ReviewReader {
    /// The largest review read, above any the review writes (100,000 ties, the most a list may hold, came to 365 MB
    /// in Bergen's rule set); its records are read one at a time, so only the text and the snapshots are held.
    public static let sizeLimit = 1 << 30

    public static func snapshot(_ source: SourceText) throws -> ReviewSnapshot {
        let fail = { (what: Phrase.Problem, mark: YAMLMark?) -> InputError in
            let place = mark.map { "\(source.path):\($0.line):\($0.column)" } ?? source.path
            return InputError(.data, .notAReview(place, what))
        }
        guard source.text.utf8.count <= sizeLimit else {
            throw InputError(.data, .reviewTooLarge(source.path, mebibytes: sizeLimit >> 20))
        }
        guard source.text.contains(where: { !$0.isWhitespace }) else { throw fail(.emptyOfContent, nil) }
        // The records are read one at a time as the reader reaches them, each kept only as its snapshot.
        var records: [String: RecordSnapshot] = [:]
        var recordProblem: Error?
        let tree: YAMLTree
        do {
            tree = try JSONReader.document(source.text, streaming: "records") { item in
                guard recordProblem == nil else { return }
                do {
                    let snapshot = try record(item, fail)
                    if records[snapshot.id] == nil { records[snapshot.id] = snapshot }
                } catch {
                    recordProblem = error
                }
            }
        } catch {
            throw fail(.invalidJSON(error.message), YAMLMark(line: error.line, column: error.column))
        }
        let file = try object(tree, .part(.review), fail)
        let schema = try text(file, "schema", fail)
        guard schema.hasPrefix("ties.review/") else {
            throw InputError(.data, .reviewSchema(source.path, schema: schema))
        }
        let ruleSet = try object(field(file, "ruleset", fail), .key("ruleset"), fail)
        var rules: [String: String] = [:]
        for rule in try list(ruleSet["rules"], fail) {
            let r = try object(rule, .part(.rule), fail)
            let id = try text(r, "id", fail)
            if rules[id] == nil {
                rules[id] = ReviewSnapshot.definition(when: try text(r, "when", fail), outcome: optionalText(r["outcome"]))
            }
        }
        var parameters: [String: String] = [:]
        if let p = ruleSet["parameters"], !isNull(p) {
            for (name, value) in try object(p, .key("parameters"), fail) { parameters[name] = shown(value) }
        }
        if let recordProblem { throw recordProblem }
        // A review without a list of records is not one; a list read item by item stands empty in the tree.
        _ = try list(file["records"], fail)
        let fingerprint = file["fingerprint"].flatMap { isNull($0) ? nil : $0 }
        return ReviewSnapshot(
            ruleSetID: try text(ruleSet, "id", fail),
            ruleSetSHA256: try fingerprint.flatMap { optionalText(try object($0, .key("fingerprint"), fail)["ruleset_sha256"]) },
            asOf: optionalText(file["as_of"]).flatMap { ReviewDate($0) }, rules: rules, parameters: parameters, records: records)
    }

    typealias Fail = (Phrase.Problem, YAMLMark?) -> InputError

    /// One record of the review as `ties diff` compares it.
    private static func record(_ item: YAMLTree, _ fail: Fail) throws -> RecordSnapshot {
        let r = try object(item, .part(.record), fail)
        var facts: [String: String] = [:]
        if let f = r["facts"], !isNull(f) {
            for (name, value) in try object(f, .key("facts"), fail) where !isNull(value) { facts[name] = shown(value) }
        }
        facts["kind"] = try text(r, "kind", fail)
        if let c = optionalText(r["country"]) { facts["country"] = c }
        if let s = optionalText(r["since"]) { facts["since"] = s }
        if let log = r["activities"], !isNull(log) {
            facts["activities"] = try list(log, fail).map { a in
                let entry = try object(a, .part(.activity), fail)
                return "\(try text(entry, "year", fail)) \(try text(entry, "type", fail))"
            }.joined(separator: ", ")
        }
        let reasons = try list(r["reasons"], fail).map { try object($0, .part(.reason), fail) }
        return RecordSnapshot(
            id: try text(r, "id", fail), name: try text(r, "name", fail), outcome: try text(r, "outcome", fail),
            category: optionalText(r["category"]),
            fired: try reasons.filter { try text($0, "kind", fail) == "rule" }.map { try text($0, "rule", fail) },
            unevaluated: try list(r["unevaluated"], fail).map { try text(object($0, .part(.unevaluatedRule), fail), "rule", fail) },
            decisive: try reasons.first.map { try text($0, "rule", fail) } ?? "", facts: facts)
    }

    private static func object(_ tree: YAMLTree, _ what: Phrase.Subject, _ fail: Fail) throws -> [String: YAMLTree] {
        guard case .mapping(let pairs, _) = tree else { throw fail(.expected(what, .object, found: nil), tree.mark) }
        var fields: [String: YAMLTree] = [:]
        for pair in pairs where fields[pair.key.text] == nil { fields[pair.key.text] = pair.value }
        return fields
    }

    private static func field(_ object: [String: YAMLTree], _ key: String, _ fail: Fail) throws -> YAMLTree {
        guard let value = object[key] else { throw fail(.missingKey(.part(.review), key), nil) }
        return value
    }

    private static func text(_ object: [String: YAMLTree], _ key: String, _ fail: Fail) throws -> String {
        let value = try field(object, key, fail)
        guard case .scalar(let s) = value, !s.isNull else { throw fail(.expected(.key(key), .value, found: nil), value.mark) }
        return s.text
    }

    private static func optionalText(_ tree: YAMLTree?) -> String? {
        guard let tree, case .scalar(let s) = tree, !s.isNull else { return nil }
        return s.text
    }

    /// A list, or none where the key is absent or null.
    private static func list(_ tree: YAMLTree?, _ fail: Fail) throws -> [YAMLTree] {
        guard let tree, !isNull(tree) else { return [] }
        guard case .sequence(let items, _) = tree else { throw fail(.expectedHere(.list, found: DocumentReader.describe(tree)), tree.mark) }
        return items
    }

    private static func isNull(_ tree: YAMLTree) -> Bool {
        if case .scalar(let s) = tree { return s.isNull }
        return false
    }

    /// A fact or parameter as the review printed it: a value as written, a list as `[a, b]`.
    private static func shown(_ tree: YAMLTree) -> String {
        switch tree {
        case .scalar(let s): s.text
        case .sequence(let items, _): "[" + items.map(shown).joined(separator: ", ") + "]"
        case .mapping: ""
        }
    }
}
