/// Moving the highlight through a screen's list. Only selectable rows (not group headings) can
/// hold it, so every move lands on one; `--plain` mode's typed numbers count those rows only,
/// the way `PlainPage` numbers them.
public struct ListNavigation: Sendable, Equatable {
    /// Indices of the rows that can hold the highlight, in order.
    public let stops: [Int]

    public init(selectable: [Bool]) {
        stops = selectable.indices.filter { selectable[$0] }
    }

    /// A list of `count` rows that are all selectable.
    public init(count: Int) {
        stops = Array(0..<max(0, count))
    }

    public var first: Int? { stops.first }
    public var last: Int? { stops.last }

    /// The row `delta` stops away from `row` (negative moves up), kept inside the list. From a
    /// row that is no stop, one step down reaches the stop below it and one step up the stop above.
    public func row(from row: Int, movingBy delta: Int) -> Int? {
        guard !stops.isEmpty else { return nil }
        let position = stops.firstIndex { $0 >= row } ?? stops.count
        let onStop = position < stops.count && stops[position] == row
        let target = delta > 0 && !onStop ? position + delta - 1 : position + delta
        return stops[min(max(0, target), stops.count - 1)]
    }

    /// The row of the `choice`-th stop (counted from 0), nil when there is none.
    public func row(ofChoice choice: Int) -> Int? {
        stops.indices.contains(choice) ? stops[choice] : nil
    }
}
