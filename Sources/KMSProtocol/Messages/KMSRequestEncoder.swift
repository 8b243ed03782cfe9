/// Builds the request a client sends: v4 = base request ‖ MAC; v5/v6 = version ‖ IV ‖
/// CBC(base request) under the version's cipher.
public enum KMSRequestEncoder {
    /// `iv` is the request IV from a `RandomSource` (16 bytes; v4 ignores it; a wrong length is cut or
    /// zero-extended to 16).
    public static func encode(_ fields: KMSRequestFields, iv: [UInt8]) -> KMSRequest {
        let context = KMSRequestContext(version: fields.version, iv: iv, clientMachineID: fields.clientMachineID,
                                        timestamp: fields.timestamp)
        let base = BaseRequest.encode(fields)
        let bytes: [UInt8]
        if let cipher = fields.version.messageCipher {
            bytes = EncryptedEnvelope.seal(base, version: fields.version.wire, iv: context.iv, cipher: cipher)
        } else {
            bytes = V4Message.seal(base)
        }
        return KMSRequest(bytes: bytes, context: context)
    }
}
