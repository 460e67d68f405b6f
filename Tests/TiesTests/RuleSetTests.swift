import Foundation
import Testing
import TiesCore

/// Every shipped rule set loads, and its own examples and tests hold: they are its documentation.
@Suite struct RuleSetTests {
    /// The four cities, and the illustrative nynorsk municipality that shows a rule set in nynorsk.
    @Test func theFourCitiesAndTheNynorskIllustrationAreThere() {
        #expect(ruleFiles == ["bergen.yaml", "eksempelvik.yaml", "fredrikstad.yaml", "kristiansand.yaml", "trondheim.yaml"])
        #expect(sampleFolders == ["bergen", "eksempelvik", "fredrikstad", "kristiansand", "trondheim"])
    }

    @Test(arguments: ruleFiles)
    func everyRuleIsExercised(_ file: String) throws {
        for c in ExampleCheck(ruleSet: try loadRuleSet(file)).coverage() where c.kind == .rule {
            #expect(c.exercised, "\(file): '\(c.id)' fired \(c.fired), did not fire \(c.notFired) times")
        }
    }

    @Test(arguments: ruleFiles)
    func loads(_ file: String) throws {
        let rs = try loadRuleSet(file)
        #expect(!rs.rules.isEmpty)
    }

    @Test(arguments: ruleFiles)
    func everyExampleBehavesAsItSays(_ file: String) throws {
        let results = ExampleCheck(ruleSet: try loadRuleSet(file)).examples()
        #expect(!results.isEmpty)
        for r in results where !r.passed {
            Issue.record("\(r.location): rule '\(r.rule ?? "")' expected \(r.expected), got \(r.actual)")
        }
    }

    @Test(arguments: ruleFiles)
    func everyRuleHasTriggeringAndNonTriggeringExamples(_ file: String) throws {
        for rule in try loadRuleSet(file).rules {
            let kinds = Set(rule.examples.map(\.expectation))
            #expect(kinds.contains(.fires), "\(rule.location): rule '\(rule.id)' has no example on which it fires")
            #expect(kinds.contains(.doesNotFire), "\(rule.location): rule '\(rule.id)' has no example on which it does not fire")
        }
    }

    @Test(arguments: ruleFiles)
    func everyRuleSetTestHolds(_ file: String) throws {
        for r in ExampleCheck(ruleSet: try loadRuleSet(file)).tests() where !r.passed {
            Issue.record("\(r.location): expected \(r.expected), got \(r.actual)")
        }
    }

    @Test(arguments: ruleFiles)
    func everyRuleCitesADeclaredSourceWithAQuote(_ file: String) throws {
        let rs = try loadRuleSet(file)
        for rule in rs.rules {
            #expect(rs.sources.map(\.file).contains(rule.citation.document))
            #expect(rule.citation.quote.count > 20, "\(rule.location): quote too short to trace")
            for language in rs.languages {
                #expect(rule.because.parts[language.code] != nil, "\(rule.location): no reason in '\(language)'")
            }
        }
    }

    /// Every quote stands verbatim in its document, by the same check `ties lint --sources` makes.
    @Test(arguments: ruleFiles)
    func everyQuoteIsInItsDocument(_ file: String) throws {
        let rs = try loadRuleSet(file)
        for c in rs.citations {
            // The illustrative strategy is the project's own text, beside the rule sets; the adopted ones are the seeds.
            let folder = FileManager.default.fileExists(atPath: path("Rules/sources/\(c.document)")) ? "Rules/sources" : "../shared/seeds"
            let doc = QuoteCheck.Document(try String(contentsOfFile: path("\(folder)/\(c.document)"), encoding: .utf8))
            #expect(QuoteCheck.contains(doc, quote: c.quote), "\(c.location): quote not found verbatim in \(c.document): \(c.quote)")
        }
    }
}
