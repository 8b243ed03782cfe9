/// One whole received PDU: its checked header and all of its bytes (header included), so that
/// body offsets match the offsets in the DCE tables and alignment is counted from the PDU start.
public struct RPCFrame: Sendable, Equatable {
    public let header: PDUHeader
    public let bytes: [UInt8]

    /// Checks `bytes` as one complete PDU: the header's fragment length must equal its size.
    public init(bytes: [UInt8], maximumFragmentLength: Int = RPCLimits.maximumFragmentLength) throws(RPCError) {
        let header = try PDUHeader.parse(bytes, maximumFragmentLength: maximumFragmentLength)
        guard Int(header.fragmentLength) == bytes.count else {
            throw .fragmentLengthMismatch(declared: Int(header.fragmentLength), received: bytes.count)
        }
        self.header = header
        self.bytes = bytes
    }

    /// A reader positioned just after the common header, once the PDU is one of the `expected` types
    /// (the first one is named in the error).
    func body(expecting expected: RPCPacketType...) throws(RPCError) -> ByteReader {
        guard expected.contains(header.type) else {
            throw .unexpectedPacketType(expected: expected[0], received: header.type)
        }
        return ByteReader(bytes, offset: PDUHeader.size)
    }
}
