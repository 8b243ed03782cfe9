import Testing
import Foundation
@testable import Activation

/// The shipped `Resources/products.json`: it loads, passes validation, and says what the issue
/// asks of it for every release.
@Suite("Bundled product catalog")
struct CatalogBundledTests {
    let catalog: ProductCatalog

    init() throws {
        catalog = try ProductCatalog.bundled()
    }

    @Test func loadsAndValidates() throws {
        #expect(catalog.schemaVersion == 1)
        #expect(CatalogValidator.problems(in: catalog.products).isEmpty)
        #expect(catalog.products(in: .windows).count >= 40)
        #expect(catalog.products(in: .office).count >= 30)
    }

    @Test func defaultIsWindows1011Enterprise() {
        let product = catalog.defaultProduct
        #expect(product.shortName == "win10-enterprise")
        #expect(product.displayName == "Windows 10/11 Enterprise")
        #expect(product.skuID == UUID(uuidString: "73111121-5638-40f6-bc11-f1d7b0d64300"))
        #expect(product.protocolVersion == 6)
        #expect(product.minimumCount == 25)
        #expect(product.gvlk == "NPPR9-FWDCX-D2C8J-H872K-2YT43")
    }

    /// Every release the issue names has entries, all with that release's protocol version.
    @Test(arguments: [
        (Product.Family.windows, "7", 4), (.windows, "8", 5), (.windows, "8.1", 6), (.windows, "10/11", 6),
        (.windows, "10 LTSB 2015", 6), (.windows, "10 LTSB 2016", 6), (.windows, "10/11 LTSC", 6),
        (.windows, "Server 2008 R2", 4), (.windows, "Server 2012", 5), (.windows, "Server 2012 R2", 6),
        (.windows, "Server 2016", 6), (.windows, "Server 2019", 6), (.windows, "Server 2022", 6), (.windows, "Server 2025", 6),
        (.office, "2010", 4), (.office, "2013", 5), (.office, "2016", 6), (.office, "2019", 6), (.office, "2021", 6), (.office, "2024", 6),
    ])
    func releaseIsCoveredWithItsProtocol(family: Product.Family, release: String, protocolVersion: Int) {
        let entries = catalog.products(in: family).filter { $0.release == release }
        #expect(!entries.isEmpty, "no \(family) \(release) entry")
        for entry in entries {
            #expect(entry.protocolVersion == protocolVersion, "\(entry.shortName)")
        }
        if family == .office {
            for product in ["Office", "Visio", "Project"] {
                #expect(entries.contains { $0.displayName.hasPrefix(product) }, "no \(product) \(release)")
            }
        }
    }

    @Test func thresholdsFollowTheKind() {
        for product in catalog.products {
            switch product.kind {
            case .client: #expect(product.minimumCount == 25, "\(product.shortName)")
            case .server, .office: #expect(product.minimumCount == 5, "\(product.shortName)")
            }
        }
        #expect(catalog.products.contains { $0.kind == .server })
    }

    /// What the `.cmd` generator needs: the folder that holds ospp.vbs for each Office version.
    @Test func officeEntriesNameTheirFolder() {
        let expected = ["2010": "Office14", "2013": "Office15", "2016": "Office16", "2019": "Office16",
                        "2021": "Office16", "2024": "Office16"]
        for product in catalog.products(in: .office) {
            #expect(product.officeFolder == expected[product.release], "\(product.shortName)")
        }
        for product in catalog.products(in: .windows) {
            #expect(product.officeFolder == nil, "\(product.shortName)")
        }
    }

    @Test func everyNameIsPlainTypeableText() {
        for product in catalog.products {
            for name in [product.shortName] + product.aliases {
                #expect(name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(name)")
            }
        }
    }

    /// `Product` written out and read back is the same entry, GUIDs in lower case.
    @Test func productRoundTripsThroughJSON() throws {
        let product = catalog.defaultProduct
        let data = try JSONEncoder().encode(product)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("73111121-5638-40f6-bc11-f1d7b0d64300"))
        #expect(text.contains("\"officeFolder\":null"))
        #expect(try JSONDecoder().decode(Product.self, from: data) == product)
    }
}
