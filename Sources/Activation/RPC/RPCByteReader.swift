/// A little-endian cursor over a received PDU that never reads past the end.
///
/// Every read names the field it wanted, so a short or hostile PDU becomes an `RPCError.truncated`
/// that says which field was missing instead of a crash.
struct RPCByteReader {
    let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var remaining: Int { bytes.count - offset }

    mutating func take(_ count: Int, _ field: String) throws(RPCError) -> ArraySlice<UInt8> {
        guard count >= 0, count <= remaining else {
            throw .truncated(field: field, needed: count, available: max(remaining, 0))
        }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func u8(_ field: String) throws(RPCError) -> UInt8 {
        try take(1, field).first ?? 0
    }

    mutating func u16(_ field: String) throws(RPCError) -> UInt16 {
        UInt16(truncatingIfNeeded: try integer(2, field))
    }

    mutating func u32(_ field: String) throws(RPCError) -> UInt32 {
        UInt32(truncatingIfNeeded: try integer(4, field))
    }

    mutating func u64(_ field: String) throws(RPCError) -> UInt64 {
        try integer(8, field)
    }

    /// Skips to the next multiple of `alignment`, counted from the start of `bytes`.
    mutating func align(to alignment: Int, _ field: String) throws(RPCError) -> ArraySlice<UInt8> {
        let padding = (alignment - offset % alignment) % alignment
        return try take(padding, field)
    }

    private mutating func integer(_ width: Int, _ field: String) throws(RPCError) -> UInt64 {
        try take(width, field).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }
}
