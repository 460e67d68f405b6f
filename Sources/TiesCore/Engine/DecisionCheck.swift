/// Compares a recommendation with the record's last decision: departures, unmet conditions, overrides.
struct DecisionCheck {
    let ruleSet: RuleSet

    func label(_ outcome: String, _ language: String) -> String {
        ruleSet.outcome(outcome)?.label.text(language) ?? RuleSetLoader.vocabulary[outcome]?.text(language) ?? outcome
    }

    func notes(_ review: RecordReview, asOf: ReviewDate?) -> [DecisionNote] {
        guard let last = review.record.lastDecision, review.outcome != RecordReview.notAssessed else { return [] }
        var notes: [DecisionNote] = []
        let reference = { (language: String) -> String in
            "\(last.body) \(last.date.written(language))"
                + (last.caseReference.map { ToolWords.text("case_reference", language, ["case": $0]) } ?? "")
        }
        if last.outcome != review.outcome {
            notes.append(
                DecisionNote(
                    kind: .differs,
                    text: ToolWords.localized("departs_from_decision") { language in
                        [
                            "recommended": label(review.outcome, language), "decided": label(last.outcome, language),
                            "decision": reference(language),
                        ]
                    }))
        }
        if last.isOverride, let recommended = last.recommended {
            let why = last.justification ?? ""
            notes.append(
                DecisionNote(
                    kind: .override,
                    text: ToolWords.localized("overrode_recommendation") { language in
                        ["decision": reference(language), "recommended": label(recommended, language), "why": why]
                    }))
        }
        for condition in last.conditions where condition.met != true {
            // A condition not yet due is not unmet; one without a due date is open until someone says it is met.
            if let due = condition.due, let asOf, due > asOf { continue }
            let due = { (language: String) in
                condition.due.map { ToolWords.text("due", language, ["date": $0.written(language)]) } ?? ""
            }
            notes.append(
                DecisionNote(
                    kind: .unmetCondition,
                    text: ToolWords.localized("condition_unmet") { language in
                        ["date": last.date.written(language), "condition": condition.text, "due": due(language)]
                    }))
        }
        return notes
    }
}
