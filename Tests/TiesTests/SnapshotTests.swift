import Foundation
import Testing

/// The documents a person reads, byte for byte: the review in md, html and json, and the memo in each language. A change
/// to any of them fails here and shows up as a diff of `Tests/TiesTests/Snapshots/` someone reads before it is
/// committed. To accept a change: `TIES_RECORD_SNAPSHOTS=1 swift test --filter SnapshotTests`, then read `git diff`.
@Suite struct SnapshotTests {
    static let cases: [(name: String, arguments: [String])] = [
        ("review-bergen.md", ["review", "Samples/bergen", "--format", "md"]),
        ("review-bergen.html", ["review", "Samples/bergen", "--format", "html"]),
        ("review-bergen.json", ["review", "Samples/bergen", "--format", "json"]),
        ("review-bergen-en.md", ["review", "Samples/bergen", "--format", "md", "--lang", "en"]),
        ("review-eksempelvik-nn.md", ["review", "Samples/eksempelvik", "--format", "md"]),
        ("review-eksempelvik-nn.html", ["review", "Samples/eksempelvik", "--format", "html"]),
        ("memo-human-rights-cities-nb.md", ["justify", "Samples/bergen/proposals/human-rights-cities.yaml", "--lang", "nb"]),
        ("memo-human-rights-cities-nn.md", ["justify", "Samples/bergen/proposals/human-rights-cities.yaml", "--lang", "nn"]),
        ("memo-human-rights-cities-en.md", ["justify", "Samples/bergen/proposals/human-rights-cities.yaml", "--lang", "en"]),
        ("memo-skulenettverket-nn.md", ["justify", "Samples/eksempelvik/proposals/skulenettverket.yaml"]),
        ("memo-krakow-nb.json", ["justify", "Samples/trondheim/proposals/krakow-twin-city.yaml", "--format", "json"]),
    ]

    @Test(arguments: cases.indices)
    func theDocumentIsAsRecorded(_ index: Int) throws {
        let (name, arguments) = Self.cases[index]
        let r = try runTies(arguments, environment: ["TIES_LANG": ""])
        #expect(r.status == 0, "\(name): \(r.err)")
        let file = path("Tests/TiesTests/Snapshots/" + name)
        if ProcessInfo.processInfo.environment["TIES_RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(atPath: path("Tests/TiesTests/Snapshots"), withIntermediateDirectories: true)
            try r.out.write(toFile: file, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try String(contentsOfFile: file, encoding: .utf8)
        guard r.out != recorded else { return }
        // Where they first differ, so the failure says what changed without a diff tool.
        let (got, want) = (
            r.out.split(separator: "\n", omittingEmptySubsequences: false),
            recorded.split(separator: "\n", omittingEmptySubsequences: false)
        )
        let line = Array(zip(got, want)).firstIndex { $0 != $1 } ?? min(got.count, want.count)
        Issue.record(
            "\(name) differs from Tests/TiesTests/Snapshots/\(name) at line \(line + 1):\n  now:      \(line < got.count ? got[line] : "(end)")\n  recorded: \(line < want.count ? want[line] : "(end)")\nRecord with TIES_RECORD_SNAPSHOTS=1 once the change is meant."
        )
    }
}
