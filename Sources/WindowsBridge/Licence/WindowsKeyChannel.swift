/// How a product's key was issued (`ProductKeyChannel`): only the KMS client key (GVLK) of a
/// volume edition is activated by a KMS host. A retail or OEM licence is activated on its own and
/// needs nothing from the campus host; a MAK is activated once by Microsoft.
public enum WindowsKeyChannel: Sendable, Equatable {
    case volumeKMS
    case volumeMAK
    case retail
    case oem
    case other(String)

    /// Reads Windows' text: `Volume:GVLK`, `Volume:MAK`, `Retail`, `OEM:DM`, `OEM:NONSLP`, ...
    public init(_ text: String) {
        let lower = text.lowercased()
        if lower == "volume:gvlk" {
            self = .volumeKMS
        } else if lower.hasPrefix("volume:") {
            self = .volumeMAK
        } else if lower.hasPrefix("retail") {
            self = .retail
        } else if lower.hasPrefix("oem") {
            self = .oem
        } else {
            self = .other(text)
        }
    }

    public var isKMS: Bool { self == .volumeKMS }
}
