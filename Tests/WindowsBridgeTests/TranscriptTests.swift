@testable import KMSCore
@testable import WindowsBridge
import Foundation
import Testing
import TestSupport

/// The parser of slmgr.vbs / ospp.vbs output, on the guide's two success transcripts and on
/// failures carrying each of the guide's six error codes, in both forms Windows prints them.
@Suite struct TranscriptTests {
    static let guideCodes: [UInt32] = [0x8007_0005, 0xC004_F06C, 0x8007_232B, 0xC004_F074, 0xC004_F035, 0xC004_F038]

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: ScriptSamples.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func windows7TraditionalChineseSuccessFromTheGuide() throws {
        let text = try Self.fixture("transcript-win7-slmgr-ato-zh-TW-success.txt")
        #expect(text.contains("產品已成功啟用。"))
        let transcript = ActivationTranscript.parse(text)
        #expect(transcript.outcome == .activated)
        #expect(transcript.successes == 1)
        #expect(transcript.failures.isEmpty)
    }

    @Test func office2010SuccessFromTheGuide() throws {
        let text = try Self.fixture("transcript-office2010-ospp-act-success.txt")
        #expect(text.contains("<Product activation successful>"))
        let transcript = ActivationTranscript.parse(text)
        #expect(transcript.outcome == .activated)
        #expect(transcript.activatedLicenses == ["Office 14, OfficeProPlus-KMS_Client edition"])
    }

    @Test func englishSlmgrSuccess() throws {
        #expect(ActivationTranscript.parse(try Self.fixture("transcript-win10-slmgr-ato-en-success.txt")).outcome == .activated)
    }

    @Test(arguments: guideCodes)
    func slmgrTraditionalChineseFailureCarriesTheCode(code: UInt32) throws {
        let hex = String(code, radix: 16, uppercase: true)
        let transcript = ActivationTranscript.parse(try Self.fixture("transcript-win7-slmgr-ato-zh-TW-\(hex).txt"))
        #expect(transcript.outcome == .failed)
        #expect(transcript.failures.map(\.code.value) == [code])
        #expect(transcript.failures.first?.code.hex == "0x\(hex)")
        let description = try #require(transcript.failures.first?.description)
        #expect(!description.isEmpty && !description.contains("0x"))
    }

    @Test(arguments: guideCodes)
    func osppFailureCarriesCodeAndDescription(code: UInt32) throws {
        let hex = String(code, radix: 16, uppercase: true)
        let transcript = ActivationTranscript.parse(try Self.fixture("transcript-office2016-ospp-act-\(hex).txt"))
        #expect(transcript.outcome == .failed)
        #expect(transcript.failures.map(\.code.value) == [code])
        #expect(transcript.failures.first?.licenseName == "Office 16, Office16ProPlusVL_KMS_Client edition")
        #expect(transcript.failures.first?.description?.hasSuffix(".") == true)
    }

    @Test func oneFailingOfficeProductFailsTheRun() throws {
        let transcript = ActivationTranscript.parse(try Self.fixture("transcript-office2016-ospp-act-mixed.txt"))
        #expect(transcript.outcome == .failed)
        #expect(transcript.successes == 1)
        #expect(transcript.activatedLicenses == ["Office 16, Office16ProPlusVL_KMS_Client edition"])
        #expect(transcript.failures.map(\.code) == [0xC004_F038])
        #expect(transcript.failures.first?.licenseName == "Office 16, Office16VisioProVL_KMS_Client edition")
    }

    @Test func outputWithNeitherIsUnrecognized() throws {
        #expect(ActivationTranscript.parse(try Self.fixture("transcript-office2016-ospp-act-nokey.txt")).outcome == .unrecognized)
        #expect(ActivationTranscript.parse("").outcome == .unrecognized)
        // A code-like text that is not an error line, or a malformed code, is not a failure.
        #expect(ActivationTranscript.parse("SKU ID: 0xC004F074\nError: 0xC004F07").failures.isEmpty)
    }

    @Test func utf16OutputOfCscriptDecodes() throws {
        let text = try Self.fixture("transcript-win7-slmgr-ato-zh-TW-C004F074.txt")
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(WindowsOutput.decode(utf16) == text)
        let withoutBOM = Array(utf16.dropFirst(2))
        #expect(WindowsOutput.decode(withoutBOM) == text)
        #expect(WindowsOutput.decode(Array(text.utf8)) == text)
    }
}
