import Testing

@testable import TiesCore

/// The fingerprint quotes each text as `debugDescription` always has; its fast path for plain and Latin text must
/// give the same bytes, or every recorded fingerprint would change.
@Suite struct FingerprintQuotingTests {
    @Test func theFastQuotingIsDebugDescription() {
        var texts = ["", "Bergen", "Bodø – «Nordland»", "e\u{301}", "\u{301}", "a\"b", "a\\b", "tab\tnew\nline", "\u{7F}", "\u{AD}"]
        for v in 0..<0x800 where !(0xD800..<0xE000).contains(v) {
            let s = String(Unicode.Scalar(UInt32(v))!)
            texts += [s, "a" + s, s + "a", "Tromsø " + s]
        }
        for text in texts { #expect(text.quotedForFingerprint == text.debugDescription, "\(text.unicodeScalars.map(\.value))") }
    }
}
