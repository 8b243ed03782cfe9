import KMSCore
import KMSProtocol
import Foundation
import Testing

/// The round keys, single-block answers, v4 MAC and v6 HMAC keys of crypto_kat.json, computed by
/// the independent implementation that verified the captures.
@Suite("Crypto: KMS known answers (crypto_kat.json)")
struct CryptoKATTests {
    struct KAT: Decodable {
        struct Cipher: Decodable {
            let key: String
            let rounds: Int
            let roundKeys: [String]
            let encryptZero: String
            let encryptCounting: String
            let decryptZero: String
            let untweakedRoundKeys468: [String]?

            enum CodingKeys: String, CodingKey {
                case key, rounds
                case roundKeys = "round_keys"
                case encryptZero = "encrypt_block(00*16)"
                case encryptCounting = "encrypt_block(000102..0f)"
                case decryptZero = "decrypt_block(00*16)"
                case untweakedRoundKeys468 = "untweaked_round_keys_4_6_8"
            }
        }

        struct MAC: Decodable {
            let empty: String, zeroBlock: String, zero236: String
            enum CodingKeys: String, CodingKey {
                case empty = "mac(\"\")", zeroBlock = "mac(00*16)", zero236 = "mac(00*236)"
            }
        }

        struct HMACKeys: Decodable {
            struct Example: Decodable {
                let filetime: UInt64
                let slot_hex: String
                let hmac_key: String
                let hmac_key_slot_minus_1: String
                let hmac_key_slot_plus_1: String
            }
            let C1: String, C2: String, C3: String
            let examples: [Example]
        }

        let ciphers: [String: Cipher]
        let v4_mac: MAC
        let v6_hmac_key: HMACKeys
    }

    static func kat() throws -> KAT {
        try JSONDecoder().decode(KAT.self, from: KMSFixtures.data("crypto_kat.json"))
    }

    static let ciphers: [(String, AESBlockCipher)] = [
        ("v4_rijndael160", KMSCiphers.v4), ("v5_aes128", KMSCiphers.v5), ("v6_aes128_tweaked", KMSCiphers.v6),
    ]

    @Test("round keys and block answers", arguments: ciphers.map(\.0))
    func cipherAnswers(name: String) throws {
        let expected = try #require(try Self.kat().ciphers[name])
        let cipher = try #require(Self.ciphers.first { $0.0 == name }?.1)
        #expect(cipher.schedule.rounds == expected.rounds)
        let roundKeys = (0...cipher.schedule.rounds).map { Hex.string(cipher.schedule.roundKey($0)) }
        #expect(roundKeys == expected.roundKeys)
        let zero = [UInt8](repeating: 0, count: 16)
        #expect(Hex.string(cipher.encrypt(block: zero)) == expected.encryptZero)
        #expect(Hex.string(cipher.encrypt(block: (0..<16).map(UInt8.init))) == expected.encryptCounting)
        #expect(Hex.string(cipher.decrypt(block: zero)) == expected.decryptZero)
    }

    @Test("the v6 tweak changes exactly byte 0 of round keys 4, 6 and 8")
    func v6Tweak() throws {
        let expected = try #require(try Self.kat().ciphers["v6_aes128_tweaked"]?.untweakedRoundKeys468)
        let plain = try #require(AESKeySchedule(key: KMSCiphers.v6Key))
        #expect([4, 6, 8].map { Hex.string(plain.roundKey($0)) } == expected)
        let tweaked = plain.withV6Tweak()
        #expect(tweaked == KMSCiphers.v6.schedule)
        for index in 0...10 {
            let difference = zip(plain.roundKey(index), tweaked.roundKey(index)).map { $0 ^ $1 }
            let mask: UInt8 = [4: 0x73, 6: 0x09, 8: 0xe4][index] ?? 0
            #expect(difference == [mask] + [UInt8](repeating: 0, count: 15))
        }
    }

    @Test("v4 CBC-MAC examples")
    func v4MAC() throws {
        let expected = try Self.kat().v4_mac
        #expect(Hex.string(V4MAC.mac([])) == expected.empty)
        #expect(Hex.string(V4MAC.mac([UInt8](repeating: 0, count: 16))) == expected.zeroBlock)
        #expect(Hex.string(V4MAC.mac([UInt8](repeating: 0, count: 236))) == expected.zero236)
    }

    @Test("v6 time slots and HMAC keys, including the neighbouring slots")
    func v6HMACKeys() throws {
        let expected = try Self.kat().v6_hmac_key
        #expect(UInt64(expected.C1.dropFirst(2), radix: 16) == V6HMAC.c1)
        #expect(UInt64(expected.C2.dropFirst(2), radix: 16) == V6HMAC.c2)
        #expect(UInt64(expected.C3.dropFirst(2), radix: 16) == V6HMAC.c3)
        #expect(expected.examples.count == 3)
        for example in expected.examples {
            let slot = V6HMAC.slot(fileTime: example.filetime)
            #expect(String(slot, radix: 16) == example.slot_hex)
            #expect(Hex.string(try V6HMAC.key(slot: slot)) == example.hmac_key)
            #expect(Hex.string(try V6HMAC.key(slot: slot &- V6HMAC.c1)) == example.hmac_key_slot_minus_1)
            #expect(Hex.string(try V6HMAC.key(slot: slot &+ V6HMAC.c1)) == example.hmac_key_slot_plus_1)
        }
    }
}
