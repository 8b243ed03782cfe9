/// Puts the common header in front of a PDU body.
enum PDUEncoding {
    static func wrap(_ body: [UInt8], type: RPCPacketType, flags: PDUFlags, callID: UInt32) -> [UInt8] {
        var writer = LittleEndianWriter()
        PDUHeader(type: type, flags: flags, fragmentLength: UInt16(truncatingIfNeeded: PDUHeader.size + body.count),
                  callID: callID).write(to: &writer)
        writer.raw(body)
        return writer.bytes
    }
}
