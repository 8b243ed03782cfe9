/// A bind_nak (ptype 13): the host refuses the association, with a reason and the RPC versions it speaks.
public struct BindNakPDU: Sendable, Equatable {
    public var callID: UInt32
    public var reason: BindNakReason
    /// Supported (major, minor) protocol versions.
    public var versions: [(UInt8, UInt8)]

    public init(callID: UInt32, reason: BindNakReason, versions: [(UInt8, UInt8)] = [(5, 0)]) {
        self.callID = callID
        self.reason = reason
        self.versions = versions
    }

    public init(frame: RPCFrame) throws(RPCError) {
        var reader = try frame.body(expecting: .bindNak)
        callID = frame.header.callID
        reason = BindNakReason(code: try reader.u16("reject reason"))
        // The version list is informative only; a short one is not worth a different error.
        let count = (try? reader.u8("number of versions")) ?? 0
        var versions: [(UInt8, UInt8)] = []
        for _ in 0..<count {
            guard let major = try? reader.u8("version"), let minor = try? reader.u8("version") else { break }
            versions.append((major, minor))
        }
        self.versions = versions
    }

    /// The layout of the hand-made bind_nak in the vectors, padded to 24 bytes.
    public func encode() -> [UInt8] {
        var writer = LittleEndianWriter()
        writer.u16(reason.code)
        writer.u8(UInt8(truncatingIfNeeded: versions.count))
        for (major, minor) in versions { writer.u8(major); writer.u8(minor) }
        writer.pad(to: 8)
        return PDUEncoding.wrap(writer.bytes, type: .bindNak, flags: .whole, callID: callID)
    }

    public static func == (lhs: BindNakPDU, rhs: BindNakPDU) -> Bool {
        lhs.callID == rhs.callID && lhs.reason == rhs.reason
            && lhs.versions.map { [$0.0, $0.1] } == rhs.versions.map { [$0.0, $0.1] }
    }
}
