/// PKCS#7 padding to the AES block size: 1 to 16 bytes, each holding the pad length.
public enum PKCS7 {
    public static func pad(_ data: [UInt8]) -> [UInt8] {
        let count = AESBlockCipher.blockSize - data.count % AESBlockCipher.blockSize
        return data + [UInt8](repeating: UInt8(count), count: count)
    }

    /// The data without its padding, or nil when the last byte is not 1...16 or the pad bytes differ.
    public static func unpad(_ data: [UInt8]) -> [UInt8]? {
        guard let last = data.last, last >= 1, Int(last) <= AESBlockCipher.blockSize,
              Int(last) <= data.count else { return nil }
        let count = Int(last)
        guard data.suffix(count).allSatisfy({ $0 == last }) else { return nil }
        return Array(data.dropLast(count))
    }
}
