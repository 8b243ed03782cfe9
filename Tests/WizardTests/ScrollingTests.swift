import Localization
import Testing
import TestSupport
@testable import Wizard

/// Nothing cut off: at every size from 60x16 up, a page taller than its window scrolls with the
/// moving keys (reported back as the driver does, through `.viewport`), shows where it is, and
/// scrolling through it shows every row the page has; on list pages the keys move the highlight
/// and the list follows it.
@Suite struct ScrollingTests {
    static let view = WizardView(table: Fixtures.table)
    static let sizes = [Size(width: 60, height: 16), Size(width: 72, height: 20), Size(width: 80, height: 24), Size(width: 100, height: 30)]

    /// The rows between the title and the separator above the footer, with the borders cut off.
    static func content(_ screen: Screen) -> [String] {
        let lines = screen.lines
        let separator = lines.indices.dropFirst().first { lines[$0].hasPrefix("├") || lines[$0].hasPrefix("+") } ?? lines.count
        return lines[1..<separator].map { line in
            var row = String(line.dropFirst().dropLast())
            while row.last == " " { row.removeLast() }
            return row
        }
    }

    /// What a driver does: report the viewport of what it drew, then apply the key.
    static func press(_ state: WizardState, _ key: Key, size: Size) -> WizardState {
        let shown = WizardUpdate.update(state, .viewport(view.viewport(state, size: size))).0
        return WizardUpdate.update(shown, .key(key)).0
    }

    /// The off-campus network page made taller than any of the sizes: its advice (the SSL VPN
    /// steps) below a column of failed probes.
    static func offCampus(_ language: Language) -> WizardState {
        let state = Fixtures.at(.network, language)
        let long = CheckOutcome.results([SampleFindings.network(.offCampus)] + Array(repeating: SampleFindings.reachability(.timeout), count: 14))
        return Fixtures.run(state, [.checked(.network, token: Fixtures.checkToken(state, .network), long)]).0
    }

    @Test(arguments: sizes, Language.allCases)
    func scrollingDownShowsEveryRowOfATextPage(size: Size, language: Language) {
        var state = Self.offCampus(language)
        let whole = Self.content(Self.view.render(state, size: Size(width: size.width, height: 200))).filter { !$0.isEmpty }
        var seen = Set<String>()
        var screens = 0
        repeat {
            let screen = Self.view.render(state, size: size)
            WizardViewTests.expectWellFormed(screen, "\(size) scrolled \(state.scroll)")
            #expect(!screen.lines.joined().contains("…"), "nothing is cut")
            seen.formUnion(Self.content(screen))
            let before = state.scroll
            state = Self.press(state, .character("j"), size: size)
            screens += 1
            if state.scroll == before { break }
        } while screens < 200
        for row in whole { #expect(seen.contains(row), "\(size) \(language): never shown: \(row)") }
        #expect(screens > 1, "the page is taller than \(size) and scrolls")
    }

    @Test(arguments: Language.allCases)
    func theMoreMarkSaysWhichRowsAreShownAndWhichWayThereIsMore(language: Language) {
        let size = Size(width: 80, height: 24)
        let top = Self.offCampus(language)
        let t = Localizer(table: Fixtures.table, language: language)
        let topText = Self.view.render(top, size: size).lines.joined(separator: "\n")
        let viewport = Self.view.viewport(top, size: size)
        let total = viewport.rows + viewport.scrollLimit
        #expect(topText.contains("↓ " + t("wizard.more", ["first": "1", "last": String(viewport.rows), "total": String(total)])), "\(topText)")
        let bottom = Self.press(top, .end, size: size)
        #expect(bottom.scroll == viewport.scrollLimit)
        let bottomText = Self.view.render(bottom, size: size).lines.joined(separator: "\n")
        #expect(bottomText.contains("↑ " + t("wizard.more", ["first": String(viewport.scrollLimit + 1), "last": String(total), "total": String(total)])))
        #expect(!bottomText.contains("↓"))
    }

    @Test func pageKeysMoveAWindowAndTheEndsHold() {
        let size = Size(width: 60, height: 16)
        var state = Self.offCampus(.en)
        let viewport = Self.view.viewport(state, size: size)
        state = Self.press(state, .pageDown, size: size)
        #expect(state.scroll == min(viewport.rows - 1, viewport.scrollLimit), "a window less the row kept in view")
        state = Self.press(state, .home, size: size)
        #expect(state.scroll == 0)
        state = Self.press(state, .up, size: size)
        #expect(state.scroll == 0, "the top holds")
        for _ in 0..<100 { state = Self.press(state, .down, size: size) }
        #expect(state.scroll == viewport.scrollLimit, "the bottom holds: no presses are lost past it")
        state = Self.press(state, .character("k"), size: size)
        #expect(state.scroll == viewport.scrollLimit - 1, "one press back up moves at once")
        let bigger = WizardUpdate.update(state, .viewport(Viewport(rows: 100, scrollLimit: 0))).0
        #expect(bigger.scroll == 0, "a larger window (or shorter text) pulls the offset back")
        state = Fixtures.run(state, [.key(.character("b")), .choose(0)]).0
        #expect(state.step == .network && state.scroll == 0, "a new screen starts at its top")
    }

    @Test(arguments: sizes)
    func onAListTheKeysMoveTheHighlightAndTheListFollows(size: Size) {
        var state = Fixtures.at(.products, .en)
        for _ in 0..<3 { state = Self.press(state, .pageDown, size: size) }
        #expect(state.scroll == 0 && state.selection > 3, "the highlight moved, the page did not scroll")
        let screen = Self.view.render(state, size: size)
        #expect(screen.lines.contains { $0.contains("▶") }, "the highlighted row is in view")
    }

    @Test func theHelpScrollsInsteadOfClosingOnMovingKeys() {
        let size = Size(width: 60, height: 16)
        var state = Fixtures.run(Fixtures.at(.products, .zhTW), [.key(.character("?"))]).0
        let viewport = Self.view.viewport(state, size: size)
        #expect(viewport.scrollLimit > 0, "the help is taller than 60x16")
        state = Self.press(state, .pageDown, size: size)
        #expect(state.showingHelp && state.scroll > 0)
        state = Self.press(state, .enter, size: size)
        #expect(!state.showingHelp && state.scroll == 0)
    }

    @Test func aLongFieldValueWrapsUnderItselfInsteadOfBeingCut() {
        let value = "2026-05-24 00:00 (UTC+8), offset +0.012 s against 127.0.0.1:11123, stratum 2, round trip 0.3 ms"
        let page = Page(title: "t", blocks: [.field(label: "Clock", value: value)], keys: [])
        let rows = Self.content(PageLayout(glyphs: .unicode).render(page, size: Size(width: 60, height: 16), enlargeMessage: ""))
        #expect(rows.joined().replacingSpaces() == ("Clock:" + value).replacingSpaces(), "every character shown, none cut: \(rows)")
        #expect(rows.count > 1 && rows[1].hasPrefix(String(repeating: " ", count: 18)), "the next line starts under the value: \(rows)")
    }
}

private extension String {
    func replacingSpaces() -> String { String(filter { $0 != " " }) }
}
