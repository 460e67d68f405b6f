import TiesCore

/// What a part's XML events go to: element names without their namespace prefix, text as Excel shows it.
protocol XMLHandler: AnyObject {
    /// Whether text here matters; text nobody reads is skipped, not decoded.
    var wantsText: Bool { get }
    func start(_ name: String, _ attributes: XMLAttributes) throws(XMLScanner.Stop)
    func end(_ name: String) throws(XMLScanner.Stop)
    func text(_ text: String)
}

extension XMLHandler {
    var wantsText: Bool { false }
    func end(_ name: String) throws(XMLScanner.Stop) {}
    func text(_ text: String) {}
}

/// An element's attributes by their qualified names (`r:id`), in the order written.
struct XMLAttributes {
    var pairs: [(name: String, value: String)] = []

    /// The value of the attribute whose local name is `name`; with `prefixed`, only one written with a prefix.
    subscript(_ name: String, prefixed prefixed: Bool = false) -> String? {
        for pair in pairs {
            if pair.name == name { if !prefixed { return pair.value } else { continue } }
            if let colon = pair.name.utf8.firstIndex(of: 0x3A), pair.name[pair.name.index(after: colon)...] == name {
                return pair.value
            }
        }
        return nil
    }
}

/// Reads one part of a workbook as XML 1.0: elements, attributes, text, character references, CDATA, comments,
/// processing instructions and a document type whose internal entities are expanded, bounded, as Excel would show
/// them. An external entity is never fetched: a text that rests on one is refused, never shown without it.
///
/// Our own reader rather than libxml2's: it reads a part of any size the container allows in one pass, at a few
/// hundred megabytes a second, and an entity it cannot expand is an error, never text dropped without a word.
struct XMLScanner {
    /// Why the reading stopped: a fault in the XML at a byte, or a handler's own problem.
    enum Stop: Error {
        case fault(Phrase.XMLFault, at: Int)
        case handler(Phrase.DamagedWorkbook)
    }

    /// The expansion an entity may make, in bytes, summed over the part: more is an attack, not a workbook.
    static let entityBudget = 1 << 20
    /// Entities referring to entities, at most this deep.
    static let entityDepth = 8

