@testable import KMSCore
import Testing
import Foundation

/// The catalog's IDs against the real exchanges captured between vlmcs, vlmcsd and py-kms: the
/// application, SKU and KMS counted IDs a genuine client sent for each product, and its protocol
/// version and required count, must be exactly the catalog's.
@Suite("Catalog agrees with the captured vectors")
struct CatalogVectorTests {
    /// One captured request's product fields.
    struct Captured: CustomStringConvertible {
        let file: String
        let name: String
        let applicationID: UUID
        let skuID: UUID
        let kmsCountedID: UUID
        let protocolMajor: Int
        let requiredCount: Int
        var description: String { "\(file): \(name)" }
    }

    /// The project's own copy of the captured vectors, so that a clone alone is complete.
    static func vectorDirectory() -> URL? {
        let directory = KMSFixtures.directory.appendingPathComponent("vectors")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.contains { $0.hasPrefix("v6_win10_enterprise") && $0.hasSuffix(".json") } ? directory : nil
    }

    static func capturedProducts() throws -> [Captured] {
        guard let directory = vectorDirectory() else { return [] }
        var found: [Captured] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("negative_") && !$0.hasPrefix("err_") && $0 != "index.json" }
            .sorted()
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let exchanges = object["exchanges"] as? [[String: Any]] else { continue }
            for exchange in exchanges {
                guard let product = exchange["product"] as? [String: Any],
                      let inputs = exchange["client_inputs"] as? [String: Any],
                      let name = product["product_name"] as? String,
                      let app = (product["application_id"] as? String).flatMap(UUID.init(uuidString:)),
                      let sku = (product["sku_id"] as? String).flatMap(UUID.init(uuidString:)),
                      let kms = (product["kms_counted_id"] as? String).flatMap(UUID.init(uuidString:)),
                      let version = exchange["protocol_version"] as? String,
                      let major = Int(version.prefix { $0 != "." }),
                      let required = inputs["required_client_count"] as? Int else { continue }
                found.append(Captured(file: file, name: name, applicationID: app, skuID: sku, kmsCountedID: kms,
                                      protocolMajor: major, requiredCount: required))
            }
        }
        return found
    }

    @Test func everyCapturedProductIsInTheCatalogWithTheSameIDs() throws {
        let catalog = try ProductCatalog.bundled()
        let captured = try Self.capturedProducts()
        try #require(captured.count >= 10, "captured vectors not found in Fixtures/kms/vectors")
        var skusSeen = Set<UUID>()
        for vector in captured {
            let product = try #require(catalog.products.first { $0.skuID == vector.skuID }, "\(vector)")
            skusSeen.insert(vector.skuID)
            #expect(product.applicationID == vector.applicationID, "\(vector)")
            #expect(product.kmsCountedID == vector.kmsCountedID, "\(vector)")
            // The alt_* vectors test short ePIDs and force a protocol (Windows 8.1 over v5); the
            // others send what the product's own client speaks.
            if !vector.file.contains("alt_") {
                #expect(product.protocolVersion == vector.protocolMajor, "\(vector)")
            }
            // One alt vector asks for a count of 1 on purpose; the others send the real policy.
            if vector.requiredCount > 1 {
                #expect(product.minimumCount == vector.requiredCount, "\(vector)")
            }
            // Looking the product up by the captured SKU ID finds the same entry.
            #expect(try catalog.find("{\(vector.skuID.uuidString)}") == product)
        }
        // Windows 7/8/8.1/10 Enterprise and Office 2010/2016/2019 Professional Plus.
        let expected = ["win7-enterprise", "win8-enterprise", "win81-enterprise", "win10-enterprise",
                        "office2010-proplus", "office2016-proplus", "office2019-proplus"]
        for shortName in expected {
            let product = try catalog.find(shortName)
            #expect(skusSeen.contains(product.skuID), "no captured vector for \(shortName)")
        }
    }
}
