import Foundation
import Testing

@testable import TiesCore

/// The byte-level reader must agree with the located reader on every line it takes, and leave every other to it.
@Suite struct RowReaderTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func ruleSet(_ file: String) throws -> RuleSet {
        try RuleSetLoader.load(SourceText(path: file, text: String(contentsOfFile: root + "/" + file, encoding: .utf8)))
    }

    /// A fixed sequence of numbers, so a failing line can be found again.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// A record as JSON Lines writes it, every fact present, null or left out at random, keys in any order.
    static func line(_ n: Int, _ ruleSet: RuleSet, _ random: inout SplitMix) -> String {
        var pairs = [
            #""id":"r\#(n)""#, #""name":"Tie nr. \#(n) – Ålesund""#,
            #""kind":"\#(ruleSet.appliesTo[random.next(ruleSet.appliesTo.count)])""#,
        ]
        if random.next(2) == 0 { pairs.append(#""country":"SE""#) }
        if random.next(2) == 0 { pairs.append(#""since":\#(1950 + random.next(70))"#) }
        for fact in ruleSet.facts {
            switch random.next(6) {
            case 0: continue
            case 1:
                pairs.append(#""\#(fact.name)":null"#)
                continue
            default: break
            }
            let low = Int(fact.range?.lowerBound ?? 0)
            let high = Int(fact.range?.upperBound ?? 500_000)
            let value: String
            switch fact.type {
            case .bool: value = random.next(2) == 0 ? "true" : "false"
            case .int, .year: value = String(low + random.next(high - low + 1))
            case .decimal, .money:
                value = random.next(3) == 0 ? "\(low + random.next(high - low)).25" : String(low + random.next(high - low + 1))
            case .string: value = #""text \#(random.next(100))""#
            case .enum: value = #""\#(fact.values![random.next(fact.values!.count)])""#
            case .set:
                let values = fact.values!
                value = "[" + values.filter { _ in random.next(2) == 0 }.map { #""\#($0)""# }.joined(separator: ", ") + "]"
            }
            pairs.append(#""\#(fact.name)": \#(value)"#)
        }
        for i in pairs.indices.reversed() { pairs.swapAt(i, random.next(i + 1)) }
        return "{" + pairs.joined(separator: ",") + "}"
    }

    @Test(arguments: [
        "Rules/bergen.yaml", "Rules/trondheim.yaml", "Rules/kristiansand.yaml", "Rules/fredrikstad.yaml", "Benchmarks/reference.yaml",
    ])
    func agreesWithTheLocatedReader(_ file: String) throws {
        let ruleSet = try Self.ruleSet(file)
        let engine = Engine(ruleSet: ruleSet)
        let reader = RowReader(engine: engine)
        let decoder = JSONLineDecoder(path: "t.jsonl", ruleSet: ruleSet)
        var random = SplitMix(state: 7)
        for n in 0..<600 {
            let text = Self.line(n, ruleSet, &random)
            let bytes = Array(text.utf8)
            guard let fast = reader.row(bytes[...]) else {
                Issue.record("the fast reader left a valid line to the located one: \(text)")
                continue
            }
            guard case .success(let record) = decoder.record(bytes[...], number: n + 1) else {
                Issue.record("the located reader refused \(text)")
                continue
            }
            #expect(fast.id == record.id)
            #expect(fast.column == record.location.column)
            var (fastRow, recordRow) = (fast.row, engine.row(for: record))
            let a = engine.streamed(&fastRow, asOfYear: 2026, language: .nb)
            let b = engine.streamed(&recordRow, asOfYear: 2026, language: .nb)
            #expect(a.evaluation == b.evaluation, "\(text)")
            #expect(a.reasons == b.reasons, "\(text)")
            // And the whole review's evaluation of the record is the same one.
            #expect(engine.evaluate(record, asOfYear: 2026).evaluation == a.evaluation, "\(text)")
        }
    }

    @Test func linesItDoesNotFullyUnderstandGoToTheLocatedReader() throws {
        let reader = RowReader(engine: Engine(ruleSet: try Self.ruleSet("Rules/bergen.yaml")))
        let valid = #"{"id":"a","name":"A","kind":"network","annual_fee_nok":100}"#
        #expect(reader.row(Array(valid.utf8)[...]) != nil)
        for line in [
            #"{"id":"a","name":"A","kind":"network","annual_fee_nok":100,"annual_fee_nok":200}"#,  // a key twice
            #"{"id":"a","name":"A\u00e5","kind":"network"}"#,  // an escape
            #"{"id":"a b","name":"A","kind":"network"}"#,  // not an id
            #"{"id":"a","name":"A","kind":"netwerk"}"#,  // not a kind
            #"{"id":"a","name":"A"}"#,  // no kind
            #"{"id":"a","name":"A","kind":"network","annual_fee_nok":-1}"#,  // a negative amount
            #"{"id":"a","name":"A","kind":"network","annual_fee_nok":"100"}"#,  // a number as text
            #"{"id":"a","name":"A","kind":"network","since":99}"#,  // not a year
            #"{"id":"a","name":"A","kind":"network","since":1999.0}"#,  // a year with a fraction
            #"{"id":"a","name":"A","kind":"network","country":"se"}"#,  // not a country code
            #"{"id":"a","name":"A","kind":"network","color":"red"}"#,  // not in the schema
            #"{"id":"a","name":"A","kind":"network","activities":[]}"#,  // an activity log
            #"{"id":"a","name":"A","kind":"network","facts":{}}"#,  // facts nested
            #"{"id":"a","name":"A","kind":"network"} x"#,  // something after
            #"{"id":"a","name":"A","kind":"network","#,  // cut off
            #"{"id":"a","name":"A","kind":"network","annual_fee_nok":1e999}"#,  // no finite number
            #"{"id":"a","name":"A","kind":"network","annual_fee_nok":0100}"#,  // a leading zero
            #"{"id":"a","name":"A","kind":"network","annual_fee_nok":truex}"#,  // not a literal
            #"{"id":"a","name":"A","kind":"network","roles":["host","hots"]}"#,  // not a value of the set
            #"{"id":"a","name":"A","kind":"network","roles":["host",]}"#,  // a trailing comma
            #"["id","a"]"#,
        ] {
            #expect(reader.row(Array(line.utf8)[...]) == nil, "\(line)")
        }
    }

    @Test func integersStayExactAboveTwoToThe53() throws {
        let ruleSet = try RuleSetLoader.load(
            SourceText(
                path: "t.yaml",
                text: minimalRuleSet.replacingOccurrences(of: "when: count(roles) == 0", with: "when: staff_hours == 9007199254740993")
                    .replacingOccurrences(
                        of: "facts:\n", with: "facts:\n  staff_hours: {type: int, label: {nb: Timer, en: Hours}}\n")))
        let engine = Engine(ruleSet: ruleSet)
        let reader = RowReader(engine: engine)
        // 2^53 + 1 and 2^53 are one Double apart no more: compared as integers they differ.
        var off = reader.row(Array(#"{"id":"a","name":"A","kind":"network","staff_hours":9007199254740992}"#.utf8)[...])!
        var on = reader.row(Array(#"{"id":"a","name":"A","kind":"network","staff_hours":9007199254740993}"#.utf8)[...])!
        #expect(engine.evaluation(&off.row, asOfYear: nil).fired.isEmpty)
        #expect(!engine.evaluation(&on.row, asOfYear: nil).fired.isEmpty)
    }

    @Test func aDerivedTextIsMadeAgainAtEachEvaluation() throws {
        let text = minimalRuleSet.replacingOccurrences(
            of: "rules:\n", with: "derived:\n  size: if(count(roles) > 1, 'wide', 'narrow')\nrules:\n"
        ).replacingOccurrences(of: "when: count(roles) == 0", with: "when: size == 'narrow'")
        let engine = Engine(ruleSet: try RuleSetLoader.load(SourceText(path: "t.yaml", text: text)))
        let reader = RowReader(engine: engine)
        var narrow = try #require(reader.row(Array(#"{"id":"a","name":"A","kind":"network","roles":["host"]}"#.utf8)[...])).row
        var wide = try #require(reader.row(Array(#"{"id":"b","name":"B","kind":"network","roles":["host","service_provider"]}"#.utf8)[...]))
            .row
        for _ in 0..<3 {
            #expect(!engine.evaluation(&narrow, asOfYear: nil).fired.isEmpty)
            #expect(engine.evaluation(&wide, asOfYear: nil).fired.isEmpty)
        }
        #expect(narrow.texts.count == narrow.inputTexts + 1)
    }
}
