import TiesCore

/// Writes calendar events as an iCalendar file (RFC 5545) that Outlook and other calendar programs import: all-day
/// events, CRLF line ends, lines folded at 75 octets, text escaped; the same events give the same bytes.
public enum ICSWriter {
    public static func write(name: String, stamp: ReviewDate?, events: [CalendarDocument.Event], product: String) -> [UInt8] {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ties//\(product)//NO", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name),
        ]
        // DTSTAMP is required; the review date keeps the bytes the same from one run to the next.
        let stampText = (stamp.map(compact) ?? "19700101") + "T000000Z"
        for e in events {
            lines += [
                "BEGIN:VEVENT", "UID:" + escape(e.uid), "DTSTAMP:" + stampText, "DTSTART;VALUE=DATE:" + compact(e.date),
                "DTEND;VALUE=DATE:" + compact(e.date.adding(days: 1)), "SUMMARY:" + escape(e.summary),
                "DESCRIPTION:" + escape(e.description), "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        var out: [UInt8] = []
        for line in lines { out += fold(line) }
        return out
    }

    /// `20270301`.
    static func compact(_ d: ReviewDate) -> String { d.description.replacing("-", with: "") }

    /// Backslash, semicolon, comma and line ends as RFC 5545 § 3.3.11 writes them in text; any other control character,
    /// which a calendar's text may not hold, as the visible `\u{…}` every other output shows.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            case "\t": out.append(c)
            default:
                if c.unicodeScalars.contains(where: Escaping.isControl) {
                    out += Escaping.shown(String(c), keeping: []).replacing("\\", with: "\\\\")
                } else {
                    out.append(c)
                }
            }
        }
        return out
    }

    /// A content line folded at 75 octets, never inside a character, each piece ended by CRLF (§ 3.1).
    static func fold(_ line: String) -> [UInt8] {
        var out: [UInt8] = []
        var width = 0
        for c in line {
            let bytes = Array(String(c).utf8)
            if width + bytes.count > 75 {
                out += [13, 10, 32]
                width = 1
            }
            out += bytes
            width += bytes.count
        }
        return out + [13, 10]
    }
}