    private let bytes: UnsafeBufferPointer<UInt8>
    private var p = 0
    /// Where reading ends: the part's end, or where a part read in pieces is split.
    private var limit: Int
    private var entities: [String: [UInt8]] = [:]
    private var external: Set<String> = []
    private var expanded = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        limit = bytes.count
    }

    /// Reads `data` into `handler`; a fault names its line and column.
    static func read(_ data: [UInt8], into handler: some XMLHandler) throws(Stop) {
        let outcome: Result<Void, Stop> = data.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            do throws(Stop) {
                var open: [String] = []
                try scanner.document(handler, open: &open, whole: true)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try outcome.get()
    }

    /// A piece of `data` read into `handler`: from `start`, where the elements `open` are open (none: the part's start),
    /// up to `end`, which must begin a tag. The elements open at `end`; nil where the piece does not read cleanly on
    /// its own: a fault, a token across `end`, a document type (whose entities a later piece would not know).
    static func read(_ data: [UInt8], into handler: some XMLHandler, from start: Int, open: [String], until end: Int) -> [String]? {
        data.withUnsafeBufferPointer { buffer -> [String]? in
            var scanner = XMLScanner(buffer)
            scanner.p = start
            scanner.limit = min(end, buffer.count)
            var stack = open
            do throws(Stop) {
                try scanner.document(handler, open: &stack, whole: false)
            } catch {
                return nil
            }
            guard scanner.p == scanner.limit, scanner.entities.isEmpty, scanner.external.isEmpty else { return nil }
            return stack
        }
    }

    /// The line and column (both from 1, columns in characters) of a byte of `data`.
    static func position(of offset: Int, in data: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var start = 0
        for i in 0..<min(offset, data.count) where data[i] == 0x0A {
            line += 1
            start = i + 1
        }
        let column = String(decoding: data[start..<min(offset, data.count)], as: UTF8.self).count + 1
        return (line, column)
    }

    // MARK: the document

    /// The document, or with `whole` false the piece from `p` to `limit`, `open` the elements open where it starts and
    /// then where it ends.
    private mutating func document(_ handler: some XMLHandler, open: inout [String], whole: Bool) throws(Stop) {
        if p == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { p = 3 }
        var seenRoot = !open.isEmpty
        var attributes = XMLAttributes()
        var pending: [UInt8] = []
        func flush() {
            guard !pending.isEmpty else { return }
            handler.text(String(decoding: pending, as: UTF8.self))
            pending.removeAll(keepingCapacity: true)
        }
        while p < limit {
            if bytes[p] != 0x3C {
                guard !open.isEmpty else {
                    while p < bytes.count, bytes[p] != 0x3C {
                        guard Self.isSpace(bytes[p]) else { throw .fault(.textOutsideRoot, at: p) }
                        p += 1
                    }
                    continue
                }
                if handler.wantsText {
                    try characters(into: &pending)
                } else {
                    while p < bytes.count, bytes[p] != 0x3C { p += 1 }
                }
                continue
            }
            if starts("<?") {
                try skip(past: "?>", from: p)
            } else if starts("<!--") {
                try skip(past: "-->", from: p)
            } else if starts("<![CDATA[") {
                guard !open.isEmpty else { throw .fault(.textOutsideRoot, at: p) }
                let start = p + 9
                try skip(past: "]]>", from: p)
                if handler.wantsText { pending.append(contentsOf: bytes[start..<(p - 3)]) }
            } else if starts("<!DOCTYPE") {
                guard !seenRoot, open.isEmpty else { throw .fault(.malformed, at: p) }
                try doctype()
            } else if starts("</") {
                let at = p
                p += 2
                let name = try self.name()
                skipSpaces()
                try expect(0x3E)
                guard let top = open.popLast() else { throw .fault(.malformed, at: at) }
                guard top == name else { throw .fault(.mismatchedEnd(expected: top, found: name), at: at) }
                flush()
                try handler.end(Self.local(name))
            } else {
                let at = p
                p += 1
                let name = try self.name()
                guard !seenRoot || !open.isEmpty else { throw .fault(.textOutsideRoot, at: at) }
                // One buffer for every element's attributes: a new one for each of a million cells costs an allocation each.
                attributes.pairs.removeAll(keepingCapacity: true)
                var empty = false
                while true {
                    let spaced = skipSpaces()
                    guard p < bytes.count else { throw .fault(.unclosed(name), at: at) }
                    if bytes[p] == 0x3E {
                        p += 1
                        break
                    }
                    if bytes[p] == 0x2F {
                        p += 1
                        try expect(0x3E)
                        empty = true
                        break
                    }
                    guard spaced else { throw .fault(.malformed, at: p) }
                    let key = try self.name()
                    skipSpaces()
                    try expect(0x3D)
                    skipSpaces()
                    attributes.pairs.append((key, try attributeValue()))
                }
                flush()
                seenRoot = true
                let local = Self.local(name)
                try handler.start(local, attributes)
                if empty { try handler.end(local) } else { open.append(name) }
            }
        }
        guard whole else { return }
        if let unclosed = open.last { throw .fault(.unclosed(unclosed), at: bytes.count) }
        guard seenRoot else { throw .fault(.noRootElement, at: bytes.count) }
    }

    private static func local(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: 0x3A) else { return name }
        return String(name[name.index(after: colon)...])
    }

    // MARK: text and references

    /// Character data up to the next `<`, references replaced.
    private mutating func characters(into out: inout [UInt8]) throws(Stop) {
        while p < bytes.count, bytes[p] != 0x3C {
            if bytes[p] == 0x26 {
                try reference(into: &out, depth: 0)
            } else {
                out.append(bytes[p])
                p += 1
            }
        }
    }

    private mutating func attributeValue() throws(Stop) -> String {
        guard p < bytes.count, bytes[p] == 0x22 || bytes[p] == 0x27 else { throw .fault(.malformed, at: p) }
        let quote = bytes[p]
        p += 1
        // A value with nothing to replace, nearly every one, is made straight from its bytes.
        var end = p
        while end < bytes.count, bytes[end] != quote, bytes[end] != 0x26, bytes[end] != 0x3C, bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == quote {
            defer { p = end + 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[p..<end]), as: UTF8.self)
        }
        var out: [UInt8] = []
        while true {
            guard p < bytes.count else { throw .fault(.malformed, at: p) }
            let b = bytes[p]
            if b == quote {
                p += 1
                break
            }
            switch b {
            case 0x3C: throw .fault(.malformed, at: p)
            case 0x26: try reference(into: &out, depth: 0)
            case 0x09, 0x0A, 0x0D:
                out.append(0x20)  // attribute values are normalised: a line break is a space
                p += 1
            default:
                out.append(b)
                p += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `&…;` at `p`: a character reference, one of the five predefined entities, or a declared internal one.
    private mutating func reference(into out: inout [UInt8], depth: Int) throws(Stop) {
        let at = p
        guard let semicolon = (p..<min(bytes.count, p + 80)).first(where: { bytes[$0] == 0x3B }) else {
            throw .fault(.malformed, at: at)
        }
        let body = String(decoding: bytes[(p + 1)..<semicolon], as: UTF8.self)
        p = semicolon + 1
        try expand(body, into: &out, depth: depth, at: at)
    }

    private mutating func expand(_ body: String, into out: inout [UInt8], depth: Int, at: Int) throws(Stop) {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, Self.isCharacter(value), let scalar = Unicode.Scalar(value) else {
                throw .fault(.badCharacterReference(body), at: at)
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
            return
        }
        switch body {
        case "lt": out.append(0x3C)
        case "gt": out.append(0x3E)
        case "amp": out.append(0x26)
        case "quot": out.append(0x22)
        case "apos": out.append(0x27)
        default:
            if external.contains(body) { throw .fault(.externalEntity(body), at: at) }
            guard let value = entities[body] else { throw .fault(.undefinedEntity(body), at: at) }
            guard depth < Self.entityDepth else { throw .fault(.entitiesTooDeep(Self.entityDepth), at: at) }
            if value.contains(0x3C) { throw .fault(.entityWithMarkup(body), at: at) }
            expanded += value.count
            guard expanded <= Self.entityBudget else { throw .fault(.entitiesTooLarge(kibibytes: Self.entityBudget >> 10), at: at) }
            var i = 0
            while i < value.count {
                if value[i] == 0x26 {
                    guard let semicolon = value[i...].firstIndex(of: 0x3B) else { throw .fault(.malformed, at: at) }
                    try expand(String(decoding: value[(i + 1)..<semicolon], as: UTF8.self), into: &out, depth: depth + 1, at: at)
                    i = semicolon + 1
                } else {
                    out.append(value[i])
                    i += 1
                }
            }
        }
    }

    // MARK: the document type

    /// `<!DOCTYPE name [ExternalID] [[internal subset]]>`: the internal subset's general entities are kept; an
    /// external subset is never read.
    private mutating func doctype() throws(Stop) {
        p += 9
        guard skipSpaces() else { throw .fault(.malformed, at: p) }
        _ = try name()
        skipSpaces()
        _ = try externalID()
        if p < bytes.count, bytes[p] == 0x5B {
            p += 1
            try internalSubset()
            skipSpaces()
        }
        try expect(0x3E)
    }

    private mutating func internalSubset() throws(Stop) {
        while true {
            skipSpaces()
            guard p < bytes.count else { throw .fault(.malformed, at: p) }
            if bytes[p] == 0x5D {
                p += 1
                return
            }
            if starts("<!--") {
                try skip(past: "-->", from: p)
            } else if starts("<?") {
                try skip(past: "?>", from: p)
            } else if starts("<!ENTITY") {
                try entityDeclaration()
            } else if starts("<!") {
                // ELEMENT, ATTLIST, NOTATION: nothing a cell's text depends on.
                p += 2
                while p < bytes.count, bytes[p] != 0x3E {
                    if bytes[p] == 0x22 || bytes[p] == 0x27 { _ = try literal() } else { p += 1 }
                }
                try expect(0x3E)
            } else if bytes[p] == 0x25 {
                throw .fault(.parameterEntity, at: p)
            } else {
                throw .fault(.malformed, at: p)
            }
        }
    }

    private mutating func entityDeclaration() throws(Stop) {
        let at = p
        p += 8
        guard skipSpaces() else { throw .fault(.malformed, at: p) }
        var parameter = false
        if p < bytes.count, bytes[p] == 0x25 {
            parameter = true
            p += 1
            skipSpaces()
        }
        let name = try self.name()
        skipSpaces()
        var value: [UInt8]?
        if try externalID() {
            if starts("NDATA") {
                p += 5
                skipSpaces()
                _ = try self.name()
            }
        } else {
            let literal = try literal()
            if literal.contains(0x25) { throw .fault(.parameterEntity, at: at) }
            value = literal
        }
        skipSpaces()
        try expect(0x3E)
        // A parameter entity only shapes the declarations, which are not read; the first declaration of a name holds.
        guard !parameter, entities[name] == nil, !external.contains(name) else { return }
        if let value { entities[name] = value } else { external.insert(name) }
    }

    // MARK: pieces

    /// `SYSTEM "uri"` or `PUBLIC "id" "uri"` at `p`, passed over (it is never fetched); whether there was one.
    private mutating func externalID() throws(Stop) -> Bool {
        guard starts("SYSTEM") || starts("PUBLIC") else { return false }
        let isPublic = starts("PUBLIC")
        p += 6
        skipSpaces()
        _ = try literal()
        if isPublic {
            skipSpaces()
            _ = try literal()
        }
        skipSpaces()
        return true
    }

    private mutating func literal() throws(Stop) -> [UInt8] {
        guard p < bytes.count, bytes[p] == 0x22 || bytes[p] == 0x27 else { throw .fault(.malformed, at: p) }
        let quote = bytes[p]
        let start = p + 1
        guard let end = (start..<bytes.count).first(where: { bytes[$0] == quote }) else { throw .fault(.malformed, at: p) }
        p = end + 1
        return Array(bytes[start..<end])
    }

    private mutating func name() throws(Stop) -> String {
        let start = p
        while p < bytes.count, !Self.endsName(bytes[p]) { p += 1 }
        guard p > start, !(0x30...0x39).contains(bytes[start]), bytes[start] != 0x2D, bytes[start] != 0x2E else {
            throw .fault(.malformed, at: start)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<p]), as: UTF8.self)
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = p
        while p < bytes.count, Self.isSpace(bytes[p]) { p += 1 }
        return p > start
    }

    private mutating func expect(_ byte: UInt8) throws(Stop) {
        guard p < bytes.count, bytes[p] == byte else { throw .fault(.malformed, at: p) }
        p += 1
    }

    private func starts(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard p + count <= bytes.count else { return false }
        let start = text.utf8Start
        for i in 0..<count where bytes[p + i] != start[i] { return false }
        return true
    }

    /// Moves past the next `end` after `from`; the part ending first is a fault.
    private mutating func skip(past end: StaticString, from: Int) throws(Stop) {
        let count = end.utf8CodeUnitCount
        let first = end.utf8Start[0]
        var i = from + 1
        while i + count <= bytes.count {
            if bytes[i] == first {
                var matched = true
                for k in 1..<count where bytes[i + k] != end.utf8Start[k] {
                    matched = false
                    break
                }
                if matched {
                    p = i + count
                    return
                }
            }
            i += 1
        }
        throw .fault(.malformed, at: from)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private static func endsName(_ b: UInt8) -> Bool {
        isSpace(b) || b == 0x3E || b == 0x2F || b == 0x3D || b == 0x3C || b == 0x22 || b == 0x27 || b == 0x3B || b == 0x26
            || b == 0x5B || b == 0x5D
    }

    /// XML 1.0's Char: what a character reference may name.
    private static func isCharacter(_ v: UInt32) -> Bool {
        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
            || (0x10000...0x10FFFF).contains(v)
    }
}
