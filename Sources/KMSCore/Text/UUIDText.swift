import Platform

/// The catalog's UUID text, `55c92734-d682-4d71-983e-d6ec3f16059f`, read and written a byte at a
/// time: every `kmswizard products` reads and prints three UUIDs per entry, and going through
/// Characters, or through FoundationEssentials' `uuidString` and `lowercased()`, took more
/// instructions than the rest of the catalog's reading (issue 15).
enum UUIDText {
    /// The UUID of 8-4-4-4-12 ASCII hex digits of either case; nil for any other text.
    static func uuid(_ text: String) -> UUID? {
        var text = text
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let valid = text.withUTF8 { utf8 in
            withUnsafeMutableBytes(of: &uuid) { bytes in
                guard utf8.count == 36 else { return false }
                var index = 0
                for position in bytes.indices {
                    if index == 8 || index == 13 || index == 18 || index == 23 {
                        guard utf8[index] == UInt8(ascii: "-") else { return false }
                        index += 1
                    }
                    guard let high = Hex.value(ofDigit: utf8[index]), let low = Hex.value(ofDigit: utf8[index + 1]) else {
                        return false
                    }
                    bytes[position] = high << 4 | low
                    index += 2
                }
                return true
            }
        }
        return valid ? UUID(uuid: uuid) : nil
    }

    /// The lower-case 8-4-4-4-12 form, as Microsoft's tools print IDs.
    static func lowercased(_ uuid: UUID) -> String {
        withUnsafeBytes(of: uuid.uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { text in
                var length = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        text[length] = UInt8(ascii: "-")
                        length += 1
                    }
                    text[length] = Hex.digit(byte >> 4)
                    text[length + 1] = Hex.digit(byte & 0x0F)
                    length += 2
                }
                return length
            }
        }
    }
}
