/// Reads a CSV text as spreadsheets write it: RFC 4180 quoting, any of `;`, `,` or a tab between cells, lines
/// ending in CRLF or LF. Each cell keeps its line and column.
struct CSVReader {
    /// Where a CSV text breaks its quoting, and how.
    struct CSVSyntaxError: Error {
        var line: Int
        var column: Int
        var message: Phrase.Problem
    }

    /// The separator the header line uses: the most frequent of `;`, `,` and tab outside quotes (Norwegian Excel
    /// writes `;`, most other programs `,`); `,` when the header has none.
    static func separator(of text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var inQuotes = false
        for c in text {
            if c == "\"" { inQuotes.toggle() }
            if !inQuotes, isLineBreak(c) { break }
            if !inQuotes, counts[c] != nil { counts[c]! += 1 }
        }
        let best = [";", ",", "\t"].max { counts[$0]! < counts[$1]! }!
        return counts[best]! > 0 ? best : ","
    }

    /// The sheet of a CSV text, the header first; quoted cells may span lines. A quote that does not start a cell
    /// is kept as text, as Excel reads it.
    static func sheet(_ text: String, separator: Character) throws(CSVSyntaxError) -> Sheet {
        var rows: [[SheetCell]] = []
        var row: [SheetCell] = []
        var cell = ""
        var quoted = false
        var inQuotes = false
        var line = 1, column = 1
        var start = (line: 1, column: 1)
        var chars = Array(text)
        if let last = chars.last, !isLineBreak(last) { chars.append("\n") }
        var i = 0
        func endCell() {
            row.append(SheetCell(text: cell, quoted: quoted, row: start.line, column: start.column))
            cell = ""
            quoted = false
        }
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        cell.append("\"")
                        i += 2
                        column += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    cell.append(c)
                    if isLineBreak(c) { line += 1; column = 0 }
                }
            } else if c == "\"", cell.isEmpty, !quoted {
                inQuotes = true
                quoted = true
            } else if c == separator {
                endCell()
                start = (line, column + 1)
            } else if isLineBreak(c) {
                endCell()
                if !(row.count == 1 && row[0].text.isEmpty && !row[0].quoted) { rows.append(row) }
                row = []
                line += 1
                column = 0
                start = (line, 1)
            } else {
                cell.append(c)
            }
            i += 1
            column += 1
        }
        if inQuotes {
            throw CSVSyntaxError(
                line: start.line, column: start.column,
                message: .unclosedQuote)
        }
        return Sheet(name: nil, rows: rows)
    }

    /// The line breaks a spreadsheet writes; other Unicode breaks stay text inside a cell.
    static func isLineBreak(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }
}
