import Foundation
import Testing
import TiesCore

/// A memo's summary recommends what its resolution says. In a new adviser's trial (Frogn) the resolution postponed the
/// case while the summary recommended taking part; a memo recommending against a tie said so only in the resolution.
@Suite struct MemoAgreementTests {
    /// Bergen's proposal, with `edit` applied to its lines, in a folder of its own.
    func proposal(_ name: String, _ edit: (String) -> String) throws -> String {
        let folder = try scratchFolder("memo-agreement-\(name)")
        var text = try String(contentsOfFile: path("Samples/bergen/proposals/human-rights-cities.yaml"), encoding: .utf8)
        text = text.replacing("rules: ../../../Rules/bergen.yaml", with: "rules: \(path("Rules/bergen.yaml"))")
            .replacing("portfolio: ..\n", with: "portfolio: \(path("Samples/bergen"))\n")
        text = String(text[..<text.range(of: "\nexpected:")!.lowerBound]) + "\n"
        try edit(text).write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
        return folder + "/p.yaml"
    }

    @Test func aPostponedCaseIsRecommendedPostponed() throws {
        let file = try proposal("postpone") {
            $0.replacing("    roles: [community_developer, service_provider]\n", with: "").replacing("    competence_gain: 2\n", with: "")
        }
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        let md = try runTies(["justify", file, "--format", "md"]).out
        #expect(md.contains("1. Saken utsettes til disse opplysningene foreligger: «Rolle for kommunen», «Kompetanseheving (0–3)»."))
        #expect(md.contains("\n\nByrådet tilrår at saken utsettes til opplysningene som mangler, foreligger. "), "\(md)")
        #expect(!md.contains("tilrår at Bergen kommune søker"))
    }

    @Test func aTieRecommendedAgainstIsRecommendedAgainst() throws {
        let file = try proposal("against") {
            $0.replacing("    roles: [community_developer, service_provider]", with: "    roles: []")
        }
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        let md = try runTies(["justify", file, "--format", "md"]).out
        #expect(md.contains("1. Bergen kommune søker ikke medlemskap i European Human Rights Cities Network."))
        #expect(md.contains("Byrådet tilrår at Bergen kommune ikke søker medlemskap i European Human Rights Cities Network."), "\(md)")
        // No role is no sentence «relevant for kommunen som»: it stands in the table of facts as «ingen».
        #expect(!md.contains("relevant for kommunen som\n") && md.contains("| Rolle for kommunen | ingen |"))
        let en = try runTies(["justify", file, "--format", "md", "--lang", "en"]).out
        #expect(en.contains("recommends that Bergen not apply for membership of European Human Rights Cities Network."), "\(en)")
    }

    /// A resolution names each tie as what it is: one takes part in a programme, one is a member of a network.
    @Test func aProgrammeIsTakenPartInNotJoined() {
        let ties = [(kind: "programme", name: "Erasmus+"), (kind: "network", name: "Eurocities"), (kind: "network", name: "ICLEI")]
        #expect(Phrasebook(.nb).tiesNamed(ties) == "deltakelsen i Erasmus+ og medlemskapene i Eurocities og ICLEI")
        #expect(Phrasebook(.nn).tiesNamed(ties) == "deltakinga i Erasmus+ og medlemskapa i Eurocities og ICLEI")
    }
}
