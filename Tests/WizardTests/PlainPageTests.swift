import Localization
import Testing
@testable import Wizard

@Suite struct PlainPageTests {
    @Test func aStatusLinesDetailsHangUnderItInsteadOfBreakingTheLine() {
        let page = WizardView(table: Fixtures.table).page(Fixtures.at(.status, .en))
        let lines = PlainPage.lines(page)
        let product = lines.firstIndex { $0.hasPrefix("[..] Windows 10/11 Enterprise") }
        #expect(product.map { lines[$0 + 1].hasPrefix("     Host check: passed") } == true, "\(lines.joined(separator: "\n"))")
        #expect(!lines.joined().contains("?Host check"), "no control character stands in for the line break")
    }

    @Test func typedLinesAreReadAgainstThePage() {
        var state = Fixtures.at(.products, .en)
        state.config.plain = true
        let page = WizardView(table: Fixtures.table).page(state)   // 2 products and the start row
        #expect(PlainAnswer.reading("", on: page) == .events([.key(.enter)]))
        #expect(PlainAnswer.reading(" 3 ", on: page) == .events([.choose(2)]))
        #expect(PlainAnswer.reading("b", on: page) == .events([.key(.character("b"))]))
        #expect(PlainAnswer.reading("s", on: page) == .showAgain)
        #expect(PlainAnswer.reading("9", on: page) == .refused(.noSuchChoice("9", count: 3)))
        #expect(PlainAnswer.reading("0", on: page) == .refused(.noSuchChoice("0", count: 3)))
        #expect(PlainAnswer.reading("abc", on: page) == .refused(.notOneAnswer("abc")))
        #expect(PlainAnswer.reading("25 79", on: page) == .refused(.notOneAnswer("25 79")))
        #expect(PlainAnswer.reading("z", on: page) == .refused(.noSuchKey("z")), "no key z in the footer")
        let network = WizardView(table: Fixtures.table).page(Fixtures.at(.network, .en))
        #expect(PlainAnswer.reading("1", on: network) == .refused(.noChoices("1")))
        let help = WizardView(table: Fixtures.table).page(Fixtures.run(state, [.key(.character("?"))]).0)
        #expect(PlainAnswer.reading("q", on: help) == .events([.key(.character("q"))]), "q quits from the help too")
    }

    @Test(arguments: Language.allCases)
    func aRefusalSaysWhyAndWhatThePageTakesOnOneLine(language: Language) {
        var state = Fixtures.at(.products, language)
        state.config.plain = true
        let page = WizardView(table: Fixtures.table).page(state)
        let t = Localizer(table: Fixtures.table, language: language)
        let line = PlainRefusal.noSuchChoice("9", count: 3).line(on: page, t)
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(t("wizard.plain.noSuchChoice", ["answer": "9", "count": "3"])), "\(line)")
        #expect(line.hasSuffix(t("wizard.plain.takesNumbers", ["count": "3", "keys": "b l ? q"])), "\(line)")
    }

    @Test func aTickPrintsOnlyTheChangedRows() {
        var state = Fixtures.at(.products, .en)
        state.config.plain = true
        let view = WizardView(table: Fixtures.table)
        let before = view.page(state)
        let after = view.page(Fixtures.run(state, [.choose(1)]).0)
        #expect(PlainPage.changes(from: before, to: after) == ["    2) [x] Office Professional Plus 2016  KMS v6", "    3) " + Localizer(table: Fixtures.table, language: .en)("wizard.products.start", ["count": "1"])])
        #expect(PlainPage.changes(from: nil, to: after) == PlainPage.lines(after))
        let network = view.page(Fixtures.at(.network, .en))
        #expect(PlainPage.changes(from: after, to: network) == PlainPage.lines(network), "another screen is printed whole")
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

    @Test func aLabelTakesTheColonOfItsLanguage() {
        let page = Page(title: "t", blocks: [.field(label: "KMS 伺服器", value: "127.0.0.1:1688"), .field(label: "KMS host", value: "127.0.0.1:1688")],
                        keys: [])
        #expect(PlainPage.lines(page).contains("KMS 伺服器：127.0.0.1:1688"))
        #expect(PlainPage.lines(page).contains("KMS host: 127.0.0.1:1688"))
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
