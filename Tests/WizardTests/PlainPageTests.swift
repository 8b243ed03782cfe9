import Localization
import Testing
@testable import Wizard

@Suite struct PlainPageTests {
    @Test func typedLinesBecomeEvents() {
        #expect(PlainPage.events(forLine: "") == [.key(.enter)])
        #expect(PlainPage.events(forLine: " 3 ") == [.choose(2)])
        #expect(PlainPage.events(forLine: "b") == [.key(.character("b"))])
        #expect(PlainPage.events(forLine: "hello").isEmpty)
    }

    @Test func pagesAreNumberedLinesWithoutBoxes() {
        let page = WizardView(table: Fixtures.table).page(Fixtures.run(Fixtures.at(.products, .en), [.choose(0)]).0)
        let lines = PlainPage.lines(page)
        #expect(lines.contains("  Windows (desktops and laptops)"), "a heading, without a number")
        #expect(lines.contains("    1) [x] Windows 10/11 Enterprise  KMS v6"))
        #expect(lines.contains("    3) Start (1 chosen)"))
        #expect(!lines.joined().contains { ("\u{2500}"..."\u{257F}").contains($0) })
        #expect(lines.last?.contains("b = back") == true)
    }

    @Test func plainFootersNameTypedAnswersInsteadOfArrowKeys() {
        let view = WizardView(table: Fixtures.table)
        var state = Fixtures.at(.products, .en)
        #expect(PlainPage.lines(view.page(state)).last?.contains("j/k = move") == true)
        state.config.plain = true
        let footer = PlainPage.lines(view.page(state)).last ?? ""
        #expect(footer.contains("1-2 = tick"))
        #expect(footer.contains("3 = start"))
        #expect(!footer.contains("j/k") && !footer.contains("Space"))
    }

    @Test(arguments: Language.allCases)
    func plainHelpNamesOnlyWhatTypedLinesDo(language: Language) {
        let view = WizardView(table: Fixtures.table)
        var state = Fixtures.run(Fixtures.at(.products, language), [.key(.character("?"))]).0
        let screenHelp = PlainPage.lines(view.page(state)).joined(separator: "\n")
        state.config.plain = true
        let plainHelp = PlainPage.lines(view.page(state)).joined(separator: "\n")
        let t = Localizer(table: Fixtures.table, language: language)
        for key in ["move", "jump", "space", "close"] {
            #expect(screenHelp.contains(t("wizard.help.\(key)")))
            #expect(!plainHelp.contains(t("wizard.help.\(key)")), "plain help shows wizard.help.\(key)")
        }
        for key in ["number", "enterPlain", "closePlain", "back", "quit"] {
            #expect(plainHelp.contains(t("wizard.help.\(key)")), "plain help lacks wizard.help.\(key)")
        }
        #expect(!plainHelp.contains(t("wizard.key.any")) && !plainHelp.contains(t("wizard.key.spaceName")))
        #expect(!plainHelp.contains("↑") && !plainHelp.contains("j/k") && !plainHelp.contains("PgUp"))
        let closed = Fixtures.run(state, [.choose(0)]).0
        #expect(!closed.showingHelp && closed.chosen.isEmpty, "a typed number only closes the help")
    }
}
