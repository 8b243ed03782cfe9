import KMSCore
import KMSProtocol
import KMSTesting
import Testing

/// OpenSSL-backed hashes against their standard vectors, CBC/PKCS#7 behaviour, and the random seam.
@Suite("Crypto: digests, CBC, randomness")
struct CryptoDigestTests {
    @Test("SHA-256 of \"abc\" and of nothing (FIPS 180-2)")
    func sha256() throws {
        #expect(Hex.string(try Digest.sha256(Array("abc".utf8)))
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hex.string(try Digest.sha256([]))
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("HMAC-SHA256, RFC 4231 test cases 1 and 2")
    func hmac() throws {
        #expect(Hex.string(try Digest.hmacSHA256(key: [UInt8](repeating: 0x0b, count: 20),
                                                         message: Array("Hi There".utf8)))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(Hex.string(try Digest.hmacSHA256(key: Array("Jefe".utf8),
                                                         message: Array("what do ya want for nothing?".utf8)))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("CBC with PKCS#7 round-trips every length around block boundaries")
    func cbcRoundTrip() throws {
        let iv = (0..<16).map { UInt8(0xa0 + $0) }
        for length in [0, 1, 15, 16, 17, 31, 32, 236, 240] {
            let plaintext = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7) }
            let ciphertext = CBC.encrypt(plaintext, iv: iv, cipher: KMSCiphers.v5)
            #expect(ciphertext.count == (length / 16 + 1) * 16)
            #expect(try CBC.decrypt(ciphertext, iv: iv, cipher: KMSCiphers.v5) == plaintext)
        }
    }

    @Test("CBC chains: the first block equals one block encryption of plaintext xor IV")
    func cbcChaining() {
        let iv = [UInt8](repeating: 0x5a, count: 16)
        let plaintext = [UInt8](repeating: 0x33, count: 16)
        let ciphertext = CBC.encrypt(plaintext, iv: iv, cipher: KMSCiphers.v6)
        #expect(Array(ciphertext.prefix(16)) == KMSCiphers.v6.encrypt(block: plaintext.map { $0 ^ 0x5a }))
    }

    @Test("CBC decryption rejects misaligned data and bad padding")
    func cbcRejects() throws {
        let iv = [UInt8](repeating: 0, count: 16)
        #expect(throws: CBC.Failure.notBlockAligned(length: 15)) {
            try CBC.decrypt([UInt8](repeating: 0, count: 15), iv: iv, cipher: KMSCiphers.v5)
        }
        #expect(throws: CBC.Failure.notBlockAligned(length: 0)) { try CBC.decrypt([], iv: iv, cipher: KMSCiphers.v5) }
        // Plaintext ending in 0x00 or 0x11, or in unequal pad bytes, cannot carry a PKCS#7 pad.
        for padding: [UInt8] in [[0x00], [0x11], [0x01, 0x02]] {
            let sealed = EncryptedEnvelope.seal([UInt8](repeating: 0x02, count: 16 - padding.count),
                                                version: KMSVersion.v5.wire, iv: iv, cipher: KMSCiphers.v5,
                                                padding: padding)
            #expect(sealed.count == EncryptedEnvelope.headerLength + 16)
            #expect(throws: CBC.Failure.badPadding) {
                try CBC.decrypt(Array(sealed.dropFirst(EncryptedEnvelope.headerLength)), iv: iv, cipher: KMSCiphers.v5)
            }
        }
    }

    @Test("PKCS#7 unpad needs identical pad bytes of 1 to 16")
    func pkcs7() {
        #expect(PKCS7.pad([1, 2, 3]).count == 16)
        #expect(PKCS7.pad([UInt8](repeating: 9, count: 16)).suffix(16) == ArraySlice(repeating: 16, count: 16))
        #expect(PKCS7.unpad([1, 2, 3, 2, 2]) == [1, 2, 3])
        #expect(PKCS7.unpad([1, 2, 3, 1, 2]) == nil)
        #expect(PKCS7.unpad([3, 3]) == nil)
        #expect(PKCS7.unpad([]) == nil)
    }

    @Test("SystemRandom gives the requested count and differs between calls; FixedRandom repeats its pattern")
    func randomSources() {
        let random = SystemRandom()
        #expect(random.bytes(0).isEmpty)
        let first = random.bytes(32), second = random.bytes(32)
        #expect(first.count == 32 && second.count == 32)
        #expect(first != second)
        let fixed = FixedRandom([1, 2, 3])
        #expect(fixed.bytes(7) == [1, 2, 3, 1, 2, 3, 1])
        #expect(fixed.bytes(2) == [1, 2])
        #expect(FixedRandom([]).bytes(3) == [0, 0, 0])
    }
}
