/// The KMS v4 message authentication code: CBC-MAC with an all-zero start value under Rijndael with
/// the 160-bit v4 key. The message gets one 0x80 byte and zeros up to a multiple of 16 (a full
/// extra block when it is already aligned); the last cipher block is the MAC.
public enum V4MAC {
    public static let length = 16

    public static func mac(_ message: [UInt8], cipher: AESBlockCipher = KMSCiphers.v4) -> [UInt8] {
        let size = AESBlockCipher.blockSize
        var padded = message
        padded.append(0x80)
        padded.append(contentsOf: repeatElement(0, count: (size - padded.count % size) % size))
        var state = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < padded.count {
            for j in 0..<size { state[j] ^= padded[offset + j] }
            cipher.encryptBlock(&state)
            offset += size
        }
        return state
    }
}
