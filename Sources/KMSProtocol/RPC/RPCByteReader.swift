/// The RPC layer's reads: the same bounds-checked `ByteReader`, but every read names the field
/// it wanted, so a short or hostile PDU becomes an `RPCError.truncated` that says which field
/// was missing instead of a crash.
extension ByteReader {
    mutating func take(_ count: Int, _ field: String) throws(RPCError) -> ArraySlice<UInt8> {
        guard let bytes = slice(count) else {
            throw .truncated(field: field, needed: count, available: remaining)
        }
        return bytes
    }

    mutating func u8(_ field: String) throws(RPCError) -> UInt8 { try required(field) }
    mutating func u16(_ field: String) throws(RPCError) -> UInt16 { try required(field) }
    mutating func u32(_ field: String) throws(RPCError) -> UInt32 { try required(field) }
    mutating func u64(_ field: String) throws(RPCError) -> UInt64 { try required(field) }

    /// Skips to the next multiple of `alignment`, counted from the start of `bytes`.
    mutating func align(to alignment: Int, _ field: String) throws(RPCError) -> ArraySlice<UInt8> {
        let padding = (alignment - offset % alignment) % alignment
        return try take(padding, field)
    }

    private mutating func required<T: FixedWidthInteger & UnsignedInteger>(_ field: String) throws(RPCError) -> T {
        guard let value: T = integer() else {
            throw .truncated(field: field, needed: MemoryLayout<T>.size, available: remaining)
        }
        return value
    }
}
