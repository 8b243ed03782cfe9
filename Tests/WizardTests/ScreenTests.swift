import Testing
@testable import Wizard

@Suite struct ScreenTests {
    @Test func wideCharacterAtTheRightEdgeIsNotDrawnHalf() {
        var screen = Screen(size: Size(width: 5, height: 1))
        let used = screen.write("ab啟用", x: 0, y: 0)
        #expect(used == 4)
        #expect(screen.line(0) == "ab啟 ")
        #expect(screen[3, 0].isContinuation)
        #expect(screen.cellCount(ofRow: 0) == 5)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(size: Size(width: 6, height: 1))
        screen.write("啟用精", x: 0, y: 0)
        screen.write("x", x: 1, y: 0)
        #expect(screen.line(0) == " x用精")
        screen.write("y", x: 2, y: 0)
        #expect(screen.line(0) == " xy 精")
        #expect(screen.cellCount(ofRow: 0) == 6)
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        var screen = Screen(size: Size(width: 10, height: 1))
        screen.write("a\u{1B}[2Jb\u{9B}", x: 0, y: 0)
        #expect(screen.line(0) == "a?[2Jb?   ")
    }
}
