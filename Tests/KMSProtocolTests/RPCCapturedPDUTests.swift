import KMSCore
@testable import KMSProtocol
@testable import KMSTesting
import Testing

/// Encoding and parsing against the PDUs captured between vlmcs and vlmcsd / py-kms.
@Suite("RPC framing against captured PDUs")
struct RPCCapturedPDUTests {
    @Test("the Windows-style bind equals vlmcs's 160-byte bind", arguments: RPCFixture.vlmcsdVectors + RPCFixture.pykmsVectors)
    func windowsBind(vector: String) throws {
        let fixture = try RPCFixture.load(vector)
        let bind = BindPDU(callID: 2, items: BindOffer.windows.items).encode()
        #expect(try bind == fixture.pdu("bind"))
        #expect(bind.count == 160)
    }

    @Test("the NDR32-only bind equals the 72-byte minimal bind",
          arguments: ["v6_win10_enterprise_nondr64_nobtfn", "pykms_v6_win10_enterprise_nondr64_nobtfn"])
    func minimalBind(vector: String) throws {
        let fixture = try RPCFixture.load(vector)
        #expect(try BindPDU(callID: 2, items: BindOffer.ndr32Only.items).encode() == fixture.pdu("bind"))
    }

    @Test("the alter_context for NDR32 equals vlmcs's")
    func alterContext() throws {
        let fixture = try RPCFixture.load("v6_win10_enterprise")
        let alter = BindPDU(isAlterContext: true, callID: 2, items: [ContextItem(id: 0, transferSyntax: .ndr32)])
        #expect(try alter.encode() == fixture.pdu("alter_context"))
    }

    @Test("a captured bind parses back into its three context items")
    func parseBind() throws {
        let bind = try BindPDU(frame: try RPCFixture.load("v6_win10_enterprise").frame("bind"))
        #expect(bind.items == BindOffer.windows.items)
        #expect(bind.maxReceiveFragment == 5840)
    }

    @Test("vlmcsd's bind_ack rejects NDR32, accepts NDR64, acknowledges features 3")
    func vlmcsdBindAck() throws {
        let ack = try BindAckPDU(frame: try RPCFixture.load("v6_win10_enterprise").frame("bind_ack"))
        #expect(ack.secondaryAddress == "16880")
        #expect(ack.associationGroup == 0xc5e0_49f1)
        #expect(ack.results == [.syntaxRejected, .accepted(.ndr64), .featuresAcknowledged(3)])
    }

    @Test("py-kms's bind_ack accepts NDR32 and rejects NDR64")
    func pykmsBindAck() throws {
        let ack = try BindAckPDU(frame: try RPCFixture.load("pykms_v6_win10_enterprise").frame("bind_ack"))
        #expect(ack.associationGroup == 0x1063_bf3f)
        #expect(ack.secondaryAddress == "16881")
        #expect(ack.results == [.accepted(.ndr32), .syntaxRejected, .featuresAcknowledged(3)])
    }

    @Test("vlmcsd's alter_context_resp: no secondary address, undefined padding bytes skipped")
    func alterContextResponse() throws {
        let ack = try BindAckPDU(frame: try RPCFixture.load("v6_win10_enterprise").frame("alter_context_resp"))
        #expect(ack.isAlterContextResponse)
        #expect(ack.secondaryAddress.isEmpty)
        #expect(ack.results == [.accepted(.ndr32)])
    }

    @Test("requests encode to the captured bytes in NDR32 and NDR64")
    func requests() throws {
        let fixture = try RPCFixture.load("v6_win10_enterprise_ndr64_2req")
        for (index, (callID, context, syntax)) in [(UInt32(2), UInt16(0), TransferSyntax.ndr32), (3, 1, .ndr64)].enumerated() {
            let kms = try #require(Hex.bytes(fixture.kms[index].kmsRequestHex ?? ""))
            let stub = RequestActivationStub.encodeRequest(kms, syntax: syntax)
            #expect(try RequestPDU(callID: callID, contextID: context, stub: stub).encode() == fixture.pdu("request", index))
            let parsed = try RequestPDU(frame: try fixture.frame("request", index))
            #expect(try RequestActivationStub.decodeRequest(parsed.stub, syntax: syntax) == kms)
        }
    }

