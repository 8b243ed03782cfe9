import KMSCore

/// The products screen's list: the catalog grouped under headings a help desk names (Windows,
/// Windows Server, Office, Project, Visio), then the row that starts the activation. Headings
/// only orient the reader; `ListNavigation` never rests on them. Within a group the catalog's
/// order (oldest release first) is kept.
public struct ProductList: Sendable, Equatable {
    public enum Row: Sendable, Equatable {
        case heading(ProductGroup)
        case product(Product)
        case start

        public var isSelectable: Bool {
            if case .heading = self { false } else { true }
        }
    }

    public let rows: [Row]

    public init(_ products: [Product]) {
        let grouped = ProductGroup.allCases.flatMap { group -> [Row] in
            let members = products.filter { ProductGroup($0) == group }
            return members.isEmpty ? [] : [.heading(group)] + members.map(Row.product)
        }
        rows = grouped + [.start]
    }

    public func row(at index: Int) -> Row? {
        rows.indices.contains(index) ? rows[index] : nil
    }

    public var navigation: ListNavigation {
        ListNavigation(selectable: rows.map(\.isSelectable))
    }

    /// Where the product named `shortName` stands among the selectable rows: its number in
    /// `--plain` mode minus one, and how many Downs reach it from the first product (what the
    /// end-to-end tests and the memory bench press). Nil when the catalog has no such product.
    public func choice(of shortName: String) -> (index: Int, product: Product)? {
        for (index, row) in navigation.stops.enumerated() {
            if case let .product(product)? = self.row(at: row), product.shortName == shortName { return (index, product) }
        }
        return nil
    }
}

/// A line of products as people ask for it at the help desk. Project and Visio are Office-family
/// volume products in the catalog but are bought and installed on their own, so they get their
/// own headings; the catalog marks them only by their short names (`project2016-pro`, `visio2016-pro`).
public enum ProductGroup: String, Sendable, CaseIterable {
    case windows, windowsServer, office, project, visio

    public init(_ product: Product) {
        switch product.kind {
        case .client: self = .windows
        case .server: self = .windowsServer
        case .office:
            if product.shortName.hasPrefix("project") {
                self = .project
            } else if product.shortName.hasPrefix("visio") {
                self = .visio
            } else {
                self = .office
            }
        }
    }

    /// The string table key of the heading.
    public var titleKey: String { "wizard.products.group.\(rawValue)" }
}
