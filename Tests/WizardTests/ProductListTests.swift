import KMSCore
import Localization
import Testing
@testable import Wizard

/// The products step with the real 89-entry catalog: group headings, keys that never rest on a
/// heading, the footer that says what Space and Enter do on the highlighted row, both languages.
@Suite struct ProductListTests {
    static let catalog: [Product] = {
        do { return try ProductCatalog.bundled().products } catch { fatalError("catalog: \(error)") }
    }()
    static let list = ProductList(catalog)

    /// The products step showing the whole catalog, highlight on its first product.
    static func atProducts(_ language: Language = .en) -> WizardState {
        Fixtures.run(Fixtures.at(.products, language), [.catalogLoaded(.products(catalog))]).0
    }

    static func press(_ state: WizardState, _ keys: [Key]) -> WizardState {
        Fixtures.run(state, keys.map { .key($0) }).0
    }

    static func rowText(_ state: WizardState) -> ProductList.Row? {
        list.row(at: state.selection)
    }

    @Test func everyProductStandsOnceUnderItsGroupsHeading() {
        var group: ProductGroup?
        var seen: [String] = []
        var headings: [ProductGroup] = []
        for row in Self.list.rows {
            switch row {
            case let .heading(next):
                group = next
                headings.append(next)
            case let .product(product):
                #expect(group == ProductGroup(product), "\(product.shortName) under \(String(describing: group))")
                seen.append(product.shortName)
            case .start: #expect(row == Self.list.rows.last)
            }
        }
        #expect(headings == ProductGroup.allCases)
        #expect(seen.sorted() == Self.catalog.map(\.shortName).sorted())
        #expect(Self.list.rows.filter { if case let .product(product) = $0 { product.shortName.hasPrefix("visio") } else { false } }
            .allSatisfy { if case let .product(product) = $0 { ProductGroup(product) == .visio } else { false } })
    }

    @Test func downAndUpVisitEverySelectableRowAndNoHeading() {
        var state = Self.atProducts()
        var visited = [state.selection]
        for _ in 0..<Self.list.rows.count {
            state = Self.press(state, [.down])
            if state.selection != visited.last { visited.append(state.selection) }
        }
        #expect(visited == Self.list.navigation.stops)
        #expect(Self.rowText(state) == .start)
        for _ in 0..<Self.list.rows.count {
            state = Self.press(state, [.character("k")])
            #expect(Self.rowText(state)?.isSelectable == true)
        }
        #expect(state.selection == Self.list.navigation.first)
    }

    @Test func jumpsLandOnProductsAndTheEnds() {
        let state = Self.atProducts()
        let stops = Self.list.navigation.stops
        #expect(state.selection == stops[0] && stops[0] == 1, "the list opens on its first product, below the first heading")
        #expect(Self.press(state, [.pageDown]).selection == stops[5])
        #expect(Self.press(state, [.pageDown, .pageDown, .pageUp]).selection == stops[5])
        #expect(Self.press(state, [.end]).selection == stops.last)
        #expect(Self.press(state, [.end, .home]).selection == stops[0])
        #expect(Self.press(state, [.up, .pageUp, .home]).selection == stops[0])
        // From the last Windows client, Down crosses the Windows Server heading.
        let lastClient = Self.list.rows.lastIndex { if case let .product(product) = $0 { product.kind == .client } else { false } } ?? 0
        var atLastClient = state
        atLastClient.selection = lastClient
        let below = Self.press(atLastClient, [.down])
        #expect(below.selection == lastClient + 2)
        #expect(Self.list.row(at: lastClient + 1) == .heading(.windowsServer))
        #expect(Self.press(below, [.up]).selection == lastClient)
    }

    @Test func spaceTicksAcrossGroupsAndTheStartRowOnlyStarts() {
        guard let office = Self.list.choice(of: "office2016-proplus"), let windows = Self.list.choice(of: "win10-education") else {
            Issue.record("catalog lacks the products this test ticks")
            return
        }
        var state = Self.press(Self.atProducts(), Array(repeating: .down, count: windows.index) + [.character(" ")])
        state = Self.press(state, Array(repeating: .down, count: office.index - windows.index) + [.enter])
        #expect(state.chosen == ["win10-education", "office2016-proplus"], "catalog order")
        let onStart = Self.press(state, [.end, .character(" ")])
        #expect(onStart.chosen == state.chosen && onStart.step == .products, "Space on the start row ticks nothing")
        let started = Self.press(onStart, [.enter])
        #expect(started.step == .activation)
        #expect(started.runs.keys.sorted() == ["office2016-proplus", "win10-education"])
    }

    @Test func plainNumbersCountProductsOnly() {
        var state = Self.atProducts()
        state.config.plain = true
        guard let visio = Self.list.choice(of: "visio2019-pro") else {
            Issue.record("no visio2019-pro in the catalog")
            return
        }
        state = Fixtures.run(state, [.choose(visio.index)]).0
        #expect(state.chosen == ["visio2019-pro"])
        let numbered = PlainPage.lines(WizardView(table: Fixtures.table).page(state))
        #expect(numbered.contains("    \(visio.index + 1)) [x] Visio Professional 2019  KMS v6"), "\(numbered.joined(separator: "\n"))")
        #expect(numbered.contains("  Visio"), "headings are lines without a number")
        #expect(Fixtures.run(state, [.choose(Self.list.navigation.stops.count - 1)]).0.step == .activation, "the last number starts")
    }

    @Test(arguments: Language.allCases)
    func screenShowsHeadingsAndAFooterForTheHighlightedRow(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        let view = WizardView(table: Fixtures.table)
        let tick = t("wizard.key.spaceName") + "/Enter " + t("wizard.key.toggle")
        let start = "Enter " + t("wizard.key.start")
        let first = Self.atProducts(language)
        guard let office = Self.list.choice(of: "office2013-proplus") else {
            Issue.record("no office2013-proplus in the catalog")
            return
        }
        let atOffice = Self.press(first, Array(repeating: .down, count: office.index) + [.character(" ")])
        for size in WizardViewTests.sizes {
            let context = "\(language) \(size.width)x\(size.height)"
            let top = view.render(first, size: size)
            WizardViewTests.expectWellFormed(top, context)
            let lines = top.lines
            guard let heading = lines.firstIndex(where: { $0.contains(t("wizard.products.group.windows")) }) else {
                Issue.record("\(context): no Windows heading:\n\(lines.joined(separator: "\n"))")
                continue
            }
            #expect(lines[heading + 1].contains("▶ [ ] Windows Vista Business"), "\(context): the first product is highlighted")
            #expect(!top[3, heading].style.reverse, "\(context): a heading is never highlighted")
            #expect(lines[size.height - 2].contains(tick), "\(context) footer: \(lines[size.height - 2])")

            let middle = view.render(atOffice, size: size).lines
            #expect(middle.contains { $0.contains(t("wizard.products.group.office")) }, "\(context): the group of the highlighted row shows")
            #expect(middle.contains { $0.contains("▶ [x] Office Professional Plus 2013") }, "\(context):\n\(middle.joined(separator: "\n"))")

            let last = view.render(Self.press(atOffice, [.end]), size: size).lines
            #expect(last.contains { $0.contains("▶ " + t("wizard.products.start", ["count": "1"])) })
            #expect(last[size.height - 2].contains(start), "\(context) footer on the start row: \(last[size.height - 2])")
            #expect(!last[size.height - 2].contains(t("wizard.key.toggle")), "\(context): nothing to tick on the start row")
            // Nothing ticked: Enter on the start row says why nothing starts.
            let empty = view.render(Self.press(first, [.end, .enter]), size: size).lines
            #expect(empty.contains { $0.contains(TextLayout.prefix(t("wizard.products.nothingChosen"), width: 16)) },
                    "\(context): \(empty.joined(separator: "\n"))")
        }
    }
}

extension ProductListTests {
    @Test(arguments: Language.allCases)
    func theHighlightedRowsGroupHeadingIsAlwaysInView(language: Language) {
        let view = WizardView(table: Fixtures.table)
        let t = Localizer(table: Fixtures.table, language: language)
        let headings = Set(ProductGroup.allCases.map { t($0.titleKey) })
        var state = Self.atProducts(language)
        for size in WizardViewTests.sizes {
            for stop in Self.list.navigation.stops {
                state.selection = stop
                let lines = view.render(state, size: size).lines.map { String($0.dropFirst(2)).trimmingCharacters(in: " │") }
                guard let highlighted = lines.firstIndex(where: { $0.hasPrefix("▶") }) else {
                    Issue.record("\(language) \(size.width)x\(size.height) row \(stop): no highlighted row")
                    continue
                }
                let above = lines[..<highlighted].reversed().prefix { !$0.isEmpty }
                #expect(above.contains { headings.contains($0) },
                        "\(language) \(size.width)x\(size.height) row \(stop): no heading above:\n\(lines.joined(separator: "\n"))")
            }
        }
    }
}
