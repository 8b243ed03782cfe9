import Platform

/// An encoded KMS request: the bytes to send and what the response must be checked against.
public struct KMSRequest: Sendable, Equatable {
    public let bytes: [UInt8]
    public let context: KMSRequestContext
}

/// What response validation needs to remember about the request it answers.
public struct KMSRequestContext: Sendable, Equatable {
    public let version: KMSVersion
    /// The request IV (v5/v6; empty for v4). A v5 response must repeat it.
    public let iv: [UInt8]
    public let clientMachineID: UUID
    /// The request FILETIME; the response must echo it exactly.
    public let timestamp: UInt64
    /// Dq: the request IV block-decrypted with the version's cipher (v5/v6; empty for v4). The
    /// salt check uses it and a v6 response must carry it in clear inside its trailer.
    public let decryptedIV: [UInt8]

    public init(version: KMSVersion, iv: [UInt8], clientMachineID: UUID, timestamp: UInt64) {
        self.version = version
        self.iv = version == .v4 ? [] : AESBlockCipher.exactBlock(iv)
        self.clientMachineID = clientMachineID
        self.timestamp = timestamp
        self.decryptedIV = version.messageCipher.map { $0.decrypt(block: iv) } ?? []
    }
}
