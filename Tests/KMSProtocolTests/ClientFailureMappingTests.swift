@testable import KMSCore
@testable import KMSProtocol
import Testing

/// Every lower error becomes the right kind, reason and Windows code.
@Suite("ActivationFailure mapping")
struct ClientFailureMappingTests {
    @Test("transport errors")
    func transport() {
        let dns = ActivationFailure(TransportError.dns(host: "kms.example", code: -2, message: "Name or service not known"))
        #expect(dns.kind == .dns && dns.windowsCode == 0xC004_F074 && dns.reason == "name-not-found")
        let refused = ActivationFailure(TransportError.refused(address: "127.0.0.1:1688"))
        #expect(refused.kind == .refused && refused.windowsCode == 0xC004_F074)
        let noRoute = ActivationFailure(TransportError.unreachable(address: "10.0.0.1:1688", .noRoute))
        #expect(noRoute.kind == .unreachable && noRoute.reason == "no-route" && noRoute.windowsCode == 0xC004_F074)
        let timeout = ActivationFailure(TransportError.timeout(.connecting, seconds: 5, overall: false, receivedBytes: 0))
        #expect(timeout.kind == .timeout && timeout.reason == "step-connecting")
    }

    @Test("RPC errors")
    func rpc() {
        let nak = ActivationFailure(RPCError.bindRejected(BindNakReason(code: 4)))
        #expect(nak.kind == .bindRejected && nak.hostStatus == 4)
        #expect(nak.detail.contains("protocol version not supported"))
        let fault = ActivationFailure(RPCError.fault(status: 0x6F7, callID: 2))
        #expect(fault.kind == .rpcFault && fault.hostStatus == 0x6F7 && fault.detail.contains("RPC_X_BAD_STUB_DATA"))
        let callID = ActivationFailure(RPCError.wrongCallID(expected: 2, received: 7))
        #expect(callID.kind == .protocol && callID.reason == "wrong-call-id")
        #expect(ActivationFailure(RPCError.transport(.reset)).reason == "reset")
    }

    @Test("KMS errors keep the decoder's word")
    func kms() {
        let failure = ActivationFailure(KMSResponseError.hmacMismatch)
        #expect(failure.kind == .badResponse && failure.reason == "hmac-mismatch" && failure.windowsCode == nil)
    }

    @Test("kinds have the stable JSON words")
    func words() {
        #expect(ActivationFailure.Kind.allCases.map(\.rawValue) == [
            "timeout", "refused", "unreachable", "dns", "protocol", "rpc-fault", "bind-nak", "bad-response",
            "kms-error", "below-threshold", "local",
        ])
    }
}
