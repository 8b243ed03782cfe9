/// What follows the base response inside a v5/v6 plaintext: salt S (16) and hash H (32); v6 adds
/// the host's HWID (8), X = Dq (16) and the HMAC (16).
public struct ResponseTrailer: Sendable, Equatable {
    public static let hwidLength = 8

    public var salt: [UInt8]
    public var hash: [UInt8]
    /// v6 only.
    public var hwid: [UInt8]?
    /// v6 only: the request IV as the host decrypted it.
    public var decryptedRequestIV: [UInt8]?
    /// v6 only.
    public var hmac: [UInt8]?

    public init(salt: [UInt8], hash: [UInt8], hwid: [UInt8]? = nil, decryptedRequestIV: [UInt8]? = nil,
                hmac: [UInt8]? = nil) {
        self.salt = salt
        self.hash = hash
        self.hwid = hwid
        self.decryptedRequestIV = decryptedRequestIV
        self.hmac = hmac
    }

    /// 48 bytes for v5, 88 for v6 (and 0 for v4, which has none).
    public static func length(for version: KMSVersion) -> Int {
        switch version {
        case .v4: 0
        case .v5: SaltCheck.saltLength + Digest.sha256Length
        case .v6: SaltCheck.saltLength + Digest.sha256Length + hwidLength + AESBlockCipher.blockSize + V6HMAC.length
        }
    }

    /// The trailer's bytes in wire order (v6 parts that are nil are left out).
    public func encode() -> [UInt8] {
        salt + hash + (hwid ?? []) + (decryptedRequestIV ?? []) + (hmac ?? [])
    }

    /// Reads a trailer of `length(for: version)` bytes (the caller has checked the total length).
    static func parse(_ bytes: ArraySlice<UInt8>, version: KMSVersion) -> ResponseTrailer? {
        var reader = ByteReader(Array(bytes))
        guard let salt = reader.take(SaltCheck.saltLength), let hash = reader.take(Digest.sha256Length) else {
            return nil
        }
        guard version == .v6 else { return ResponseTrailer(salt: salt, hash: hash) }
        guard let hwid = reader.take(hwidLength), let x = reader.take(AESBlockCipher.blockSize),
              let hmac = reader.take(V6HMAC.length) else { return nil }
        return ResponseTrailer(salt: salt, hash: hash, hwid: hwid, decryptedRequestIV: x, hmac: hmac)
    }
}
