import Foundation
import Testing
import TiesFuzzing

/// Every input a fuzzer ever crashed on, replayed through the same entry the fuzzer used; and the seed
/// corpus of each target, so `swift test` exercises the fuzz entries themselves.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = FuzzEntries.targets.keys.sorted().flatMap { target in
        ((try? FileManager.default.contentsOfDirectory(atPath: path("Tests/TiesTests/FuzzRegressions/\(target)"))) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
    }

    @Test(arguments: inputs)
    func crashInputStaysFixed(_ input: String) throws {
        let target = String(input.split(separator: "/")[0])
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path("Tests/TiesTests/FuzzRegressions/\(input)"))))
        FuzzEntries.targets[target]!(bytes)
    }

    @Test func seedsRunThroughEveryEntry() throws {
        for rule in try ["bergen", "trondheim"].map({ try String(contentsOfFile: path("Rules/\($0).yaml"), encoding: .utf8) }) {
            FuzzEntries.ruleSetFile(Array(rule.utf8))
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: path("Tests/TiesTests/Broken/input")).sorted() {
            let bytes = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path("Tests/TiesTests/Broken/input/\(file)"))))) ?? []
            switch file.split(separator: ".").last {
            case "yaml": FuzzEntries.portfolioYAML(bytes)
            case "jsonl":
                FuzzEntries.jsonLines(bytes)
                FuzzEntries.streamed(bytes)
            case "csv": FuzzEntries.csv(bytes)
            default: break
            }
        }
        FuzzEntries.expression(
            Array("count(activities where year >= as_of_year - 3) == 0 and annual_fee_nok / competence_gain > limit".utf8))
        FuzzEntries.expression(Array("9223372036854775807 * as_of_year - founded".utf8))
    }
}
