import KMSProtocol
import Foundation
import Testing

/// Reading the host facts out of an ePID, including ePIDs a hostile or odd host may send.
@Suite("KMS messages: ePID decoding")
struct MessagesEPIDInfoTests {
    @Test("a Server 2019-style ePID")
    func server2019() {
        let info = EPIDInfo(epid: "03612-00206-556-123456-03-1033-17763.0000-0452024")
        #expect(info.platformID == "03612")
        #expect(info.groupID == "00206")
        #expect(info.keyID == "556123456")
        #expect(info.channel == 3)
        #expect(info.lcid == 1033 && info.languageTag == "en-US")
        #expect(info.osBuild == 17763 && info.serverRelease == "Windows Server 2019")
        #expect(info.activationDay == 45 && info.activationYear == 2024)
        // Day 45 of 2024 is 14 February 2024.
        #expect(info.activationDate == Date(timeIntervalSince1970: 1_707_868_800))
        #expect(info.isComplete)
    }

    @Test("a Server 2012 R2-style ePID in Traditional Chinese, on the last day of a leap year")
    func server2012R2() {
        let info = EPIDInfo(epid: "06401-00206-271-298329-03-1028-9600.0000-3662020")
        #expect(info.lcid == 1028 && info.languageTag == "zh-TW")
        #expect(info.serverRelease == "Windows Server 2012 R2")
        #expect(info.activationDate == Date(timeIntervalSince1970: 1_609_372_800))  // 2020-12-31
    }

    @Test("malformed ePIDs give partial information, never a crash", arguments: [
        "", "garbage", "03612-00206-556-123456-03-1033-17763.0000",
        "03612-00206-556-123456-03-1033-17763.0000-3662023", "0361x-00206-556-123456-03-99999-build-0000000",
        "-------", "03612-00206-556-123456-03-1033-17763.0000-0452024-extra", "٠٣٦١٢-00206-556-123456-03-1033-17763.0000-0452024",
    ])
    func malformed(epid: String) {
        let info = EPIDInfo(epid: epid)
        #expect(!info.isComplete)
    }

    @Test("day 366 only exists in leap years; unknown languages and builds stay unnamed")
    func edges() {
        #expect(EPIDInfo(epid: "03612-00206-556-123456-03-1033-17763.0000-3662023").activationDate == nil)
        #expect(EPIDInfo(epid: "03612-00206-556-123456-03-1033-17763.0000-0002024").activationDate == nil)
        let odd = EPIDInfo(epid: "03612-00206-556-123456-03-9999-12345.0000-0012000")
        #expect(odd.lcid == 9999 && odd.languageTag == nil)
        #expect(odd.osBuild == 12345 && odd.serverRelease == nil)
        #expect(odd.activationDate == Date(timeIntervalSince1970: 946_684_800))  // 2000-01-01
        #expect(odd.isComplete)
    }
}
