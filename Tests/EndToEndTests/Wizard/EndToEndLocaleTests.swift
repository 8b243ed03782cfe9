import Foundation
import Localization
import Testing
import TestSupport
import Wizard

/// The wizard under the locale matrix C, POSIX, C.UTF-8, en_US.UTF-8 and zh_TW.UTF-8 (the last
/// two compiled with localedef into a folder of our own, named by LOCPATH): the Chinese screens
/// and box drawing come out right in each. With no UTF-8 locale at all (/usr/lib/locale hidden in
/// the wizard's mount namespace, so not even C.UTF-8 exists), it draws in ASCII and English and says why.
@Suite(.serialized, .offCooperativePool, .loopbackDNS, .requires(.localedef))
struct EndToEndLocaleTests {
    @Test(arguments: ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "zh_TW.UTF-8"])
    func chineseScreensRenderUnderEveryLocale(locale: String) throws {
        let locales = try #require(CompiledLocales.path, "localedef did not build en_US.UTF-8 and zh_TW.UTF-8")
        let wizard = try WizardHarness(["--host", "127.0.0.1:9"], width: 80, height: 24, language: .zhTW,
                                       environment: ["LC_ALL": locale, "LOCPATH": locales])
        let screen = try wizard.waitFor("wizard.welcome.chooseLanguage").joined(separator: "\n")
        #expect(screen.contains("┌─ " + wizard.t("wizard.title")), "\(locale):\n\(screen)")
        #expect(screen.contains("▶ 繁體中文"), "\(locale):\n\(screen)")
        let after = try wizard.quit().joined(separator: "\n")
        #expect(!after.contains("UTF-8 locale"), "no fallback notice under \(locale):\n\(after)")
    }

    @Test func withoutAnyUTF8LocaleItDrawsASCIIInEnglishAndSaysWhy() throws {
        let wizard = try WizardHarness(["--host", "127.0.0.1:9"], width: 80, height: 24, language: .zhTW,
                                       environment: ["LC_ALL": "C"], hiding: ["/usr/lib/locale"])
        let english = wizard.t.switched(to: .en)
        let screen = try wizard.tmux.waitFor(TextLayout.prefix(english("wizard.welcome.chooseLanguage"), width: 24)).joined(separator: "\n")
        #expect(screen.contains("+- " + english("wizard.title")), "ASCII borders:\n\(screen)")
        let nonASCII = screen.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "nothing the locale cannot show: \(Array(nonASCII))\n\(screen)")
        let after = try wizard.quit().joined(separator: "\n")
        #expect(after.contains("no UTF-8 locale"), "the reason is told at the end:\n\(after)")
    }
}
