import KMSProtocol

/// The crypto alone, per version, on buffers of a real exchange's sizes (a 236-byte request body,
/// a 244-byte v4 response body, 260 bytes of v5/v6 response plaintext): what the client computes
/// for one request and its response, without building or parsing either.
enum CryptoAlone {
    static let request = [UInt8](repeating: 0x5A, count: 236)
    static let v4Response = [UInt8](repeating: 0xA5, count: 244)
    static let plaintext = [UInt8](repeating: 0xA5, count: 260)
    static let iv = [UInt8](repeating: 0x11, count: 16)

    /// Microseconds per request and response, over `iterations`; nil if any step failed.
    static func measure(_ version: KMSVersion, iterations: Int = 2000) -> Double? {
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<iterations {
            guard once(version) else { return nil }
        }
        let (seconds, attoseconds) = (clock.now - start).components
        return (Double(seconds) * 1e6 + Double(attoseconds) / 1e12) / Double(iterations)
    }

    private static func once(_ version: KMSVersion) -> Bool {
        switch version {
        case .v4:
            // The request's CBC-MAC, then the response's, checked against the one it carries.
            return V4MAC.mac(request).count == 16 && V4MAC.mac(v4Response).count == 16
        case .v5, .v6:
            let cipher = version == .v5 ? KMSCiphers.v5 : KMSCiphers.v6
            let sealed = CBC.encrypt(request, iv: iv, cipher: cipher)
            let answer = CBC.encrypt(plaintext, iv: iv, cipher: cipher)
            guard let opened = try? CBC.decrypt(answer, iv: iv, cipher: cipher), sealed.count == 240,
                  let salt = try? Digest.sha256(Array(opened.prefix(16))), salt.count == 32 else { return false }
            guard version == .v6 else { return true }
            return (try? V6HMAC.mac(responseIV: iv, covered: opened, slot: V6HMAC.slot(fileTime: 134_400_383_160_000_000)))?.isEmpty == false
        }
    }
}
