/// Compares a recommendation with the record's last decision: departures, unmet conditions, overrides.
struct DecisionCheck {
    let ruleSet: RuleSet
    /// The one language the notes are made in, where it is known (`Engine.wordsIn`).
    let wordsIn: Language?

    func notes(_ review: RecordReview, asOf: ReviewDate?) -> [DecisionNote] {
        guard let last = review.record.lastDecision, review.outcome != RecordReview.notAssessed else { return [] }
        var notes: [DecisionNote] = []
        let reference = { (book: Phrasebook) -> String in book.decision(last, in: ruleSet) }
        if last.outcome != review.outcome {
            notes.append(
                DecisionNote(
                    kind: .differs,
                    text: Phrasebook.everyLanguage(only: wordsIn) { book in
                        book.engine(
                            .departsFromDecision(
                                recommended: book.outcome(review.outcome, ruleSet), decided: book.outcome(last.outcome, ruleSet),
                                decision: reference(book)))
                    }))
        }
        if last.isOverride, let recommended = last.recommended {
            notes.append(
                DecisionNote(
                    kind: .override,
                    text: Phrasebook.everyLanguage(only: wordsIn) { book in
                        book.engine(
                            .overrodeRecommendation(
                                decision: reference(book), recommended: book.outcome(recommended, ruleSet),
                                why: last.justification.map(book.text) ?? ""))
                    }))
        }
        for condition in last.conditions where condition.met != true {
            // A condition not yet due is not unmet; one without a due date is open until someone says it is met.
            if let due = condition.due, let asOf, due > asOf { continue }
            notes.append(
                DecisionNote(
                    kind: .unmetCondition,
                    text: Phrasebook.everyLanguage(only: wordsIn) { book in
                        book.engine(
                            .conditionUnmet(
                                decision: reference(book), condition: book.text(condition.text), due: condition.due.map(book.date)))
                    }))
        }
        return notes
    }
}
