import KMSProtocol

/// The host's side of a response, in two public steps so a test host can damage precise parts in
/// between: `plaintext` (the parts: base, v4 MAC or v5/v6 trailer) and `seal` (v5/v6: version ‖
/// IV ‖ CBC; v4: the bytes as they are).
public enum KMSResponseEncoder {
    /// - Parameters:
    ///   - base: the base response (normally `echoingBase`).
    ///   - serverIV: the IV the response will be sealed with (v5 must reuse the request IV; v6
    ///     hosts pick a fresh one). Only v6 uses it here, for the HMAC.
    ///   - random: the host's 16 random bytes R for the salt check (v5/v6).
    ///   - hwid: the host's 8-byte hardware ID (v6; cut or zero-extended to 8).
    public static func plaintext(base: BaseResponse, for request: KMSRequestDecoder.Decoded, serverIV: [UInt8],
                                 random: [UInt8], hwid: [UInt8]) throws(Digest.Failure) -> KMSResponsePlaintext {
        let body = base.encode()
        guard request.version != .v4 else { return KMSResponsePlaintext(base: body, mac: V4MAC.mac(body)) }
        let (salt, hash) = try SaltCheck.make(random: random, decryptedIV: request.decryptedIV)
        var trailer = ResponseTrailer(salt: salt, hash: hash)
        if request.version == .v6 {
            trailer.hwid = Array((hwid + [UInt8](repeating: 0, count: ResponseTrailer.hwidLength)).prefix(ResponseTrailer.hwidLength))
            trailer.decryptedRequestIV = request.decryptedIV
            trailer.hmac = try V6HMAC.mac(responseIV: serverIV, covered: body + trailer.encode(),
                                          slot: V6HMAC.slot(fileTime: base.timestamp))
        }
        return KMSResponsePlaintext(base: body, trailer: trailer)
    }

    /// The message on the wire for `plaintext` of `version`. `padding` replaces the PKCS#7 pad
    /// (a test host sends wrong padding with it); nil pads correctly.
    public static func seal(_ plaintext: KMSResponsePlaintext, version: KMSVersion, serverIV: [UInt8],
                            padding: [UInt8]? = nil) -> [UInt8] {
        guard let cipher = version.messageCipher else { return plaintext.bytes }
        return EncryptedEnvelope.seal(plaintext.bytes, version: version.wire, iv: serverIV, cipher: cipher,
                                      padding: padding)
    }

    /// A complete, valid response: `seal(plaintext(...))`.
    public static func encode(base: BaseResponse, for request: KMSRequestDecoder.Decoded, serverIV: [UInt8],
                              random: [UInt8], hwid: [UInt8]) throws(Digest.Failure) -> [UInt8] {
        seal(try plaintext(base: base, for: request, serverIV: serverIV, random: random, hwid: hwid),
             version: request.version, serverIV: serverIV)
    }

    /// The base response that answers `request` truthfully: its version, CMID and timestamp echoed.
    public static func echoingBase(for request: KMSRequestDecoder.Decoded, epid: String, currentCount: UInt32,
                                   activationIntervalMinutes: UInt32, renewalIntervalMinutes: UInt32) -> BaseResponse {
        BaseResponse(version: request.version.wire, epid: epid, clientMachineID: request.fields.clientMachineID,
                     timestamp: request.fields.timestamp, currentCount: currentCount,
                     activationIntervalMinutes: activationIntervalMinutes,
                     renewalIntervalMinutes: renewalIntervalMinutes)
    }
}
