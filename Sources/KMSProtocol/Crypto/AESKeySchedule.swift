/// The Rijndael key expansion for a 128-bit block: Nk = 4 (AES-128, 10 rounds) or Nk = 5 (the
/// 160-bit key of the KMS v4 MAC, 11 rounds), plus the round-key tweak KMS v6 applies.
///
/// CommonCrypto, CryptoKit and OpenSSL's EVP ciphers accept neither a 160-bit key nor an edited
/// schedule, which is why the project carries this small implementation for all three versions.
public struct AESKeySchedule: Sendable, Equatable {
    /// Number of rounds: Nk + 6.
    public let rounds: Int
    /// The expanded key as big-endian words, 4 per round key, 4 * (rounds + 1) in all.
    public private(set) var words: [UInt32]

    /// Expands a 16-byte or 20-byte key; nil for any other length.
    public init?(key: [UInt8]) {
        guard key.count == 16 || key.count == 20 else { return nil }
        self.init(expanding: key)
    }

    /// The expansion itself; `key` is 16 or 20 bytes (checked by the public initializer).
    init(expanding key: [UInt8]) {
        let nk = key.count / 4
        rounds = nk + 6
        let total = 4 * (rounds + 1)
        var w = [UInt32](repeating: 0, count: total)
        for i in 0..<nk {
            w[i] = AESTables.word(key[4 * i], key[4 * i + 1], key[4 * i + 2], key[4 * i + 3])
        }
        for i in nk..<total {
            var temp = w[i - 1]
            if i % nk == 0 {
                temp = Self.substitute(AESTables.rotateRight(temp, by: 24))
                    ^ UInt32(AESTables.roundConstants[i / nk - 1]) << 24
            }
            w[i] = w[i - nk] ^ temp
        }
        words = w
    }

    /// Round key `index` (0...rounds) as 16 bytes, the form FIPS-197 and crypto_kat.json list.
    public func roundKey(_ index: Int) -> [UInt8] {
        guard index >= 0, index <= rounds else { return [] }
        return words[(4 * index)..<(4 * index + 4)].flatMap { word in
            [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16),
             UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
    }

    /// The KMS v6 variant: XOR 0x73, 0x09 and 0xe4 into byte 0 of round keys 4, 6 and 8
    /// (offsets 64, 96 and 128 of the 176-byte schedule). Encryption and decryption both use it.
    public func withV6Tweak() -> AESKeySchedule {
        var tweaked = self
        for (roundKey, mask) in [(4, UInt32(0x73)), (6, 0x09), (8, 0xe4)] where 4 * roundKey < words.count {
            tweaked.words[4 * roundKey] ^= mask << 24
        }
        return tweaked
    }

    private static func substitute(_ word: UInt32) -> UInt32 {
        let s = AESTables.sbox
        return AESTables.word(s[Int(word >> 24)], s[Int((word >> 16) & 0xff)],
                              s[Int((word >> 8) & 0xff)], s[Int(word & 0xff)])
    }
}
