/// The host's side of a request: decrypts (v5/v6) or checks the MAC (v4) and reads the fields.
/// The test responder uses it; it shares every layer with the client's encoder.
public enum KMSRequestDecoder {
    /// A request as a host sees it.
    public struct Decoded: Sendable, Equatable {
        public let fields: KMSRequestFields
        /// The request IV (v5/v6; empty for v4).
        public let iv: [UInt8]
        /// Dq, the request IV block-decrypted (v5/v6; empty for v4).
        public let decryptedIV: [UInt8]
        public var version: KMSVersion { fields.version }
    }

    public static func decode(_ bytes: [UInt8]) throws(KMSRequestError) -> Decoded {
        var reader = ByteReader(bytes)
        guard let outer = KMSWireVersion.read(&reader) else { throw .tooShort(length: bytes.count) }
        guard let version = outer.known else { throw .unsupportedVersion(outer) }
        let expected = requestLength(for: version)
        guard bytes.count == expected else { throw .badLength(expected: expected, got: bytes.count) }
        let body: [UInt8]
        var iv: [UInt8] = []
        if let cipher = version.messageCipher {
            let opened: EncryptedEnvelope.Opened
            do { opened = try EncryptedEnvelope.open(bytes, cipher: cipher) } catch { throw .badPadding }
            body = opened.plaintext
            iv = opened.iv
        } else {
            guard let opened = V4Message.open(bytes) else { throw .macMismatch }
            body = opened
        }
        var inner = ByteReader(body)
        let innerVersion = KMSWireVersion.read(&inner) ?? KMSWireVersion(major: 0, minor: 0)
        guard innerVersion == outer else { throw .innerVersionMismatch(outer: outer, inner: innerVersion) }
        guard let fields = BaseRequest.decode(body) else {
            throw .badLength(expected: BaseRequest.length, got: body.count)
        }
        return Decoded(fields: fields, iv: iv, decryptedIV: version.messageCipher?.decrypt(block: iv) ?? [])
    }

    /// 252 bytes for v4 (base + MAC), 260 for v5/v6 (version + IV + 240 bytes of ciphertext).
    public static func requestLength(for version: KMSVersion) -> Int {
        version == .v4 ? BaseRequest.length + V4MAC.length
            : EncryptedEnvelope.headerLength + (BaseRequest.length / 16 + 1) * 16
    }
}
