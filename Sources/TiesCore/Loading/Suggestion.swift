/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// «did you mean 'x'?» for the closest candidate within a small distance, else nothing.
    public static func didYouMean(_ word: String, in candidates: [String]) -> Phrase.Choices {
        Phrase.Choices(closest: closest(word, in: candidates))
    }

    /// «did you mean 'x'?» where one is close, then what there is to choose from: «the outcomes are keep, exit».
    public static func choices(_ word: String, in candidates: [String], _ what: Phrase.Names) -> Phrase.Choices {
        Phrase.Choices(closest: closest(word, in: candidates), candidates: candidates.sorted(), listing: .are(what))
    }

    /// The closest candidate, then every candidate as `listing` shows them: «(allowed: a, b)».
    public static func choices(_ word: String, in candidates: [String], listing: Phrase.Choices.Listing) -> Phrase.Choices {
        Phrase.Choices(closest: closest(word, in: candidates), candidates: candidates, listing: listing)
    }

    /// Words longer than this get no suggestion: no name is that long, and the search costs length squared.
    static let longestWord = 100

    public static func closest(_ word: String, in candidates: [String]) -> String? {
        let length = word.count
        guard length <= longestWord else { return nil }
        let limit = max(2, length / 3)
        let lowered = word.lowercased()
        // The distance is at least the difference in length: only candidates within reach are measured.
        let scored = candidates.filter { abs($0.count - length) <= limit }.map { ($0, distance(lowered, $0.lowercased())) }
            .filter { $0.1 <= limit }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        return scored.first?.0
    }

    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
