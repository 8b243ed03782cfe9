import Testing
@testable import Wizard

@Suite struct ListNavigationTests {
    /// Rows 0 and 3 are headings: stops 1, 2, 4, 5.
    let navigation = ListNavigation(selectable: [false, true, true, false, true, true])

    @Test func movesCountStopsAndHoldAtTheEnds() {
        #expect(navigation.stops == [1, 2, 4, 5])
        #expect(navigation.row(from: 2, movingBy: 1) == 4)
        #expect(navigation.row(from: 4, movingBy: -1) == 2)
        #expect(navigation.row(from: 1, movingBy: -5) == 1)
        #expect(navigation.row(from: 2, movingBy: 99) == 5)
        #expect(navigation.row(from: 5, movingBy: 0) == 5)
    }

    @Test func fromAHeadingOneStepReachesTheNeighbouringStop() {
        #expect(navigation.row(from: 3, movingBy: 1) == 4)
        #expect(navigation.row(from: 3, movingBy: -1) == 2)
        #expect(navigation.row(from: 0, movingBy: 1) == 1)
        #expect(navigation.row(from: 9, movingBy: -1) == 5, "past the end: the last stop is one step up")
    }

    @Test func choicesNumberStopsOnly() {
        #expect(navigation.row(ofChoice: 2) == 4)
        #expect(navigation.row(ofChoice: 4) == nil && navigation.row(ofChoice: -1) == nil)
        #expect(ListNavigation(count: 0).row(from: 0, movingBy: 1) == nil)
        #expect(ListNavigation(count: 3).stops == [0, 1, 2])
    }
}
