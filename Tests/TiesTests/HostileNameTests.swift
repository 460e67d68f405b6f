import Foundation
import Testing

/// Names with control characters, line breaks and combining accents after a separator reach no terminal raw and break
/// no CSV, Markdown or HTML: each format escapes them its own way.
@Suite(.serialized) struct HostileNameTests {
    static let names = [
        "ESC \u{1B}[31mred", "OSC \u{1B}]0;title\u{07}", "C1 \u{9B}31m", "NUL \u{0}x", "CR LF A\r\nB",
        "comma ,\u{301}x", "semicolon ;\u{301}x", "quote \"\u{301}x", "pipe |\u{301}x", "lt <\u{301}script>",
    ]

    /// A JSON Lines file with one record per hostile name.
    func records() throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ties-escaping-\(getpid()).jsonl").path
        let lines = try Self.names.enumerated().map { i, name in
            let data = try JSONSerialization.data(withJSONObject: ["id": "r\(i)", "name": name, "kind": "network"])
            return String(decoding: data, as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func review(_ format: String, _ extra: [String] = []) throws -> String {
        let r = try runTies(["review", try records(), "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15", "--format", format] + extra)
        #expect(r.status == 0, "\(r.err)")
        return r.out
    }

    /// Control characters a terminal would act on: C0 but line feed and tab, DEL, C1.
    func rawControls(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func theTerminalTableShowsControlCharactersEscaped() throws {
        for columns in [nil, "80"] {
            let r = try runTies(
                ["review", try records(), "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15"],
                environment: columns.map { ["COLUMNS": $0] } ?? [:])
            #expect(rawControls(r.out).isEmpty, "\(rawControls(r.out))")
            #expect(r.out.contains("ESC \\u{1B}[31mred") || r.out.contains("ESC \\u{1B}[31"))
        }
    }

    @Test func explainAndDiffShowControlCharactersEscaped() throws {
        let file = try records()
        let explained = try runTies(["explain", file, "r0", "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15"])
        #expect(explained.status == 0, "\(explained.err)")
        #expect(rawControls(explained.out).isEmpty && explained.out.contains("\\u{1B}[31mred"))
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("ties-escaping-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: json) }
        #expect(
            try runTies(["review", file, "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15", "--format", "json", "-o", json]).status
                == 0)
        let diff = try runTies(["diff", json, json])
        #expect(diff.status == 0, "\(diff.err)")
        #expect(rawControls(diff.out).isEmpty)
    }

    @Test func anErrorShowsControlCharactersEscaped() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ties-escaping-error-\(getpid()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"net\u{9B}\u{1B}]0;x\u{7}work\"}\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let r = try runTies(["review", file, "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15"])
        #expect(r.status == 65)
        #expect(rawControls(r.err).isEmpty, "\(r.err)")
    }

    @Test(arguments: ["nb", "en"])
    func everyCSVRowIsOneRecord(_ language: String) throws {
        let csv = try review("csv", ["--lang", language])
        let separator: UInt8 = language == "nb" ? UInt8(ascii: ";") : UInt8(ascii: ",")
        // RFC 4180, by bytes: a row ends at CR LF outside quotes; every row has the header's number of cells.
        var rows: [[String]] = [], row: [String] = [], cell: [UInt8] = [], quoted = false
        var bytes = Array(csv.utf8.dropFirst(3))[...]
        while let b = bytes.popFirst() {
            if quoted {
                if b == UInt8(ascii: "\""), bytes.first == UInt8(ascii: "\"") {
                    cell.append(b)
                    bytes.removeFirst()
                } else if b == UInt8(ascii: "\"") {
                    quoted = false
                } else {
                    cell.append(b)
                }
            } else if b == UInt8(ascii: "\""), cell.isEmpty {
                quoted = true
            } else if b == separator {
                row.append(String(decoding: cell, as: UTF8.self))
                cell = []
            } else if b == 0x0D, bytes.first == 0x0A {
                bytes.removeFirst()
                row.append(String(decoding: cell, as: UTF8.self))
                rows.append(row)
                (row, cell) = ([], [])
            } else {
                cell.append(b)
            }
        }
        let records = rows.dropFirst().filter { $0.count > 2 }
        #expect(records.count == Self.names.count)
        #expect(records.allSatisfy { $0.count == rows[0].count }, "\(records.map(\.count)) against \(rows[0].count)")
        for name in Self.names where !name.contains("\u{0}") && !name.contains("\u{1B}") && !name.contains("\u{9B}") {
            #expect(records.contains { $0[0] == name }, "\(name.debugDescription) is not one cell")
        }
    }

    @Test func everyMarkdownRowHasTheTablesCells() throws {
        let md = try review("md")
        #expect(rawControls(md).isEmpty)
        // The first table's rows: every one has as many unescaped pipes as its header.
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("| Tilknytning | Type") })
        let table = lines[start...].prefix { $0.hasPrefix("|") }
        let pipes = { (line: String) in
            var count = 0, escaped = false
            for s in line.unicodeScalars {
                if s == "|", !escaped { count += 1 }
                escaped = s == "\\" && !escaped
            }
            return count
        }
        #expect(table.count == Self.names.count + 2)
        #expect(Set(table.map(pipes)).count == 1, "\(table.map(pipes))")
    }

    @Test func htmlEscapesByScalar() throws {
        let html = try review("html")
        #expect(!html.unicodeScalars.split(separator: "<").dropFirst().contains { $0.first == "\u{301}" })
        #expect(html.contains("&lt;\u{301}script&gt;"))
        #expect(rawControls(html).isEmpty)
    }
}
