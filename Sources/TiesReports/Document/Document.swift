import TiesCore

/// A report as neutral blocks, written out as Markdown, HTML or Word by the writers.
public struct Document: Sendable, Hashable {
    public var title: String
    /// The language the document is written in, for the file's own metadata (`lang`, `w:lang`).
    public var language: Language
    /// The words around a printed page's number, as the view chose them.
    public var pageWords: PageWords
    public var blocks: [Block]

    public init(title: String, book: Phrasebook, blocks: [Block] = []) {
        self.title = title
        self.language = book.language
        self.pageWords = PageWords(before: book.review(.page(before: true)), between: book.review(.page(before: false)))
        self.blocks = blocks
    }
}

/// «Side » and « av » in «Side 2 av 9».
public struct PageWords: Sendable, Hashable {
    public var before: String
    public var between: String
}

/// A run of text with its emphasis.
public enum Span: Sendable, Hashable {
    case text(String)
    case strong(String)
    case emphasis(String)

    var string: String {
        switch self {
        case .text(let s), .strong(let s), .emphasis(let s): s
        }
    }
}

public enum Block: Sendable, Hashable {
    case heading(Int, String)
    case paragraph([Span])
    case list(ordered: Bool, items: [[Span]])
    case table(header: [String], rows: [[String]])
    /// A verbatim quotation from a strategy document, with where it comes from.
    case quote(String, source: String)
    /// Small print: fingerprints, notes on illustrative values.
    case note(String)
    /// A table too wide for a portrait page: each row has a longer text (`detail`, headed `detailHeader`) that a
    /// printed page shows under the row, and short column headings explained in `legend`.
    case overview(header: [String], rows: [[String]], detailHeader: String, details: [String], legend: [String])

    static func text(_ s: String) -> Block { .paragraph([.text(s)]) }
}

extension Document {
    /// Where the closing section begins (its heading) when it is short enough to print on one page: the writers keep
    /// it together, so its last lines never stand alone on a page of their own. Nil when there is none, or it is long.
    var closingStart: Int? {
        guard let start = blocks.lastIndex(where: { if case .heading(1, _) = $0 { true } else { false } }) else { return nil }
        let closing = blocks[start...]
        let characters = closing.reduce(0) { total, block in
            switch block {
            case .heading(_, let s), .quote(let s, _), .note(let s): total + s.count
            case .paragraph(let spans): total + spans.reduce(0) { $0 + $1.string.count }
            case .list(_, let items): total + items.reduce(0) { $0 + $1.reduce(0) { $0 + $1.string.count } }
            case .table(_, let rows): total + rows.count * 80
            case .overview: total + 10_000
            }
        }
        return closing.count <= 10 && characters <= 2_400 ? start : nil
    }

    /// The document with every text kept together as a printed page needs it (`Phrasebook.keptTogether`): what the Word
    /// and HTML writers write.
    public var keptTogether: Document {
        let kept = Phrasebook.keptTogether
        func spans(_ list: [Span]) -> [Span] {
            list.map { span in
                switch span {
                case .text(let s): .text(kept(s))
                case .strong(let s): .strong(kept(s))
                case .emphasis(let s): .emphasis(kept(s))
                }
            }
        }
        var doc = self
        doc.title = kept(title)
        doc.blocks = blocks.map { block in
            switch block {
            case .heading(let level, let text): .heading(level, kept(text))
            case .paragraph(let list): .paragraph(spans(list))
            case .list(let ordered, let items): .list(ordered: ordered, items: items.map(spans))
            case .table(let header, let rows): .table(header: header.map(kept), rows: rows.map { $0.map(kept) })
            case .quote(let text, let source): .quote(kept(text), source: kept(source))
            case .note(let text): .note(kept(text))
            case .overview(let header, let rows, let detailHeader, let details, let legend):
                .overview(
                    header: header.map(kept), rows: rows.map { $0.map(kept) }, detailHeader: kept(detailHeader), details: details.map(kept),
                    legend: legend.map(kept))
            }
        }
        return doc
    }
}
