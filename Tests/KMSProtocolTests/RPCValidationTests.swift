@testable import KMSProtocol
@testable import KMSTesting
import Testing

/// Every check of the README's RPC validation list, each with a PDU that breaks exactly it.
@Suite("RPC validation of hostile PDUs")
struct RPCValidationTests {
    /// The captured py-kms response (call 2, context 0, NDR32), to mutate.
    static func goodResponse() throws -> [UInt8] {
        try RPCFixture.load("pykms_v6_win10_enterprise").pdu("response")
    }

    static func mutated(_ bytes: [UInt8], _ offset: Int, _ values: [UInt8]) -> [UInt8] {
        var copy = bytes
        copy.replaceSubrange(offset..<offset + values.count, with: values)
        return copy
    }

    @Test("fragment lengths 0 and 15 are refused before reading on", arguments: [UInt16(0), 15])
    func shortFragment(length: UInt16) throws {
        let bytes = Self.mutated(try Self.goodResponse(), 8, [UInt8(length & 0xFF), 0])
        let stream = ScriptedByteStream(hostBytes: [bytes])
        #expect(throws: RPCError.fragmentTooShort(Int(length))) { try PDUReader.read(from: stream) }
        #expect(stream.receiveCalls == [16])
    }

    @Test("a fragment longer than our 5840-byte limit is refused without reading its body")
    func longFragment() throws {
        let stream = ScriptedByteStream(hostBytes: [Self.mutated(try Self.goodResponse(), 8, [0xFF, 0xFF])])
        #expect(throws: RPCError.fragmentTooLong(65535, limit: 5840)) { try PDUReader.read(from: stream) }
        #expect(stream.receiveCalls == [16])
    }

    @Test("garbage instead of an RPC header is not RPC version 5.0")
    func garbage() {
        let stream = ScriptedByteStream(hostBytes: [Array("HTTP/1.1 400 Bad Request\r\n".utf8)])
        #expect(throws: RPCError.badVersion(major: 0x48, minor: 0x54)) { try PDUReader.read(from: stream) }
    }

    @Test("an unknown packet type is refused")
    func unknownType() throws {
        #expect(throws: RPCError.unknownPacketType(42)) { try RPCFrame(bytes: Self.mutated(try Self.goodResponse(), 2, [42])) }
    }

    @Test("big-endian data representation is refused")
    func dataRepresentation() throws {
        #expect(throws: RPCError.badDataRepresentation([0, 0, 0, 0])) {
            try RPCFrame(bytes: Self.mutated(try Self.goodResponse(), 4, [0]))
        }
    }

    @Test("an authentication trailer is refused")
    func authLength() throws {
        #expect(throws: RPCError.unexpectedAuthentication(16)) {
            try RPCFrame(bytes: Self.mutated(try Self.goodResponse(), 10, [16, 0]))
        }
    }

    @Test("a frame whose length field disagrees with its size is refused")
    func lengthMismatch() throws {
        let bytes = try Self.goodResponse()
        #expect(throws: RPCError.fragmentLengthMismatch(declared: bytes.count, received: bytes.count - 1)) {
            try RPCFrame(bytes: Array(bytes.dropLast()))
        }
    }

    @Test("response checks: flags, context id, cancel count, alloc hint")
    func responseHeaderChecks() throws {
        let good = try Self.goodResponse()
        let cases: [([UInt8], RPCError)] = [
            (Self.mutated(good, 3, [0x01]), .fragmented(PDUFlags(rawValue: 0x01))),
            (Self.mutated(good, 20, [1, 0]), .wrongContextID(expected: 0, received: 1)),
            (Self.mutated(good, 22, [1]), .cancelCount(1)),
            (Self.mutated(good, 16, [0xFF, 0xFF, 0xFF, 0xFF]), .allocationHintMismatch(hint: 0xFFFF_FFFF, stubLength: 276)),
        ]
        for (bytes, error) in cases {
            let response = try ResponsePDU(frame: try RPCFrame(bytes: bytes))
            #expect(throws: error) { try response.validate(callID: 2, contextID: 0) }
        }
        let noHint = try ResponsePDU(frame: try RPCFrame(bytes: Self.mutated(good, 16, [0, 0, 0, 0])))
        try noHint.validate(callID: 2, contextID: 0)
    }

    @Test("stub checks: size = array count, 4 GB size, null pointer with size, padding, trailing bytes")
    func stubChecks() throws {
        let stub = try ResponsePDU(frame: try RPCFrame(bytes: try Self.goodResponse())).stub
        let cases: [([UInt8], RPCError)] = [
            (Self.mutated(stub, 0, [0x05, 0x01]), .sizeMismatch(size: 0x105, arrayCount: 0x104)),
            (Self.mutated(stub, 0, [0xFF, 0xFF, 0xFF, 0xFF]), .sizeMismatch(size: 0xFFFF_FFFF, arrayCount: 0x104)),
            (Self.mutated(Self.mutated(stub, 0, [0xFF, 0xFF, 0xFF, 0xFF]), 8, [0xFF, 0xFF, 0xFF, 0xFF]),
             .responseTooLarge(0xFFFF_FFFF, limit: RPCLimits.maximumKMSResponseLength)),
            (Self.mutated(stub, 4, [0, 0, 0, 0]), .nullPointerWithSize(0x104)),
            (stub + [0, 0, 0, 0, 0, 0, 0, 0], .trailingStubBytes(8)),
            (stub + [1], .trailingStubBytes(1)),
            (Array(stub.prefix(100)), .truncated(field: "KMS response", needed: 260, available: 88)),
        ]
        for (bytes, error) in cases {
            #expect(throws: error) { try RequestActivationStub.decodeResponse(bytes, syntax: .ndr32) }
        }
    }

    @Test("a fault PDU for our call is an RPC fault with its status named")
    func fault() throws {
        let bind = try RPCFixture.load("pykms_v6_win10_enterprise").pdu("bind_ack")
        let fault = FaultPDU(callID: 2, contextID: 0, status: 0x1C01_0002).encode()
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: [bind, fault]))
        #expect(throws: RPCError.fault(status: 0x1C01_0002, callID: 2)) { try association.requestActivation([1, 2, 3]) }
        #expect(RPCError.fault(status: 0x1C01_0002, callID: 2).description.contains("nca_s_op_rng_error"))
        #expect(RPCFaultStatus.name(of: 0x6F7).contains("RPC_X_BAD_STUB_DATA"))
        #expect(RPCFaultStatus.name(of: 0x1234_5678).contains("0x12345678"))
    }

    @Test("a bind answered by a response PDU is the wrong packet type")
    func wrongTypeForBind() throws {
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: [try Self.goodResponse()]))
        #expect(throws: RPCError.unexpectedPacketType(expected: .bindAck, received: .response)) { try association.bind() }
    }

    @Test("a host that closes at once closed without answering")
    func closedAtOnce() {
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: []))
        #expect(throws: RPCError.transport(.closed(expected: 0, received: 0))) { try association.bind() }
    }
}
