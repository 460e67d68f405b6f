import TiesCore

/// The full trace for one record: every rule true / false / unknown, the values it saw, and the citations.
public struct ExplainRenderer: Sendable {
    public var book: Phrasebook

    public init(_ book: Phrasebook = Phrasebook(.nb)) { self.book = book }

    public func render(_ r: RecordReview, in review: Review) -> String {
        let rs = review.ruleSet
        var out = "\(r.record.name) (\(r.record.id)) — \(book.kind(r.record.kind)), \(r.record.location)\n"
        let decider = "\(r.decisive.source)" + (r.decisive.location.map { " (\($0))" } ?? "")
        out += book.terminal(.outcomeDecidedBy(outcome: "\(book.outcome(r, rs)) [\(r.outcome)]", rule: decider)) + "\n"
        if let c = r.category {
            out += book.terminal(.categoryIs("\(book.category(c, rs)) [\(c)]")) + "\n"
        }
        if !r.scores.isEmpty {
            out += book.terminal(.scoresAre(r.scores.map { "\($0.criterion) \(book.score($0.value))" }.joined(separator: ", "))) + "\n"
        }
        out += "\n" + book.terminal(.everyRule) + "\n"
        func label(_ t: RuleTrace) -> String { t.kind == .rule ? t.id : "\(book.terminal(.traceKind(t.kind))) \(t.id)" }
        let idWidth = r.traces.map { label($0).count }.max() ?? 0
        let verdictWidth = [Phrase.Terminal.isTrue, .isFalse, .isUnknown].map { book.terminal($0).count }.max()!
        for t in r.traces {
            let verdict: String
            switch t.result {
            case .bool(true): verdict = book.terminal(.isTrue).padding(verdictWidth)
            case .bool(false): verdict = book.terminal(.isFalse).padding(verdictWidth)
            case .unknown: verdict = book.terminal(.isUnknown).padding(verdictWidth)
            default: verdict = ("= " + book.score(t.result)).padding(verdictWidth)
            }
            let name = label(t)
            out += "  \(verdict)  \(name)\(String(repeating: " ", count: max(idWidth - name.count, 0)))  \(t.condition)  \(t.location)\n"
            if !t.seen.isEmpty {
                let seen = t.seen.map { "\($0.name) = \($0.value.isUnknown ? book(.missing) : $0.value.description)" }
                out +=
                    String(repeating: " ", count: verdictWidth + 4) + book.terminal(.saw(seen.joined(separator: ", ")))
                    + (t.cannotBeComputed ? " " + book.terminal(.cannotBeComputed) : "") + "\n"
            }
        }
        // Those the rule set does not apply to the tie's kind, and those a criterion's applies_when leaves out for it.
        let kind = r.record.kind
        let forKind = r.notApplicable.filter { id in
            !(rs.rules.first { $0.id == id }?.applies(to: kind) ?? rs.criteria.first { $0.id == id }?.applies(to: kind) ?? false)
        }
        let here = r.notApplicable.filter { !forKind.contains($0) }
        if !forKind.isEmpty {
            out += "  " + book.terminal(.notApplicableTo(kind: book.kind(kind), rules: forKind.joined(separator: ", "))) + "\n"
        }
        if !here.isEmpty { out += "  " + book.terminal(.notApplicableHere(here.joined(separator: ", "))) + "\n" }
        out += "\n" + book.terminal(.reasonsHeading) + "\n"
        for (i, reason) in r.reasons.enumerated() {
            let outcome = reason.outcome.map { "[\(book.outcome($0, rs))] " } ?? ""
            out += "  \(i + 1). \(outcome)\(reason.source): \(book.text(reason.text))\n"
            for note in book.operational(reason, rs) { out += "     † \(note)\n" }
            if let c = reason.citation {
                out += "     «\(c.quote)»\n"
                if let t = book.translation(of: c) { out += "     (\(t))\n" }
                out += "     — \(c.document)" + (c.section.map { ", «\($0)»" } ?? "") + "\n"
            }
        }
        if !r.conditions.isEmpty {
            out += "\n" + book.terminal(.conditionsHeading) + "\n"
            for c in r.conditions { out += "  - \(book.text(c))\n" }
        }
        // Where each fact comes from and when it was recorded; a stale one is named so.
        let sourced = rs.facts.map(\.name).filter { r.record.evidence[$0] != nil }
        if !sourced.isEmpty {
            out += "\n" + book.review(.sources) + ":\n"
            for name in sourced {
                let e = r.record.evidence[name]!
                let value = r.record.facts[name] ?? r.record.stale[name] ?? .unknown
                let date = e.asOf.map(book.date)
                var line = book.review(.evidence(fact: name, value: book.value(of: name, value, rs), source: e.source, date: date))
                if r.record.stale[name] != nil, let d = date,
                    let years = (rs.fact(named: name)?.maxAge ?? rs.evidenceMaxAge).flatMap({ rs.parameter(named: $0)?.value.number })
                {
                    line += " — " + book.review(.staleFact(fact: name, date: d, years: Int(years)))
                }
                out += "  \(line)\n"
            }
        }
        if let note = r.record.notes { out += "\n" + book.review(.recordNote) + ": " + note + "\n" }
        if !r.record.illustrative.isEmpty {
            out += "\n\(book(.illustrative)): \(r.record.illustrative.joined(separator: ", "))\n"
        }
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
