import Foundation
import Testing

@testable import TiesCore
@testable import TiesReports

/// Obligations with due dates, and the calendar of deadlines that Outlook imports.
@Suite struct CalendarTests {
    @Test func aPeriodicObligationFallsDueInThePeriodAfterItWasLastMet() {
        let at = SourceLocation(file: "t", line: 1, column: 1)
        // A report every second year from 01.03.2016, last delivered 20.02.2024: that met 01.03.2024; next is 2026.
        let report = Obligation(
            what: LocalizedText(["nb": "r"]), everyYears: 2, from: ReviewDate("2016-03-01"), lastMet: ReviewDate("2024-02-20"), location: at
        )
        #expect(report.nextDue(since: nil) == ReviewDate("2026-03-01"))
        // Never met: the first date of the period after the start.
        #expect(
            Obligation(what: LocalizedText(["nb": "r"]), everyYears: 4, from: ReviewDate("2015-12-11"), location: at).nextDue(since: nil)
                == ReviewDate("2019-12-11"))
        // From the tie's start where the obligation names none; a single due date stands until it is met.
        #expect(Obligation(what: LocalizedText(["nb": "r"]), everyYears: 2, location: at).nextDue(since: 2020) == ReviewDate("2022-01-01"))
        #expect(
            Obligation(what: LocalizedText(["nb": "p"]), due: ReviewDate("2027-03-01"), location: at).nextDue(since: nil)
                == ReviewDate("2027-03-01"))
        #expect(
            Obligation(what: LocalizedText(["nb": "p"]), due: ReviewDate("2025-03-01"), lastMet: ReviewDate("2025-02-01"), location: at)
                .nextDue(since: nil) == nil
        )
        #expect(ReviewDate(serial: 46_341) == ReviewDate("2026-11-15"))
    }

    @Test func anOverdueObligationIsAConditionCitingItsSource() throws {
        let md = try runTies(["review", "Samples/bergen", "--format", "md"]).out
        #expect(md.contains("| Covenant of Mayors: Mayors adapt | nettverk | videreføres med vilkår |"))
        #expect(
            md.contains(
                "Forpliktelsen «Framdriftsrapport om klimatilpasning» overfor Covenant of Mayors-kontoret forfalt 01.03.2026 og er ikke oppfylt (Covenant of Mayors, forpliktelseserklæringen: framdriftsrapport minst annethvert år)"
            ))
        #expect(md.contains("## Frister: forfalte og de neste 12 månedene"))
        #expect(
            md.contains(
                "| Covenant of Mayors: Mayors adapt | Framdriftsrapport om klimatilpasning | Covenant of Mayors-kontoret | 01.03.2026 (forfalt) |"
            ))
        let case_ = try runTies(["review", "Samples/bergen", "--case"]).out
        #expect(
            case_.contains(
                "Bystyret ber byrådet sørge for at forpliktelsen «Framdriftsrapport om klimatilpasning» overfor Covenant of Mayors-kontoret blir oppfylt."
            ))
    }

    @Test func theCalendarImportsAndKeepsItsEventsNames() throws {
        let folder = try scratchFolder("calendar")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let a = folder + "/frister.ics", b = folder + "/igjen.ics"
        #expect(try runTies(["calendar", "Samples/bergen", "-o", a]).status == 0)
        #expect(try runTies(["calendar", "Samples/bergen", "-o", b], environment: ["TZ": "Asia/Tokyo"]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(bytes == (try Data(contentsOf: URL(fileURLWithPath: b))), "the same inputs give the same bytes")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(text.contains("UID:bergen-covenant_of_mayors-obligation-0-2026-03-01@ties\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260302\r\n"))
        #expect(text.contains("UID:bergen-hansa-condition-0-2025-06-30@ties\r\n"), "a decision's condition with its due date")
        // Every event has a date; no line is longer than 75 octets; no bare LF.
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == text.components(separatedBy: "DTSTART;VALUE=DATE:").count)
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Where Python's icalendar package is installed, the file must parse as a calendar with these events.
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else { return }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: python)
        check.arguments = [
            "-c",
            "import sys\ntry:\n import icalendar\nexcept ImportError:\n sys.exit(3)\nc=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())\nprint(len(list(c.walk('VEVENT'))))",
            a,
        ]
        let pipe = Pipe()
        check.standardOutput = pipe
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus != 3 else { return }
        #expect(check.terminationStatus == 0)
        let count = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(count == String(text.components(separatedBy: "BEGIN:VEVENT").count - 1))
    }

    // (the obligation, the message)
    static let broken: [(String, String)] = [
        ("{what: Rapport}", "the obligation 'Rapport' has neither a due date (due) nor a period (every_years); give one"),
        ("{what: Rapport, every_years: 0}", "expected 'every_years' as a whole number of years, at least 1, found '0'"),
        ("{what: Rapport, due: snart}", "expected 'due' as a date YYYY-MM-DD, found 'snart'"),
    ]

    @Test(arguments: broken.indices)
    func aBadObligationIsRefusedAtItsPlace(_ index: Int) throws {
        let (obligation, message) = Self.broken[index]
        let r = try runOnOneBergenNetwork("calendar", tail: "obligations:\n  - \(obligation)", name: "obligation-\(index)")
        #expect(r.status == 65, "\(r.err)")
        #expect(r.err.contains("portfolio.yaml:9:"), "\(r.err)")
        #expect(r.err.contains(message), "\(r.err)")
    }
}

/// A spreadsheet's obligations stand in a sheet or file of their own, naming each tie by id.
@Suite struct SpreadsheetObligationTests {
    @Test func anObligationOfNoTieIsRefusedAtItsCell() throws {
        let folder = try scratchFolder("duties")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["medlemskap.csv", "medlemskap.aktiviteter.csv"] {
            try FileManager.default.copyItem(atPath: path("Samples/bergen-excel/\(name)"), toPath: folder + "/" + name)
        }
        let duties = "Id;Forpliktelse;Hvert år;Fra\r\nnobody;Rapport;2;01.01.2020\r\n"
        try duties.write(toFile: folder + "/medlemskap.forpliktelser.csv", atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["review", folder + "/medlemskap.csv", "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15"])
        #expect(r.status == 65, "\(r.err)")
        #expect(r.err.contains("medlemskap.forpliktelser.csv:2:1: error: "), "\(r.err)")
        #expect(r.err.contains("nobody"), "\(r.err)")
    }
}

@Suite struct CalendarTextTests {
    /// A calendar's text may hold no control character but a tab (RFC 5545 § 3.3.11): one from a file is shown, escaped.
    @Test func aControlCharacterInATextIsShownNotSent() {
        let text = ICSWriter.escape("Rapport\u{0B}om\u{1B}[31m; frist, snart\\")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
        #expect(text == "Rapport\\\\u{B}om\\\\u{1B}[31m\\; frist\\, snart\\\\")
    }
}
