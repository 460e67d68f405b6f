import Foundation
import TiesCore

/// A form as a browser sends it: each field's values, in order, by name.
struct Form: Sendable {
    var fields: [String: [String]] = [:]

    subscript(_ name: String) -> String? { fields[name]?.first }

    /// A non-empty value, trimmed.
    func text(_ name: String) -> String? {
        guard let v = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    /// `application/x-www-form-urlencoded`: `a=1&b=x+y%20z`. Bytes that are not UTF-8 are refused as a whole.
    static func urlEncoded(_ body: [UInt8]) -> Form? {
        var form = Form()
        for pair in body.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : []) else { return nil }
            form.fields[name, default: []].append(value)
        }
        return form
    }

    /// `+` as a space and `%XX` as its byte; nil for a broken escape or text that is not UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "+") {
                out.append(0x20)
            } else if b == UInt8(ascii: "%") {
                guard i + 2 < bytes.endIndex, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) else {
                    return nil
                }
                out.append(h << 4 | l)
                i += 2
            } else {
                out.append(b)
            }
            i += 1
        }
        return String(validating: out, as: UTF8.self)
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x37
        case 0x61...0x66: b - 0x57
        default: nil
        }
    }
}

/// A file sent with a form (`multipart/form-data`), and the form's other fields.
struct Upload: Sendable {
    var form = Form()
    var fileName: String?
    var file: [UInt8]?

    /// The parts between `--boundary` lines; nil where the body is not such a form.
    static func multipart(_ body: [UInt8], contentType: String) -> Upload? {
        guard let range = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        // RFC 2046: a boundary is 1 to 70 characters.
        guard !boundary.isEmpty, boundary.utf8.count <= 70 else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        var upload = Upload()
        var starts: [Int] = []
        var i = 0
        while let found = find(delimiter, in: body, from: i) {
            starts.append(found)
            i = found + delimiter.count
        }
        guard starts.count >= 2 else { return nil }
        for (a, b) in zip(starts, starts.dropFirst()) {
            var part = Array(body[(a + delimiter.count)..<b])
            // Each part: CRLF, headers, a blank line, the content, CRLF before the next delimiter.
            guard part.count >= 2, part.starts(with: [13, 10]) else { return nil }
            part.removeFirst(2)
            if part.suffix(2) == [13, 10] { part.removeLast(2) }
            guard let split = find([13, 10, 13, 10], in: part, from: 0),
                let headers = String(validating: part[..<split], as: UTF8.self)
            else { return nil }
            let content = Array(part[(split + 4)...])
            guard let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                let name = parameter("name", in: String(disposition))
            else { return nil }
            if let file = parameter("filename", in: String(disposition)) {
                upload.fileName = file
                upload.file = content
            } else {
                guard let value = String(validating: content, as: UTF8.self) else { return nil }
                upload.form.fields[name, default: []].append(value)
            }
        }
        return upload
    }

    /// `name="value"` in a header's parameters.
    static func parameter(_ name: String, in header: String) -> String? {
        guard let r = header.range(of: "; \(name)=\"") ?? header.range(of: ";\(name)=\"") else { return nil }
        let rest = header[r.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// Where `needle` first stands in `hay` from `start`: Knuth–Morris–Pratt, linear in the body whatever boundary a
    /// sender chooses (a naive search over 20 MiB of `-` with a boundary of dashes takes billions of steps).
    static func find(_ needle: [UInt8], in hay: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count - min(start, hay.count) else { return nil }
        var fallback = [Int](repeating: 0, count: needle.count)
        var k = 0
        for i in 1..<needle.count {
            while k > 0, needle[i] != needle[k] { k = fallback[k - 1] }
            if needle[i] == needle[k] { k += 1 }
            fallback[i] = k
        }
        k = 0
        for i in start..<hay.count {
            while k > 0, hay[i] != needle[k] { k = fallback[k - 1] }
            if hay[i] == needle[k] { k += 1 }
            if k == needle.count { return i - needle.count + 1 }
        }
        return nil
    }
}

/// A fact's value as a form gives it, read as the fact's type asks; the reason in the reader's words where it cannot be.
enum FactInput {
    /// The box of a set's group that says the value is unknown; no allowed value is written so.
    static let unknownMark = "?"

    static func value(_ form: Form, _ f: FactDefinition, _ book: Phrasebook) -> Result<Value, Reason> {
        if f.type == .set {
            if (form.fields["value"] ?? []).contains(unknownMark) { return .success(.unknown) }
            let chosen = form.fields["value"] ?? []
            guard chosen.allSatisfy({ (f.values ?? []).contains($0) }) else { return .failure(Reason(book.page(.chooseOne))) }
            return .success(Value.makeSet(chosen))
        }
        guard let text = form.text("value") else { return .success(.unknown) }
        switch f.type {
        case .bool:
            switch text {
            case "true": return .success(.bool(true))
            case "false": return .success(.bool(false))
            default: return .failure(Reason(book.page(.chooseOne)))
            }
        case .enum:
            return (f.values ?? []).contains(text) ? .success(.string(text)) : .failure(Reason(book.page(.chooseOne)))
        case .int, .year:
            guard let n = Int(Self.digits(text)) else {
                return .failure(Reason(book.page(f.type == .year ? .notAYear(text) : .notAWholeNumber(text))))
            }
            return .success(.int(n))
        case .decimal, .money:
            guard let d = Self.number(text) else { return .failure(Reason(book.page(.notANumber(text)))) }
            return .success(.decimal(d))
        case .string, .set:
            return .success(.string(text))
        }
    }

    /// A number as a Norwegian writes it (1 500,50 or 1 500,50 kr) or as 1500.50; nil where it is none.
    static func number(_ text: String) -> Double? {
        guard let d = Double(digits(text).replacing("kr", with: "").replacing(",", with: ".")), d.isFinite else { return nil }
        return d
    }

    /// The text without the spaces that group thousands.
    static func digits(_ text: String) -> String { text.replacing(" ", with: "").replacing("\u{00A0}", with: "") }

    /// Why a value cannot be read.
    struct Reason: Error, Sendable {
        var text: String
        init(_ text: String) { self.text = text }
    }
}
