@testable import KMSProtocol
import Foundation
import Testing

/// The RPC view of one captured vector in Fixtures/kms/vectors (read through `KMSFixtures`): the TCP
/// payloads in capture order and the KMS bytes each exchange carried.
struct RPCFixture: Decodable {
    struct KMSBytes: Decodable {
        let kmsRequestHex: String?
        let kmsResponseHex: String?
    }

    let name: String
    let pdus: [CapturedPDU]
    let kms: [KMSBytes]

    /// Captured vectors call their payloads `tcp_payloads`; the derived negative ones, what the
    /// client saw, `tcp_payloads_as_seen_by_client` (and have no exchanges).
    private enum CodingKeys: String, CodingKey { case name, tcpPayloads, tcpPayloadsAsSeenByClient, exchanges }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        pdus = try container.decodeIfPresent([CapturedPDU].self, forKey: .tcpPayloads)
            ?? container.decode([CapturedPDU].self, forKey: .tcpPayloadsAsSeenByClient)
        kms = try container.decodeIfPresent([KMSBytes].self, forKey: .exchanges) ?? []
    }

    static func load(_ name: String) throws -> RPCFixture {
        try KMSFixtures.decode(RPCFixture.self, "vectors/\(name).json")
    }

    /// The n-th PDU of the given type, in capture order.
    func pdu(_ type: String, _ occurrence: Int = 0) throws -> [UInt8] {
        let matching = pdus.filter { $0.pdu == type }
        return try #require(matching.indices.contains(occurrence) ? matching[occurrence].bytes : nil,
                            "\(name) has no \(type) PDU number \(occurrence)")
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
