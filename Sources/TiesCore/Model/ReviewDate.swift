/// A date as a review names it, written `YYYY-MM-DD`: the review date, a decision's date. Rules read the review
/// date's year as `as_of_year`.
public struct ReviewDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public private(set) var year: Int
    public private(set) var month: Int
    public private(set) var day: Int

    /// The date written `YYYY-MM-DD`, or nil for anything else, 30 February included.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
            (1...Self.days(inMonth: m, of: y)).contains(d)
        else { return nil }
        (year, month, day) = (y, m, d)
    }

    /// A date as a person types it: `YYYY-MM-DD`, or as a Norwegian writes it, `31.12.2026` (or `1.2.2026`).
    public init?(written text: String) {
        if let date = ReviewDate(text) {
            self = date
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let date = ReviewDate("\(parts[2])-\(parts[1].count == 1 ? "0" : "")\(parts[1])-\(parts[0].count == 1 ? "0" : "")\(parts[0])")
        else { return nil }
        self = date
    }

    /// The date a spreadsheet stores as a day number (days since 30 December 1899), as a workbook holds a date cell.
    public init?(serial: Int) {
        guard (1...2_958_465).contains(serial) else { return nil }
        // The civil-from-days algorithm, from days since 1 January 1970 (serial 25569).
        let z = serial - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        (year, month, day) = (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// How many days the month has in that year, by the Gregorian calendar.
    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The next day, or `days` on.
    public func adding(days: Int) -> ReviewDate {
        var next = self
        for _ in 0..<days {
            if next.day < Self.days(inMonth: next.month, of: next.year) {
                next.day += 1
            } else if next.month < 12 {
                (next.month, next.day) = (next.month + 1, 1)
            } else {
                (next.year, next.month, next.day) = (next.year + 1, 1, 1)
            }
        }
        return next
    }

    /// The same day `years` on (28 February for 29 February).
    public func adding(years: Int) -> ReviewDate {
        var next = self
        // Past the largest year a date is kept at it: a sum that runs over is never a crash.
        let (sum, overflow) = year.addingReportingOverflow(years)
        next.year = overflow ? (years > 0 ? Int.max : Int.min) : sum
        if month == 2, day == 29, Self.days(inMonth: 2, of: next.year) == 28 { next.day = 28 }
        return next
    }

    /// The same day a year on (28 February for 29 February): a follow-up date a proposal does not give.
    public var yearLater: ReviewDate {
        var next = self
        next.year += 1
        if month == 2, day == 29 { next.day = 28 }
        return next
    }

    /// As written: `2026-11-15`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: ReviewDate, b: ReviewDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// As a reader writes it: 15.11.2026 in Norwegian, 15 November 2026 in English.
    public func written(_ language: Language) -> String { Phrasebook(language).date(self) }
}
