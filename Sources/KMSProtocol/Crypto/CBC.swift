/// Cipher block chaining over `AESBlockCipher`, the mode KMS v5 and v6 messages use.
///
/// The IV is always taken as exactly one block: its first 16 bytes, zero-extended if shorter
/// (callers pass 16 bytes; the rule only keeps a wrong length from trapping).
public enum CBC {
    public enum Failure: Error, Equatable, Sendable {
        /// The ciphertext is not a whole number of 16-byte blocks.
        case notBlockAligned(length: Int)
        /// The decrypted data does not end in a valid PKCS#7 pad.
        case badPadding
    }

    /// PKCS#7-pads and encrypts.
    public static func encrypt(_ plaintext: [UInt8], iv: [UInt8], cipher: AESBlockCipher) -> [UInt8] {
        var buffer = PKCS7.pad(plaintext)
        encryptInPlace(&buffer, iv: iv, cipher: cipher)
        return buffer
    }

    /// Decrypts and removes the PKCS#7 pad, checking both the block alignment and the pad bytes.
    public static func decrypt(_ ciphertext: [UInt8], iv: [UInt8], cipher: AESBlockCipher) throws(Failure) -> [UInt8] {
        let size = AESBlockCipher.blockSize
        guard !ciphertext.isEmpty, ciphertext.count % size == 0 else {
            throw .notBlockAligned(length: ciphertext.count)
        }
        var buffer = ciphertext
        var previous = AESBlockCipher.exactBlock(iv)
        var current = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < buffer.count {
            for j in 0..<size { current[j] = buffer[offset + j] }
            cipher.decryptBlock(&buffer, at: offset)
            for j in 0..<size { buffer[offset + j] ^= previous[j] }
            swap(&previous, &current)
            offset += size
        }
        guard let plaintext = PKCS7.unpad(buffer) else { throw .badPadding }
        return plaintext
    }

    /// Encrypts the whole blocks of `buffer` in place (a partial tail block is left as it is).
    static func encryptInPlace(_ buffer: inout [UInt8], iv: [UInt8], cipher: AESBlockCipher) {
        let size = AESBlockCipher.blockSize
        let chain = AESBlockCipher.exactBlock(iv)
        var offset = 0
        while offset + size <= buffer.count {
            for j in 0..<size {
                buffer[offset + j] ^= offset == 0 ? chain[j] : buffer[offset - size + j]
            }
            cipher.encryptBlock(&buffer, at: offset)
            offset += size
        }
    }
}
