import KMSProtocol

/// What the test KMS host answers and how it misbehaves at the KMS level (the RPC level is the
/// session's business). The defaults answer like the vlmcsd host of the captures.
struct KMSHostBehaviour: Sendable {
    var epid = "03612-00206-556-123456-03-1033-17763.0000-0452024"
    /// v6 only; cut or zero-extended to 8 bytes.
    var hwid: [UInt8] = [0x3a, 0x1c, 0x04, 0x96, 0x00, 0xb6, 0x00, 0x76]
    /// nil: twice the request's required count, as vlmcsd reports without a client list.
    var clientCount: UInt32?
    var activationIntervalMinutes: UInt32 = 120
    var renewalIntervalMinutes: UInt32 = 10_080
    /// v6: answer with the request IV instead of a fresh one (what simple emulators do; vlmcs warns).
    var reuseRequestIV = false
    var damage: KMSHostDamage?
    /// The host's IVs and salts.
    var random: any RandomSource = SystemRandom()
}

/// One precise fault in an otherwise valid answer. Each names the client-side error it must cause
/// (`KMSResponseError` in Activation); rawValue is the word to use on a command line.
enum KMSHostDamage: String, CaseIterable, Sendable {
    /// v4: MAC bit flipped -> macMismatch (v5/v6: same as bad-hash).
    case badMAC = "bad-mac"
    /// v5/v6: hash of the salt flipped -> saltMismatch (v4: same as bad-mac).
    case badHash = "bad-hash"
    /// v6: HMAC bit flipped -> hmacMismatch (v4/v5: same as bad-hash).
    case badHMAC = "bad-hmac"
    /// v6: X is not the decrypted request IV -> decryptedIVMismatch (v4/v5: same as bad-hash).
    case badDecryptedIV = "bad-x"
    /// v5/v6: a pad of 0x11 bytes -> badPadding (v4: same as bad-mac).
    case badPadding = "bad-padding"
    /// The ePID size field says 128 while the ePID is shorter -> badLength.
    case lyingEPIDSize = "lying-epid-size"
    /// The ePID size field is odd -> badEPIDSize.
    case oddEPIDSize = "odd-epid-size"
    /// The ePID has a NUL in its middle -> badEPID.
    case unterminatedEPID = "embedded-nul-epid"
    /// The clear version is 5.0 (6.0 when answering v5) -> wrongVersion.
    case wrongVersion = "wrong-version"
    /// The version inside the encrypted part is another one -> wrongInnerVersion (v4: wrongVersion).
    case wrongInnerVersion = "wrong-inner-version"
    /// Another client machine ID, everything else valid -> cmidMismatch.
    case wrongCMID = "wrong-cmid"
    /// The timestamp one second later, everything else valid -> timestampMismatch.
    case wrongTimestamp = "wrong-timestamp"
    /// v5: an IV other than the request's -> ivMismatch (v4: same as bad-mac; v6: a valid answer).
    case wrongIV = "wrong-iv"
    /// The last 16 bytes cut off -> badLength (v4) or badPadding (v5/v6; badLength in the rare
    /// case, about 1 in 256, where the new last byte happens to be a valid pad).
    case truncated
    /// Eight extra zero bytes after a valid answer -> notBlockAligned (v5/v6) or badLength (v4).
    case trailingBytes = "trailing-bytes"
}
