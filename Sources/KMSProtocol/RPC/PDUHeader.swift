/// The 16-byte common header that starts every connection-oriented RPC PDU.
///
/// Parsing checks what must hold for any PDU kmswizard accepts: RPC version 5.0, a known packet
/// type, little-endian ASCII/IEEE data representation, no authentication trailer, and a
/// fragment length that covers at least the header and no more than the limit we advertised.
public struct PDUHeader: Sendable, Equatable {
    public static let size = 16
    /// `10 00 00 00`: little-endian integers, ASCII characters, IEEE floats.
    public static let littleEndianDataRepresentation: [UInt8] = [0x10, 0x00, 0x00, 0x00]

    public var type: RPCPacketType
    public var flags: PDUFlags
    public var dataRepresentation: [UInt8]
    public var fragmentLength: UInt16
    public var authLength: UInt16
    public var callID: UInt32

    public init(type: RPCPacketType, flags: PDUFlags, fragmentLength: UInt16, callID: UInt32,
                dataRepresentation: [UInt8] = PDUHeader.littleEndianDataRepresentation, authLength: UInt16 = 0) {
        self.type = type
        self.flags = flags
        self.dataRepresentation = dataRepresentation
        self.fragmentLength = fragmentLength
        self.authLength = authLength
        self.callID = callID
    }

    func write(to writer: inout LittleEndianWriter) {
        writer.u8(5)
        writer.u8(0)
        writer.u8(type.rawValue)
        writer.u8(flags.rawValue)
        writer.raw(dataRepresentation)
        writer.u16(fragmentLength)
        writer.u16(authLength)
        writer.u32(callID)
    }

    /// Parses and checks the first 16 bytes; `maximumFragmentLength` is the largest PDU we accept.
    public static func parse(_ bytes: [UInt8], maximumFragmentLength: Int) throws(RPCError) -> PDUHeader {
        var reader = ByteReader(bytes)
        let major = try reader.u8("rpc_vers")
        let minor = try reader.u8("rpc_vers_minor")
        guard major == 5, minor == 0 else { throw .badVersion(major: major, minor: minor) }
        let rawType = try reader.u8("ptype")
        guard let type = RPCPacketType(rawValue: rawType) else { throw .unknownPacketType(rawType) }
        let flags = PDUFlags(rawValue: try reader.u8("pfc_flags"))
        let representation = Array(try reader.take(4, "data representation"))
        guard representation == littleEndianDataRepresentation else {
            throw .badDataRepresentation(representation)
        }
        let fragmentLength = try reader.u16("frag_length")
        guard Int(fragmentLength) >= size else { throw .fragmentTooShort(Int(fragmentLength)) }
        guard Int(fragmentLength) <= maximumFragmentLength else {
            throw .fragmentTooLong(Int(fragmentLength), limit: maximumFragmentLength)
        }
        let authLength = try reader.u16("auth_length")
        guard authLength == 0 else { throw .unexpectedAuthentication(authLength) }
        let callID = try reader.u32("call_id")
        return PDUHeader(type: type, flags: flags, fragmentLength: fragmentLength, callID: callID,
                         dataRepresentation: representation, authLength: authLength)
    }
}
