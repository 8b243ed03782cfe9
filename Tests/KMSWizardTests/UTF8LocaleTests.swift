import Testing
@testable import KMSWizard

/// The wizard's choice of character locale, with the C library's answers simulated (the real
/// calls are exercised end to end in WizardTests' EndToEndLocaleTests).
@Suite struct UTF8LocaleTests {
    /// A C library that has `available` locales and starts in one whose codeset is `current`.
    final class FakeLibrary {
        var codeset: String
        let available: [String: String]
        var tried: [String] = []

        init(current: String, available: [String: String]) {
            codeset = current
            self.available = available
        }

        func set(_ name: String) -> Bool {
            tried.append(name)
            guard let codeset = available[name] else { return false }
            self.codeset = codeset
            return true
        }
    }

    @Test func aUTF8UserLocaleIsKept() {
        for spelling in ["UTF-8", "utf8", "UTF8"] {
            let library = FakeLibrary(current: spelling, available: [:])
            #expect(UTF8Locale.adopt(codeset: { library.codeset }, setCharacterLocale: library.set))
            #expect(library.tried.isEmpty)
        }
    }

    @Test func theFirstUTF8LocaleOfTheSystemIsTaken() {
        let linux = FakeLibrary(current: "ANSI_X3.4-1968", available: ["C.UTF-8": "UTF-8", "en_US.UTF-8": "UTF-8"])
        #expect(UTF8Locale.adopt(codeset: { linux.codeset }, setCharacterLocale: linux.set))
        #expect(linux.tried == ["C.UTF-8"])
        // macOS has no C.UTF-8; its LC_CTYPE locale is called UTF-8.
        let mac = FakeLibrary(current: "US-ASCII", available: ["UTF-8": "UTF-8"])
        #expect(UTF8Locale.adopt(codeset: { mac.codeset }, setCharacterLocale: mac.set))
        #expect(mac.tried == ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"])
    }

    @Test func withoutAnyUTF8LocaleTheAnswerIsNo() {
        let big5 = FakeLibrary(current: "BIG5", available: ["en_US.UTF-8": "ISO-8859-1"])
        #expect(!UTF8Locale.adopt(codeset: { big5.codeset }, setCharacterLocale: big5.set))
        #expect(big5.tried == UTF8Locale.candidates)
    }
}
