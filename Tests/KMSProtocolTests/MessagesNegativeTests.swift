import KMSCore
import KMSProtocol
import Foundation
import Testing

/// The derived negative vectors (a relay altered one real vlmcsd answer) and the real error vector.
/// KMS-level damage must be rejected with the matching error; for the RPC-level ones the KMS bytes
/// must stay usable by the RPC layer (request context rebuilt exactly, intact answers accepted).
@Suite("KMS messages: negative and error vectors")
struct MessagesNegativeTests {
    /// The request of a negative vector, re-encoded from its fields and IV (it must equal the capture).
    static func request(_ vector: NegativeKMSVector) throws -> KMSRequest {
        let fields = try #require(vector.kmsRequestFields).fields
        let request = KMSRequestEncoder.encode(fields, iv: vector.kmsRequestIvHex.map(\.hexBytes) ?? [])
        #expect(Hex.string(request.bytes) == vector.kmsRequestHex)
        return request
    }

    static func rejection(_ name: String) throws -> (original: Result<KMSResponse, KMSResponseError>,
                                                         mutated: Result<KMSResponse, KMSResponseError>) {
        let vector = try KMSFixtures.negative(name)
        let context = try request(vector).context
        let original = try #require(vector.kmsResponseOriginalHex).hexBytes
        let mutated = try #require(vector.kmsResponseMutatedHex).hexBytes
        return (Result { () throws(KMSResponseError) in try KMSResponseDecoder.decode(original, for: context) },
                Result { () throws(KMSResponseError) in try KMSResponseDecoder.decode(mutated, for: context) })
    }

    @Test("flip_byte: a flipped v6 ciphertext byte fails the HMAC")
    func flipByte() throws {
        let (original, mutated) = try Self.rejection("negative_v6_win10_flip_byte")
        #expect(try original.get().epid == "03612-00206-556-123456-03-1033-17763.0000-0452024")
        #expect(throws: KMSResponseError.hmacMismatch) { try mutated.get() }
    }

    @Test("flip_mac: a flipped v4 MAC bit fails the MAC")
    func flipMAC() throws {
        let (original, mutated) = try Self.rejection("negative_v4_win7_flip_mac")
        #expect(try original.get().currentCount == 50)
        #expect(throws: KMSResponseError.macMismatch) { try mutated.get() }
    }

    @Test("truncated_kms: a v6 response missing its last block fails the padding")
    func truncatedKMS() throws {
        let (original, mutated) = try Self.rejection("negative_v6_win10_truncated_kms")
        #expect(try original.get().hwidHex == "3A1C049600B60076")
        #expect(throws: KMSResponseError.badPadding) { try mutated.get() }
    }

    @Test("wrong_call_id: the KMS answer inside is intact, so only the RPC layer may reject it")
    func wrongCallID() throws {
        let vector = try KMSFixtures.negative("negative_v6_win10_wrong_call_id")
        let request = try Self.request(vector)
        let kms = try #require(Self.kmsResponse(in: vector))
        let response = try KMSResponseDecoder.decode(kms, for: request.context)
        #expect(response.clientMachineID == request.context.clientMachineID)
    }

    @Test("truncated_tcp: the KMS bytes that did arrive are rejected, never accepted")
    func truncatedTCP() throws {
        let vector = try KMSFixtures.negative("negative_v6_win10_truncated_tcp")
        let request = try Self.request(vector)
        let partial = try #require(Self.kmsResponse(in: vector))
        #expect(partial.count < 260)
        #expect(throws: KMSResponseError.self) { try KMSResponseDecoder.decode(partial, for: request.context) }
    }

    @Test("bind_nak: the connection never gets as far as a KMS request")
    func bindNak() throws {
        let vector = try KMSFixtures.negative("negative_v6_win10_bind_nak")
        #expect(vector.kmsRequestHex == nil)
        #expect(!vector.tcpPayloadsAsSeenByClient.contains { $0.pdu == "request" })
    }

    @Test("err_invalid_protocol_version_7: a host refuses a 7.0 request with 0x8007000D")
    func invalidProtocolVersion() throws {
        struct ErrorVector: Decodable {
            struct Exchange: Decodable {
                struct Request: Decodable { let plaintextHex: String }
                let kmsRequestHex: String
                let kmsResponseHex: String
                let kmsRequest: Request
            }
            let exchanges: [Exchange]
        }
        let exchange = try #require(try KMSFixtures.decode(ErrorVector.self, "vectors/err_invalid_protocol_version_7.json")
            .exchanges.first)
        let bytes = exchange.kmsRequestHex.hexBytes
        #expect(KMSVersion(major: 7) == nil)
        #expect(throws: KMSRequestError.unsupportedVersion(KMSWireVersion(major: 7, minor: 0))) {
            try KMSRequestDecoder.decode(bytes)
        }
        #expect(KMSRequestError.unsupportedVersion(KMSWireVersion(major: 7, minor: 0)).hresult == 0x8007_000D)
        // It is a v6-layout request: our v6 cipher decrypts it to the recorded plaintext.
        let opened = try EncryptedEnvelope.open(bytes, cipher: KMSCiphers.v6)
        #expect(exchange.kmsRequest.plaintextHex.hasPrefix(Hex.string(opened.plaintext)))
        #expect(opened.plaintext.count == BaseRequest.length)
        // The host sent no KMS payload; an empty answer never decodes.
        #expect(exchange.kmsResponseHex.isEmpty)
        let context = KMSRequestContext(version: .v6, iv: opened.iv, clientMachineID: KMSRequestFields.zeroID, timestamp: 0)
        #expect(throws: KMSResponseError.tooShort(length: 0, minimum: 4)) { try KMSResponseDecoder.decode([], for: context) }
    }

    /// The KMS bytes inside the vector's (first) RPC response PDU, NDR32 layout: PDU header (24),
    /// size, referent, count, data; cut short if the PDU was.
    static func kmsResponse(in vector: NegativeKMSVector) -> [UInt8]? {
        guard let pdu = vector.tcpPayloadsAsSeenByClient.first(where: { $0.pdu == "response" })?.hex.hexBytes,
              pdu.count > 36, pdu[20] == 0 else { return nil }
        let size = Int(pdu[24]) | Int(pdu[25]) << 8 | Int(pdu[26]) << 16 | Int(pdu[27]) << 24
        return Array(pdu[36..<min(pdu.count, 36 + size)])
    }
}
