/// Checks that a citation's quote stands verbatim in its document, as a PDF extract prints it:
/// whitespace and line breaks folded, and a hyphen at a line end read either as a broken word
/// ("inter-\nnasjonale" = "internasjonale") or as a real hyphen ("kunnskaps-\nog" = "kunnskaps- og"); a space the
/// extract put inside a word ("menneske rettighets  by") may be read as none ("menneskerettighetsby").
public enum QuoteCheck {
    /// Marks a hyphen that ended a line in the folded text.
    static let lineEndHyphen: Character = "\u{00AD}"

    /// A document folded once, ready for any number of quotes.
    public struct Document: Sendable {
        let characters: [Character]
        let words: [String]

        public init(_ text: String) {
            characters = QuoteCheck.fold(text, markLineEndHyphens: true)
            words = String(characters.filter { $0 != QuoteCheck.lineEndHyphen })
                .split(separator: " ").map(String.init)
        }
    }

    static func fold(_ text: String, markLineEndHyphens: Bool) -> [Character] {
        var out: [Character] = []
        var pendingSpace = false
        var sawNewline = false
        for c in text {
            if c.isWhitespace {
                pendingSpace = true
                if c.isNewline { sawNewline = true }
                continue
            }
            if pendingSpace {
                if markLineEndHyphens, sawNewline, out.last == "-" {
                    out[out.count - 1] = lineEndHyphen
                } else if !out.isEmpty {
                    out.append(" ")
                }
            }
            pendingSpace = false
            sawNewline = false
            out.append(c)
        }
        return out
    }

    /// Whether `quote` stands in the document, verbatim but for folded whitespace and line-end hyphens.
    public static func contains(_ document: Document, quote: String) -> Bool {
        let q = fold(quote, markLineEndHyphens: false)
        guard let first = q.first else { return true }
        let d = document.characters
        for start in d.indices where d[start] == first || d[start] == lineEndHyphen {
            if match(d, start, q, 0) { return true }
        }
        return false
    }

    private static func match(_ d: [Character], _ di: Int, _ q: [Character], _ qi: Int) -> Bool {
        var di = di, qi = qi
        while qi < q.count {
            guard di < d.count else { return false }
            if d[di] == lineEndHyphen {
                // The broken word joined, or the hyphen kept with or without the line's space.
                if match(d, di + 1, q, qi) { return true }
                guard q[qi] == "-" else { return false }
                if qi + 1 < q.count, q[qi + 1] == " ", match(d, di + 1, q, qi + 2) { return true }
                di += 1
                qi += 1
                continue
            }
            if d[di] == " ", q[qi] != " ", qi > 0, q[qi - 1].isLetter, q[qi].isLetter {
                // A word the extract split: the quote writes it whole.
                di += 1
                continue
            }
            guard d[di] == q[qi] else { return false }
            di += 1
            qi += 1
        }
        return true
    }

    /// The passage of the document closest to `quote`, word for word, to show what the document does say.
    /// Nil where no passage comes close (half the quote's words or more would change): a document that is not the
    /// strategy, a link to any file, is never shown.
    public static func closest(_ document: Document, quote: String) -> String? {
        let q = String(fold(quote, markLineEndHyphens: false)).split(separator: " ").map(String.init)
        let words = document.words
        guard !q.isEmpty, words.count >= q.count else { return nil }
        var best = (distance: Int.max, start: 0)
        for start in 0...(words.count - q.count) {
            // A window must share the quote's first or last word or be close to it; the rest is not worth scoring.
            let d = distance(q, words[start..<(start + q.count)], limit: best.distance)
            if d < best.distance { best = (d, start) }
            if d == 0 { break }
        }
        guard best.distance < (q.count + 1) / 2 else { return nil }
        return words[best.start..<(best.start + q.count)].joined(separator: " ")
    }

    /// Word-level edit distance, giving up once it exceeds `limit`.
    static func distance(_ a: [String], _ b: ArraySlice<String>, limit: Int) -> Int {
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            var rowBest = current[0]
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowBest = Swift.min(rowBest, current[j])
            }
            if rowBest >= limit { return Int.max }
            previous = current
        }
        return previous[b.count]
    }
}
