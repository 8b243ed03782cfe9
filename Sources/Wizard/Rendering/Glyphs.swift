/// The drawing characters: Unicode box drawing by default, plain ASCII with `--ascii` for
/// terminals (and zh-TW fonts) that draw East Asian Ambiguous characters two cells wide.
public struct Glyphs: Sendable, Equatable {
    public let horizontal: Character
    public let vertical: Character
    public let topLeft: Character
    public let topRight: Character
    public let bottomLeft: Character
    public let bottomRight: Character
    public let teeLeft: Character
    public let teeRight: Character
    public let ellipsis: String
    public let pointer: String
    public let spinner: [String]
    /// The "more" mark's arrows: there are rows above / below the window.
    public let scrollUp: String
    public let scrollDown: String
    /// Between the wizard's name and the step's in the title.
    public let titleSeparator: String

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                       bottomLeft: "└", bottomRight: "┘", teeLeft: "├", teeRight: "┤",
                                       ellipsis: "…", pointer: "▶", spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"],
                                       scrollUp: "↑", scrollDown: "↓", titleSeparator: " · ")
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                     bottomLeft: "+", bottomRight: "+", teeLeft: "+", teeRight: "+",
                                     ellipsis: "...", pointer: ">", spinner: ["|", "/", "-", "\\"],
                                     scrollUp: "^", scrollDown: "v", titleSeparator: " - ")

    public static func forStyle(ascii: Bool) -> Glyphs { ascii ? .ascii : .unicode }
}
