/// A fault (ptype 3): the host's RPC runtime failed the call; `status` says why.
public struct FaultPDU: Sendable, Equatable {
    public var callID: UInt32
    public var contextID: UInt16
    public var status: UInt32

    public init(callID: UInt32, contextID: UInt16, status: UInt32) {
        self.callID = callID
        self.contextID = contextID
        self.status = status
    }

    public init(frame: RPCFrame) throws(RPCError) {
        var reader = try frame.body(expecting: .fault)
        callID = frame.header.callID
        _ = try reader.u32("alloc_hint")
        contextID = try reader.u16("context id")
        _ = try reader.u8("cancel count")
        _ = try reader.u8("reserved")
        status = try reader.u32("fault status")
    }

    public func encode() -> [UInt8] {
        var body = LittleEndianWriter()
        body.u32(0)
        body.u16(contextID)
        body.u8(0)
        body.u8(0)
        body.u32(status)
        body.u32(0)
        return PDUEncoding.wrap(body.bytes, type: .fault, flags: [.firstFragment, .lastFragment, .didNotExecute],
                                callID: callID)
    }
}
