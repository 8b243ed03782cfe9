import KMSCore
import KMSProtocol
import Foundation
import TestSupport

/// The one loader for Tests/Fixtures/kms: the captured KMS vectors (copied from shared/kms/vectors) and the
/// crypto known answers, located through `SourceTree` so that a clone alone is complete. The message,
/// crypto and RPC tests all read the same files through it.
enum KMSFixtures {
    static let directory = SourceTree.url("Tests/Fixtures/kms")

    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(relativePath))
    }

    static func decode<T: Decodable>(_ type: T.Type, _ relativePath: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: data(relativePath))
    }

    /// Every captured (non-negative) vector with KMS payloads, from vectors/index.json.
    static let capturedNames: [String] = {
        struct Entry: Decodable { let name: String; let kind: String }
        let entries = (try? decode([Entry].self, "vectors/index.json")) ?? []
        return entries.filter { $0.kind == "captured" && $0.name != "err_invalid_protocol_version_7" }.map(\.name)
    }()

    static func captured(_ name: String) throws -> CapturedKMSVector {
        try decode(CapturedKMSVector.self, "vectors/\(name).json")
    }

    static func negative(_ name: String) throws -> NegativeKMSVector {
        try decode(NegativeKMSVector.self, "vectors/\(name).json")
    }
}

extension String {
    /// The bytes of fixture hex text through the product's own parser; empty when the text is not
    /// hex, which every expectation comparing against real bytes then rejects.
    var hexBytes: [UInt8] { Hex.bytes(self) ?? [] }
}

/// One TCP payload of a capture, in the order it crossed the wire.
struct CapturedPDU: Decodable {
    let direction: String
    let pdu: String
    let hex: String
    var bytes: [UInt8] { hex.hexBytes }
    var fromServer: Bool { direction == "server_to_client" }
}

/// One captured vector file (the parts the message layer uses).
struct CapturedKMSVector: Decodable {
    let name: String
    let exchanges: [Exchange]

    struct Exchange: Decodable {
        let protocolVersion: String
        let kmsRequestHex: String
        let kmsResponseHex: String
        let product: ProductIDs
        let clientInputs: ClientInputs
        let kmsRequest: RequestDetails
        let kmsResponse: ResponseDetails?
        let decodedResponseSummary: Summary?
    }

    struct ProductIDs: Decodable {
        let applicationId: String
        let skuId: String
        let kmsCountedId: String
    }

    struct ClientInputs: Decodable {
        let cmid: String
        let previousCmid: String
        let workstationName: String
        let requestTimestampFiletime: UInt64
        let requiredClientCount: UInt32
        let licenseStatus: UInt32
        let graceTimeMinutes: UInt32
        let vmFlag: UInt32
        let requestIvHex: String?
    }

    struct RequestDetails: Decodable {
        let plaintextHex: String?
        let aesBlockDecryptOfIvHex: String?
    }

    struct ResponseDetails: Decodable {
        let ivHex: String?
        let plaintextHex: String?
        let hashHex: String?
        let randomXoredHex: String?
        let hmacKeyHex: String?
        let aesBlockDecryptOfResponseIvHex: String?
    }

    struct Summary: Decodable {
        let epid: String
        let currentClientCount: UInt32
        let activationIntervalMinutes: UInt32
        let renewalIntervalMinutes: UInt32
        let responseTimestampUtc: String
        let cmid: String
        let version: String
        let hwidHex: String?
    }
}

/// One derived negative vector: the real request and a mutated response.
struct NegativeKMSVector: Decodable {
    let name: String
    let kmsRequestHex: String?
    let kmsRequestIvHex: String?
    let kmsRequestFields: FixtureRequestFields?
    let kmsResponseOriginalHex: String?
    let kmsResponseMutatedHex: String?
    let tcpPayloadsAsSeenByClient: [CapturedPDU]
}

/// The request inputs a vector records (snake_case keys of the negative vectors).
struct FixtureRequestFields: Decodable {
    let version: String
    let vmInfo: UInt32
    let licenseStatus: UInt32
    let bindingExpirationMinutes: UInt32
    let applicationId: String
    let skuId: String
    let kmsCountedId: String
    let cmid: String
    let requiredClientCount: UInt32
    let requestTimestampFiletime: UInt64
    let previousCmid: String
    let workstationName: String
}

extension CapturedKMSVector.Exchange {
    /// The client inputs of this exchange, in the negative vectors' shape so one conversion serves both.
    var fields: KMSRequestFields {
        let inputs = clientInputs
        return FixtureRequestFields(
            version: protocolVersion, vmInfo: inputs.vmFlag, licenseStatus: inputs.licenseStatus,
            bindingExpirationMinutes: inputs.graceTimeMinutes, applicationId: product.applicationId,
            skuId: product.skuId, kmsCountedId: product.kmsCountedId, cmid: inputs.cmid,
            requiredClientCount: inputs.requiredClientCount, requestTimestampFiletime: inputs.requestTimestampFiletime,
            previousCmid: inputs.previousCmid, workstationName: inputs.workstationName).fields
    }

    var requestIV: [UInt8] { clientInputs.requestIvHex.map(\.hexBytes) ?? [] }
}

extension FixtureRequestFields {
    var fields: KMSRequestFields {
        KMSRequestFields(
            version: KMSVersion(major: Int(version.prefix { $0 != "." }) ?? 0) ?? .v6,
            isVirtualMachine: vmInfo != 0, licenseStatus: licenseStatus, graceMinutes: bindingExpirationMinutes,
            applicationID: messagesUUID(applicationId), skuID: messagesUUID(skuId),
            kmsCountedID: messagesUUID(kmsCountedId), clientMachineID: messagesUUID(cmid),
            previousClientMachineID: messagesUUID(previousCmid), requiredClientCount: requiredClientCount,
            timestamp: requestTimestampFiletime, workstationName: workstationName)
    }
}

/// A fixture's UUID text; the zero ID (which no expectation uses) when it does not parse.
func messagesUUID(_ text: String) -> UUID {
    UUID(uuidString: text) ?? KMSRequestFields.zeroID
}
