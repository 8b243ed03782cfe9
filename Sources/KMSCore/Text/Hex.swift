/// Lower-case hex text for bytes in messages and logs (FoundationEssentials has no String(format:)).
public enum Hex {
    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return text
    }

    /// `0xC004F074`: how Windows prints an HRESULT or status code.
    public static func code(_ value: UInt32) -> String {
        let text = string([24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }).uppercased()
        return "0x" + text
    }

    /// Bytes from hex text (whitespace ignored); nil when the text is not hex.
    public static func bytes(_ text: String) -> [UInt8]? {
        let digits = text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { Character($0) }
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = digits[index].hexDigitValue, let low = digits[index + 1].hexDigitValue else { return nil }
            bytes.append(UInt8(high << 4 | low))
            index += 2
        }
        return bytes
    }
}
