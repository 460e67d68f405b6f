/// Compares a recommendation with the record's last decision: departures, unmet conditions, overrides.
struct DecisionCheck {
    let ruleSet: RuleSet

    func label(_ outcome: String, _ language: String) -> String {
        ruleSet.outcome(outcome)?.label.text(language) ?? RuleSetLoader.vocabulary[outcome]?.text(language) ?? outcome
    }

    func notes(_ review: RecordReview, asOf: String?) -> [DecisionNote] {
        guard let last = review.record.lastDecision, review.outcome != RecordReview.notAssessed else { return [] }
        var notes: [DecisionNote] = []
        let reference = { (language: String) -> String in
            "\(last.body) \(WrittenDate.text(last.date, language))"
                + (last.caseReference.map { language == "en" ? ", case \($0)" : ", sak \($0)" } ?? "")
        }
        if last.outcome != review.outcome {
            notes.append(
                DecisionNote(
                    kind: .differs,
                    text: LocalizedText([
                        "nb":
                            "Anbefalingen (\(label(review.outcome, "nb"))) avviker fra siste vedtak: \(label(last.outcome, "nb")) (\(reference("nb")))",
                        "en":
                            "The recommendation (\(label(review.outcome, "en"))) departs from the last decision: \(label(last.outcome, "en")) (\(reference("en")))",
                    ])))
        }
        if last.isOverride, let recommended = last.recommended {
            let why = last.justification ?? ""
            notes.append(
                DecisionNote(
                    kind: .override,
                    text: LocalizedText([
                        "nb": "Vedtaket (\(reference("nb"))) overstyrte anbefalingen \(label(recommended, "nb")): \(why)",
                        "en": "The decision (\(reference("en"))) overrode the recommendation \(label(recommended, "en")): \(why)",
                    ])))
        }
        for condition in last.conditions where condition.met != true {
            // A condition not yet due is not unmet; one without a due date is open until someone says it is met.
            if let due = condition.due, let asOf, due > asOf { continue }
            let due = { (language: String) in
                condition.due.map {
                    language == "en" ? " (due \(WrittenDate.text($0, language)))" : " (frist \(WrittenDate.text($0, language)))"
                } ?? ""
            }
            notes.append(
                DecisionNote(
                    kind: .unmetCondition,
                    text: LocalizedText([
                        "nb": "Vilkår fra vedtaket \(WrittenDate.text(last.date, "nb")) er ikke oppfylt: \(condition.text)\(due("nb"))",
                        "en": "A condition of the decision of \(WrittenDate.text(last.date, "en")) is unmet: \(condition.text)\(due("en"))",
                    ])))
        }
        return notes
    }
}
