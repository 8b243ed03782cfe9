/// A bind (ptype 11) or alter_context (ptype 14): the two share one body layout.
public struct BindPDU: Sendable, Equatable {
    public var isAlterContext: Bool
    public var callID: UInt32
    public var maxTransmitFragment: UInt16
    public var maxReceiveFragment: UInt16
    public var associationGroup: UInt32
    public var items: [ContextItem]

    public init(isAlterContext: Bool = false, callID: UInt32, items: [ContextItem],
                maxTransmitFragment: UInt16 = RPCLimits.fragmentSize,
                maxReceiveFragment: UInt16 = RPCLimits.fragmentSize, associationGroup: UInt32 = 0) {
        self.isAlterContext = isAlterContext
        self.callID = callID
        self.maxTransmitFragment = maxTransmitFragment
        self.maxReceiveFragment = maxReceiveFragment
        self.associationGroup = associationGroup
        self.items = items
    }

    public func encode() -> [UInt8] {
        var body = LittleEndianWriter()
        body.u16(maxTransmitFragment)
        body.u16(maxReceiveFragment)
        body.u32(associationGroup)
        body.u8(UInt8(truncatingIfNeeded: items.count))
        body.raw([0, 0, 0])
        for item in items { item.write(to: &body) }
        return PDUEncoding.wrap(body.bytes, type: isAlterContext ? .alterContext : .bind,
                                flags: .bindFlags, callID: callID)
    }

    /// Reads a bind or alter_context, as the test responder does with what a client sent.
    public init(frame: RPCFrame) throws(RPCError) {
        var reader = try frame.body(expecting: .bind, .alterContext)
        isAlterContext = frame.header.type == .alterContext
        callID = frame.header.callID
        maxTransmitFragment = try reader.u16("max_xmit_frag")
        maxReceiveFragment = try reader.u16("max_recv_frag")
        associationGroup = try reader.u32("assoc_group_id")
        let count = try reader.u8("number of context items")
        _ = try reader.take(3, "reserved")
        var items: [ContextItem] = []
        for _ in 0..<count { items.append(try ContextItem.read(from: &reader)) }
        self.items = items
    }
}
