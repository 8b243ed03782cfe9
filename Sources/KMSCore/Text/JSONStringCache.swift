import Platform

/// The strings one `JSONReader.parse` has made, so that text met again becomes the same String.
/// A catalog repeats its member names in every entry, and many of its values (family, kind,
/// application IDs); reusing a String costs a comparison of bytes, where making one costs a
/// copy, and an allocation for text over 15 bytes (issue 15).
struct JSONStringCache {
    /// Direct-mapped: each text has one slot, and a new text there replaces the old.
    private var slots = [String?](repeating: nil, count: 256)

    /// The string of exactly these bytes, if one is kept.
    func string(for utf8: UnsafeBufferPointer<UInt8>) -> String? {
        guard var cached = slots[Self.slot(of: utf8)] else { return nil }
        let same = cached.withUTF8 { kept in
            kept.count == utf8.count && (utf8.isEmpty || memcmp(kept.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        return same ? cached : nil
    }

    /// Keeps `text`, whose UTF-8 is `utf8`.
    mutating func keep(_ text: String, for utf8: UnsafeBufferPointer<UInt8>) {
        slots[Self.slot(of: utf8)] = text
    }

    /// A hash of the length and the first, middle and last bytes: enough to tell apart the
    /// member names and repeated values of one file, at a few instructions a string.
    private static func slot(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let last = utf8.last else { return 0 }
        var hash = utf8.count
        hash = hash &* 31 &+ Int(utf8[0])
        hash = hash &* 31 &+ Int(utf8[utf8.count / 2])
        hash = hash &* 31 &+ Int(last)
        return (hash ^ hash >> 8) & 255
    }
}
