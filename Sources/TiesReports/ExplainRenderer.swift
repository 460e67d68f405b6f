import TiesCore

/// The full trace for one record: every rule true / false / unknown, the values it saw, and the citations.
public struct ExplainRenderer: Sendable {
    public var language: String

    public init(language: String = "nb") { self.language = language }

    public func render(_ r: RecordReview, in review: Review) -> String {
        let rs = review.ruleSet
        let en = language == "en"
        var out = "\(r.record.name) (\(r.record.id)) — \(r.record.kind), \(r.record.location)\n"
        out += (en ? "Outcome: " : "Utfall: ") + "\(Words.outcome(r, rs, language)) [\(r.outcome)]"
        out += en ? ", decided by " : ", avgjort av "
        out += "\(r.decisive.source)" + (r.decisive.location.map { " (\($0))" } ?? "") + "\n"
        if let c = r.category {
            out += (en ? "Category: " : "Kategori: ") + "\(Words.category(c, rs, language)) [\(c)]\n"
        }
        if !r.scores.isEmpty {
            out +=
                (en ? "Scores: " : "Poeng: ")
                + r.scores.map { "\($0.criterion) \(Words.score($0.value, language))" }.joined(separator: ", ") + "\n"
        }
        out += "\n" + (en ? "Every rule, in file order:\n" : "Alle regler, i filens rekkefølge:\n")
        func label(_ t: RuleTrace) -> String { t.kind == .rule ? t.id : "\(t.kind.rawValue) \(t.id)" }
        let idWidth = r.traces.map { label($0).count }.max() ?? 0
        for t in r.traces {
            let verdict: String
            switch t.result {
            case .bool(true): verdict = en ? "true   " : "sann   "
            case .bool(false): verdict = en ? "false  " : "usann  "
            case .unknown: verdict = en ? "unknown" : "ukjent "
            default: verdict = "= " + Words.score(t.result, language).padding(5)
            }
            let name = label(t)
            out += "  \(verdict)  \(name)\(String(repeating: " ", count: max(idWidth - name.count, 0)))  \(t.condition)  \(t.location)\n"
            if !t.seen.isEmpty {
                let seen = t.seen.map { "\($0.name) = \($0.value.isUnknown ? (en ? "missing" : "mangler") : $0.value.description)" }
                out += "           " + (en ? "saw " : "så ") + seen.joined(separator: ", ") + "\n"
            }
        }
        if !r.notApplicable.isEmpty {
            out +=
                "  " + (en ? "not applicable to \(r.record.kind): " : "gjelder ikke \(r.record.kind): ")
                + r.notApplicable.joined(separator: ", ") + "\n"
        }
        out += "\n" + (en ? "Reasons:\n" : "Begrunnelser:\n")
        for (i, reason) in r.reasons.enumerated() {
            let outcome = reason.outcome.map { "[\(Words.outcome($0, rs, language))] " } ?? ""
            out += "  \(i + 1). \(outcome)\(reason.source): \(reason.text.text(language))\n"
            for note in Words.operational(reason, rs, language) { out += "     † \(note)\n" }
            if let c = reason.citation {
                out += "     «\(c.quote)»\n"
                if en, let t = c.translation { out += "     (\(t))\n" }
                out += "     — \(c.document)" + (c.section.map { ", «\($0)»" } ?? "") + "\n"
            }
        }
        if !r.conditions.isEmpty {
            out += "\n" + (en ? "Conditions:\n" : "Vilkår:\n")
            for c in r.conditions { out += "  - \(c.text(language))\n" }
        }
        if !r.record.illustrative.isEmpty {
            out += "\n\(Words.word("illustrative", language)): \(r.record.illustrative.joined(separator: ", "))\n"
        }
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