    @Test("responses decode to the captured KMS bytes with status 0",
          arguments: ["v6_win10_enterprise", "v5_win8_enterprise", "alt_v4_win7_short_epid", "pykms_v6_win10_enterprise",
                      "pykms_v4_win7_enterprise", "pykms_alt_v4_win7_short_epid"])
    func responses(vector: String) throws {
        let fixture = try RPCFixture.load(vector)
        let response = try ResponsePDU(frame: try fixture.frame("response"))
        try response.validate(callID: 2, contextID: 0)
        let output = try RequestActivationStub.decodeResponse(response.stub, syntax: .ndr32)
        #expect(output.returnValue == 0)
        #expect(output.response == Hex.bytes(fixture.kms[0].kmsResponseHex ?? ""))
        // What our responder sends must be byte-identical to what vlmcsd and py-kms sent.
        let captured = try fixture.pdu("response")
        #expect(ResponsePDU(callID: 2, contextID: 0, stub: RequestActivationStub.encodeResponse(output, syntax: .ndr32)).encode()
                    == captured)
    }

    @Test("the NDR64 response on context 1 decodes")
    func ndr64Response() throws {
        let fixture = try RPCFixture.load("v6_win10_enterprise_ndr64_2req")
        let response = try ResponsePDU(frame: try fixture.frame("response", 1))
        try response.validate(callID: 3, contextID: 1)
        let output = try RequestActivationStub.decodeResponse(response.stub, syntax: .ndr64)
        #expect(output.response == Hex.bytes(fixture.kms[1].kmsResponseHex ?? ""))
        let captured = try fixture.pdu("response", 1)
        #expect(ResponsePDU(callID: 3, contextID: 1, stub: RequestActivationStub.encodeResponse(output, syntax: .ndr64)).encode()
                    == captured)
    }

    @Test("a KMS error comes back as no payload and HRESULT 0x8007000D")
    func kmsErrorResponse() throws {
        let response = try ResponsePDU(frame: try RPCFixture.load("err_invalid_protocol_version_7").frame("response"))
        let output = try RequestActivationStub.decodeResponse(response.stub, syntax: .ndr32)
        #expect(output.response.isEmpty)
        #expect(output.returnValue == 0x8007_000D)
    }

    @Test("a response for call 7 is rejected when call 2 was sent")
    func wrongCallID() throws {
        let response = try ResponsePDU(frame: try RPCFixture.load("negative_v6_win10_wrong_call_id").frame("response"))
        #expect(throws: RPCError.wrongCallID(expected: 2, received: 7)) { try response.validate(callID: 2, contextID: 0) }
    }

    @Test("a response cut after 136 of 300 bytes is reported as a close after 136 bytes")
    func truncatedResponse() throws {
        let stream = ScriptedByteStream(hostBytes: [try RPCFixture.load("negative_v6_win10_truncated_tcp").pdu("response")])
        #expect(throws: RPCError.transport(.closed(expected: 300, received: 136))) { try PDUReader.read(from: stream) }
    }

    @Test("a bind_nak is a bind rejection with its reason")
    func bindNak() throws {
        let fixture = try RPCFixture.load("negative_v6_win10_bind_nak")
        let nak = try BindNakPDU(frame: try fixture.frame("bind_nak"))
        #expect(nak.reason == BindNakReason(code: 0))
        #expect(try nak.encode() == fixture.pdu("bind_nak"))
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: [try fixture.pdu("bind_nak")]))
        #expect(throws: RPCError.bindRejected(BindNakReason(code: 0))) { try association.bind() }
    }
}
