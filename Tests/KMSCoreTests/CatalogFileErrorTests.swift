@testable import KMSCore
@testable import KMSProtocol
import Testing
import Foundation

/// Broken catalog files give `CatalogError` cases that name the file and the fault.
@Suite("Catalog file errors")
struct CatalogFileErrorTests {
    static let goodEntry = """
        {"shortName": "win10-enterprise", "displayName": "Windows 10/11 Enterprise", "family": "windows",
         "kind": "client", "release": "10/11", "applicationID": "55c92734-d682-4d71-983e-d6ec3f16059f",
         "skuID": "73111121-5638-40f6-bc11-f1d7b0d64300", "kmsCountedID": "58e2134f-8e11-4d17-9cb2-91069c151148",
         "protocolVersion": 6, "gvlk": "NPPR9-FWDCX-D2C8J-H872K-2YT43", "minimumCount": 25}
        """

    static func file(_ entries: String..., version: Int = 1) -> Data {
        Data("{\"schemaVersion\": \(version), \"products\": [\(entries.joined(separator: ","))]}".utf8)
    }

    static func decode(_ data: Data) throws(CatalogError) -> ProductCatalog {
        try ProductCatalog.decode(bytes: Array(data), source: "/tmp/test-products.json")
    }

    @Test func aMinimalGoodFileLoads() throws {
        let catalog = try Self.decode(Self.file(Self.goodEntry))
        #expect(catalog.products.count == 1)
        #expect(catalog.defaultProduct.shortName == "win10-enterprise")
    }

    @Test func notJSON() {
        #expect(throws: CatalogError.self) { try Self.decode(Data("products: [".utf8)) }
        do {
            _ = try Self.decode(Data("products: [".utf8))
        } catch {
            guard case let .malformed(path, detail) = error else { Issue.record("got \(error)"); return }
            #expect(path == "/tmp/test-products.json")
            #expect(detail.contains("not valid JSON"))
            #expect(error.description.contains("/tmp/test-products.json"))
        }
    }

    @Test func missingFieldIsNamedWithItsPlace() {
        let entry = Self.goodEntry.replacingOccurrences(of: "\"gvlk\": \"NPPR9-FWDCX-D2C8J-H872K-2YT43\", ", with: "")
        do {
            _ = try Self.decode(Self.file(entry))
            Issue.record("a product without gvlk was accepted")
        } catch {
            #expect(error == .malformed(path: "/tmp/test-products.json", detail: "products[0].gvlk is missing"))
        }
    }

    @Test func badUUIDAndUnknownFamilyAreMalformed() {
        for entry in [Self.goodEntry.replacingOccurrences(of: "73111121-5638", with: "nonsense-5638"),
                      Self.goodEntry.replacingOccurrences(of: "\"family\": \"windows\"", with: "\"family\": \"linux\"")] {
            do {
                _ = try Self.decode(Self.file(entry))
                Issue.record("accepted: \(entry)")
            } catch {
                guard case let .malformed(_, detail) = error else { Issue.record("got \(error)"); continue }
                #expect(detail.hasPrefix("products[0]."))
            }
        }
    }

    @Test func futureSchemaVersion() {
        do {
            _ = try Self.decode(Self.file(Self.goodEntry, version: 2))
            Issue.record("schemaVersion 2 was accepted")
        } catch {
            #expect(error == .unsupportedSchema(path: "/tmp/test-products.json", found: 2, supported: 1))
        }
    }

    @Test func emptyCatalogIsInvalid() {
        do {
            _ = try Self.decode(Self.file())
            Issue.record("an empty catalog was accepted")
        } catch {
            guard case let .invalid(_, problems) = error else { Issue.record("got \(error)"); return }
            #expect(problems == ["the catalog lists no products"])
        }
    }

