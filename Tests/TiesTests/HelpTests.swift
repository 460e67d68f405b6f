import Testing

/// Every command's help fits the terminal, is wrapped once (each paragraph filled to the width, not broken where the
/// source's lines broke), and shows examples.
@Suite struct HelpTests {
    static let commands = ["review", "classify", "justify", "explain", "diff", "lint", "test", "init", "template"]

    @Test(arguments: [nil] + commands.map(Optional.some), [80, 100])
    func helpIsWrappedOnceAtTheTerminalsWidth(_ command: String?, _ width: Int) throws {
        let r = try runTies(command.map { ["help", $0] } ?? ["--help"], environment: ["COLUMNS": "\(width)"])
        #expect(r.status == 0)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(r.out.contains("Examples:\n  ties "), "\(command ?? "ties")")
        for line in lines { #expect(line.count <= width, "\(command ?? "ties"): \(line)") }
        // Within the description's paragraphs, a line ends only where the next word would not fit.
        let description = lines.prefix { !$0.hasPrefix("USAGE:") && !$0.hasPrefix("ARGUMENTS:") && !$0.hasPrefix("OPTIONS:") }
        for (line, next) in zip(description, description.dropFirst())
        where !line.isEmpty && !next.isEmpty && !next.hasPrefix(" ") && !line.hasPrefix(" ") && !line.hasSuffix(":") {
            let word = next.prefix { $0 != " " }
            #expect(line.count + 1 + word.count >= width, "\(command ?? "ties") at \(width): '\(line)' / '\(next)'")
        }
    }
}
