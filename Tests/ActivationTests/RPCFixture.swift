import Foundation
@testable import Activation

/// The captured PDUs of one vector (copied from shared/kms/vectors into Fixtures/rpc).
struct RPCFixture: Decodable {
    struct PDU: Decodable {
        let direction: String
        let pdu: String
        let hex: String
        var bytes: [UInt8] { Hex.bytes(hex) ?? [] }
        var fromServer: Bool { direction == "server_to_client" }
    }

    struct KMSBytes: Decodable {
        let kms_request_hex: String?
        let kms_response_hex: String?
    }

    let name: String
    let server: String
    let pdus: [PDU]
    let kms: [KMSBytes]

    static func load(_ name: String) throws -> RPCFixture {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/rpc")
        let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
        return try JSONDecoder().decode(RPCFixture.self, from: data)
    }

    /// The n-th PDU of the given type, in capture order.
    func pdu(_ type: String, _ occurrence: Int = 0) -> [UInt8] {
        pdus.filter { $0.pdu == type }[occurrence].bytes
    }

    func frame(_ type: String, _ occurrence: Int = 0) throws -> RPCFrame {
        try RPCFrame(bytes: pdu(type, occurrence))
    }

    static let vlmcsdVectors = ["v6_win10_enterprise", "v6_win10_enterprise_ndr64_2req", "alt_v4_win7_short_epid",
                                "v5_win8_enterprise", "err_invalid_protocol_version_7"]
    static let pykmsVectors = ["pykms_v6_win10_enterprise", "pykms_v4_win7_enterprise", "pykms_alt_v4_win7_short_epid"]
}

extension Array where Element == UInt8 {
    /// The same PDU with another call id (bytes 12-15), to reuse a captured PDU in another call.
    func withCallID(_ callID: UInt32) -> [UInt8] {
        var copy = self
        for index in 0..<4 { copy[12 + index] = UInt8(truncatingIfNeeded: callID >> (8 * index)) }
        return copy
    }
}
