/// The three fixed KMS ciphers, keyed with the public protocol constants (see the KMS notes,
/// "Constant keys"): v4's 160-bit MAC key, v5's AES-128 key and v6's AES-128 key with the
/// tweaked round keys. Expanded once, on first use.
public enum KMSCiphers {
    public static let v4Key: [UInt8] = [0x05, 0x3d, 0x83, 0x07, 0xf9, 0xe5, 0xf0, 0x88, 0xeb, 0x5e,
                                        0xa6, 0x68, 0x6c, 0xf0, 0x37, 0xc7, 0xe4, 0xef, 0xd2, 0xd6]
    public static let v5Key: [UInt8] = [0xcd, 0x7e, 0x79, 0x6f, 0x2a, 0xb2, 0x5d, 0xcb,
                                        0x55, 0xff, 0xc8, 0xef, 0x83, 0x64, 0xc4, 0x70]
    public static let v6Key: [UInt8] = [0xa9, 0x4a, 0x41, 0x95, 0xe2, 0x01, 0x43, 0x2d,
                                        0x9b, 0xcb, 0x46, 0x04, 0x05, 0xd8, 0x4a, 0x21]

    /// Rijndael, 128-bit block, 160-bit key, 11 rounds: the v4 CBC-MAC.
    public static let v4 = cipher(v4Key)
    /// Plain AES-128: v5 requests and responses.
    public static let v5 = cipher(v5Key)
    /// AES-128 with XOR tweaks in round keys 4, 6 and 8: v6 requests and responses.
    public static let v6 = AESBlockCipher(schedule: AESKeySchedule(expanding: v6Key).withV6Tweak())

    private static func cipher(_ key: [UInt8]) -> AESBlockCipher {
        AESBlockCipher(schedule: AESKeySchedule(expanding: key))
    }
}
