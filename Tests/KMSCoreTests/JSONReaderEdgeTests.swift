import Testing
@testable import KMSCore

/// The paths of the byte-level reader that `JSONReaderTests` does not walk: strings copied
/// straight from the input next to strings with escapes, UTF-8 checked either way, containers
/// nested inside each other, numbers at the ends of their grammar,
/// and the byte each error names.
@Suite struct JSONReaderEdgeTests {
    func parse(_ bytes: [UInt8]) throws(JSONReader.SyntaxError) -> JSONValue { try JSONReader.parse(bytes) }
    func parse(_ text: String) throws(JSONReader.SyntaxError) -> JSONValue { try parse(Array(text.utf8)) }

    func error(_ text: String) -> JSONReader.SyntaxError? { error(Array(text.utf8)) }
    func error(_ bytes: [UInt8]) -> JSONReader.SyntaxError? {
        do {
            _ = try parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func escapesBetweenRunsAndAtTheEnds() throws {
        #expect(try parse(#""a\"b\\c\u00e9d""#) == .string("a\"b\\céd"))
        #expect(try parse(#""\n""#) == .string("\n"))
        #expect(try parse(#""x\u0000y""#) == .string("x\u{0}y"))
        #expect(try parse(#""台\t北""#) == .string("台\t北"))
        #expect(try parse(#""\uD83D\uDE00 and \ud83d\ude00""#) == .string("😀 and 😀"))
        #expect(try parse(#"["\u00e9", "plain", "\/"]"#) == .array([.string("é"), .string("plain"), .string("/")]))
    }

    @Test func surrogateErrorsSayWhere() {
        #expect(error(#""\uDE00""#) == .init(offset: 7, reason: "a low surrogate without a high one"))
        #expect(error(#""\uD83Dx""#) == .init(offset: 7, reason: "a high surrogate without a low one"))
        #expect(error(#""\uD83D\u0041""#) == .init(offset: 13, reason: "a high surrogate without a low one"))
        #expect(error(#""\uD83D\uZZZZ""#) == .init(offset: 9, reason: "four hex digits are expected after \\u"))
        #expect(error(#""\u12"#) == .init(offset: 3, reason: "the text ends inside a \\u escape"))
        #expect(error(#""\"#) == .init(offset: 2, reason: "the text ends inside an escape"))
        #expect(error(#""\q""#) == .init(offset: 3, reason: "unknown escape in a string"))
    }

    /// Ill-formed UTF-8 is refused at the string's closing quote, with or without escapes.
    @Test(arguments: [
        [0xC0, 0xAF],             // overlong "/"
        [0xED, 0xA0, 0x80],       // a surrogate written as UTF-8
        [0xE5, 0x8F],             // a sequence cut short
        [0xF4, 0x90, 0x80, 0x80], // past U+10FFFF
        [0x80],                   // a lone continuation byte
    ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        let plain = [0x22, 0x61] + bytes + [0x22]
        #expect(error(plain) == .init(offset: plain.count - 1, reason: "a string is not valid UTF-8"))
        let escaped = [0x22, 0x5C, 0x6E] + bytes + [0x5C, 0x74, 0x22]
        #expect(error(escaped) == .init(offset: escaped.count - 1, reason: "a string is not valid UTF-8"))
    }

    /// Strings are scanned eight bytes at a time: a byte that needs attention, at every place
    /// in and around a word, is still found where it is.
    @Test func everyPlaceInAWord() throws {
        for length in 1...24 {
            for position in 0..<length {
                let before = String(repeating: "a", count: position)
                let after = String(repeating: "b", count: length - position - 1)
                #expect(try parse("\"\(before)\\n\(after)\"") == .string(before + "\n" + after))
                #expect(try parse("\"\(before)é\(after)\"") == .string(before + "é" + after))
                #expect(try parse("[\"\(before)\", \"\(after)\"]") == .array([.string(before), .string(after)]))
                #expect(error("\"\(before)\u{1}\(after)\"") == .init(offset: 1 + position, reason: "a control character must be escaped in a string"))
                let invalid = [0x22] + Array(before.utf8) + [0xFF] + Array(after.utf8) + [0x22]
                #expect(error(invalid) == .init(offset: invalid.count - 1, reason: "a string is not valid UTF-8"))
                #expect(error("\"\(before)\(after)") == .init(offset: 1 + length - 1, reason: "the text ends inside a string"))
            }
        }
    }

    /// Strings met again are the Strings made before; text that only looks alike (same length,
    /// same first, middle and last bytes) is not taken for them.
    @Test func repeatedAndLookalikeStrings() throws {
        let long = "55c92734-d682-4d71-983e-d6ec3f16059f"
        let value = try parse(#"[""# + long + #"", "aXcYe", "aYcXe", ""# + long + #"", "aXcYe", "", "", "é", "é"]"#)
        #expect(value == .array([.string(long), .string("aXcYe"), .string("aYcXe"), .string(long), .string("aXcYe"),
                                 .string(""), .string(""), .string("é"), .string("é")]))
        #expect(error([0x5B, 0x22, 0xC3, 0xA9, 0x22, 0x2C, 0x22, 0xC3, 0x28, 0x22, 0x5D]) == .init(offset: 9, reason: "a string is not valid UTF-8"))
    }

    @Test func controlCharactersAndUnterminatedStrings() {
        #expect(error("\"ab\u{1F}\"") == .init(offset: 3, reason: "a control character must be escaped in a string"))
        #expect(error("\"a\\n\u{9}\"") == .init(offset: 4, reason: "a control character must be escaped in a string"))
        #expect(error("\"abc") == .init(offset: 4, reason: "the text ends inside a string"))
        #expect(error("\"a\\nbc") == .init(offset: 6, reason: "the text ends inside a string"))
    }

    @Test func nestedContainersKeepTheirOwnElements() throws {
        let value = try parse(#"[[1, [2, 3]], {"a": [4, {"b": {}}], "c": []}, 5, {"d": "e", "d": null}]"#)
        #expect(value == .array([
            .array([.number("1"), .array([.number("2"), .number("3")])]),
            .object([("a", .array([.number("4"), .object([("b", .object([]))])])), ("c", .array([]))]),
            .number("5"),
            .object([("d", .string("e")), ("d", .null)]),
        ]))
    }

    @Test func containerErrorsSayWhere() {
        #expect(error("[1 2]") == .init(offset: 3, reason: "\",\" or \"]\" is expected in an array"))
        #expect(error(#"{"a": 1 "b": 2}"#) == .init(offset: 8, reason: "\",\" or \"}\" is expected in an object"))
        #expect(error(#"{"a": 1"#) == .init(offset: 7, reason: "the text ends inside an object"))
        #expect(error("[1, ") == .init(offset: 4, reason: "the text ends where a value should be"))
        #expect(error("[1, ]") == .init(offset: 4, reason: "a value cannot start here"))
        #expect(error(#"{"a": 1, }"#) == .init(offset: 9, reason: "a member name (a string) is expected"))
        #expect(error(#"{"a" 1}"#) == .init(offset: 5, reason: "\":\" is expected after a member name"))
        #expect(error("  ") == .init(offset: 2, reason: "the text ends where a value should be"))
        #expect(error("[] x") == .init(offset: 3, reason: "unexpected text after the value"))
        #expect(error("fals") == .init(offset: 0, reason: "a value cannot start here"))
    }

    @Test func nestingLimitHoldsForObjectsToo() {
        let depth = JSONReader.maximumDepth
        let allowed = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        #expect((try? parse(allowed)) != nil)
        let deeper = String(repeating: "{\"a\":", count: depth + 1) + "1" + String(repeating: "}", count: depth + 1)
        #expect(error(deeper) == .init(offset: 5 * depth, reason: "nested deeper than \(depth) levels"))
    }

    @Test(arguments: ["0", "-0", "12", "-0.5", "0.0e+00", "1E-5", "123456789012345678901234567890", "1e400"])
    func numbersAsWritten(text: String) throws {
        #expect(try parse(text) == .number(text))
        #expect(try parse("[\(text)]") == .array([.number(text)]))
    }

    @Test func numberErrorsSayWhere() {
        #expect(error("-") == .init(offset: 1, reason: "a digit is expected in a number"))
        #expect(error("-a") == .init(offset: 1, reason: "a digit is expected in a number"))
        #expect(error("1.e3") == .init(offset: 2, reason: "a digit is expected after the decimal point"))
        #expect(error("1e+") == .init(offset: 3, reason: "a digit is expected in the exponent"))
        #expect(error("00") == .init(offset: 1, reason: "unexpected text after the value"))
    }
}
