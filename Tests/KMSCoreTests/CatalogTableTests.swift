@testable import KMSCore
import Localization
import Testing

/// The `kmswizard products` table: fits 80 terminal cells in both languages, aligns columns,
/// and shortens only the product name.
@Suite("Product table")
struct CatalogTableTests {
    static let english = ProductTable.Headers(shortName: "Short name", displayName: "Product",
                                              protocolVersion: "Proto", minimumCount: "Min", gvlk: "GVLK")
    static let chinese = ProductTable.Headers(shortName: "簡稱", displayName: "產品名稱",
                                              protocolVersion: "協定", minimumCount: "門檻", gvlk: "KMS 用戶端金鑰")

    @Test(arguments: [english, chinese])
    func narrowTableFits80Cells(headers: ProductTable.Headers) throws {
        let products = try ProductCatalog.bundled().products
        let lines = ProductTable(headers: headers).lines(for: products)
        #expect(lines.count == products.count + 2)
        for line in lines {
            #expect(CellWidth.of(line) <= 80, "\(line)")
            #expect(!line.hasSuffix(" "))
        }
        // Every product's short name is shown whole: it is what users type.
        for (line, product) in zip(lines.dropFirst(2), products) {
            #expect(line.hasPrefix(product.shortName + " "))
            #expect(line.hasSuffix(" \(product.minimumCount)"))
        }
    }

    @Test func longNamesAreShortenedWithAnEllipsis() throws {
        let catalog = try ProductCatalog.bundled()
        let ltsc = try catalog.find("win10-ltsc-n")
        let line = try #require(ProductTable(headers: Self.english).lines(for: catalog.products)
            .first { $0.hasPrefix("win10-ltsc-n ") })
        #expect(CellWidth.of(ltsc.displayName) > 40)
        #expect(line.contains("…"))
        #expect(line.contains("v6"))
    }

    @Test func wideTableShowsWholeNamesAndKeys() throws {
        let catalog = try ProductCatalog.bundled()
        let lines = ProductTable(headers: Self.english, wide: true).lines(for: catalog.products)
        #expect(lines[0].hasSuffix("GVLK"))
        for (line, product) in zip(lines.dropFirst(2), catalog.products) {
            #expect(line.contains(product.displayName))
            #expect(line.hasSuffix(product.gvlk))
        }
    }

    @Test func columnsLineUpUnderChineseHeaders() throws {
        let product = try ProductCatalog.bundled().find("office2016-proplus")
        let lines = ProductTable(headers: Self.chinese).lines(for: [product])
        #expect(CellWidth.of(lines[0]) == CellWidth.of(lines[2]))
        #expect(lines[1].allSatisfy { $0 == "-" })
        #expect(lines[1].count == CellWidth.of(lines[2]))
    }

    @Test func terminalCells() {
        #expect(CellWidth.of("abc") == 3)
        #expect(CellWidth.of("產品") == 4)
        #expect(CellWidth.of("e\u{301}") == 1)
        #expect(ProductTable.fitted("Windows 10/11 Enterprise", cells: 10) == "Windows 1…")
        #expect(ProductTable.fitted("產品名稱", cells: 5) == "產品…")
        #expect(ProductTable.fitted("short", cells: 10) == "short")
    }
}
