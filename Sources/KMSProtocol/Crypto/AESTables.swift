/// The Rijndael S-boxes and the combined SubBytes/ShiftRows/MixColumns lookup tables ("T-tables").
///
/// They are computed once from the field arithmetic rather than pasted as 2,000 hex constants, so the
/// file stays reviewable; the FIPS-197 known-answer tests prove the result. Words are big-endian:
/// the most significant byte is the first byte of a column.
enum AESTables {
    static let sbox: [UInt8] = makeSBox()
    static let inverseSBox: [UInt8] = {
        var inverse = [UInt8](repeating: 0, count: 256)
        for (index, value) in sbox.enumerated() { inverse[Int(value)] = UInt8(index) }
        return inverse
    }()

    /// Encryption tables: te[k][x] = MixColumns column of S(x) placed in row k, rotated.
    static let te0: [UInt32] = sbox.map { s in word(mul(s, 2), s, s, mul(s, 3)) }
    static let te1: [UInt32] = te0.map { rotateRight($0, by: 8) }
    static let te2: [UInt32] = te0.map { rotateRight($0, by: 16) }
    static let te3: [UInt32] = te0.map { rotateRight($0, by: 24) }

    /// Decryption tables: InvMixColumns column of InvS(x).
    static let td0: [UInt32] = inverseSBox.map { s in word(mul(s, 14), mul(s, 9), mul(s, 13), mul(s, 11)) }
    static let td1: [UInt32] = td0.map { rotateRight($0, by: 8) }
    static let td2: [UInt32] = td0.map { rotateRight($0, by: 16) }
    static let td3: [UInt32] = td0.map { rotateRight($0, by: 24) }

    /// Round constants for the key schedule (enough for the 160-bit key's 44 / 5 = 9 uses).
    static let roundConstants: [UInt8] = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36]

    /// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x + 1.
    static func mul(_ a: UInt8, _ b: UInt8) -> UInt8 {
        var a = a, b = b, product: UInt8 = 0
        while b != 0 {
            if b & 1 != 0 { product ^= a }
            a = (a << 1) ^ (a & 0x80 != 0 ? 0x1b : 0)
            b >>= 1
        }
        return product
    }

    static func word(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) -> UInt32 {
        UInt32(b0) << 24 | UInt32(b1) << 16 | UInt32(b2) << 8 | UInt32(b3)
    }

    static func rotateRight(_ value: UInt32, by bits: UInt32) -> UInt32 {
        value >> bits | value << (32 - bits)
    }

    /// S(x) = affine transform of the multiplicative inverse of x (0 maps to 0 before the transform).
    private static func makeSBox() -> [UInt8] {
        var inverse = [UInt8](repeating: 0, count: 256)
        for x in 1...255 {
            for y in 1...255 where mul(UInt8(x), UInt8(y)) == 1 {
                inverse[x] = UInt8(y)
                break
            }
        }
        return inverse.map { b in
            let rotated = b ^ b.rotatedLeft(1) ^ b.rotatedLeft(2) ^ b.rotatedLeft(3) ^ b.rotatedLeft(4)
            return rotated ^ 0x63
        }
    }
}

private extension UInt8 {
    func rotatedLeft(_ n: UInt8) -> UInt8 { self << n | self >> (8 - n) }
}