    /// Each broken rule is reported, naming the entry.
    @Test(arguments: [
        ("\"protocolVersion\": 6", "\"protocolVersion\": 7", "protocolVersion 7"),
        ("\"minimumCount\": 25", "\"minimumCount\": 0", "minimumCount 0"),
        ("NPPR9-FWDCX-D2C8J-H872K-2YT43", "NPPR9-FWDCX-D2C8J-H872K", "gvlk"),
        ("NPPR9-FWDCX-D2C8J-H872K-2YT43", "nppr9-fwdcx-d2c8j-h872k-2yt43", "gvlk"),
        ("\"shortName\": \"win10-enterprise\"", "\"shortName\": \"win10 & del\"", "name \"win10 & del\""),
        ("\"family\": \"windows\"", "\"family\": \"office\"", "Office product"),
        ("\"displayName\": \"Windows 10/11 Enterprise\"", "\"displayName\": \"\"", "displayName"),
    ])
    func brokenRuleIsInvalid(original: String, broken: String, mention: String) {
        let entry = Self.goodEntry.replacingOccurrences(of: original, with: broken)
        do {
            _ = try Self.decode(Self.file(entry))
            Issue.record("accepted: \(broken)")
        } catch {
            guard case let .invalid(path, problems) = error else { Issue.record("got \(error)"); return }
            #expect(path == "/tmp/test-products.json")
            #expect(problems.contains { $0.hasPrefix("products[0]") && $0.contains(mention) }, "\(problems)")
        }
    }

    @Test func duplicateShortNameAndSKUAreInvalid() {
        let second = Self.goodEntry.replacingOccurrences(of: "\"shortName\": \"win10-enterprise\"",
                                                         with: "\"shortName\": \"other\", \"aliases\": [\"WIN10-enterprise\"]")
        do {
            _ = try Self.decode(Self.file(Self.goodEntry, second))
            Issue.record("duplicates were accepted")
        } catch {
            guard case let .invalid(_, problems) = error else { Issue.record("got \(error)"); return }
            #expect(problems.contains { $0.contains("already used by win10-enterprise") && $0.contains("name") })
            #expect(problems.contains { $0.contains("SKU ID 73111121-5638-40f6-bc11-f1d7b0d64300 is already used") })
        }
    }

    @Test func officeEntryNeedsAKnownFolder() {
        let office = """
            {"shortName": "office2016-proplus", "displayName": "Office Professional Plus 2016", "family": "office",
             "kind": "office", "release": "2016", "applicationID": "0ff1ce15-a989-479d-af46-f275c6370663",
             "skuID": "d450596f-894d-49e0-966a-fd39ed4c4c64", "kmsCountedID": "85b5f61b-320b-4be3-814a-b76b2bfafc82",
             "protocolVersion": 6, "gvlk": "XQNVK-8JYDB-WJ9W3-YJ8YR-WFG99", "minimumCount": 5, "officeFolder": "..\\\\Windows"}
            """
        do {
            _ = try Self.decode(Self.file(Self.goodEntry, office))
            Issue.record("a bad officeFolder was accepted")
        } catch {
            guard case let .invalid(_, problems) = error else { Issue.record("got \(error)"); return }
            #expect(problems.contains { $0.hasPrefix("products[1]") && $0.contains("officeFolder") })
        }
    }

    @Test func missingAndOversizedFiles() throws {
        do {
            _ = try ProductCatalog.bundled(environment: ["KMSWIZARD_RESOURCES": "/nonexistent-kmswizard"])
            // The source tree's Resources/ is also searched, so the bundled file is still found.
        } catch {
            Issue.record("bundled() should fall back to the source tree: \(error)")
        }
        do {
            _ = try ProductCatalog.load(path: "/nonexistent-kmswizard/products.json")
            Issue.record("a missing file loaded")
        } catch {
            guard case let .unreadable(path, _) = error else { Issue.record("got \(error)"); return }
            #expect(path == "/nonexistent-kmswizard/products.json")
        }
        let big = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-big-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: big) }
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(ProductCatalog.maximumFileBytes + 1))
        try handle.close()
        do {
            _ = try ProductCatalog.load(path: big.path)
            Issue.record("an oversized file loaded")
        } catch {
            guard case let .tooLarge(path, bytes, _) = error else { Issue.record("got \(error)"); return }
            #expect(path == big.path)
            #expect(bytes == ProductCatalog.maximumFileBytes + 1)
        }
    }
}
