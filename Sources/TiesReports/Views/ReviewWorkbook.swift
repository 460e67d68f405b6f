import Foundation
import TiesCore

/// The review as a workbook: one row per tie with numbers as numbers, Ja/Nei and dates as dates under a frozen,
/// labelled header; a sheet with every reason and its citation; one with the data gaps; one with the fingerprint.
public struct ReviewWorkbook: Sendable {
    public var book: Phrasebook

    public init(_ book: Phrasebook) { self.book = book }

    typealias Cell = XLSXWriter.Cell
    typealias Sheet = XLSXWriter.Sheet

    /// The workbook's bytes.
    public func write(_ review: Review) throws -> Data {
        let rs = review.ruleSet
        let order = review.readingOrder
        var header = [book.review(.tie), book.review(.kind), book.review(.outcome), book(.provisional).capitalizedFirst]
        let hasCategories = review.records.contains { $0.category != nil }
        if hasCategories { header.append(book.review(.category)) }
        header += rs.criteria.map { book.text($0.title) }
        header += [
            book.review(.mainReason), book.review(.conditions), book.fact("country", rs), book.fact("since", rs),
            book.review(.lastDecision),
            book.review(.decided),
        ]
        if rs.annualCost != nil { header.append(book.costLabel(rs)) }
        let ties = order.map { r -> [Cell] in
            var row: [Cell] = [
                .text(r.record.name), .text(book.kind(r.record.kind)), .text(book.outcome(r.outcome, rs)),
                .text(book.cell(r.provisional)),
            ]
            if hasCategories { row.append(r.category.map { .text(book.category($0, rs)) } ?? .empty) }
            row += rs.criteria.map { c in
                guard let v = r.score(of: c, in: rs) else { return .text("–") }
                return cell(v)
            }
            row += [
                .text(book.text(r.decisive.text)), .text(r.conditions.map { book.condition($0, of: r, rs) }.joined(separator: " ")),
                r.record.country.map { .text(book.country($0)) } ?? .empty, r.record.since.map { .number(Double($0)) } ?? .empty,
                r.record.lastDecision.map { .text(book.outcome($0.outcome, rs) + " (\($0.body))") } ?? .empty,
                r.record.lastDecision.map { .date($0.date) } ?? .empty,
            ]
            // A cost not given is an empty cell, which a sum leaves out: never a zero.
            if rs.annualCost != nil {
                switch r.yearlyCost(rs) {
                case nil: row.append(.text("–"))
                case let v?: row.append(v.number.map { .number($0) } ?? .empty)
                }
            }
            return row
        }
        var widths = [36, 16, 22, 10] + (hasCategories ? [20] : []) + rs.criteria.map { _ in 14 }
        widths += [60, 40, 8, 8, 24, 12] + (rs.annualCost == nil ? [] : [16])

        var reasons: [[Cell]] = []
        for r in order {
            for reason in r.reasons {
                let c = reason.citation
                let numbers = book.operational(reason, rs).joined(separator: "; ")
                reasons.append([
                    .text(r.record.name), .text(reason.outcome.map { book.outcome($0, rs) } ?? ""),
                    .text(book.text(reason.text)), .text(c.map(\.quote) ?? ""),
                    .text(c.map { book.citationSource($0, rs) } ?? ""), .text(numbers),
                    .text(book.stated(reason, rs).joined(separator: "; ")),
                ])
            }
        }
        let gaps = order.filter { !$0.missingFacts.isEmpty }.map { r -> [Cell] in
            let label = { (name: String) in book.fact(name, rs) }
            return [
                .text(r.record.name), .text(r.missingFacts.map(label).joined(separator: "; ")),
                .text(r.openingFacts.map(label).joined(separator: "; ")),
            ]
        }
        var about: [[Cell]] = [
            [.text(book.review(.municipality)), .text(review.portfolio.municipality)],
            [.text(book.review(.reviewedOn)), review.asOf.map(Cell.date) ?? .empty],
            [.text(book.review(.sourceDocument)), .text(book.source(rs))],
        ]
        if let f = review.fingerprint {
            about += [
                [.text(book.review(.ruleSetHash)), .text(f.ruleSet)],
                [.text(book.review(.portfolioHash)), .text(f.portfolio)],
                [.text(book.review(.tool)), .text(f.tool)],
            ]
        }
        let sheets = [
            Sheet(name: book.review(.tiesSheet), header: header, rows: ties, widths: widths),
            Sheet(
                name: book.review(.reasons),
                header: [
                    book.review(.tie), book.review(.outcome), book.review(.reasons), book.review(.adoptedText), book.review(.source),
                    book.review(.operational), book.review(.statedNumbers),
                ],
                rows: reasons, widths: [36, 20, 60, 70, 40, 50, 50]),
            Sheet(
                name: book.review(.dataGapsSheet),
                header: [book.review(.tie), book(.missing).capitalizedFirst, book.review(.keepsOutcomeOpen)], rows: gaps,
                widths: [36, 60, 40]),
            Sheet(
                name: book.review(.fingerprintSheet), header: ["", ""], rows: about,
                widths: [24, 80]),
        ]
        return try XLSXWriter(book).archive(sheets, title: book.review(.title(municipality: review.portfolio.municipality)))
    }

    func cell(_ value: Value) -> Cell {
        switch value {
        case .int(let i): .number(Double(i))
        case .decimal(let d): .number(d)
        case .bool(let b): .text(book.cell(b))
        case .unknown: .text("?")
        default: .text(book.number(value))
        }
    }
}
