/// Text that a Windows console program printed, as bytes: `cscript //U` writes UTF-16LE, a
/// console under `chcp 65001` writes UTF-8. Anything else decodes with replacement characters,
/// which still leaves the ASCII error codes readable.
enum WindowsOutput {
    static func decode(_ bytes: [UInt8]) -> String {
        let looksUTF16 = bytes.count >= 2 && (bytes.starts(with: [0xFF, 0xFE])
            || stride(from: 1, to: min(bytes.count, 200), by: 2).filter { bytes[$0] == 0 }.count * 4 >= min(bytes.count, 200))
        guard looksUTF16 else { return String(decoding: bytes, as: UTF8.self) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0
        while index + 1 < bytes.count {
            units.append(UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
