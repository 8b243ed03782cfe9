@testable import KMSCore
import Testing
import Foundation

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
        #expect(catalog.products(in: .windows).count == 74)
        #expect(catalog.products(in: .office).count == 37)
        #expect(Set(catalog.products.map(\.skuID)).count == catalog.products.count, "one entry per SKU")
    }

    /// The editions added from Microsoft's "KMS client activation and product keys" page, each ID
    /// checked against two public sources (py-kms KmsDataBase.xml, vlmcsd, KMS_VL_ALL/MAS): SKU,
    /// KMS counted ID, protocol, GVLK and count policy exactly as a genuine client sends them.
    @Test(arguments: [
        ("win10-enterprise-g", "e0b2d383-d112-413f-8a80-97f373a5820c", "7ba0bf23-d0f5-4072-91d9-d55af5a481b6", 6, "YYVX9-NTFWV-6MDM3-9PT4T-4M68B", 25),
        ("win10-enterprise-g-n", "e38454fb-41a4-4f59-a5dc-25080e354730", "7ba0bf23-d0f5-4072-91d9-d55af5a481b6", 6, "44RPN-FTY23-9VTTB-MP9BX-T84FV", 25),
        ("ws2012", "c04ed6bf-55c8-4b47-9f8e-5a1f31ceee60", "bbb97b3b-8ca4-4a28-9717-89fabd42c4ac", 5, "BN3D2-R7TKB-3YPBD-8DRP2-27GG4", 25),
        ("ws2012-n", "197390a0-65f6-4a95-bdc4-55d58a3b0253", "bbb97b3b-8ca4-4a28-9717-89fabd42c4ac", 5, "8N2M2-HWPGY-7PGT9-HGDD8-GVGGY", 25),
        ("ws2012-single-language", "8860fcd4-a77b-4a20-9045-a150ff11d609", "bbb97b3b-8ca4-4a28-9717-89fabd42c4ac", 5,
         "2WN2H-YGCQR-KFX6K-CD6TF-84YXQ", 25),
        ("ws2012-country-specific", "9d5584a2-2d85-419a-982c-a00888bb9ddf", "bbb97b3b-8ca4-4a28-9717-89fabd42c4ac", 5,
         "4K36P-JN4VD-GDC6V-KDT89-DYFKP", 25),
        ("ws2022-datacenter-azure", "19b5e0fb-4431-46bc-bac1-2f1873e4ae73", "b74263e4-0f92-46c6-bcf8-c11d5efe2959", 6,
         "NTBV8-9K7Q8-V27C6-M2BTV-KHMXV", 5),
        ("ws2025-datacenter-azure", "c2e946d1-cfa2-4523-8c87-30bc696ee584", "907f1f65-adcd-4a2e-95bc-4bf500bc6e58", 6,
         "XGN3F-F394H-FD2MY-PP6FD-8MCRC", 5),
        ("ws2008r2-itanium", "8a26851c-1c7e-48d3-a687-fbca9b9ac16b", "b2ca2689-a9a8-42d7-938d-cf8e9f201958", 4, "GT63C-RJFQ3-4GMB6-BRFB9-CB83V", 5),
        ("vista-enterprise", "cfd8ff08-c0d7-452b-9f60-ef5c70c32094", "212a64dc-43b1-4d3d-a30c-2fc69d2095c6", 4, "VKK3X-68KWM-X2YGT-QR4M6-4BWMV", 25),
        ("vista-business-n", "2c682dc2-8b68-4f63-a165-ae291d4cf138", "212a64dc-43b1-4d3d-a30c-2fc69d2095c6", 4, "HMBQG-8H2RH-C77VX-27R82-VMQBT", 25),
        ("ws2008-web", "ddfa9f7c-f09e-40b9-8c1a-be877a9a7f4b", "33e156e4-b76f-4a52-9f91-f641dd95ac48", 4, "WYR28-R7TFJ-3X2YQ-YCY4H-M249D", 5),
        ("ws2008-enterprise-v", "8198490a-add0-47b2-b3ba-316b12d647b4", "8fe53387-3087-4447-8985-f75132215ac9", 4,
         "39BXF-X8Q23-P2WWT-38T2F-G3FPG", 5),
        ("ws2008-itanium", "01ef176b-3e0d-422a-b4f8-4ea880035e8f", "8a21fdf3-cbc5-44eb-83f3-fe284e6680a7", 4, "4DWFP-JF3DJ-B7DTH-78FJB-PDRHK", 5),
    ])
    func addedEditionsCarryTheirPublishedIDs(shortName: String, sku: String, kms: String, protocolVersion: Int, gvlk: String,
                                             count: Int) throws {
        let product = try catalog.find(shortName)
        #expect(product.shortName == shortName)
        #expect(product.family == .windows && product.applicationID == UUID(uuidString: "55c92734-d682-4d71-983e-d6ec3f16059f"))
        #expect(product.skuID == UUID(uuidString: sku))
        #expect(product.kmsCountedID == UUID(uuidString: kms))
        #expect(product.protocolVersion == protocolVersion)
        #expect(product.gvlk == gvlk)
        #expect(product.minimumCount == count)
        #expect(try catalog.find(sku).shortName == shortName, "a product can be named by its SKU ID")
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
        (Product.Family.windows, "Vista", 4), (.windows, "7", 4), (.windows, "8", 5), (.windows, "8.1", 6), (.windows, "10/11", 6),
        (.windows, "10 LTSB 2015", 6), (.windows, "10 LTSB 2016", 6), (.windows, "10/11 LTSC", 6),
        (.windows, "Server 2008", 4), (.windows, "Server 2008 R2", 4), (.windows, "Server 2012", 5), (.windows, "Server 2012 R2", 6),
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
        let file = Data("{\"schemaVersion\": 1, \"products\": [".utf8) + data + Data("]}".utf8)
        #expect(try ProductCatalog.decode(bytes: Array(file), source: "round trip").products == [product])
    }
}
