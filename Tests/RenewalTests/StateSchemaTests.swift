@testable import Renewal
import Foundation
import Testing

/// The state file's schema 2: schema 1 migrates (its records were host checks), a schema that never
/// existed is refused and the file left as it is, keys a newer kmswizard wrote survive a rewrite,
/// and a time no kmswizard could have written is damage.
@Suite struct StateSchemaTests {
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "kmswizard-schema-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let schema1 = #"""
        {"schemaVersion": 1, "machineID": "5B0B3D4C-34C2-4B4C-9E56-0E7B8F3A1D22", "identity": "student",
         "products": {"win10-education": {
            "lastSuccess": {"at": "2026-06-01T08:00:00Z", "host": "127.0.0.1", "port": 1688,
                            "epid": "03612-00206-556-123456-03-1033-17763.0000-0452024", "protocolVersion": 6,
                            "clientCount": 50, "activationIntervalMinutes": 120, "renewalIntervalMinutes": 10080},
            "lastFailure": {"at": "2026-06-02T08:00:00Z", "code": "timeout", "windowsCode": "0xC004F074"}}}}
        """#

    @Test func schemaOneRecordsBecomeHostChecksAndAreWrittenAsTwo() throws {
        let path = try Self.folder() + "/state.json"
        try Data(Self.schema1.utf8).write(to: URL(fileURLWithPath: path))
        let store = StateStore(path: path)
        let state = try store.load()
        let record = try #require(state.products["win10-education"])
        #expect(record.lastHostCheck?.clientCount == 50 && record.lastHostCheck?.port == 1688)
        #expect(record.lastHostCheckFailure?.windowsCode?.hex == "0xC004F074")
        #expect(record.windows == nil, "a schema 1 record is no Windows reading")
        #expect(state.identity == "student")
        try store.update { _ in }
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("\"schemaVersion\" : 2") && written.contains("lastHostCheck"), "\(written)")
        #expect(!written.contains("lastSuccess"), "the old names are gone once written")
        #expect(try store.load() == state)
    }

    @Test(arguments: [0, -1])
    func aSchemaThatNeverExistedIsRefusedAndLeftAlone(version: Int) throws {
        let path = try Self.folder() + "/state.json"
        let text = #"{"schemaVersion": \#(version), "products": {}}"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StateError.corrupt(path: path, keptAt: nil)) { try StateStore(path: path).load() }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func keysANewerVersionWroteSurviveARewrite() throws {
        let path = try Self.folder() + "/state.json"
        let text = #"""
            {"schemaVersion": 2, "futureTopLevel": {"list": [1, "two", null, true]},
             "products": {"win10-education": {"futureProductKey": "kept", "script": {"path": "/home/s/a.cmd", "at": "2026-06-01T08:00:00Z"}}}}
            """#
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let store = StateStore(path: path)
        try store.update { $0.identity = "teacher" }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        let future = try #require(object["futureTopLevel"] as? [String: Any])
        #expect((future["list"] as? [Any])?.count == 4)
        let product = try #require((object["products"] as? [String: Any])?["win10-education"] as? [String: Any])
        #expect(product["futureProductKey"] as? String == "kept")
        #expect(product["script"] != nil && object["identity"] as? String == "teacher")
    }

    @Test(arguments: ["0000-12-30T00:00:00Z", "1969-12-31T23:59:59Z"])
    func aTimeOutsideNineteenSeventyToNineNineNineNineIsDamage(at: String) throws {
        let path = try Self.folder() + "/state.json"
        let text = #"{"schemaVersion": 2, "products": {"x": {"script": {"path": "/a.cmd", "at": "\#(at)"}}}}"#
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StateError.corrupt(path: path, keptAt: nil)) { try StateStore(path: path).load() }
    }
}
