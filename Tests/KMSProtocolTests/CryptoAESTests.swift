import KMSCore
import KMSProtocol
import Testing

/// The Rijndael core against FIPS-197: the AES-128 key expansion example (Appendix A.1) and the
/// AES-128 cipher example (Appendix C.1), in both directions.
@Suite("Crypto: AES against FIPS-197")
struct CryptoAESTests {
    @Test("Appendix A.1: AES-128 key expansion")
    func keyExpansion() throws {
        let schedule = try #require(AESKeySchedule(key: "2b7e151628aed2a6abf7158809cf4f3c".hexBytes))
        #expect(schedule.rounds == 10)
        #expect(schedule.words.count == 44)
        #expect(schedule.words[4] == 0xa0fafe17)
        #expect(schedule.words[5] == 0x88542cb1)
        #expect(schedule.words[43] == 0xb6630ca6)
        #expect(Hex.string(schedule.roundKey(10)) == "d014f9a8c9ee2589e13f0cc8b6630ca6")
        #expect(schedule.roundKey(11).isEmpty)
    }

    @Test("Appendix C.1: AES-128 encrypts and decrypts the example block")
    func cipherExample() throws {
        let schedule = try #require(AESKeySchedule(key: "000102030405060708090a0b0c0d0e0f".hexBytes))
        let cipher = AESBlockCipher(schedule: schedule)
        let plaintext = "00112233445566778899aabbccddeeff".hexBytes
        let ciphertext = cipher.encrypt(block: plaintext)
        #expect(Hex.string(ciphertext) == "69c4e0d86a7b0430d8cdb78070b4c55a")
        #expect(cipher.decrypt(block: ciphertext) == plaintext)
    }

    @Test("in-place block operations work at an offset and leave the rest alone")
    func inPlaceAtOffset() throws {
        let cipher = AESBlockCipher(schedule: try #require(AESKeySchedule(key: "000102030405060708090a0b0c0d0e0f".hexBytes)))
        var buffer = [UInt8](repeating: 0xee, count: 3) + "00112233445566778899aabbccddeeff".hexBytes + [0xee]
        cipher.encryptBlock(&buffer, at: 3)
        #expect(Hex.string(buffer) == "eeeeee69c4e0d86a7b0430d8cdb78070b4c55aee")
        cipher.decryptBlock(&buffer, at: 3)
        #expect(Hex.string(buffer) == "eeeeee00112233445566778899aabbccddeeffee")
    }

    @Test("keys other than 16 or 20 bytes are refused", arguments: [0, 15, 17, 19, 21, 24, 32])
    func refusesOtherKeyLengths(length: Int) {
        #expect(AESKeySchedule(key: [UInt8](repeating: 1, count: length)) == nil)
    }

    @Test("decrypt inverts encrypt for the 160-bit key and the tweaked schedule")
    func roundTrips() {
        var block = (0..<16).map { UInt8($0 * 17 & 0xff) }
        for cipher in [KMSCiphers.v4, KMSCiphers.v5, KMSCiphers.v6] {
            for _ in 0..<32 {
                let encrypted = cipher.encrypt(block: block)
                #expect(encrypted != block)
                #expect(cipher.decrypt(block: encrypted) == block)
                block = encrypted
            }
        }
    }
}
