import Foundation
import Testing
@testable import KMSWizard

/// `JSONOutput` writes without JSONEncoder (start-up cost, issue 15); these hold it to the same
/// bytes as JSONEncoder with the options the output always had, value shape by value shape.
@Suite struct JSONTextEncoderTests {
    enum Shape: Codable { case plain, sized(width: Int, label: String?), pair(Double, Date) }

    struct Inner: Codable { var name: String; var tags: [String]; var missing: Int? }

    struct Sample: Codable {
        var text = "plain"
        var escaped = "quote \" backslash \\ slash / tab \t newline \n bell \u{7} unit \u{1F} 國立高雄師範大學 é 😀"
        var count = 42
        var negative: Int64 = -9_000_000_000
        var unsigned: UInt32 = 4_294_967_295
        var doubles = [0.0, -0.0, 1.0, 0.1, 2.5, 100, 1e15, 1e16, 1e20, 1e-7, 123456789.125, 1.5e300, -3.75]
        var float: Float = 0.1
        var flag = true
        var none: String? = nil
        var some: String? = "x"
        var date = Date(timeIntervalSince1970: 1_700_000_000.123)
        var empties = (array: [Int](), object: [String: Int]())
        var byName = ["b": 2, "a": 1, "B": 3, "ä": 4, "a1": 5, "": 6]
        var byNumber = [10: "ten", 2: "two"]
        var nested = [Inner(name: "n", tags: [], missing: nil), Inner(name: "m", tags: ["x", "y"], missing: 3)]
        var shapes: [Shape] = [.plain, .sized(width: 3, label: nil), .sized(width: 4, label: "w"), .pair(1.5, Date(timeIntervalSince1970: 0))]
        var matrix = [[1, 2], [], [3]]

        enum CodingKeys: String, CodingKey {
            case text, escaped, count, negative, unsigned, doubles, float, flag, none, some, date, emptyArray, emptyObject
            case byName, byNumber, nested, shapes, matrix, zLast = "Z last", underscored = "_under"
        }

        init() {}
        init(from decoder: any Decoder) throws { self.init() }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(escaped, forKey: .escaped)
            try c.encode(count, forKey: .count)
            try c.encode(negative, forKey: .negative)
            try c.encode(unsigned, forKey: .unsigned)
            try c.encode(doubles, forKey: .doubles)
            try c.encode(float, forKey: .float)
            try c.encode(flag, forKey: .flag)
            try c.encodeIfPresent(none, forKey: .none)
            try c.encodeIfPresent(some, forKey: .some)
            try c.encode(date, forKey: .date)
            try c.encode(empties.array, forKey: .emptyArray)
            try c.encode(empties.object, forKey: .emptyObject)
            try c.encode(byName, forKey: .byName)
            try c.encode(byNumber, forKey: .byNumber)
            try c.encode(nested, forKey: .nested)
            try c.encode(shapes, forKey: .shapes)
            try c.encode(matrix, forKey: .matrix)
            try c.encodeNil(forKey: .zLast)
            var inner = c.nestedUnkeyedContainer(forKey: .underscored)
            try inner.encode(true)
            try inner.encodeNil()
            var deeper = inner.nestedContainer(keyedBy: CodingKeys.self)
            try deeper.encode(1, forKey: .count)
            try Inner(name: "super", tags: ["s"], missing: 1).encode(to: c.superEncoder())
            try Inner(name: "super-key", tags: [], missing: nil).encode(to: c.superEncoder(forKey: .flag))
        }
    }

    @Test func theSameBytesAsJSONEncoder() throws {
        let sample = Sample()
        let expected = String(decoding: try JSONOutput.foundationEncoder.encode(sample), as: UTF8.self)
        #expect(try JSONTextEncoder.encode(sample) == expected)
        for value in [Sample().doubles.map { [$0] }] {
            #expect(try JSONTextEncoder.encode(value) == String(decoding: try JSONOutput.foundationEncoder.encode(value), as: UTF8.self))
        }
        #expect(try JSONTextEncoder.encode("top") == "\"top\"")
        #expect(try JSONTextEncoder.encode([String: Int]()) == String(decoding: try JSONOutput.foundationEncoder.encode([String: Int]()), as: UTF8.self))
    }

    /// Keys that share their first eight bytes are ordered by the rest (the sort compares those
    /// bytes as one number first), a key written twice keeps its last value, and strings are
    /// escaped wherever the characters stand.
    @Test func keysSharingAPrefixReplacedKeysAndEscapes() throws {
        struct Keys: Encodable {
            struct Key: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }
                init(stringValue: String) { self.stringValue = stringValue }
                init?(intValue: Int) { nil }
            }

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                for name in ["abcdefghZ", "abcdefgh", "abcdefghA", "abcdefgh\u{0}", "abcdefg", "abcdefgh\u{0}\u{0}", "é", "e\u{301}", "\u{1}"] {
                    try c.encode(name, forKey: Key(stringValue: name))
                }
                try c.encode(1, forKey: Key(stringValue: "abcdefgh"))
                try c.encode("\"quote first", forKey: Key(stringValue: "q1"))
                try c.encode("last\\", forKey: Key(stringValue: "q2"))
                try c.encode("\u{0}\u{1F}\u{7F} mid \u{8}\u{C}", forKey: Key(stringValue: "q3"))
            }
        }
        #expect(try JSONTextEncoder.encode(Keys()) == String(decoding: try JSONOutput.foundationEncoder.encode(Keys()), as: UTF8.self))
    }

    /// Objects one after another with the same keys share one sort; keys that are equal Strings
    /// but other bytes (`é`, `e` and a combining acute) are sorted again.
    @Test func objectsInARowWithTheSameOrLookalikeKeys() throws {
        let rows: [[String: Int]] = [["é": 1, "f": 2], ["é": 3, "f": 4], ["e\u{301}": 5, "f": 6], ["é": 7, "f": 8], ["f": 9], [:]]
        #expect(try JSONTextEncoder.encode(rows) == String(decoding: try JSONOutput.foundationEncoder.encode(rows), as: UTF8.self))
    }

    /// What it leaves to JSONEncoder, JSONOutput still writes, through JSONEncoder.
    @Test func dataURLAndNonFiniteNumbersGoThroughJSONEncoder() throws {
        #expect(throws: JSONTextEncoder.Unsupported.self) { try JSONTextEncoder.encode(["d": Data([1, 2])]) }
        #expect(throws: JSONTextEncoder.Unsupported.self) { try JSONTextEncoder.encode([Double.nan]) }
        #expect(try JSONOutput.text(["d": Data([1, 2])]) == String(decoding: try JSONOutput.foundationEncoder.encode(["d": Data([1, 2])]), as: UTF8.self))
    }
}
