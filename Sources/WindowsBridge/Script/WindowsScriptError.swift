/// Why a Windows activation script or run was refused; nothing is written when one is thrown.
public enum WindowsScriptError: Error, Sendable, Equatable, CustomStringConvertible {
    case badProductName(String)
    case badDisplayName(String)
    case badKey(String)
    case badOfficeFolder(String, String)
    /// A host a batch file could misread (metacharacters, an IPv6 zone with `%`).
    case badHost(String)
    case noProducts
    /// A PC runs one Windows edition; two Windows products in one script would fight.
    case severalWindows([String])
    /// A character of the script's text that the `.cmd` file's code page (950) cannot hold.
    case notInCodePage(character: String, codePage: Int)
    /// The system's iconv has no converter to the code page (glibc's gconv modules are missing).
    case codePageUnavailable(String)

    public var description: String {
        switch self {
        case let .badProductName(name): "\"\(name)\" is not a product short name"
        case let .badDisplayName(name): "the display name of \(name) holds characters a batch file cannot echo safely"
        case let .badKey(name): "the product key of \(name) is not a GVLK (five groups of five letters or digits)"
        case let .badOfficeFolder(name, folder): "the Office folder \"\(folder)\" of \(name) is not OfficeNN"
        case let .badHost(host): "\"\(host)\" cannot go into a Windows command (only letters, digits, '-', '.', '_' and IP addresses without a %zone)"
        case .noProducts: "no product chosen"
        case let .severalWindows(names): "only one Windows edition can be activated on a PC, not \(names.joined(separator: ", "))"
        case let .notInCodePage(character, codePage): "\"\(character)\" cannot be written in code page \(codePage) (Big5), the code page of the .cmd file"
        case let .codePageUnavailable(name): "this system's iconv cannot convert to \(name) (are glibc's gconv modules installed?)"
        }
    }
}
