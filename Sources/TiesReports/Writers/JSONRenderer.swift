import TiesCore

/// The review as JSON (schema `ties.review/1`): keys in a fixed order, records in portfolio order.
public struct JSONRenderer: Sendable {
    public static let schema = "ties.review/1"
    public var book: Phrasebook
    var language: Language { book.language }

    public init(_ book: Phrasebook = Phrasebook(.nb)) { self.book = book }

    public func render(_ review: Review) -> String { String(decoding: bytes(review), as: UTF8.self) }

    /// The review as the bytes `document(review).serialized()` gives, written a record at a time: the whole tree of
    /// 100,000 records is never held at once.
    public func bytes(_ review: Review) -> [UInt8] {
        var out: [UInt8] = Array("{\n".utf8)
        for (key, value) in head(review) { JSON.member(key, value, indent: 1, last: false, into: &out) }
        JSON.pad(1, into: &out)
        out += #""records": "#.utf8
        if review.records.isEmpty {
            out += "[]".utf8
        } else {
            out += "[\n".utf8
            for (i, r) in review.records.enumerated() {
                JSON.pad(2, into: &out)
                record(r, review.ruleSet).write(into: &out, indent: 2)
                out += (i == review.records.count - 1 ? "\n" : ",\n").utf8
            }
            JSON.pad(1, into: &out)
            out.append(UInt8(ascii: "]"))
        }
        out += ",\n".utf8
        JSON.member("findings", .array(review.findings.map(finding)), indent: 1, last: true, into: &out)
        out += "}\n".utf8
        return out
    }

    public func document(_ review: Review) -> JSON {
        .object(
            head(review) + [
                ("records", .array(review.records.map { record($0, review.ruleSet) })),
                ("findings", .array(review.findings.map(finding))),
            ])
    }

    /// The document's members before its records.
    private func head(_ review: Review) -> [(String, JSON)] {
        [
            ("schema", .string(Self.schema)),
            ("municipality", .string(review.portfolio.municipality)),
            ("as_of", .optional(review.asOf?.description)),
            ("language", .string(language.code)),
            ("fingerprint", review.fingerprint.map(fingerprint) ?? .null),
            ("ruleset", ruleSet(review.ruleSet)),
            ("summary", summary(review)),
        ]
    }

    /// The rule set's identity and sources, and every rule and parameter as written, so `ties diff`
    /// can tell a changed rule or threshold from changed facts.
    func ruleSet(_ rs: RuleSet) -> JSON {
        let sources = rs.sources.map { s in
            JSON.object([
                ("file", .string(s.file)), ("title", .string(s.title)), ("adopted", .optional(s.adopted?.description)),
                ("case", .optional(s.caseReference)),
            ])
        }
        let rules = rs.rules.map { r in
            JSON.object([("id", .string(r.id)), ("when", .string(r.when.text)), ("outcome", .optional(r.outcome))])
        }
        return .object([
            ("id", .string(rs.id)), ("title", .string(rs.title)), ("file", .string(rs.file)), ("sources", .array(sources)),
            ("outcomes", .array(rs.outcomes.map { .string($0.id) })),
            ("parameters", .object(rs.parameters.map { ($0.name, JSON($0.value)) })),
            (
                "parameter_basis",
                .object(
                    rs.parameters.map { p in
                        (
                            p.name,
                            .object([
                                ("label", .optional(p.label?.text(language))), ("basis", .optional(p.basis?.text(language))),
                                ("stated", .optional(p.stated?.quote)),
                            ])
                        )
                    })
            ),
            ("rules", .array(rules)),
            ("categories", .array(rs.categories.map { c in .object([("id", .string(c.id)), ("when", .string(c.when.text))]) })),
        ])
    }

    func summary(_ review: Review) -> JSON {
        .object([
            ("records", .int(review.records.count)),
            ("outcomes", .object(review.outcomeCounts.map { ($0.outcome, .int($0.count)) })),
            ("categories", .object(categoryCounts(review).map { ($0.0, .int($0.1)) })),
        ])
    }

    private func categoryCounts(_ review: Review) -> [(String, Int)] {
        var order: [String] = review.ruleSet.categories.map(\.id) + [RecordReview.unclassified]
        order = order.filter { id in review.records.contains { $0.category == id } }
        return order.map { id in (id, review.records.filter { $0.category == id }.count) }
    }

