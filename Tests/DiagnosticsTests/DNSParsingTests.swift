import Testing
@testable import Diagnostics

/// Hand-built DNS answers: the parser must read good ones exactly and refuse bad ones without
/// reading outside the message.
@Suite("SRV answer parsing")
struct DNSParsingTests {
    /// `_vlmcs._tcp.nknu.edu.tw`, IN, SRV question at offset 12.
    static let question: [UInt8] = name(["_vlmcs", "_tcp", "nknu", "edu", "tw"]) + [0, 33, 0, 1]

    static func name(_ labels: [String]) -> [UInt8] {
        labels.flatMap { [UInt8($0.utf8.count)] + Array($0.utf8) } + [0]
    }

    static func message(answers: [[UInt8]]) -> [UInt8] {
        [0x12, 0x34, 0x81, 0x80, 0, 1, 0, UInt8(answers.count), 0, 0, 0, 0] + question + answers.flatMap { $0 }
    }

    /// An answer record for the question name (pointer 0xC00C) with the given type and RDATA.
    static func record(type: UInt8 = 33, rdata: [UInt8], claimedLength: Int? = nil) -> [UInt8] {
        let length = claimedLength ?? rdata.count
        return [0xC0, 0x0C, 0, type, 0, 1, 0, 0, 0x0E, 0x10, UInt8(length >> 8), UInt8(length & 0xFF)] + rdata
    }

    static func srv(_ priority: UInt16, _ weight: UInt16, _ port: UInt16, _ target: [UInt8]) -> [UInt8] {
        [UInt8(priority >> 8), UInt8(priority & 0xFF), UInt8(weight >> 8), UInt8(weight & 0xFF),
         UInt8(port >> 8), UInt8(port & 0xFF)] + target
    }

    @Test("records come back in the order a client tries them")
    func sorted() {
        let answer = Self.message(answers: [
            Self.record(rdata: Self.srv(10, 5, 1689, Self.name(["backup", "nknu", "edu", "tw"]))),
            Self.record(rdata: Self.srv(0, 50, 1688, Self.name(["kms2", "nknu", "edu", "tw"]))),
            Self.record(rdata: Self.srv(0, 100, 1688, Self.name(["kms", "nknu", "edu", "tw"]))),
        ])
        #expect(SRVLookup.parse(answer) == .found([
            SRVRecord(priority: 0, weight: 100, port: 1688, target: "kms.nknu.edu.tw"),
            SRVRecord(priority: 0, weight: 50, port: 1688, target: "kms2.nknu.edu.tw"),
            SRVRecord(priority: 10, weight: 5, port: 1689, target: "backup.nknu.edu.tw"),
        ]))
    }

    @Test("a compressed target and a CNAME in front are read correctly")
    func compressionAndCNAME() {
        // Target "kms" + pointer to "nknu.edu.tw" inside the question (offset 12 + 7 + 5 = 24).
        let target: [UInt8] = [3] + Array("kms".utf8) + [0xC0, 24]
        let answer = Self.message(answers: [
            Self.record(type: 5, rdata: Self.name(["alias", "nknu", "edu", "tw"])),
            Self.record(rdata: Self.srv(1, 2, 3, target)),
        ])
        #expect(SRVLookup.parse(answer) == .found([SRVRecord(priority: 1, weight: 2, port: 3, target: "kms.nknu.edu.tw")]))
    }

    @Test("an answer without SRV records is NODATA")
    func empty() {
        #expect(SRVLookup.parse(Self.message(answers: [])) == .noData)
    }

    @Test("malformed answers are refused, never read past", arguments: [
        ("too short for priority/weight/port/name", message(answers: [record(rdata: [0, 1, 0, 2, 0])])),
        ("RDATA length beyond the message", message(answers: [record(rdata: srv(0, 0, 1688, [0]), claimedLength: 200)])),
        ("target runs past its RDATA", message(answers: [record(rdata: srv(0, 0, 1688, [3] + Array("kms".utf8) + [0]), claimedLength: 8)])
            + [0, 0, 0, 0]),
        ("RDATA longer than the target", message(answers: [record(rdata: srv(0, 0, 1688, [0, 0xFF, 0xFF]))])),
        ("pointer out of the message", message(answers: [record(rdata: srv(0, 0, 1688, [0xC0, 0xFF]))])),
        ("pointer loop", message(answers: [record(rdata: srv(0, 0, 1688, [0xC0, UInt8(12 + question.count + 12 + 6)]))])),
        ("header cut short", [0x12, 0x34, 0x81]),
        ("answer count larger than the answers", Array(message(answers: [record(rdata: srv(0, 0, 1688, [0]))]).dropLast(3))),
    ])
    func malformed(_ why: String, _ answer: [UInt8]) {
        #expect(SRVLookup.parse(answer) == .malformed, "\(why)")
    }

    @Test("an unanswered host lookup is named by how the A query failed; other outcomes stay")
    func unansweredIsRefined() {
        #expect(HostResolver.refined(.unanswered, by: .noServer) == .noServer)
        #expect(HostResolver.refined(.unanswered, by: .timeout) == .timeout)
        #expect(HostResolver.refined(.unanswered, by: .serverFailure) == .serverFailure)
        #expect(HostResolver.refined(.unanswered, by: nil) == .unanswered, "the A query was answered: nothing to add")
        #expect(HostResolver.refined(.unanswered, by: .nxdomain) == .unanswered)
        #expect(HostResolver.refined(.notFound, by: .timeout) == .notFound)
        #expect(SRVLookup.Outcome(DNSQuery.Failure.serverFailure) == .serverFailure)
        #expect(SRVLookup.Outcome(DNSQuery.Failure.noServer) == .noServer)
    }

    @Test("failed queries are told apart by h_errno and errno")
    func failures() {
        #expect(DNSQuery.failure(resolverError: 1, systemError: 0, waitedLongEnough: false) == .nxdomain)
        #expect(DNSQuery.failure(resolverError: 4, systemError: 0, waitedLongEnough: false) == .noData)
        #expect(DNSQuery.failure(resolverError: 2, systemError: 111, waitedLongEnough: false) == .noServer)
        #expect(DNSQuery.failure(resolverError: 2, systemError: 110, waitedLongEnough: true) == .timeout)
        #expect(DNSQuery.failure(resolverError: 2, systemError: 110, waitedLongEnough: false) == .serverFailure)
        #expect(DNSQuery.failure(resolverError: 3, systemError: 0, waitedLongEnough: false) == .serverFailure)
    }
}
