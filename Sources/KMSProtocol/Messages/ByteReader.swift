/// Bounds-checked little-endian reads over a received message, shared by the KMS message layer
/// and the RPC layer: every read returns nil instead of going past the end, so a hostile length
/// or offset can only produce an error, never an over-read. The RPC layer's reads that name
/// the missing field are in ByteReader.swift.
struct ByteReader {
    let bytes: [UInt8]
    private(set) var offset: Int

    /// An offset outside `bytes` is clamped, so even a bad starting point cannot make a read trap.
    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = min(max(offset, 0), bytes.count)
    }

    var remaining: Int { bytes.count - offset }

    /// The next `count` bytes without copying them, or nil when fewer remain.
    mutating func slice(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, count <= remaining else { return nil }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func take(_ count: Int) -> [UInt8]? { slice(count).map(Array.init) }

    mutating func uint8() -> UInt8? { integer() }
    mutating func uint16() -> UInt16? { integer() }
    mutating func uint32() -> UInt32? { integer() }
    mutating func uint64() -> UInt64? { integer() }

    mutating func integer<T: FixedWidthInteger & UnsignedInteger>() -> T? {
        guard let field = slice(MemoryLayout<T>.size) else { return nil }
        return field.reversed().reduce(0) { $0 << 8 | T($1) }
    }
}
