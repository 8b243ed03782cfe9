import Testing
@testable import KMSCore

/// The validator's byte-level checks of keys and display names.
@Suite struct CatalogValidatorTextTests {
    @Test(arguments: [
        ("NPPR9-FWDCX-D2C8J-H872K-2YT43", true), ("NPPR9-FWDCX-D2C8J-H872K-2YT4", false),
        ("nppr9-FWDCX-D2C8J-H872K-2YT43", false), ("NPPR9-FWDCX-D2C8J-H872K2YT43-", false),
        ("NPPR9FWDCX-D2C8J-H872K-2YT43-", false), ("NPPR9-FWDCX-D2C8J-H872K-2YT43-", false),
        ("NPPR9-FWDCX-D2C8J-H872K-2YTÉ", false), ("", false), ("NPPR9-FWDCX-D2C8J-H872K-2YT4É", false),
    ])
    func gvlk(key: String, valid: Bool) {
        #expect(CatalogValidator.isGVLK(key) == valid)
    }

    @Test func displayNamesAndReleases() throws {
        let good = try #require(try ProductCatalog.bundled().products.first)
        func problems(displayName: String, release: String = "10") -> [String] {
            CatalogValidator.entryProblems(Product(
                shortName: good.shortName, displayName: displayName, family: good.family, release: release,
                applicationID: good.applicationID, skuID: good.skuID, kmsCountedID: good.kmsCountedID,
                protocolVersion: good.protocolVersion, gvlk: good.gvlk, minimumCount: good.minimumCount,
                kind: good.kind, aliases: good.aliases, officeFolder: good.officeFolder))
        }
        let rule = "displayName must be 1 to 80 printable characters"
        #expect(!problems(displayName: String(repeating: "é", count: 80)).contains(rule))
        #expect(problems(displayName: String(repeating: "e", count: 81)).contains(rule))
        #expect(!problems(displayName: String(repeating: "e\u{301}", count: 80)).contains(rule))
        #expect(problems(displayName: "tab\there").contains(rule))
        #expect(problems(displayName: "C1 \u{85} control").contains(rule))
        #expect(problems(displayName: "delete \u{7F}").contains(rule))
        #expect(!problems(displayName: "Windows 10/11 Enterprise \u{A0}\u{200B}").contains(rule))
        #expect(problems(displayName: "ok", release: String(repeating: "é", count: 41)).contains("release must be 1 to 40 characters"))
        #expect(!problems(displayName: "ok", release: String(repeating: "é", count: 40)).contains("release must be 1 to 40 characters"))
    }
}
