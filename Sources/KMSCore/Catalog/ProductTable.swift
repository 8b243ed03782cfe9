/// The catalog as a plain-text table for `kmswizard products`: one line per product, columns
/// aligned in terminal cells (Chinese headers take two cells a character), and the product name
/// shortened with "…" so that the narrow form fits an 80-column terminal.
public struct ProductTable: Sendable {
    /// Column titles, already in the user's language.
    public struct Headers: Sendable {
        public var shortName: String
        public var displayName: String
        public var protocolVersion: String
        public var minimumCount: String
        public var gvlk: String

        public init(shortName: String, displayName: String, protocolVersion: String, minimumCount: String, gvlk: String) {
            self.shortName = shortName
            self.displayName = displayName
            self.protocolVersion = protocolVersion
            self.minimumCount = minimumCount
            self.gvlk = gvlk
        }
    }

    static let gap = "  "
    /// The narrowest the product-name column gets, however long the other columns are.
    static let minimumNameCells = 12

    public let headers: Headers
    /// With the GVLK column, and names never shortened (for wide terminals and copying keys).
    public let wide: Bool
    /// Terminal width the narrow form must fit.
    public let width: Int

    public init(headers: Headers, wide: Bool = false, width: Int = 80) {
        self.headers = headers
        self.wide = wide
        self.width = width
    }

    /// The header line, a rule, and one line per product; no line ends in spaces.
    public func lines(for products: [Product]) -> [String] {
        var rows = [[headers.shortName, headers.displayName, headers.protocolVersion, headers.minimumCount]]
        if wide { rows[0].append(headers.gvlk) }
        for product in products {
            var row = [product.shortName, product.displayName, "v\(product.protocolVersion)", String(product.minimumCount)]
            if wide { row.append(product.gvlk) }
            rows.append(row)
        }
        var widths = rows[0].indices.map { column in rows.map { CellWidth.of($0[column]) }.max() ?? 0 }
        if !wide {
            let others = widths.indices.filter { $0 != 1 }.map { widths[$0] }.reduce(0, +)
            let available = width - others - Self.gap.count * (widths.count - 1)
            widths[1] = min(widths[1], max(Self.minimumNameCells, available))
        }
        let numeric: Set<Int> = [2, 3]
        var lines = rows.map { row in
            row.indices.map { column -> String in
                let text = Self.fitted(row[column], cells: widths[column])
                let padding = String(repeating: " ", count: widths[column] - CellWidth.of(text))
                return numeric.contains(column) ? padding + text : text + padding
            }.joined(separator: Self.gap)
        }.map(Self.trimmingTrailingSpaces)
        lines.insert(String(repeating: "-", count: widths.reduce(0, +) + Self.gap.count * (widths.count - 1)), at: 1)
        return lines
    }

    /// `text` cut to `cells` terminal cells, ending in "…" when cut.
    static func fitted(_ text: String, cells limit: Int) -> String {
        guard CellWidth.of(text) > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let size = CellWidth.of(character)
            guard used + size + 1 <= limit else { break }
            result.append(character)
            used += size
        }
        return result + "…"
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
