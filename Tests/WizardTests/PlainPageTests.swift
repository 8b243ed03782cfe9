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
        #expect(lines.contains("  1) [x] Windows 10/11 Enterprise  KMS v6"))
        #expect(lines.contains("  3) Start activation (1 chosen)"))
        #expect(!lines.joined().contains { ("\u{2500}"..."\u{257F}").contains($0) })
        #expect(lines.last?.contains("b = back") == true)
    }

    @Test func plainFootersNameTypedAnswersInsteadOfArrowKeys() {
        let view = WizardView(table: Fixtures.table)
        var state = Fixtures.at(.products, .en)
        #expect(PlainPage.lines(view.page(state)).last?.contains("j/k = move") == true)
        state.config.plain = true
        let footer = PlainPage.lines(view.page(state)).last ?? ""
        #expect(footer.contains("1-3 = tick"))
        #expect(footer.contains("Enter = choose"))
        #expect(!footer.contains("j/k") && !footer.contains("Space"))
    }
}
