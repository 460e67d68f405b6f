/// Checks the portfolio rules: assertions over the whole set of records, once per `for_each` value.
struct PortfolioCheck {
    let engine: Engine

    func check(_ records: [Record], asOfYear: Int?) -> [PortfolioFinding] {
        // Most rule sets have no portfolio rules: then no tie's values are needed again.
        guard !engine.ruleSet.portfolioRules.isEmpty else { return [] }
        let contexts = records.map { engine.context(for: $0, asOfYear: asOfYear) }
        var findings: [PortfolioFinding] = []
        for rule in engine.ruleSet.portfolioRules {
            let bindings: [Value?] = rule.forEach.map { $0.values.map(Optional.some) } ?? [nil]
            for binding in bindings {
                findings.append(check(rule, binding: binding, records, contexts))
            }
        }
        return findings
    }

    private func check(_ rule: PortfolioRule, binding: Value?, _ records: [Record], _ contexts: [EvaluationContext]) -> PortfolioFinding {
        var selected: [Int] = []
        var failing: [Int] = []
        var prioritised: [Int] = []
        for (index, base) in contexts.enumerated() {
            var ctx = base
            ctx.variables = binding.map { [$0] } ?? []
            guard rule.select.evaluate(ctx) == .bool(true) else { continue }
            selected.append(index)
            if let each = rule.each, each.evaluate(ctx) == .bool(false) { failing.append(index) }
            if let p = rule.prioritise, p.evaluate(ctx) == .bool(true) { prioritised.append(index) }
        }
        let count = selected.count
        let countHolds = (rule.minCount.map { count >= $0 } ?? true) && (rule.maxCount.map { count <= $0 } ?? true)
        let holds = countHolds && failing.isEmpty
        var involvedIndices = countHolds ? failing : selected
        // Too many: the prioritised ones are kept, as long as they alone do not exceed the count.
        if !countHolds, let max = rule.maxCount, count > max, !prioritised.isEmpty, prioritised.count <= max {
            involvedIndices = selected.filter { !prioritised.contains($0) }
        }
        let involved = involvedIndices.map { records[$0].id }
        let names = involvedIndices.map { records[$0].name }
        let kept = holds ? [] : prioritised.filter { !involvedIndices.contains($0) }
        var extra: [String: Value] = ["count": .int(count), "records": .string(names.joined(separator: ", "))]
        if let (name, _) = rule.forEach, let binding { extra[name] = binding }
        // A value bound against the country field is a country code: the reason names the country.
        var countries: Set<String> = []
        if let (name, _) = rule.forEach {
            var read: Set<String> = []
            rule.select.syntax.visitNames { n, _ in read.insert(n) }
            if read.contains("country") { countries.insert(name) }
        }
        let text = engine.render(
            holds ? rule.held ?? rule.because : count == 0 ? rule.none ?? rule.because : rule.because,
            EvaluationContext(slots: [], activities: nil), extra: extra,
            countries: countries)
        var finding = PortfolioFinding(
            rule: rule.id, binding: binding?.description, holds: holds, count: count, records: involved,
            outcome: holds ? nil : rule.outcome, text: text, citation: rule.citation, location: rule.location)
        finding.kept = kept.map { records[$0].id }
        return finding
    }
}
