/// The frame v5 and v6 share for requests and responses: version (4 bytes, clear) ‖ IV (16,
/// clear) ‖ AES-CBC(IV, plaintext ‖ PKCS#7 pad). v5 and v6 differ only in the cipher passed in
/// and in what the plaintext holds.
public enum EncryptedEnvelope {
    public static let headerLength = 4 + AESBlockCipher.blockSize

    /// `padding` replaces the PKCS#7 pad (test hosts only); if plaintext + padding is not whole
    /// blocks, the extra bytes are zero-filled to the next block.
    public static func seal(_ plaintext: [UInt8], version: KMSWireVersion, iv: [UInt8],
                            cipher: AESBlockCipher, padding: [UInt8]? = nil) -> [UInt8] {
        var blocks = padding.map { plaintext + $0 } ?? PKCS7.pad(plaintext)
        blocks.append(contentsOf: repeatElement(0, count: (16 - blocks.count % 16) % 16))
        CBC.encryptInPlace(&blocks, iv: iv, cipher: cipher)
        return version.bytes + AESBlockCipher.exactBlock(iv) + blocks
    }

    /// The parts of an envelope. The caller checks the version; `open` checks the length and padding.
    public struct Opened: Sendable, Equatable {
        public let version: KMSWireVersion
        public let iv: [UInt8]
        public let plaintext: [UInt8]
    }

    public static func open(_ message: [UInt8], cipher: AESBlockCipher) throws(CBC.Failure) -> Opened {
        var reader = ByteReader(message)
        guard let version = KMSWireVersion.read(&reader), let iv = reader.take(AESBlockCipher.blockSize) else {
            throw .notBlockAligned(length: max(0, message.count - headerLength))
        }
        let plaintext = try CBC.decrypt(Array(message[headerLength...]), iv: iv, cipher: cipher)
        return Opened(version: version, iv: iv, plaintext: plaintext)
    }
}
