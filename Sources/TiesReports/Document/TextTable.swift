/// A plain-text table whose column widths count characters, not bytes, so 'Tromsø' and 'Düsseldorf' align.
enum TextTable {
    /// `decorate` may wrap a padded cell (e.g. in colour) given its row and column; the header row is -1.
    static func render(
        _ header: [String], _ rows: [[String]], rightAligned: Set<Int> = [], width: Int? = nil,
        decorate: (Int, Int, String) -> String = { _, _, cell in cell }
    ) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        let last = header.count - 1
        func line(_ cells: [String], _ row: Int) -> String {
            var text = ""
            var plain = 0
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                let shown = rightAligned.contains(i) ? pad + cell : (i == last ? cell : cell + pad)
                text += (i == 0 ? "" : "  ") + (row >= 0 ? decorate(row, i, shown) : shown)
                plain += (i == 0 ? 0 : 2) + shown.count
            }
            if let width, plain > width { text = String(text.prefix(max(width - 1, 0))) + "…" }
            return text + "\n"
        }
        var out = line(header, -1)
        let ruler = widths.dropLast().reduce(0, +) + 2 * last + header[last].count
        out += String(repeating: "─", count: min(ruler, width ?? Int.max)) + "\n"
        for (index, row) in rows.enumerated() { out += line(row, index) }
        return out
    }
}
