@testable import KMSCore
import Localization
import Testing
import Foundation
import TestSupport

/// `kmswizard products` through the real binary: the table fits 80 columns in both languages,
/// `--json` has stable keys, and bad flags or a broken catalog give their exit codes.
@Suite("kmswizard products (binary)", .offCooperativePool)
struct CatalogCommandTests {
    static func products(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessResult {
        var changes: [String: String?] = ["LC_ALL": nil, "LANG": nil]
        for (key, value) in extra { changes[key] = value }
        return try Kmswizard.run(["products"] + arguments, environment: .inherited(changes), timeout: 20)
    }

    @Test(arguments: ["en", "zh-TW"])
    func tableFits80Columns(language: String) throws {
        let result = try Self.products(["--lang", language])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > 90)
        for line in lines {
            #expect(CellWidth.of(line) <= 80, "\(line)")
        }
        #expect(lines.contains { $0.hasPrefix("win10-enterprise ") && $0.contains("Windows 10/11 Enterprise") })
        #expect(lines.contains { $0.hasPrefix("office2016-proplus ") })
        #expect(!result.stdout.contains("NPPR9-FWDCX-D2C8J-H872K-2YT43"), "GVLKs only with --wide")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test func wideAddsTheKeys() throws {
        let result = try Self.products(["--wide", "--family", "windows", "--lang", "en"])
        #expect(result.status == 0, "\(result)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("win10-enterprise ") })
        #expect(line.hasSuffix("NPPR9-FWDCX-D2C8J-H872K-2YT43"))
        #expect(!result.stdout.contains("office2016-proplus"))
    }

    @Test func jsonListsEveryFieldWithStableKeys() throws {
        let result = try Self.products(["--json", "--family", "office"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["ok", "catalogSchemaVersion", "family", "count", "products", "schemaVersion"])
        #expect(object["ok"] as? Bool == true)
        #expect(object["family"] as? String == "office")
        #expect(object["schemaVersion"] as? Int == 2)
        let products = try #require(object["products"] as? [[String: Any]])
        #expect(object["count"] as? Int == products.count)
        let expectedKeys: Set<String> = ["shortName", "displayName", "family", "kind", "release", "applicationID", "skuID",
                                         "kmsCountedID", "protocolVersion", "gvlk", "minimumCount", "aliases", "officeFolder"]
        for product in products {
            #expect(Set(product.keys) == expectedKeys)
            #expect(product["family"] as? String == "office")
        }
        let proPlus = try #require(products.first { $0["shortName"] as? String == "office2010-proplus" })
        #expect(proPlus["skuID"] as? String == "6f327760-8c5c-417c-9b61-836a98287e0c")
        #expect(proPlus["officeFolder"] as? String == "Office14")
        #expect(proPlus["protocolVersion"] as? Int == 4)
    }

    @Test func unknownFamilyIsAUsageError() throws {
        let result = try Self.products(["--family", "linux", "--json", "--lang", "en"])
        #expect(result.status == 64, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["code"] as? String == "usage")
        #expect(result.stderr.contains("linux"))
    }

    @Test func brokenCatalogFileIsADataError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("products.json")
        try Data("{\"schemaVersion\": 1, \"products\": [{\"shortName\": \"x\"}]}".utf8).write(to: file)
        let result = try Self.products(["--lang", "en"], environment: ["KMSWIZARD_RESOURCES": directory.path])
        #expect(result.status == 65, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(file.path))
        #expect(result.stderr.contains("products[0]."))
        #expect(result.stderr.contains("KMSWIZARD_RESOURCES"))
    }
}
