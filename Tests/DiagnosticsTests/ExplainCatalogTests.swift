import KMSCore
import Testing
import Localization
@testable import Diagnostics

/// The error-code catalog: parsing every written form, the catalog against the strings file,
/// and honest answers for codes it does not know.
@Suite struct ExplainCatalogTests {
    static let table = (try? StringTable.bundled()) ?? StringTable(entries: [:])
    static let guideCodes: [UInt32] = [0x8007_0005, 0xC004_F06C, 0x8007_232B, 0xC004_F074, 0xC004_F035, 0xC004_F038]
    static let microsoftCodes: [UInt32] = [0xC004_F039, 0xC004_F041, 0xC004_F042, 0xC004_F050, 0xC004_F051, 0xC004_C008,
                                           0x8007_232A, 0x8007_251D, 0x8007_06BA, 0xC004_F00F, 0xC004_F014, 0xC004_F064,
                                           0xC004_F065, 0xC004_E015, 0x8007_2EE7, 0x8007_000D]

    @Test(arguments: ["0xc004f074", "0xC004F074", "0XC004F074", "C004F074", "c004f074", " 0xC004F074 ",
                      "-1073418124", "3221549172"])
    func everyWrittenFormNamesTheSameCode(text: String) throws {
        #expect(try ActivationErrorCode.parse(text).value == 0xC004_F074)
    }

    @Test func eightDigitsAreHexOtherDigitsDecimal() throws {
        #expect(try ActivationErrorCode.parse("80070005").value == 0x8007_0005)
        #expect(try ActivationErrorCode.parse("2147942405").value == 0x8007_0005)
        #expect(try ActivationErrorCode.parse("-2147024891").value == 0x8007_0005)
        #expect(try ActivationErrorCode.parse("0x5").hex == "0x00000005")
        #expect(try ActivationErrorCode.parse("-2147483648").value == 0x8000_0000)
    }

    @Test(arguments: ["", "  ", "0x", "0xZZ", "bogus", "C004F074G", "0x1C004F074", "4294967296", "-2147483649",
                      "--", "-", "0x-1", "1.5", "C004 F074", "０xC004F074", "0xC004F074\u{0}"])
    func malformedTextIsAParseError(text: String) {
        #expect(throws: ActivationErrorCode.ParseError.self) { try ActivationErrorCode.parse(text) }
    }

    @Test func canonicalFormsOfACode() {
        let code = ActivationErrorCode(0xC004_F074)
        #expect(code.hex == "0xC004F074")
        #expect(code.signedDecimal == "-1073418124")
        #expect(code.unsignedDecimal == "3221549172")
    }

    @Test func theGuidesSixAndMicrosoftsCodesAreAllKnown() {
        for value in Self.guideCodes {
            #expect(ErrorCatalog.entry(for: ActivationErrorCode(value))?.inGuide == true, "\(ActivationErrorCode(value))")
        }
        for value in Self.microsoftCodes {
            #expect(ErrorCatalog.entry(for: ActivationErrorCode(value))?.inGuide == false, "\(ActivationErrorCode(value))")
        }
        #expect(ErrorCatalog.entries.filter(\.inGuide).count == 6)
        #expect(Set(ErrorCatalog.entries.map(\.code)).count == ErrorCatalog.entries.count, "no code listed twice")
    }

    @Test func catalogAndStringsFileMatchBothWays() {
        for entry in ErrorCatalog.entries {
            for part in ErrorCatalog.Part.allCases {
                #expect(Self.table.isComplete(entry.key(part)), "\(entry.key(part)) lacks a language")
            }
        }
        let catalogued = Set(ErrorCatalog.entries.flatMap { entry in ErrorCatalog.Part.allCases.map { entry.key($0) } })
        let codeKeys = Self.table.entries.keys.filter { $0.hasPrefix("explain.0x") }
        #expect(codeKeys.filter { !catalogued.contains($0) }.sorted() == [], "texts for codes the catalog does not list")
    }

    @Test(arguments: Language.allCases)
    func guideCodesExplainedInBothLanguagesWithTheGuidesFix(language: Language) {
        let t = Localizer(table: Self.table, language: language)
        for value in Self.guideCodes {
            let explanation = Explanation(code: ActivationErrorCode(value), localizer: t)
            #expect(explanation.known && explanation.guide)
            for text in [explanation.title, explanation.cause, explanation.fix] {
                #expect(!text.isEmpty && !text.contains("⟦") && !text.contains("{"), "\(explanation.code): \(text)")
            }
        }
        let timestamp = Explanation(code: ActivationErrorCode(0xC004_F06C), localizer: t)
        #expect(timestamp.fix.contains("UTC+08:00"))
        let unreachable = Explanation(code: ActivationErrorCode(0xC004_F074), localizer: t)
        #expect(unreachable.fix.contains("140.127.62.245") && unreachable.fix.contains("FortiClient"))
        let noSRV = Explanation(code: ActivationErrorCode(0x8007_232B), localizer: t)
        #expect(noSRV.fix.contains("slmgr.vbs -skms 140.127.40.17:1688"))
        let elevation = Explanation(code: ActivationErrorCode(0x8007_0005), localizer: t)
        #expect(elevation.name == "E_ACCESSDENIED")
    }

    @Test func traditionalChineseIsTheDefaultAndDiffersFromEnglish() {
        let code = ActivationErrorCode(0xC004_F038)
        let zh = Explanation(code: code, localizer: Localizer(table: Self.table, language: .zhTW))
        let en = Explanation(code: code, localizer: Localizer(table: Self.table, language: .en))
        #expect(zh.title == "KMS 計數不足")
        #expect(en.title == "KMS count too low")
        #expect(zh.cause.contains("25") && en.cause.contains("25"))
    }

    @Test func anUnknownCodeSaysSoAndGuessesNothing() {
        let explanation = Explanation(code: ActivationErrorCode(0xC004_F999), localizer: Localizer(table: Self.table, language: .en))
        #expect(!explanation.known && !explanation.guide && explanation.name == nil)
        #expect(explanation.title == "0xC004F999 is not an error code kmswizard knows")
        #expect(explanation.fix.contains("certutil -error 0xC004F999"))
    }
}
