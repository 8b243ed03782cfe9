/// A response (ptype 2): alloc_hint, presentation context, cancel count, reserved byte, stub.
public struct ResponsePDU: Sendable, Equatable {
    public var callID: UInt32
    public var flags: PDUFlags
    public var allocationHint: UInt32
    public var contextID: UInt16
    public var cancelCount: UInt8
    public var stub: [UInt8]

    public init(callID: UInt32, contextID: UInt16, stub: [UInt8], flags: PDUFlags = .whole,
                allocationHint: UInt32? = nil, cancelCount: UInt8 = 0) {
        self.callID = callID
        self.flags = flags
        self.allocationHint = allocationHint ?? UInt32(truncatingIfNeeded: stub.count)
        self.contextID = contextID
        self.cancelCount = cancelCount
        self.stub = stub
    }

    public init(frame: RPCFrame) throws(RPCError) {
        var reader = try frame.body(expecting: .response)
        callID = frame.header.callID
        flags = frame.header.flags
        allocationHint = try reader.u32("alloc_hint")
        contextID = try reader.u16("context id")
        cancelCount = try reader.u8("cancel count")
        _ = try reader.u8("reserved")
        stub = Array(try reader.take(reader.remaining, "stub"))
    }

    public func encode() -> [UInt8] {
        var body = LittleEndianWriter()
        body.u32(allocationHint)
        body.u16(contextID)
        body.u8(cancelCount)
        body.u8(0)
        body.raw(stub)
        return PDUEncoding.wrap(body.bytes, type: .response, flags: flags, callID: callID)
    }

    /// Every check the README lists for a response to our call, in the order a reader would make them.
    public func validate(callID expectedCall: UInt32, contextID expectedContext: UInt16) throws(RPCError) {
        guard callID == expectedCall else { throw .wrongCallID(expected: expectedCall, received: callID) }
        guard flags.isSuperset(of: .whole) else { throw .fragmented(flags) }
        guard contextID == expectedContext else { throw .wrongContextID(expected: expectedContext, received: contextID) }
        guard cancelCount == 0 else { throw .cancelCount(cancelCount) }
        // alloc_hint is only a hint (0 = none given), but in a whole, unfragmented answer any
        // other value than the stub length is a lie; a 4 GB hint must not be believed.
        guard allocationHint == 0 || Int(allocationHint) == stub.count else {
            throw .allocationHintMismatch(hint: allocationHint, stubLength: stub.count)
        }
    }
}
