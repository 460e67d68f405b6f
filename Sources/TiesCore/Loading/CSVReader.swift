/// Reads a spreadsheet export: a header row of field and fact names, then one record per row
/// (RFC 4180 quoting; lists separated by ';'; an empty cell is missing). Each cell keeps its line and column.
struct CSVReader {
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    struct Cell {
        var text: String
        var quoted: Bool
        var mark: YAMLMark
    }

    /// Rows of cells, the header first; quoted cells may span lines.
    static func rows(_ text: String) throws(Failure) -> [[Cell]] {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var cell = ""
        var quoted = false
        var inQuotes = false
        var line = 1, column = 1
        var cellMark = YAMLMark(line: 1, column: 1)
        var chars = Array(text)
        if chars.last != "\n" { chars.append("\n") }
        var i = 0
        func endCell() {
            row.append(Cell(text: cell, quoted: quoted, mark: cellMark))
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
                    if c == "\n" || c == "\r\n" { line += 1; column = 0 }
                }
            } else if c == "\"" {
                guard cell.isEmpty else {
                    throw Failure(line: line, column: column, message: "a quote inside an unquoted cell; quote the whole cell")
                }
                inQuotes = true
                quoted = true
            } else if c == "," {
                endCell()
                cellMark = YAMLMark(line: line, column: column + 1)
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endCell()
                if !(row.count == 1 && row[0].text.isEmpty && !row[0].quoted) { rows.append(row) }
                row = []
                line += 1
                column = 0
                cellMark = YAMLMark(line: line, column: 1)
            } else {
                if quoted {
                    throw Failure(line: line, column: column, message: "text after a closing quote; expected ',' or the end of the row")
                }
                cell.append(c)
            }
            i += 1
            column += 1
        }
        if inQuotes {
            throw Failure(line: cellMark.line, column: cellMark.column, message: "unterminated quoted cell; expected a closing '\"'")
        }
        return rows
    }
}
