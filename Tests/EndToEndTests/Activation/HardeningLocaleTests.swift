import Foundation
import Testing
import KMSTesting
import TestSupport

/// The locale matrix for the plain commands. Decision: plain output never depends on the C
/// library's locale (Swift writes UTF-8 whatever LC_CTYPE says). The language follows
/// LC_ALL/LC_MESSAGES/LANG: English for en_*, Traditional Chinese otherwise, so under C and POSIX
/// the output is Chinese in valid UTF-8 (terminals that students use decode UTF-8 even when the
/// remote locale is C) and `--lang en` or LANG=en_US.UTF-8 switches to English.
@Suite("plain commands under C, C.UTF-8, en_US.UTF-8 and zh_TW.UTF-8", .offCooperativePool, .requires(.localedef))
struct HardeningLocaleTests {
    struct Case: CustomStringConvertible, Sendable {
        let locale: String
        let english: Bool
        var description: String { locale }
    }

    static let cases = [Case(locale: "C", english: false), Case(locale: "POSIX", english: false),
                        Case(locale: "C.UTF-8", english: false), Case(locale: "en_US.UTF-8", english: true),
                        Case(locale: "zh_TW.UTF-8", english: false)]

    @Test("explain, products and a failing activate print valid UTF-8 in the locale's language", arguments: cases)
    func matrix(_ testCase: Case) throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("kmswizard-locale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: state) }
        var environment = ["PATH": "/usr/bin:/bin", "HOME": state.path, "XDG_STATE_HOME": state.path, "LC_ALL": testCase.locale]
        let localePath = try #require(CompiledLocales.path, "localedef did not build en_US.UTF-8 and zh_TW.UTF-8")
        environment["LOCPATH"] = localePath
        let closedPort = try LoopbackListener().port
        let runs: [([String], Int32, KeyPath<ProcessResult, String>)] = [
            (["explain", "0xC004F074"], 0, \.stdout),
            (["products"], 0, \.stdout),
            (["activate", "--timeout", "2", "--host", "127.0.0.1:\(closedPort)"], 69, \.stderr),
        ]
        for (arguments, status, stream) in runs {
            let run = try Kmswizard.run(arguments, environment: .exactly(environment), timeout: 20)
            #expect(run.exitStatus == status, "\(arguments): \(run)")
            // ProcessRunner decodes strictly: invalid UTF-8 would come back as an empty string.
            let text = run[keyPath: stream]
            #expect(!text.isEmpty, "\(arguments) printed nothing or invalid UTF-8: \(run)")
            let hasCJK = text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
            #expect(hasCJK == !testCase.english, "\(arguments) under \(testCase.locale): \(text)")
            #expect(!text.contains("\u{FFFD}"), "replacement characters in \(text)")
        }
    }
}
