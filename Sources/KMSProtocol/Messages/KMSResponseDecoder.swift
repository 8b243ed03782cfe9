/// Decodes and validates a KMS response against the request it answers, with every check vlmcs
/// makes, in this order: outer version, size limits, then (v5/v6) block alignment and PKCS#7
/// padding, then the base response structure (ePID size, exact length), then authenticity (v4
/// MAC; v5/v6 salt hash, v5 IV echo, v6 X = Dq and HMAC), and last the contents (inner version,
/// ePID termination, CMID and timestamp echoes). Checking authenticity before contents makes a
/// tampered message report the tampering, not the garbage it decrypts to.
public enum KMSResponseDecoder {
    public static func decode(_ bytes: [UInt8], for context: KMSRequestContext) throws(KMSResponseError) -> KMSResponse {
        var reader = ByteReader(bytes)
        guard let outer = KMSWireVersion.read(&reader) else { throw .tooShort(length: bytes.count, minimum: 4) }
        guard outer == context.version.wire else { throw .wrongVersion(expected: context.version, got: outer) }
        let maximum = maximumLength(for: context.version)
        guard bytes.count <= maximum else { throw .tooLong(length: bytes.count, maximum: maximum) }
        if let cipher = context.version.messageCipher {
            return try decodeEncrypted(bytes, cipher: cipher, context: context)
        }
        return try decodeV4(bytes, context: context)
    }

    /// The longest response a version allows (ePID of 128 bytes): 188, 244 and 292 bytes.
    public static func maximumLength(for version: KMSVersion) -> Int {
        let plaintext = BaseResponse.fixedLength + Int(BaseResponse.maximumEPIDSize) + ResponseTrailer.length(for: version)
        guard version != .v4 else { return plaintext + V4MAC.length }
        return EncryptedEnvelope.headerLength + (plaintext / AESBlockCipher.blockSize + 1) * AESBlockCipher.blockSize
    }

    private static func decodeV4(_ bytes: [UInt8], context: KMSRequestContext) throws(KMSResponseError) -> KMSResponse {
        let parsed = try BaseResponse.parse(bytes, trailerLength: V4MAC.length)
        guard V4Message.open(bytes) != nil else { throw .macMismatch }
        try checkContents(parsed, context: context)
        return response(parsed, context: context, hwid: nil, sameIV: false)
    }

    private static func decodeEncrypted(_ bytes: [UInt8], cipher: AESBlockCipher,
                                        context: KMSRequestContext) throws(KMSResponseError) -> KMSResponse {
        let minimum = EncryptedEnvelope.headerLength + AESBlockCipher.blockSize
        guard bytes.count >= minimum else { throw .tooShort(length: bytes.count, minimum: minimum) }
        let opened: EncryptedEnvelope.Opened
        do {
            opened = try EncryptedEnvelope.open(bytes, cipher: cipher)
        } catch {
            switch error {
            case .badPadding: throw .badPadding
            case let .notBlockAligned(length): throw .notBlockAligned(length: length)
            }
        }
        let version = context.version
        let plaintext = opened.plaintext
        let parsed = try BaseResponse.parse(plaintext, trailerLength: ResponseTrailer.length(for: version))
        guard let trailer = ResponseTrailer.parse(plaintext[parsed.length...], version: version) else {
            throw .badLength(expected: parsed.length + ResponseTrailer.length(for: version), got: plaintext.count)
        }
        if version == .v5, opened.iv != context.iv { throw .ivMismatch }
        guard try hashing({ () throws(Digest.Failure) in
            try SaltCheck.verify(salt: trailer.salt, hash: trailer.hash, decryptedIV: context.decryptedIV)
        }) else { throw .saltMismatch }
        if version == .v6 {
            guard trailer.decryptedRequestIV == context.decryptedIV else { throw .decryptedIVMismatch }
            guard try hashing({ () throws(Digest.Failure) in
                try V6HMAC.verify(trailer.hmac ?? [], responseIV: opened.iv,
                                  covered: Array(plaintext.dropLast(V6HMAC.length)),
                                  fileTime: parsed.response.timestamp)
            }) else { throw .hmacMismatch }
        }
        try checkContents(parsed, context: context)
        return response(parsed, context: context, hwid: trailer.hwid, sameIV: opened.iv == context.iv)
    }

    /// Runs an OpenSSL-backed check; OpenSSL failing is reported as such, not as a bad response.
    private static func hashing(_ check: () throws(Digest.Failure) -> Bool) throws(KMSResponseError) -> Bool {
        do { return try check() } catch { throw .crypto(error) }
    }

    private static func checkContents(_ parsed: BaseResponse.Parsed, context: KMSRequestContext) throws(KMSResponseError) {
        let base = parsed.response
        guard base.version == context.version.wire else {
            throw .wrongInnerVersion(expected: context.version, got: base.version)
        }
        guard parsed.epidProperlyTerminated else { throw .badEPID }
        guard base.clientMachineID == context.clientMachineID else {
            throw .cmidMismatch(expected: context.clientMachineID, got: base.clientMachineID)
        }
        guard base.timestamp == context.timestamp else {
            throw .timestampMismatch(expected: context.timestamp, got: base.timestamp)
        }
    }

    private static func response(_ parsed: BaseResponse.Parsed, context: KMSRequestContext,
                                 hwid: [UInt8]?, sameIV: Bool) -> KMSResponse {
        let base = parsed.response
        return KMSResponse(version: context.version, epid: base.epid, epidInfo: EPIDInfo(epid: base.epid),
                           clientMachineID: base.clientMachineID, timestamp: base.timestamp,
                           currentCount: base.currentCount,
                           activationIntervalMinutes: base.activationIntervalMinutes,
                           renewalIntervalMinutes: base.renewalIntervalMinutes, hwid: hwid,
                           serverIVEqualsRequestIV: sameIV)
    }
}
