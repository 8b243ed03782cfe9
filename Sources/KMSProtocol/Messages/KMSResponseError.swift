import Platform

/// Why a KMS response was rejected. Each case names exactly the check that failed, so a user (and
/// a test) can tell a corrupt message from a host that answered someone else.
public enum KMSResponseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Fewer bytes than the smallest possible response part being read.
    case tooShort(length: Int, minimum: Int)
    /// More bytes than any valid response of this version can have.
    case tooLong(length: Int, maximum: Int)
    /// The clear (outer) version differs from the request's.
    case wrongVersion(expected: KMSVersion, got: KMSWireVersion)
    /// The version inside the (decrypted) base response differs from the request's.
    case wrongInnerVersion(expected: KMSVersion, got: KMSWireVersion)
    /// v5/v6 ciphertext that is not a whole number of 16-byte blocks.
    case notBlockAligned(length: Int)
    /// v5/v6: the decrypted message does not end in a valid PKCS#7 pad (wrong key or damaged data).
    case badPadding
    /// The ePID size field is odd, below 2 or above 128 bytes.
    case badEPIDSize(UInt32)
    /// The total length does not match the one the ePID size implies.
    case badLength(expected: Int, got: Int)
    /// The ePID is not NUL-terminated exactly at its end.
    case badEPID
    /// v4: the CBC-MAC over the response does not match.
    case macMismatch
    /// v5/v6: SHA-256(salt xor Dq) differs from the hash in the response.
    case saltMismatch
    /// v6: the decrypted request IV the host returns differs from ours.
    case decryptedIVMismatch
    /// v6: the HMAC matches for none of the time slots tried.
    case hmacMismatch
    /// v5: the response IV differs from the request IV.
    case ivMismatch
    /// The response names another client machine.
    case cmidMismatch(expected: UUID, got: UUID)
    /// The response does not echo the request timestamp.
    case timestampMismatch(expected: UInt64, got: UInt64)
    /// OpenSSL failed to hash (not the host's fault).
    case crypto(Digest.Failure)

    /// A stable word for JSON output and logs.
    public var code: String {
        switch self {
        case .tooShort: "too-short"
        case .tooLong: "too-long"
        case .wrongVersion: "wrong-version"
        case .wrongInnerVersion: "wrong-inner-version"
        case .notBlockAligned: "not-block-aligned"
        case .badPadding: "bad-padding"
        case .badEPIDSize: "bad-epid-size"
        case .badLength: "bad-length"
        case .badEPID: "bad-epid"
        case .macMismatch: "mac-mismatch"
        case .saltMismatch: "salt-mismatch"
        case .decryptedIVMismatch: "decrypted-iv-mismatch"
        case .hmacMismatch: "hmac-mismatch"
        case .ivMismatch: "iv-mismatch"
        case .cmidMismatch: "cmid-mismatch"
        case .timestampMismatch: "timestamp-mismatch"
        case .crypto: "crypto-failure"
        }
    }

    public var description: String {
        switch self {
        case let .tooShort(length, minimum):
            "KMS response too short: \(length) bytes, at least \(minimum) needed"
        case let .tooLong(length, maximum):
            "KMS response too long: \(length) bytes, at most \(maximum) possible"
        case let .wrongVersion(expected, got):
            "KMS response has protocol version \(got), the request was \(expected)"
        case let .wrongInnerVersion(expected, got):
            "decrypted KMS response has protocol version \(got), the request was \(expected)"
        case let .notBlockAligned(length):
            "encrypted KMS response part of \(length) bytes is not a whole number of 16-byte blocks"
        case .badPadding:
            "KMS response does not decrypt (invalid padding): wrong key or damaged data"
        case let .badEPIDSize(size):
            "KMS response gives an invalid ePID size of \(size) bytes (must be even, 2 to 128)"
        case let .badLength(expected, got):
            "KMS response is \(got) bytes long where its ePID size implies \(expected)"
        case .badEPID:
            "KMS response ePID is not terminated exactly at its end"
        case .macMismatch:
            "KMS v4 response MAC does not match its contents"
        case .saltMismatch:
            "KMS response salt hash does not match (the host did not decrypt our request)"
        case .decryptedIVMismatch:
            "KMS v6 response carries a decrypted request IV that differs from ours"
        case .hmacMismatch:
            "KMS v6 response HMAC is incorrect"
        case .ivMismatch:
            "KMS v5 response IV differs from the request IV"
        case let .cmidMismatch(expected, got):
            "KMS response is for client machine \(got.uuidString.lowercased()), not \(expected.uuidString.lowercased())"
        case let .timestampMismatch(expected, got):
            "KMS response timestamp \(got) does not echo the request timestamp \(expected)"
        case let .crypto(failure):
            failure.description
        }
    }
}
