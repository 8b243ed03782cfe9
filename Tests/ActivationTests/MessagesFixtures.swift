import Foundation
import Activation

/// Loads the captured KMS vectors and crypto known answers copied from shared/kms into
/// Fixtures/kms, located from this file so that a clone alone is complete.
enum MessagesFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/kms")

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

/// Hex text to bytes and back, for fixtures and expectations.
enum MessagesHex {
    static func bytes(_ text: String) -> [UInt8] {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return [] }
        return stride(from: 0, to: digits.count, by: 2).compactMap { index in
            UInt8(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16)
        }
    }

    static func string(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
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
    let kmsRequestFields: RequestFields?
    let kmsResponseOriginalHex: String?
    let kmsResponseMutatedHex: String?
    let tcpPayloadsAsSeenByClient: [PDU]

    struct RequestFields: Decodable {
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

    struct PDU: Decodable {
        let direction: String
        let pdu: String
        let hex: String
    }
}

extension CapturedKMSVector.Exchange {
    var fields: KMSRequestFields {
        let inputs = clientInputs
        return KMSRequestFields(
            version: KMSVersion(major: Int(protocolVersion.prefix { $0 != "." }) ?? 0) ?? .v6,
            isVirtualMachine: inputs.vmFlag != 0, licenseStatus: inputs.licenseStatus,
            graceMinutes: inputs.graceTimeMinutes, applicationID: messagesUUID(product.applicationId),
            skuID: messagesUUID(product.skuId), kmsCountedID: messagesUUID(product.kmsCountedId),
            clientMachineID: messagesUUID(inputs.cmid), previousClientMachineID: messagesUUID(inputs.previousCmid),
            requiredClientCount: inputs.requiredClientCount, timestamp: inputs.requestTimestampFiletime,
            workstationName: inputs.workstationName)
    }

    var requestIV: [UInt8] { clientInputs.requestIvHex.map(MessagesHex.bytes) ?? [] }
}

extension NegativeKMSVector.RequestFields {
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
