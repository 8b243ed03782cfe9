@testable import KMSCore
import Testing

@Suite struct EndpointTests {
    @Test(arguments: [
        ("140.127.40.17", "140.127.40.17", UInt16(1688)),
        ("127.0.0.1:16880", "127.0.0.1", 16880),
        ("[::1]:1688", "::1", 1688),
        ("[::1]", "::1", 1688),
        ("::1", "::1", 1688),
        ("kms.nknu.edu.tw:1700", "kms.nknu.edu.tw", 1700),
        ("  kms.example  ", "kms.example", 1688),
    ])
    func parsesWhatUsersType(text: String, host: String, port: UInt16) throws {
        let endpoint = try Endpoint.parse(text, defaultPort: 1688)
        #expect(endpoint.host == host)
        #expect(endpoint.port == port)
    }

    @Test(arguments: ["", "host:0", "host:70000", "host:abc", "1.2.3.4&calc", "\"x|y\"", "[::1", "[host]:1", "-rf", "a b"])
    func refusesWhatIsNotAHost(text: String) {
        #expect(throws: Endpoint.ParseError.self) { try Endpoint.parse(text, defaultPort: 1688) }
    }

    @Test func describesIPv6WithBrackets() throws {
        #expect(try Endpoint.parse("[::1]:1688", defaultPort: 1).description == "[::1]:1688")
        #expect(try Endpoint.parse("127.0.0.1", defaultPort: 1688).description == "127.0.0.1:1688")
        #expect(try Endpoint.parse("127.0.0.1", defaultPort: 1688).isIPv4Literal)
        #expect(try Endpoint.parse("kms.example", defaultPort: 1688).isName)
    }

    @Test func campusDefaultsAreTheGuides() {
        let settings = Settings()
        #expect(settings.kmsHost.description == "140.127.40.17:1688")
        #expect(settings.ntpServer.host == "time.stdtime.gov.tw")
        #expect(settings.vpnServer == "140.127.62.245")
        #expect(settings.domain == "nknu.edu.tw")
        #expect(settings.campusRanges == ["140.127.0.0/16"])
        #expect(CampusDefaults.renewalDays == 180)
    }
}
