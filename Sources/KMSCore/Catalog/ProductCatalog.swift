import Platform

/// The volume editions kmswizard knows, read from `Resources/products.json`.
///
/// The catalog is data, not code: IDs and keys are public facts that change with each Windows and
/// Office release, so they live in a file that can be corrected without touching the protocol
/// code. Loading validates every entry (`CatalogValidator`), so the rest of the program can trust it.
public struct ProductCatalog: Sendable {
    public static let fileName = "products.json"
    /// The `schemaVersion` this build reads.
    public static let schemaVersion = 1
    /// No real catalog comes near this; a bigger file is refused before it is read.
    public static let maximumFileBytes = 4 << 20
    /// Windows 10/11 Enterprise: the campus default and the product of most captured exchanges.
    public static let defaultShortName = "win10-enterprise"

    public let schemaVersion: Int
    /// In file order: Windows by release, then Office by year.
    public let products: [Product]

    /// A catalog of the given entries, validated as a loaded file would be; `source` names it in errors.
    public init(products: [Product], source: String = "(in memory)") throws(CatalogError) {
        let problems = CatalogValidator.problems(in: products)
        guard problems.isEmpty else { throw .invalid(path: source, problems: problems) }
        self.schemaVersion = Self.schemaVersion
        self.products = products
    }

    /// The catalog shipped with the program, found by `ResourceLocator`.
    public static func bundled(environment: Variables = ResourceLocator.currentEnvironment()) throws(CatalogError) -> ProductCatalog {
        let path: String
        do {
            path = try ResourceLocator.path(of: fileName, environment: environment)
        } catch {
            throw .missing(name: fileName, searched: error.searched)
        }
        return try load(path: path)
    }

    /// Reads and validates the catalog file at `path`.
    public static func load(path: String) throws(CatalogError) -> ProductCatalog {
        // The one bounded reader of regular files; the reason is the errno's name (`EACCES`),
        // the same in every language, never strerror's English.
        let bytes: [UInt8]?
        do { bytes = try RegularFile.read(path, limit: maximumFileBytes) } catch { throw .unreadable(path: path, reason: error.reasonName) }
        guard let bytes else { throw .unreadable(path: path, reason: ErrnoName.of(ENOENT)) }
        guard bytes.count <= maximumFileBytes else {
            // Only the first bytes past the limit were read: the file's own size is what to report.
            var info = stat()
            let size = stat(path, &info) == 0 ? Int(info.st_size) : bytes.count
            throw .tooLarge(path: path, bytes: size, limit: maximumFileBytes)
        }
        return try decode(bytes: bytes, source: path)
    }

    /// Parses catalog bytes; `source` names the file in errors.
    public static func decode(bytes: [UInt8], source: String) throws(CatalogError) -> ProductCatalog {
        guard bytes.count <= maximumFileBytes else {
            throw .tooLarge(path: source, bytes: bytes.count, limit: maximumFileBytes)
        }
        let root: JSONValue
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            throw .malformed(path: source, detail: "not valid JSON (\(error))")
        }
        let version: Int
        do {
            version = try CatalogFileReader.schemaVersion(of: root)
        } catch {
            throw .malformed(path: source, detail: error.detail)
        }
        guard version == schemaVersion else {
            throw .unsupportedSchema(path: source, found: version, supported: schemaVersion)
        }
        let products: [Product]
        do {
            products = try CatalogFileReader.products(of: root)
        } catch {
            throw .malformed(path: source, detail: error.detail)
        }
        return try ProductCatalog(products: products, source: source)
    }

    /// The product used when none is named: Windows 10/11 Enterprise when the catalog has it.
    public var defaultProduct: Product {
        products.first { $0.shortName == Self.defaultShortName } ?? products[0]   // validated non-empty
    }

    /// The entries of one family, in catalog order.
    public func products(in family: Product.Family) -> [Product] {
        products.filter { $0.family == family }
    }

    /// The product a user means by `name`: its short name or an alias, its display name (case and
    /// spacing ignored), its SKU ID (with or without braces), or words that pick one entry
    /// ("win 10 ent"). Anything else throws with the closest entries to offer.
    public func find(_ name: String) throws(ProductLookupError) -> Product {
        try ProductMatcher(products: products).find(name)
    }
}
