/// A request (ptype 0): alloc_hint, presentation context, opnum, then the marshalled stub.
public struct RequestPDU: Sendable, Equatable {
    public var callID: UInt32
    public var contextID: UInt16
    /// 0: RequestActivation, the KMS interface's only operation.
    public var opnum: UInt16
    public var allocationHint: UInt32
    public var stub: [UInt8]

    public init(callID: UInt32, contextID: UInt16, stub: [UInt8], opnum: UInt16 = 0) {
        self.callID = callID
        self.contextID = contextID
        self.opnum = opnum
        self.allocationHint = UInt32(truncatingIfNeeded: stub.count)
        self.stub = stub
    }

    public func encode() -> [UInt8] {
        var body = LittleEndianWriter()
        body.u32(allocationHint)
        body.u16(contextID)
        body.u16(opnum)
        body.raw(stub)
        return PDUEncoding.wrap(body.bytes, type: .request, flags: .whole, callID: callID)
    }

    /// Reads a request, as the test responder does.
    public init(frame: RPCFrame) throws(RPCError) {
        var reader = try frame.body(expecting: .request)
        callID = frame.header.callID
        allocationHint = try reader.u32("alloc_hint")
        contextID = try reader.u16("context id")
        opnum = try reader.u16("opnum")
        stub = Array(try reader.take(reader.remaining, "stub"))
    }
}
