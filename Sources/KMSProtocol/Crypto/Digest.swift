import CryptoBridge

/// SHA-256 and HMAC-SHA256 from OpenSSL 3 (one-shot EVP_Digest and HMAC()), the hashes of the
/// v5/v6 salt check and the v6 response HMAC.
public enum Digest {
    public static let sha256Length = 32

    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public let operation: String
        public let detail: String
        public var description: String { "\(operation) failed in OpenSSL: \(detail)" }
    }

    public static func sha256(_ data: [UInt8]) throws(Failure) -> [UInt8] {
        guard OpenSSLRuntime.ready else { throw Failure(operation: "SHA-256", detail: "OpenSSL did not start") }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = data.withUnsafeBufferPointer { input in
            EVP_Digest(input.baseAddress, input.count, &digest, &length, EVP_sha256(), nil)
        }
        guard ok == 1, length == UInt32(sha256Length) else { throw failure("SHA-256") }
        return Array(digest.prefix(sha256Length))
    }

    public static func hmacSHA256(key: [UInt8], message: [UInt8]) throws(Failure) -> [UInt8] {
        guard OpenSSLRuntime.ready else { throw Failure(operation: "HMAC-SHA256", detail: "OpenSSL did not start") }
        var mac = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let result = key.withUnsafeBufferPointer { keyBytes in
            message.withUnsafeBufferPointer { input in
                HMAC(EVP_sha256(), keyBytes.baseAddress, Int32(keyBytes.count),
                     input.baseAddress, input.count, &mac, &length)
            }
        }
        guard result != nil, length == UInt32(sha256Length) else { throw failure("HMAC-SHA256") }
        return Array(mac.prefix(sha256Length))
    }

    private static func failure(_ operation: String) -> Failure {
        let code = ERR_get_error()
        guard code != 0 else { return Failure(operation: operation, detail: "no error code") }
        var text = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &text, text.count)
        let detail = text.withUnsafeBufferPointer { buffer in
            String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return Failure(operation: operation, detail: detail)
    }
}
