/// One what-if edit of a rule set, `PATH=VALUE`: `parameters.fee_threshold_nok=150000`,
/// `rules.fee_without_return.outcome=exit`. A list item (a rule, criterion, category) is named by its id.
public struct RuleSetEdit: Sendable, Hashable, CustomStringConvertible {
    public var path: [String]
    public var value: String

    public init(path: [String], value: String) {
        self.path = path
        self.value = value
    }

    /// Reads `PATH=VALUE`; nil when there is no `=` or no path.
    public init?(_ text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let path = text[..<equals].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.isEmpty, !path.contains(where: \.isEmpty) else { return nil }
        self.init(path: path, value: String(text[text.index(after: equals)...]))
    }

    public var description: String { path.joined(separator: ".") + "=" + value }
}

extension YAMLTree {
    /// The tree with `edit` applied; a missing last key is added, anything else missing is an error.
    func applying(_ edit: RuleSetEdit, at depth: Int = 0) throws(Diagnostic) -> YAMLTree {
        let key = edit.path[depth]
        let last = depth == edit.path.count - 1
        let here = edit.path[...depth].joined(separator: ".")
        func fail(_ message: Phrase.Problem) -> Diagnostic {
            Diagnostic(at: SourceLocation(file: "--set \(edit)", line: 0, column: 0), message)
        }
        /// The keys an item has, to name in a message: `rules.x.when, rules.x.outcome`.
        func keys(of item: YAMLTree?, _ path: String) -> [String] {
            guard case .mapping(let pairs, _)? = item else { return [] }
            return pairs.map { "\(path).\($0.key.text)" }
        }
        switch self {
        case .mapping(var pairs, let mark):
            if let index = pairs.firstIndex(where: { $0.key.text == key }) {
                // A parameter written as {value, basis} is edited at its value: `parameters.fee_threshold_nok=20000`.
                if last, case .mapping(let inner, let innerMark) = pairs[index].value, inner.contains(where: { $0.key.text == "value" }) {
                    pairs[index].value = try YAMLTree.mapping(inner, innerMark).applying(
                        RuleSetEdit(path: ["value"], value: edit.value), at: 0)
                    return .mapping(pairs, mark)
                }
                pairs[index].value =
                    last
                    ? .scalar(YAMLScalar(text: edit.value, style: .plain, mark: pairs[index].value.mark))
                    : try pairs[index].value.applying(edit, at: depth + 1)
            } else if last, depth == 1, ["parameters", "facts", "derived"].contains(edit.path[0]) {
                // A name that is not there is a misspelling, not a new parameter: a new one needs its basis.
                let names: Phrase.Names = edit.path[0] == "parameters" ? .parameters : edit.path[0] == "facts" ? .facts : .derivedValues
                throw fail(.editNoKey(here, Suggestion.choices(key, in: pairs.map(\.key.text), names)))
            } else if last {
                pairs.append(
                    YAMLPair(
                        key: YAMLScalar(text: key, style: .plain, mark: mark),
                        value: .scalar(YAMLScalar(text: edit.value, style: .plain, mark: mark))))
            } else {
                throw fail(.editNoKey(here, Suggestion.choices(key, in: pairs.map(\.key.text), .keysHere)))
            }
            return .mapping(pairs, mark)
        case .sequence(var items, let mark):
            let ids = items.map { item -> String? in
                if case .mapping(let pairs, _) = item, case .scalar(let s)? = pairs.first(where: { $0.key.text == "id" })?.value {
                    return s.text
                }
                return nil
            }
            guard let index = ids.firstIndex(of: key), !last else {
                throw fail(
                    last
                        ? .editWholeItem(here, keys: keys(of: ids.firstIndex(of: key).map { items[$0] }, here))
                        : .editNoItem(
                            key, in: edit.path[..<depth].joined(separator: "."), Suggestion.choices(key, in: ids.compactMap { $0 }, .ids)))
            }
            items[index] = try items[index].applying(edit, at: depth + 1)
            return .sequence(items, mark)
        case .scalar:
            throw fail(.editSingleValue(edit.path[..<depth].joined(separator: ".")))
        }
    }
}
