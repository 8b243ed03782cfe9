import Testing
import KMSCore

/// `Hex` is the one reader and writer of hex digits (issue 15): ASCII digits of either case and
/// nothing else, neither a sign nor a fullwidth digit.
@Suite struct HexTests {
    @Test func digitsOfEitherCaseAndNothingElse() {
        #expect(Hex.value(ofDigits: Array("0041".utf8)) == 0x41)
        #expect(Hex.value(ofDigits: Array("C004f074".utf8)) == 0xC004_F074)
        for text in ["", "+041", "-000", " 041", "0x41", "１２", "123456789", "g"] {
            #expect(Hex.value(ofDigits: Array(text.utf8)) == nil, "\(text)")
        }
    }

    @Test func bytesSkipASCIISpaceAndRefuseFullwidthDigits() {
        #expect(Hex.bytes("0a 0B\n10") == [0x0A, 0x0B, 0x10])
        #expect(Hex.bytes("０１") == nil)
        #expect(Hex.bytes("abc") == nil, "an odd count of digits")
        #expect(Hex.string([0x00, 0xAB, 0xFF]) == "00abff")
        #expect(Hex.code(0xC004_F074) == "0xC004F074")
    }
}
