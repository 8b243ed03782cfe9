import Foundation
import Testing
@testable import KMSCore

/// The catalog's UUIDs, read and written without FoundationEssentials' parser and formatter,
/// agree with them.
@Suite struct UUIDTextTests {
    @Test func readsEitherCaseAndWritesLowerCase() throws {
        let text = "55c92734-d682-4d71-983e-d6ec3f16059f"
        let uuid = try #require(UUIDText.uuid(text))
        #expect(uuid == UUID(uuidString: text))
        #expect(UUIDText.uuid(text.uppercased()) == uuid)
        #expect(UUIDText.lowercased(uuid) == text)
        for _ in 0..<20 {
            let random = UUID()
            #expect(UUIDText.lowercased(random) == random.uuidString.lowercased())
            #expect(UUIDText.uuid(random.uuidString) == random)
        }
    }

    @Test(arguments: [
        "", "55c92734-d682-4d71-983e-d6ec3f16059", "55c92734-d682-4d71-983e-d6ec3f16059f0",
        "55c92734d-682-4d71-983e-d6ec3f16059f", "55c92734-d682-4d71-983e_d6ec3f16059f",
        "55c92734-d682-4d71-983e-d6ec3f16059g", "{55c92734-d682-4d71-983e-d6ec3f16059}",
        "55c92734 d682 4d71 983e d6ec3f16059f",
    ])
    func refusesAnythingElse(text: String) {
        #expect(UUIDText.uuid(text) == nil)
    }

    @Test func hexStringIsUnchanged() {
        #expect(Hex.string([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff")
        #expect(Hex.code(0xC004F074) == "0xC004F074")
    }
}

