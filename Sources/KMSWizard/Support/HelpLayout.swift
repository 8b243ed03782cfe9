@preconcurrency import Platform
import KMSCore
import Localization
import Wizard

/// Fits Traditional Chinese help texts to the terminal, as ArgumentParser would if it counted cells.
///
/// ArgumentParser wraps help at the screen width counting one column per character and breaks
/// lines only at spaces. Chinese takes two cells per character and has no spaces, so its lines
/// ran past the right edge and the terminal broke them at column 0, through the option column.
/// Here every line wider than the room it gets is wrapped by cells (the wizard's `TextLayout`:
/// at spaces or between Chinese characters), keeping its indentation; ArgumentParser keeps those
/// line breaks, and since no line then holds more characters than cells, it adds none of its own.
enum HelpLayout {
    /// The column where ArgumentParser starts the help of options and subcommands (its
    /// `labelColumnWidth`); abstracts and option help get the screen minus this, discussions
    /// the whole screen.
    static let helpColumn = 26

    /// The width ArgumentParser wraps to: `COLUMNS`, else the terminal's, else 80.
    static let screenWidth: Int = {
        if let columns = RunInputs.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }()

    /// `text` with each line wider than `width` cells wrapped to it, indentation kept.
    static func fitted(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard CellWidth.of(line) > width else { return String(line) }
            let indent = String(line.prefix { $0 == " " })
            let room = max(width - indent.count, 20)
            return TextLayout.wrap(String(line.dropFirst(indent.count)), width: room).map { indent + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
