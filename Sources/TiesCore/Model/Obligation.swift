/// What a membership obliges the municipality to do, as the network's statutes or commitment letter say: what is owed,
/// to whom, by when or how often, when it was last met, and where that stands written.
public struct Obligation: Sendable, Hashable {
    /// What is owed: «Handlingsplan for klimatilpasning», «Rapport om gjennomføring».
    public var what: LocalizedText
    /// To whom: the network's office or secretariat.
    public var to: LocalizedText?
    /// A single due date.
    public var due: ReviewDate?
    /// Or a period in whole years, counted from `from` (or from the tie's start).
    public var everyYears: Int?
    public var from: ReviewDate?
    /// When it was last met; nil where nobody has recorded it.
    public var lastMet: ReviewDate?
    /// Where the obligation stands written: the statutes, the commitment letter.
    public var source: LocalizedText?
    /// Not taken from a source: made up for a sample.
    public var illustrative = false
    public var location: SourceLocation

    public init(
        what: LocalizedText, to: LocalizedText? = nil, due: ReviewDate? = nil, everyYears: Int? = nil, from: ReviewDate? = nil,
        lastMet: ReviewDate? = nil, source: LocalizedText? = nil, location: SourceLocation
    ) {
        self.what = what
        self.to = to
        self.due = due
        self.everyYears = everyYears
        self.from = from
        self.lastMet = lastMet
        self.source = source
        self.location = location
    }

    /// The longest period an obligation may have, in years.
    public static let longestPeriod = 100

    /// The date it next falls due: the single due date while unmet; for a period, the first due date whose period does
    /// not hold the last time it was met (a report delivered in the period before a due date meets that date).
    /// Nil where it has no date to fall on.
    public func nextDue(since start: Int?) -> ReviewDate? {
        if let due { return lastMet == nil ? due : nil }
        guard let years = everyYears, years > 0, let first = from ?? start.flatMap({ ReviewDate("\($0)-01-01") }) else { return nil }
        var date = first.adding(years: years)
        while let met = lastMet, date.adding(years: -years) < met { date = date.adding(years: years) }
        return date
    }

    /// The due dates from `start` on, up to and including `end`: the next one and those that follow it.
    public func dueDates(since start: Int?, through end: ReviewDate) -> [ReviewDate] {
        guard var date = nextDue(since: start) else { return [] }
        var dates: [ReviewDate] = []
        while date <= end {
            dates.append(date)
            guard let years = everyYears, due == nil else { break }
            date = date.adding(years: years)
        }
        return dates
    }
}
