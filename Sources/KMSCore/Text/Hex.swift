/// Lower-case hex text for bytes in messages and logs (FoundationEssentials has no String(format:)).
public enum Hex {
    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digit(byte >> 4))
            text.append(digit(byte & 0x0F))
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The lower-case ASCII digit of a value below 16.
    public static func digit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// The value of an ASCII hex digit of either case; nil for any other byte (a sign, a space,
    /// a fullwidth digit's bytes): the one hex-digit reader.
    public static func value(ofDigit byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The number that one to eight ASCII hex digits spell (`\u0041`'s `0041`); nil for anything
    /// else, a sign included.
    public static func value(ofDigits digits: some Collection<UInt8>) -> UInt32? {
        guard (1...8).contains(digits.count) else { return nil }
        var number: UInt32 = 0
        for byte in digits {
            guard let digit = value(ofDigit: byte) else { return nil }
            number = number << 4 | UInt32(digit)
        }
        return number
    }

    /// `0xC004F074`: how Windows prints an HRESULT or status code.
    public static func code(_ value: UInt32) -> String {
        let text = string([24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }).uppercased()
        return "0x" + text
    }

    /// Bytes from hex text (ASCII whitespace ignored); nil when the text is not hex. Digits are
    /// read by `value(ofDigit:)`, the one hex-digit reader, so fullwidth digits are not hex.
    public static func bytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count / 2)
        var high: UInt8?
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            guard let value = value(ofDigit: byte) else { return nil }
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        return high == nil ? bytes : nil
    }
}
