import KMSCore
@testable import KMSProtocol
@testable import KMSTesting
import Testing

/// The bind strategy against both observed host behaviours, replaying captured server PDUs.
@Suite("RPC negotiation with vlmcsd-style and py-kms-style hosts")
struct RPCNegotiationTests {
    @Test("py-kms style: NDR32 accepted, the whole captured exchange replays byte for byte")
    func pykms() throws {
        let fixture = try RPCFixture.load("pykms_v6_win10_enterprise")
        let stream = ScriptedByteStream(hostBytes: fixture.pdus.filter(\.fromServer).map(\.bytes))
        let association = RPCAssociation(stream: stream)
        let kms = try #require(Hex.bytes(fixture.kms[0].kmsRequestHex ?? ""))
        let output = try association.requestActivation(kms)
        #expect(association.context?.syntax == .ndr32)
        #expect(association.context?.contextID == 0)
        #expect(stream.sent == fixture.pdus.filter { !$0.fromServer }.map(\.bytes))
        #expect(output.response == Hex.bytes(fixture.kms[0].kmsResponseHex ?? ""))
    }

    @Test("vlmcsd style: NDR32 rejected, NDR64 used on context 1 without an alter_context")
    func vlmcsd() throws {
        let fixture = try RPCFixture.load("v6_win10_enterprise_ndr64_2req")
        // The capture's NDR64 call was the second one (call 3); our first call is 2.
        let response = try fixture.pdu("response", 1).withCallID(2)
        let stream = ScriptedByteStream(hostBytes: [try fixture.pdu("bind_ack"), response])
        let association = RPCAssociation(stream: stream)
        let output = try association.requestActivation(try #require(Hex.bytes(fixture.kms[1].kmsRequestHex ?? "")))
        #expect(association.context == NegotiatedContext(contextID: 1, syntax: .ndr64, viaAlterContext: false,
                                                         hostMaxReceiveFragment: 5840))
        #expect(try stream.sent == [fixture.pdu("bind"), fixture.pdu("request", 1).withCallID(2)])
        #expect(output.response == Hex.bytes(fixture.kms[1].kmsResponseHex ?? ""))
    }

    @Test("a host that rejects both syntaxes in the bind gets an alter_context for NDR32 (vlmcs's exchange)")
    func alterContextFallback() throws {
        let fixture = try RPCFixture.load("v6_win10_enterprise")
        let rejectAll = BindAckPDU(callID: 2, associationGroup: 1, secondaryAddress: "1688",
                                   results: [.syntaxRejected, .syntaxRejected, .featuresAcknowledged(3)]).encode()
        let stream = ScriptedByteStream(hostBytes: [rejectAll, try fixture.pdu("alter_context_resp"), try fixture.pdu("response")])
        let association = RPCAssociation(stream: stream)
        let output = try association.requestActivation(try #require(Hex.bytes(fixture.kms[0].kmsRequestHex ?? "")))
        #expect(association.context?.viaAlterContext == true)
        #expect(stream.sent == fixture.pdus.filter { !$0.fromServer }.map(\.bytes))
        #expect(output.returnValue == 0)
    }

    @Test("a host that accepts nothing, even after the alter_context, is a negotiation failure")
    func nothingAccepted() throws {
        let reject = BindAckPDU(callID: 2, associationGroup: 1, secondaryAddress: "1688",
                                results: [.syntaxRejected, .syntaxRejected, .featuresAcknowledged(3)]).encode()
        let alterReject = BindAckPDU(isAlterContextResponse: true, callID: 2, associationGroup: 1, secondaryAddress: "",
                                     results: [.syntaxRejected]).encode()
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: [reject, alterReject]))
        #expect(throws: RPCError.noTransferSyntaxAccepted([.syntaxRejected, .syntaxRejected, .featuresAcknowledged(3),
                                                          .syntaxRejected])) { try association.bind() }
    }

    @Test("a bind_ack claiming a syntax that was not offered in that item is refused")
    func acceptedWrongSyntax() throws {
        let ack = BindAckPDU(callID: 2, associationGroup: 1, secondaryAddress: "1688",
                             results: [.accepted(.ndr64), .syntaxRejected, .featuresAcknowledged(3)]).encode()
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: [ack]))
        #expect(throws: RPCError.acceptedUnofferedSyntax(.ndr64)) { try association.bind() }
    }

    @Test("a bind_ack with fewer results than offered items is refused")
    func resultCount() throws {
        let ack = BindAckPDU(callID: 2, associationGroup: 1, secondaryAddress: "1688", results: [.accepted(.ndr32)]).encode()
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: [ack]))
        #expect(throws: RPCError.contextResultCount(offered: 3, answered: 1)) { try association.bind() }
    }

    @Test("a bind_ack for another call id is refused")
    func bindAckCallID() throws {
        let ack = try RPCFixture.load("pykms_v6_win10_enterprise").pdu("bind_ack").withCallID(9)
        let association = RPCAssociation(stream: ScriptedByteStream(hostBytes: [ack]))
        #expect(throws: RPCError.wrongCallID(expected: 2, received: 9)) { try association.bind() }
    }
}
