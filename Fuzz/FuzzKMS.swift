import Platform
import KMSProtocol
import KMSTesting

enum FuzzKMS {
    /// The request decides the context (version, IV, CMID, timestamp) the response is checked
    /// against, so seeds made of captured request/response pairs pass every check.
    static func exchange(_ bytes: [UInt8]) {
        guard bytes.count >= 2 else { return }
        let length = Int(bytes[0]) | Int(bytes[1]) << 8
        guard bytes.count >= 2 + length else { return }
        let request = Array(bytes[2..<2 + length])
        let response = Array(bytes[(2 + length)...])
        let decoded: KMSRequestDecoder.Decoded
        do {
            decoded = try KMSRequestDecoder.decode(request)
        } catch {
            _ = error.description
            return
        }
        let context = KMSRequestEncoder.encode(decoded.fields, iv: decoded.iv).context
        do {
            let answer = try KMSResponseDecoder.decode(response, for: context)
            _ = answer.epidInfo
            _ = answer.hwidHex
        } catch {
            _ = error.description
        }
    }

    /// The first byte picks the version; the rest is the plaintext a host sealed (v5/v6: encrypted
    /// with the request's IV under the version's key), so every input gets past decryption and
    /// the base response, ePID and trailer parsing sees arbitrary bytes.
    static func plaintext(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let context = contexts[Int(first) % contexts.count]
        let sealed = KMSResponseEncoder.seal(KMSResponsePlaintext(base: Array(bytes.dropFirst())),
                                             version: context.version, serverIV: context.iv)
        do {
            let answer = try KMSResponseDecoder.decode(sealed, for: context)
            _ = answer.epidInfo
        } catch {
            _ = error.description
        }
    }

    /// One request context per version, from fixed fields and IV.
    private static let contexts: [KMSRequestContext] = KMSVersion.allCases.map { version in
        let id = UUID(uuid: (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16))
        let fields = KMSRequestFields(version: version, isVirtualMachine: false, licenseStatus: 2, graceMinutes: 43_200,
                                      applicationID: id, skuID: id, kmsCountedID: id, clientMachineID: id,
                                      previousClientMachineID: id, requiredClientCount: 25,
                                      timestamp: 134_400_383_440_000_000, workstationName: "FUZZ")
        return KMSRequestEncoder.encode(fields, iv: [UInt8](repeating: 0x5A, count: 16)).context
    }
}
