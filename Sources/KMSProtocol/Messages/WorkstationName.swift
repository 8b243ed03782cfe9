/// The request's workstation-name field: 128 bytes of UTF-16LE, NUL-terminated, zero-filled
/// (64 code units including the NUL).
enum WorkstationName {
    static let fieldLength = 128
    static let maximumUnits = fieldLength / 2 - 1

    static func encode(_ name: String) -> [UInt8] {
        var units = Array(name.utf16.prefix { $0 != 0 }.prefix(maximumUnits))
        // Never leave half of a surrogate pair behind when cutting.
        if let last = units.last, UTF16.isLeadSurrogate(last) { units.removeLast() }
        var field = [UInt8](repeating: 0, count: fieldLength)
        for (index, unit) in units.enumerated() {
            field[2 * index] = UInt8(truncatingIfNeeded: unit)
            field[2 * index + 1] = UInt8(unit >> 8)
        }
        return field
    }

    /// The name up to the first NUL (or the whole field); invalid UTF-16 becomes U+FFFD.
    static func decode(_ field: [UInt8]) -> String {
        var units: [UInt16] = []
        var index = 0
        while index + 1 < field.count {
            let unit = UInt16(field[index]) | UInt16(field[index + 1]) << 8
            if unit == 0 { break }
            units.append(unit)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
