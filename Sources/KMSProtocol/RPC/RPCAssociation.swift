import KMSCore

/// One RPC association with a KMS host over one stream: bind, then RequestActivation calls.
///
/// Negotiation strategy (the README's interoperability trap): offer NDR32, NDR64 and bind-time
/// feature negotiation like Windows does, then use NDR32 if it was accepted (py-kms), else NDR64
/// (vlmcsd and Microsoft hosts reject NDR32 when NDR64 is also offered). Only if neither was
/// accepted, ask once more for NDR32 alone with an alter_context, as the Windows client does.
/// Call ids follow vlmcs: the bind, its alter_context and the first request use 2, then 3, 4, ...
public final class RPCAssociation {
    public static let firstCallID: UInt32 = 2

    private let stream: ByteStream
    private var nextCallID = RPCAssociation.firstCallID
    public private(set) var context: NegotiatedContext?

    public init(stream: ByteStream) {
        self.stream = stream
    }

    @discardableResult
    public func bind(offer: BindOffer = .windows) throws(RPCError) -> NegotiatedContext {
        let items = offer.items
        let ack = try exchangeBind(BindPDU(callID: nextCallID, items: items))
        guard ack.results.count == items.count else {
            throw .contextResultCount(offered: items.count, answered: ack.results.count)
        }
        for preferred in TransferSyntax.allCases {
            guard let index = items.firstIndex(where: { $0.transferSyntax == preferred.identifier }) else { continue }
            if let accepted = try acceptedSyntax(ack.results[index], offered: items[index]) {
                return settle(NegotiatedContext(contextID: items[index].id, syntax: accepted, viaAlterContext: false,
                                                hostMaxReceiveFragment: ack.maxReceiveFragment))
            }
        }
        let alter = ContextItem(id: 0, transferSyntax: .ndr32)
        let alterAck = try exchangeBind(BindPDU(isAlterContext: true, callID: nextCallID, items: [alter]))
        guard let result = alterAck.results.first, let accepted = try acceptedSyntax(result, offered: alter) else {
            throw .noTransferSyntaxAccepted(ack.results + alterAck.results)
        }
        return settle(NegotiatedContext(contextID: alter.id, syntax: accepted, viaAlterContext: true,
                                        hostMaxReceiveFragment: ack.maxReceiveFragment))
    }

    /// Sends one KMS request and returns the host's stub output after every RPC-level check.
    public func requestActivation(_ request: [UInt8]) throws(RPCError) -> RequestActivationStub.Output {
        let context = try existingOrNewContext()
        let callID = nextCallID
        nextCallID &+= 1
        let stub = RequestActivationStub.encodeRequest(request, syntax: context.syntax)
        let pdu = RequestPDU(callID: callID, contextID: context.contextID, stub: stub).encode()
        guard pdu.count <= Int(context.hostMaxReceiveFragment) else {
            throw .receiveFragmentTooSmall(hostLimit: Int(context.hostMaxReceiveFragment), needed: pdu.count)
        }
        try send(pdu)
        let frame = try PDUReader.read(from: stream)
        if frame.header.type == .fault {
            let fault = try FaultPDU(frame: frame)
            guard fault.callID == callID else { throw .wrongCallID(expected: callID, received: fault.callID) }
            throw .fault(status: fault.status, callID: fault.callID)
        }
        let response = try ResponsePDU(frame: frame)
        try response.validate(callID: callID, contextID: context.contextID)
        return try RequestActivationStub.decodeResponse(response.stub, syntax: context.syntax)
    }

    private func existingOrNewContext() throws(RPCError) -> NegotiatedContext {
        if let context { return context }
        return try bind()
    }

    private func settle(_ negotiated: NegotiatedContext) -> NegotiatedContext {
        context = negotiated
        return negotiated
    }

    /// An accepted result must name the syntax we offered in that item; anything else is a host bug.
    private func acceptedSyntax(_ result: ContextResult, offered: ContextItem) throws(RPCError) -> TransferSyntax? {
        guard result.outcome == .acceptance else { return nil }
        guard result.transferSyntax == offered.transferSyntax, let syntax = TransferSyntax(identifier: result.transferSyntax) else {
            throw .acceptedUnofferedSyntax(result.transferSyntax)
        }
        return syntax
    }

    private func exchangeBind(_ bind: BindPDU) throws(RPCError) -> BindAckPDU {
        try send(bind.encode())
        let frame = try PDUReader.read(from: stream)
        switch frame.header.type {
        case .bindNak:
            throw .bindRejected(try BindNakPDU(frame: frame).reason)
        case .fault:
            throw .fault(status: try FaultPDU(frame: frame).status, callID: frame.header.callID)
        default:
            let expected: RPCPacketType = bind.isAlterContext ? .alterContextResponse : .bindAck
            guard frame.header.type == expected else {
                throw .unexpectedPacketType(expected: expected, received: frame.header.type)
            }
            let ack = try BindAckPDU(frame: frame)
            guard ack.callID == bind.callID else { throw .wrongCallID(expected: bind.callID, received: ack.callID) }
            return ack
        }
    }

    private func send(_ bytes: [UInt8]) throws(RPCError) {
        do { try stream.send(bytes) } catch { throw .transport(error) }
    }
}
