import KMSCore
import ArgumentParser
import Localization

/// `kmswizard products`: the volume editions kmswizard can activate, as a table or as JSON.
struct ProductsCommand: ParsableCommand {
    static let commandName = "products"
    static let configuration = CommandConfiguration(
        commandName: commandName,
        abstract: HelpText.text("products.abstract"),
        discussion: HelpText.discussion("products.discussion"))

    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: HelpText.argument("products.family", valueName: "windows|office"),
            completion: .list(Product.Family.allCases.map(\.rawValue)))
    var family: String?

    @Flag(name: .long, help: HelpText.argument("products.wide"))
    var wide = false

    /// The parsed line as plain values, which is what runs.
    var request: Request { Request(output: output.choice, family: family, wide: wide) }

    /// `--json`: the listed products with every field, keys stable and sorted.
    struct ProductList: Encodable {
        var ok = true
        var catalogSchemaVersion: Int
        /// The `--family` filter: "windows", "office", or "all".
        var family: String
        var count: Int
        var products: [Product]
        var schemaVersion = JSONOutput.schemaVersion
    }
}

extension ProductsCommand: DirectlyParsed {
    /// `products` as plain values: what ArgumentParser's parse or a direct read of the line made.
    struct Request: DirectRequest {
        var output = OutputChoice()
        var family: String?
        var wide = false

        func run() throws {
            let context = try CommandContext(output)
            let t = context.localizer
            let chosenFamily = try family.map { text in
                guard let family = Product.Family(rawValue: text.lowercased()) else {
                    throw CLIFailure(.usage, message: t("catalog.option.family.invalid", ["value": text]),
                                     json: output.json)
                }
                return family
            }
            let catalog: ProductCatalog
            do {
                catalog = try ProductCatalog.bundled(environment: context.environment)
            } catch {
                throw CLIFailure.catalog(error, t, json: output.json)
            }
            let products = chosenFamily.map { catalog.products(in: $0) } ?? catalog.products
            if output.json {
                try JSONOutput.write(ProductList(catalogSchemaVersion: catalog.schemaVersion,
                                                 family: chosenFamily?.rawValue ?? "all", count: products.count, products: products))
            } else {
                printTable(products, t)
            }
        }

        private func printTable(_ products: [Product], _ t: Localizer) {
            let headers = ProductTable.Headers(
                shortName: t("catalog.column.shortName"), displayName: t("catalog.column.displayName"),
                protocolVersion: t("catalog.column.protocol"), minimumCount: t("catalog.column.minimum"),
                gvlk: t("catalog.column.gvlk"))
            let windows = products.filter { $0.family == .windows }.count
            print(t("catalog.summary", ["count": String(products.count), "windows": String(windows),
                                        "office": String(products.count - windows)]))
            print("")
            for line in ProductTable(headers: headers, wide: wide).lines(for: products) {
                print(line)
            }
            print("")
            print(t("catalog.footer.minimum"))
            print(t("catalog.footer.more"))
        }
    }

    static func request(_ arguments: inout DirectArguments) -> Request? {
        guard let output = OutputChoice.direct(&arguments) else { return nil }
        let family = arguments.option("family")
        let wide = arguments.flag("wide")
        return Request(output: output, family: family, wide: wide)
    }
}
