import KMSCore

/// An interface or transfer syntax: a UUID in its wire layout plus a version, 20 bytes on the wire.
///
/// Abstract syntaxes carry `major.minor` as two u16; transfer syntaxes one u32 version, which is
/// the same bytes with `minor` = 0. The UUID is kept as wire bytes because that is what is compared.
public struct SyntaxIdentifier: Sendable, Hashable, CustomStringConvertible {
    public let uuid: [UInt8]
    public let major: UInt16
    public let minor: UInt16

    public init(uuid: [UInt8], major: UInt16, minor: UInt16 = 0) {
        self.uuid = uuid
        self.major = major
        self.minor = minor
    }

    /// The KMS interface 51c82175-844e-4750-b0d8-ec255555bc06 v1.0.
    public static let kmsInterface = SyntaxIdentifier(wire: "7521c8514e845047b0d8ec255555bc06", major: 1)
    /// NDR (32-bit) 8a885d04-1ceb-11c9-9fe8-08002b104860 v2.
    public static let ndr32 = SyntaxIdentifier(wire: "045d888aeb1cc9119fe808002b104860", major: 2)
    /// NDR64 71710533-beba-4937-8319-b5dbef9ccc36 v1.
    public static let ndr64 = SyntaxIdentifier(wire: "33057171babe37498319b5dbef9ccc36", major: 1)
    /// The all-zero syntax a host puts in rejected and negotiation results.
    public static let null = SyntaxIdentifier(uuid: Array(repeating: 0, count: 16), major: 0)

    /// Bind-time feature negotiation 6cb71c2c-9812-4540-xxxx-000000000000 v1: bytes 8-9 carry the
    /// offered feature bits (0x0003 = security-context multiplexing + keep connection on orphan).
    public static func bindTimeFeatureNegotiation(features: UInt16) -> SyntaxIdentifier {
        let prefix: [UInt8] = [0x2c, 0x1c, 0xb7, 0x6c, 0x12, 0x98, 0x40, 0x45]
        let bits = [UInt8(truncatingIfNeeded: features), UInt8(truncatingIfNeeded: features >> 8)]
        return SyntaxIdentifier(uuid: prefix + bits + Array(repeating: 0, count: 6), major: 1)
    }

    /// Whether this is a bind-time feature negotiation syntax, whatever bits it offers.
    public var isBindTimeFeatureNegotiation: Bool {
        Array(uuid.prefix(8)) == Array(Self.bindTimeFeatureNegotiation(features: 0).uuid.prefix(8))
    }

    private init(wire: String, major: UInt16) {
        self.init(uuid: Hex.bytes(wire) ?? [], major: major)
    }

    func write(to writer: inout LittleEndianWriter) {
        writer.raw(uuid)
        writer.u16(major)
        writer.u16(minor)
    }

    static func read(from reader: inout ByteReader, _ field: String) throws(RPCError) -> SyntaxIdentifier {
        let uuid = Array(try reader.take(16, field))
        let major = try reader.u16(field + " version")
        let minor = try reader.u16(field + " version")
        return SyntaxIdentifier(uuid: uuid, major: major, minor: minor)
    }

    public var description: String {
        switch self {
        case .ndr32: "NDR32"
        case .ndr64: "NDR64"
        case .kmsInterface: "KMS interface"
        case .null: "none"
        default: isBindTimeFeatureNegotiation ? "bind-time feature negotiation" : "\(Hex.string(uuid)) v\(major).\(minor)"
        }
    }
}
