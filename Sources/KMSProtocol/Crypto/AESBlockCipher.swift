/// One 16-byte block through Rijndael with a prepared key schedule, table-driven so that the whole
/// KMS exchange costs microseconds. It works in place on a caller's buffer and allocates nothing
/// per block; CBC, the v4 MAC and the v5/v6 salt values are all built on these two functions.
public struct AESBlockCipher: Sendable {
    public static let blockSize = 16

    public let schedule: AESKeySchedule
    /// Round keys for the "equivalent inverse cipher": reversed, with InvMixColumns applied to the
    /// inner ones, so decryption can use the same table shape as encryption.
    private let decryptionWords: [UInt32]

    public init(schedule: AESKeySchedule) {
        self.schedule = schedule
        let rounds = schedule.rounds
        let w = schedule.words
        var d = [UInt32](repeating: 0, count: w.count)
        for round in 0...rounds {
            for column in 0..<4 {
                let word = w[4 * (rounds - round) + column]
                d[4 * round + column] = (round == 0 || round == rounds) ? word : Self.inverseMixColumn(word)
            }
        }
        decryptionWords = d
    }

    /// Encrypts the 16 bytes at `offset` of `buffer` in place. Callers guarantee the range exists.
    public func encryptBlock(_ buffer: inout [UInt8], at offset: Int = 0) {
        transform(&buffer, at: offset, keys: schedule.words, tables: Self.encryption)
    }

    /// Decrypts the 16 bytes at `offset` of `buffer` in place. Callers guarantee the range exists.
    public func decryptBlock(_ buffer: inout [UInt8], at offset: Int = 0) {
        transform(&buffer, at: offset, keys: decryptionWords, tables: Self.decryption)
    }

    /// The lookup tables of one direction, T0 to T3 one after another in `words` (so that a block
    /// needs one buffer access for all four); `inverse` selects the ShiftRows direction.
    private struct Tables: Sendable {
        let words: [UInt32]
        let box: [UInt8]
        let inverse: Bool
    }

    private static let encryption = Tables(words: AESTables.te0 + AESTables.te1 + AESTables.te2 + AESTables.te3,
                                           box: AESTables.sbox, inverse: false)
    private static let decryption = Tables(words: AESTables.td0 + AESTables.td1 + AESTables.td2 + AESTables.td3,
                                           box: AESTables.inverseSBox, inverse: true)

