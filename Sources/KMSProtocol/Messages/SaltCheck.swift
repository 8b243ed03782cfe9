/// The v5/v6 proof that the host decrypted our request. The host picks a random R, sends
/// S = R xor Dq and H = SHA-256(R), where Dq is the request IV block-decrypted with the version's
/// key; only a holder of the key can produce an S that matches H for our IV.
public enum SaltCheck {
    public static let saltLength = 16

    /// What a host sends: (S, H) for its random `r` and the request's `decryptedIV` (Dq).
    public static func make(random r: [UInt8], decryptedIV: [UInt8]) throws(Digest.Failure) -> (salt: [UInt8], hash: [UInt8]) {
        let random = AESBlockCipher.exactBlock(r)
        return (xor(random, decryptedIV), try Digest.sha256(random))
    }

    /// SHA-256(S xor Dq) == H.
    public static func verify(salt: [UInt8], hash: [UInt8], decryptedIV: [UInt8]) throws(Digest.Failure) -> Bool {
        try Digest.sha256(xor(salt, decryptedIV)) == hash
    }

    static func xor(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        zip(AESBlockCipher.exactBlock(a), AESBlockCipher.exactBlock(b)).map { $0 ^ $1 }
    }
}
