/// The v6 response HMAC. Its key depends on the time slot of the echoed request FILETIME t:
/// slot = (t / C1) * C2 + C3 (mod 2^64), key = SHA-256(slot, 8 bytes LE)[16..<32]. The message is
/// Dr ‖ plaintext up to the HMAC field, where Dr is the response IV block-decrypted with the v6
/// cipher; the field holds HMAC-SHA256(key, message)[16..<32].
public enum V6HMAC {
    public static let length = 16
    public static let c1: UInt64 = 0x0000_0022_8168_89bd
    public static let c2: UInt64 = 0x0000_0020_8cba_b5ed
    public static let c3: UInt64 = 0x3156_cd5a_c628_477a

    public static func slot(fileTime: UInt64) -> UInt64 {
        (fileTime / c1) &* c2 &+ c3
    }

    public static func key(slot: UInt64) throws(Digest.Failure) -> [UInt8] {
        let slotBytes = (0..<8).map { UInt8(truncatingIfNeeded: slot >> (8 * $0)) }
        return Array(try Digest.sha256(slotBytes)[16..<32])
    }

    /// The HMAC field for a response with IV `responseIV` whose plaintext before the field is
    /// `covered`, keyed for `slot` (pass `slot(fileTime:)` of the echoed timestamp).
    public static func mac(responseIV: [UInt8], covered: [UInt8], slot: UInt64) throws(Digest.Failure) -> [UInt8] {
        let message = KMSCiphers.v6.decrypt(block: responseIV) + covered
        return Array(try Digest.hmacSHA256(key: key(slot: slot), message: message)[16..<32])
    }

    /// Whether `field` matches for the slot of `fileTime` or its neighbours: like vlmcs, the slot
    /// value itself moves by plus or minus C1 (not the FILETIME).
    public static func verify(_ field: [UInt8], responseIV: [UInt8], covered: [UInt8],
                              fileTime: UInt64) throws(Digest.Failure) -> Bool {
        let exact = slot(fileTime: fileTime)
        for candidate in [exact, exact &+ c1, exact &- c1] {
            if try mac(responseIV: responseIV, covered: covered, slot: candidate) == field { return true }
        }
        return false
    }
}
