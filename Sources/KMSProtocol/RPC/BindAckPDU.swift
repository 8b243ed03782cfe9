/// A bind_ack (ptype 12) or alter_context_resp (ptype 15).
///
/// Layout after the header: max_xmit_frag, max_recv_frag, assoc_group_id, secondary address
/// (u16 length incl. NUL, then the text), padding to a 4-byte boundary from the PDU start (its
/// contents are undefined: vlmcsd leaves `31 36` there), then the result list.
public struct BindAckPDU: Sendable, Equatable {
    public var isAlterContextResponse: Bool
    public var callID: UInt32
    public var maxTransmitFragment: UInt16
    public var maxReceiveFragment: UInt16
    public var associationGroup: UInt32
    /// The host's port as text ("1688"); empty in an alter_context_resp.
    public var secondaryAddress: String
    public var results: [ContextResult]

    public init(isAlterContextResponse: Bool = false, callID: UInt32, associationGroup: UInt32,
                secondaryAddress: String, results: [ContextResult],
                maxTransmitFragment: UInt16 = RPCLimits.fragmentSize, maxReceiveFragment: UInt16 = RPCLimits.fragmentSize) {
        self.isAlterContextResponse = isAlterContextResponse
        self.callID = callID
        self.maxTransmitFragment = maxTransmitFragment
        self.maxReceiveFragment = maxReceiveFragment
        self.associationGroup = associationGroup
        self.secondaryAddress = secondaryAddress
        self.results = results
    }

    public init(frame: RPCFrame) throws(RPCError) {
        var reader = try frame.body(expecting: .bindAck, .alterContextResponse)
        let type = frame.header.type
        isAlterContextResponse = type == .alterContextResponse
        callID = frame.header.callID
        maxTransmitFragment = try reader.u16("max_xmit_frag")
        maxReceiveFragment = try reader.u16("max_recv_frag")
        associationGroup = try reader.u32("assoc_group_id")
        let addressLength = Int(try reader.u16("secondary address length"))
        let address = try reader.take(addressLength, "secondary address")
        secondaryAddress = String(decoding: address.prefix { $0 != 0 }, as: UTF8.self)
        _ = try reader.align(to: 4, "secondary address padding")
        let count = try reader.u8("number of results")
        _ = try reader.take(3, "reserved")
        var results: [ContextResult] = []
        for _ in 0..<count { results.append(try ContextResult.read(from: &reader)) }
        self.results = results
    }

    /// Bytes as vlmcsd lays them out (zero padding), for the test responder.
    public func encode() -> [UInt8] {
        var writer = LittleEndianWriter()
        writer.raw(Array(repeating: 0, count: PDUHeader.size))
        writer.u16(maxTransmitFragment)
        writer.u16(maxReceiveFragment)
        writer.u32(associationGroup)
        let address = secondaryAddress.isEmpty ? [] : Array(secondaryAddress.utf8) + [0]
        writer.u16(UInt16(address.count))
        writer.raw(address)
        writer.pad(to: 4)
        writer.u8(UInt8(truncatingIfNeeded: results.count))
        writer.raw([0, 0, 0])
        for result in results { result.write(to: &writer) }
        let body = Array(writer.bytes.dropFirst(PDUHeader.size))
        return PDUEncoding.wrap(body, type: isAlterContextResponse ? .alterContextResponse : .bindAck,
                                flags: isAlterContextResponse ? .whole : .bindFlags, callID: callID)
    }
}
