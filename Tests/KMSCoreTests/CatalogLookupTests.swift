@testable import KMSCore
import Testing
import Foundation

/// `ProductCatalog.find`: what a user may type for a product, and what an unknown name gets back.
@Suite("Product lookup")
struct CatalogLookupTests {
    let catalog: ProductCatalog

    init() throws {
        catalog = try ProductCatalog.bundled()
    }

    @Test(arguments: [
        ("win10-enterprise", "win10-enterprise"),
        ("WIN10-ENTERPRISE", "win10-enterprise"),
        ("win11-enterprise", "win10-enterprise"),      // alias: Windows 11 shares the SKU
        ("win11-pro", "win10-pro"),
        ("ws2019-datacenter", "ws2019-datacenter"),
        ("office2016-proplus", "office2016-proplus"),
        ("visio2021-pro", "visio2021-pro"),
        ("project2024-pro", "project2024-pro"),
        ("  office2010-proplus  ", "office2010-proplus"),
    ])
    func byShortName(typed: String, expected: String) throws {
        #expect(try catalog.find(typed).shortName == expected)
    }

    @Test(arguments: [
        ("Windows 10/11 Enterprise", "win10-enterprise"),
        ("windows 10/11 enterprise", "win10-enterprise"),
        ("Windows10/11Enterprise", "win10-enterprise"),
        ("Office Professional Plus 2016", "office2016-proplus"),
        ("office  professional plus  2016", "office2016-proplus"),
        ("Windows Server 2012 R2 Datacenter", "ws2012r2-datacenter"),
        ("Visio LTSC Professional 2021", "visio2021-pro"),
    ])
    func byDisplayName(typed: String, expected: String) throws {
        #expect(try catalog.find(typed).shortName == expected)
    }

    @Test(arguments: [
        "73111121-5638-40f6-bc11-f1d7b0d64300",
        "{73111121-5638-40f6-bc11-f1d7b0d64300}",
        "{73111121-5638-40F6-BC11-F1D7B0D64300}",
    ])
    func bySKUID(typed: String) throws {
        #expect(try catalog.find(typed).shortName == "win10-enterprise")
    }

    @Test(arguments: [
        ("win 10 ent", "win10-enterprise"),
        ("Windows 10 Enterprise", "win10-enterprise"),
        ("windows 11 pro", "win10-pro"),
        ("win7 ent", "win7-enterprise"),
        ("windows 8.1 pro", "win81-pro"),
        ("server 2019 datacenter", "ws2019-datacenter"),
        ("ws2022 std", "ws2022-standard"),
        ("office 2016 proplus", "office2016-proplus"),
        ("office 2010 professional plus", "office2010-proplus"),
        ("visio 2024 pro", "visio2024-pro"),
        ("project 2013 standard", "project2013-standard"),
        ("win ltsc 2021", "win10-ltsc"),
        ("office 2016 pro plus", "office2016-proplus"),
    ])
    func byWords(typed: String, expected: String) throws {
        #expect(try catalog.find(typed).shortName == expected)
    }

    /// "office 2016" is every Office 2016 suite: the error lists them instead of guessing.
    @Test func ambiguousWordsListTheCandidates() {
        #expect {
            try catalog.find("office 2016")
        } throws: { error in
            guard let error = error as? ProductLookupError, case let .ambiguous(query, candidates) = error else { return false }
            let names = Set(candidates.map(\.shortName))
            return query == "office 2016" && names == ["office2016-proplus", "office2016-standard"]
                && error.description.contains("office2016-proplus")
        }
    }

    @Test(arguments: [
        ("win10-enterprize", "win10-enterprise"),
        ("offce2016-proplus", "office2016-proplus"),
        ("ws2019-datacentre", "ws2019-datacenter"),
        ("visio 2021 profesional", "visio2021-pro"),
    ])
    func unknownNameListsClosestMatches(typed: String, expected: String) {
        #expect {
            try catalog.find(typed)
        } throws: { error in
            guard let error = error as? ProductLookupError, case let .notFound(_, closest) = error else { return false }
            return !closest.isEmpty && closest.count <= ProductMatcher.suggestionLimit
                && closest.contains { $0.shortName == expected }
        }
    }

    @Test(arguments: ["", "   ", "{}", "windows 95", String(repeating: "x", count: 10_000)])
    func nonsenseIsNotFoundNeverACrash(typed: String) {
        #expect(throws: ProductLookupError.self) { try catalog.find(typed) }
    }

    @Test func unknownSKUIDIsNotFound() {
        #expect(throws: ProductLookupError.self) { try catalog.find("00000000-0000-0000-0000-000000000001") }
    }
}
