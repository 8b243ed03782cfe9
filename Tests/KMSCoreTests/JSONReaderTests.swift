import Foundation
import Testing
@testable import KMSCore

@Suite struct JSONReaderTests {
    func parse(_ text: String) throws -> JSONValue { try JSONReader.parse(Array(text.utf8)) }

    @Test func everyKindOfValueInOrder() throws {
        let value = try parse(#" {"b": [1, -2.5e3, true, false, null], "a": {"x": "y"}, "b": "again"} "#)
        #expect(value == .object([
            ("b", .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null])),
            ("a", .object([("x", .string("y"))])),
            ("b", .string("again")),
        ]))
        #expect(try parse("[]") == .array([]))
        #expect(try parse("{}") == .object([]))
        #expect(try parse("0") == .number("0"))
    }

    @Test func escapesAndUnicode() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try parse(#""\u53f0\u5317 \uD83D\uDE00""#) == .string("台北 😀"))
        #expect(try parse("\"台北\"") == .string("台北"))
    }

    @Test("malformed text is an error with its place", arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "01", "-", "1.", "1e", "tru", "\"abc", "\"\\x\"", "\"\\u12\"",
        "\"\\uDC00\"", "\"\\uD800\"", "\"\\uD800\\u0041\"", "\"a\u{1}b\"", "1 2", "{1: 2}", "nul",
    ])
    func malformed(text: String) {
        #expect(throws: JSONReader.SyntaxError.self) { try parse(text) }
    }

    @Test func invalidUTF8AndDeepNestingAreRefused() {
        #expect(throws: JSONReader.SyntaxError.self) { try JSONReader.parse([0x22, 0xFF, 0xFE, 0x22]) }
        let deep = String(repeating: "[", count: JSONReader.maximumDepth + 1) + String(repeating: "]", count: JSONReader.maximumDepth + 1)
        #expect(throws: JSONReader.SyntaxError.self) { try parse(deep) }
        let allowed = String(repeating: "[", count: JSONReader.maximumDepth) + String(repeating: "]", count: JSONReader.maximumDepth)
        #expect((try? parse(allowed)) != nil)
        let hostile = String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: JSONReader.SyntaxError.self) { try parse(hostile) }
    }

    @Test func errorsSayWhere() {
        do {
            _ = try JSONReader.parse(Array("{\"a\": tru}".utf8))
            Issue.record("parsed")
        } catch {
            #expect(error.offset == 6)
            #expect(error.description == "a value cannot start here at byte 6")
        }
    }
}
