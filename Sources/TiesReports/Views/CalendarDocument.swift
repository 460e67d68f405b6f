import TiesCore

/// The review's deadlines as calendar events: every due date of an obligation and every unmet condition of a
/// decision, each with a name that stays the same from one export to the next, so a second import updates it.
public struct CalendarDocument: Sendable {
    public var book: Phrasebook

    public init(_ book: Phrasebook = Phrasebook(.nb)) { self.book = book }

    /// One all-day event.
    public struct Event: Sendable, Hashable {
        public var uid: String
        public var date: ReviewDate
        public var summary: String
        public var description: String
    }

    /// The events from the review date through two years on, overdue ones first as they fall.
    public func events(_ review: Review) -> (name: String, stamp: ReviewDate?, events: [Event]) {
        let municipality = review.portfolio.municipality.isEmpty ? review.ruleSet.municipality : review.portfolio.municipality
        guard let asOf = review.asOf else { return (book.calendar(.name(municipality)), nil, []) }
        let events = review.deadlines(through: asOf.adding(years: 2)).map { d in
            var lines = [book.calendar(d.kind == .obligation ? .obligation : .condition)]
            if let to = d.to { lines.append(book.calendar(.owedTo(book.text(to)))) }
            if let source = book.deadlineSource(d) { lines.append(book.calendar(.source(source))) }
            if d.overdue { lines.append(book.calendar(.overdue(book.date(d.date)))) }
            // The same obligation on the same date is the same event, whatever else changed in the portfolio.
            let uid = [Self.slug(municipality), d.record.id, d.kind.rawValue, String(d.index), d.date.description].joined(separator: "-")
            return Event(
                uid: uid + "@ties", date: d.date, summary: "\(d.record.name): \(book.text(d.what))",
                description: lines.joined(separator: "\n"))
        }
        return (book.calendar(.name(municipality)), asOf, events)
    }

    /// Letters and digits of a name, lower case, joined by hyphens: «Bergen» → «bergen».
    static func slug(_ text: String) -> String {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }
}
