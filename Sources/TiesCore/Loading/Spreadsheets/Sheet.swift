/// A table as a spreadsheet holds it: rows of cells, each at the place a user would look for it.
public struct Sheet: Sendable, Hashable {
    /// The worksheet's name in a workbook (`Ark1`); nil for a CSV file, whose cells stand at a line and column.
    public var name: String?
    /// The rows that hold anything, in order; a row's cells run from column 1 without gaps.
    public var rows: [[SheetCell]]

    public init(name: String?, rows: [[SheetCell]]) {
        self.name = name
        self.rows = rows
    }
}

/// One cell: its text as the spreadsheet shows it, and what kind of value the spreadsheet says it holds.
public struct SheetCell: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Text; every CSV cell is text.
        case text
        /// A number the workbook stores as a number, written plainly (`160000`, `0.5`).
        case number
        /// A workbook's TRUE or FALSE, written `true` or `false`.
        case bool
        /// A formula's error such as `#N/A`.
        case error
        /// A cell the workbook itself gets wrong (a shared text it does not have, a reference that is no cell), and what.
        case broken(Phrase.BrokenCell)
    }

    public var text: String
    public var kind: Kind
    /// Whether a CSV cell was in quotes: `""` is an empty list, an empty unquoted cell is missing.
    public var quoted: Bool
    /// The line of a CSV file, or the row of a worksheet, where the cell starts.
    public var row: Int
    /// The column where the cell starts: a character in a CSV line, a worksheet's column (1 is A).
    public var column: Int

    public init(text: String, kind: Kind = .text, quoted: Bool = false, row: Int, column: Int) {
        self.text = text
        self.kind = kind
        self.quoted = quoted
        self.row = row
        self.column = column
    }

    var mark: YAMLMark { YAMLMark(line: row, column: column) }
}