    /// One block through all rounds. Output column j takes row 0 from column j, row 2 from column
    /// j + 2, and rows 1 and 3 from the neighbouring columns: j + 1 and j - 1 when encrypting
    /// (ShiftRows), the other way round when decrypting (InvShiftRows).
    ///
    /// It works on buffer pointers: with array subscripts, the bounds checks and the retains of
    /// the tables made this loop the largest user-space cost of an activation. Every index is
    /// in range by construction (a byte into a 256-entry table, a round key below 4 * (rounds + 1),
    /// the block checked once), which the preconditions state.
    private func transform(_ buffer: inout [UInt8], at offset: Int, keys: [UInt32], tables: Tables) {
        precondition(offset >= 0 && offset + 16 <= buffer.count, "AES block outside buffer")
        let rounds = schedule.rounds
        precondition(rounds >= 1 && keys.count == 4 * (rounds + 1) && tables.words.count == 1024 && tables.box.count == 256)
        let inverse = tables.inverse
        keys.withUnsafeBufferPointer { rk in
            tables.words.withUnsafeBufferPointer { t in
                tables.box.withUnsafeBufferPointer { box in
                    buffer.withUnsafeMutableBufferPointer { whole in
                        let block = UnsafeMutableBufferPointer(rebasing: whole[offset..<offset + 16])
                        @inline(__always)
                        func mix(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, _ key: UInt32) -> UInt32 {
                            t[byteAt(a, 24)] ^ t[256 + byteAt(b, 16)] ^ t[512 + byteAt(c, 8)] ^ t[768 + byteAt(d, 0)] ^ key
                        }
                        @inline(__always)
                        func last(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32, _ key: UInt32) -> UInt32 {
                            AESTables.word(box[byteAt(a, 24)], box[byteAt(b, 16)], box[byteAt(c, 8)], box[byteAt(d, 0)]) ^ key
                        }
                        var s0 = load(block, 0) ^ rk[0], s1 = load(block, 4) ^ rk[1]
                        var s2 = load(block, 8) ^ rk[2], s3 = load(block, 12) ^ rk[3]
                        for round in 1..<rounds {
                            let (n0, n1, n2, n3) = inverse ? (s3, s0, s1, s2) : (s1, s2, s3, s0)
                            let (p0, p1, p2, p3) = inverse ? (s1, s2, s3, s0) : (s3, s0, s1, s2)
                            let k = 4 * round
                            (s0, s1, s2, s3) = (mix(s0, n0, s2, p0, rk[k]), mix(s1, n1, s3, p1, rk[k + 1]),
                                                mix(s2, n2, s0, p2, rk[k + 2]), mix(s3, n3, s1, p3, rk[k + 3]))
                        }
                        let (n0, n1, n2, n3) = inverse ? (s3, s0, s1, s2) : (s1, s2, s3, s0)
                        let (p0, p1, p2, p3) = inverse ? (s1, s2, s3, s0) : (s3, s0, s1, s2)
                        let k = 4 * rounds
                        store(last(s0, n0, s2, p0, rk[k]), block, 0)
                        store(last(s1, n1, s3, p1, rk[k + 1]), block, 4)
                        store(last(s2, n2, s0, p2, rk[k + 2]), block, 8)
                        store(last(s3, n3, s1, p3, rk[k + 3]), block, 12)
                    }
                }
            }
        }
    }

    /// Encrypts one block given as a value; the first 16 bytes count, missing bytes are zero.
    public func encrypt(block: [UInt8]) -> [UInt8] {
        var buffer = Self.exactBlock(block)
        encryptBlock(&buffer)
        return buffer
    }

    /// Decrypts one block given as a value; the first 16 bytes count, missing bytes are zero.
    public func decrypt(block: [UInt8]) -> [UInt8] {
        var buffer = Self.exactBlock(block)
        decryptBlock(&buffer)
        return buffer
    }

    /// `bytes` cut or zero-extended to exactly one block.
    static func exactBlock(_ bytes: [UInt8]) -> [UInt8] {
        var block = Array(bytes.prefix(blockSize))
        block.append(contentsOf: repeatElement(0, count: blockSize - block.count))
        return block
    }

    private static func inverseMixColumn(_ word: UInt32) -> UInt32 {
        let s = AESTables.sbox
        return AESTables.td0[Int(s[Int(word >> 24)])] ^ AESTables.td1[Int(s[Int((word >> 16) & 0xff)])]
            ^ AESTables.td2[Int(s[Int((word >> 8) & 0xff)])] ^ AESTables.td3[Int(s[Int(word & 0xff)])]
    }
}

@inline(__always)
private func byteAt(_ word: UInt32, _ shift: UInt32) -> Int { Int((word >> shift) & 0xff) }

@inline(__always)
private func load(_ block: UnsafeMutableBufferPointer<UInt8>, _ offset: Int) -> UInt32 {
    AESTables.word(block[offset], block[offset + 1], block[offset + 2], block[offset + 3])
}

@inline(__always)
private func store(_ word: UInt32, _ block: UnsafeMutableBufferPointer<UInt8>, _ offset: Int) {
    block[offset] = UInt8(word >> 24)
    block[offset + 1] = UInt8(truncatingIfNeeded: word >> 16)
    block[offset + 2] = UInt8(truncatingIfNeeded: word >> 8)
    block[offset + 3] = UInt8(truncatingIfNeeded: word)
}
