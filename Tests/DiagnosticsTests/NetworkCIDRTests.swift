import KMSCore
import Testing
import Localization
@testable import Diagnostics

@Suite("CIDR parsing and matching")
struct NetworkCIDRTests {
    static let table = (try? StringTable.bundled()) ?? StringTable(entries: [:])

    @Test("IPv4 and IPv6 ranges parse and match only their own addresses")
    func matching() throws {
        let campus = try CIDR(parsing: "140.127.0.0/16")
        #expect(campus.description == "140.127.0.0/16")
        #expect(campus.contains(try #require(IPAddress("140.127.40.17"))))
        #expect(!campus.contains(try #require(IPAddress("140.128.0.1"))))
        let v6 = try CIDR(parsing: "2001:db8::/32")
        #expect(v6.contains(try #require(IPAddress("2001:db8:ffff::1"))))
        #expect(!v6.contains(try #require(IPAddress("2001:db9::1"))))
        #expect(!v6.contains(try #require(IPAddress("140.127.40.17"))), "never across families")
        let odd = try CIDR(parsing: "198.18.0.0/15")
        #expect(odd.contains(try #require(IPAddress("198.19.255.255"))))
        #expect(!odd.contains(try #require(IPAddress("198.20.0.0"))))
    }

    @Test("a bare address is one host; /0 is everything of that family")
    func edges() throws {
        let host = try CIDR(parsing: "198.18.10.5")
        #expect(host.prefixLength == 32)
        #expect(host.contains(try #require(IPAddress("198.18.10.5"))))
        #expect(!host.contains(try #require(IPAddress("198.18.10.6"))))
        #expect(try CIDR(parsing: "::/0").contains(try #require(IPAddress("::1"))))
        #expect(try CIDR(parsing: "0.0.0.0/0").contains(try #require(IPAddress("8.8.8.8"))))
    }

    @Test("bad ranges are refused with a reason", arguments: [
        ("140.127.0/16", CIDR.ParseError.badAddress("140.127.0/16")),
        ("campus", .badAddress("campus")),
        ("", .badAddress("")),
        ("140.127.0.0/", .badPrefix("140.127.0.0/")),
        ("140.127.0.0/x", .badPrefix("140.127.0.0/x")),
        ("140.127.0.0/-1", .badPrefix("140.127.0.0/-1")),
        ("140.127.0.0/0016", .badPrefix("140.127.0.0/0016")),
        ("140.127.0.0/33", .prefixTooLong("140.127.0.0/33", maximum: 32)),
        ("2001:db8::/129", .prefixTooLong("2001:db8::/129", maximum: 128)),
        ("140.127.40.17/16", .hostBitsSet("140.127.40.17/16", suggestion: "140.127.0.0/16")),
        ("2001:db8::1/64", .hostBitsSet("2001:db8::1/64", suggestion: "2001:db8::/64")),
    ])
    func refused(text: String, expected: CIDR.ParseError) {
        #expect(throws: expected) { try CIDR(parsing: text) }
        for language in Language.allCases {
            let message = expected.message(Localizer(table: Self.table, language: language))
            #expect(message.contains("\"\(text)\"") || message.contains("「\(text)」"), "\(language): \(message)")
            #expect(!message.contains("⟦"), "\(language): \(message)")
        }
    }

    @Test("a range with host bits names the range it meant, in both languages")
    func hostBitsSuggestion() {
        let error = CIDR.ParseError.hostBitsSet("140.127.40.17/16", suggestion: "140.127.0.0/16")
        #expect(error.message(Localizer(table: Self.table, language: .zhTW))
                == "「140.127.40.17/16」在前綴長度之後還有位元；您是指 140.127.0.0/16 嗎？")
        #expect(error.message(Localizer(table: Self.table, language: .en)).hasSuffix("did you mean 140.127.0.0/16?"))
    }
}