    func record(_ r: RecordReview, _ rs: RuleSet) -> JSON {
        .object([
            ("id", .string(r.record.id)),
            ("name", .string(r.record.name)),
            ("kind", .string(r.record.kind)),
            ("country", .optional(r.record.country)),
            ("since", r.record.since.map(JSON.int) ?? .null),
            ("outcome", .string(r.outcome)),
            ("outcome_label", .string(book.outcome(r.outcome, rs))),
            ("provisional", .bool(r.provisional)),
            ("category", .optional(r.category)),
            ("scores", .object(r.scores.map { ($0.criterion, JSON($0.value)) })),
            ("reasons", .array(r.reasons.map(reason))),
            (
                "unevaluated",
                .array(
                    r.unevaluated.map { u in
                        .object([("rule", .string(u.rule)), ("missing", .array(u.missing.map(JSON.string)))])
                    })
            ),
            ("conditions", .array(r.conditions.map { .string($0.text(language)) })),
            ("not_applicable", .array(r.notApplicable.map(JSON.string))),
            ("flags", .array(r.flags.map(JSON.string))),
            ("facts", .object(r.record.facts.sorted { $0.key < $1.key }.map { ($0.key, JSON($0.value)) })),
            (
                "activities",
                r.record.activities.map { log in
                    .array(
                        log.map { a in
                            .object([
                                ("year", .int(a.year)), ("type", .string(a.type)),
                                ("amount_nok", a.amountNOK.map { JSON(.decimal($0)) } ?? .null),
                                ("note", .optional(a.note)),
                            ])
                        })
                } ?? .null
            ),
            ("last_decision", r.record.lastDecision.map(decision) ?? .null),
            (
                "decision_notes",
                .array(
                    r.decisionNotes.map { n in
                        .object([("kind", .string(n.kind.rawValue)), ("text", .string(n.text.text(language)))])
                    })
            ),
            ("missing_facts", .array(r.missingFacts.map(JSON.string))),
            ("opening_facts", .array(r.openingFacts.map(JSON.string))),
            ("illustrative", .array(r.record.illustrative.map(JSON.string))),
        ])
    }

    func reason(_ reason: Reason) -> JSON {
        .object([
            ("kind", .string(reason.kind.rawValue)),
            ("rule", .string(reason.source)),
            ("outcome", .optional(reason.outcome)),
            ("text", .string(reason.text.text(language))),
            ("citation", reason.citation.map(citation) ?? .null),
            ("location", .optional(reason.location?.description)),
            ("parameters", .array(reason.parameters.map(JSON.string))),
        ])
    }

    func citation(_ c: Citation) -> JSON {
        .object([
            ("document", .string(c.document)), ("section", .optional(c.section)), ("quote", .string(c.quote)),
            ("translation", .optional(c.translation)),
        ])
    }

    func fingerprint(_ f: Fingerprint) -> JSON {
        .object([
            ("ruleset_sha256", .string(f.ruleSet)), ("portfolio_sha256", .string(f.portfolio)), ("tool", .string(f.tool)),
            ("as_of", .optional(f.asOf?.description)),
        ])
    }

    func decision(_ d: Decision) -> JSON {
        .object([
            ("outcome", .string(d.outcome)), ("body", .string(d.body)), ("date", .string(d.date.description)),
            ("case", .optional(d.caseReference)),
            ("recommended", .optional(d.recommended)), ("justification", .optional(d.justification?.text(language))),
            (
                "conditions",
                .array(
                    d.conditions.map { c in
                        .object([
                            ("text", .string(c.text.text(language))), ("due", .optional(c.due?.description)),
                            ("met", c.met.map(JSON.bool) ?? .null),
                        ])
                    })
            ),
        ])
    }

    func finding(_ f: PortfolioFinding) -> JSON {
        .object([
            ("rule", .string(f.rule)), ("for", .optional(f.binding)), ("holds", .bool(f.holds)), ("count", .int(f.count)),
            ("records", .array(f.records.map(JSON.string))), ("outcome", .optional(f.outcome)),
            ("text", .string(f.text.text(language))), ("citation", citation(f.citation)),
            ("location", .string(f.location.description)),
        ])
    }
}

extension JSONRenderer {
    public static let justificationSchema = "ties.justification/1"

    /// A memo's assessment as JSON (schema `ties.justification/1`): the tie as proposed, its review, each criterion's
    /// verdict and the recommendation, as the core made them; the memo is these in words.
    public func render(_ j: Justification) -> String {
        JSON.object([
            ("schema", .string(Self.justificationSchema)),
            ("municipality", .string(j.ruleSet.municipality)),
            ("as_of", .optional(j.fingerprint.asOf?.description)),
            ("language", .string(language.code)),
            ("fingerprint", fingerprint(j.fingerprint)),
            ("title", .string(j.proposal.title.text(language))),
            ("recommendation", .string(j.recommendation.rawValue)),
            (
                "criteria",
                .array(
                    j.criteria.map { c in
                        .object([
                            ("id", .string(c.criterion.id)), ("title", .string(c.criterion.title.text(language))),
                            ("verdict", .string(c.verdict.rawValue)), ("curable", .bool(c.curable)),
                            ("score", c.score.map(JSON.init) ?? .null),
                            ("rules", .array(c.reasons.map { .string($0.source) })), ("missing", .array(c.missing.map(JSON.string))),
                        ])
                    })
            ),
            ("record", record(j.review, j.ruleSet)),
            (
                "alternatives",
                .array(
                    j.alternatives.map { a in
                        .object([
                            ("title", .string(a.alternative.title.text(language))),
                            ("outcome", .optional(a.review?.outcome)), ("provisional", a.review.map { .bool($0.provisional) } ?? .null),
                        ])
                    })
            ),
        ]).serialized()
    }
}
