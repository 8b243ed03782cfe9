import WindowsBridge
import Localization

/// Why Windows' licence state could not be read, in the reader's language; Windows' own text is
/// quoted as Windows wrote it.
public struct WindowsReadText: Sendable, Equatable {
    public let text: String

    public init(_ error: WindowsLicenceReadError, _ t: Localizer) {
        text = switch error {
        case let .powershellMissing(path): t("windows.read.powershellMissing", ["path": path])
        case let .cannotStart(program): t("windows.read.cannotStart", ["path": program])
        case let .windowsUnreachable(path?): t("windows.read.unreachable", ["path": path])
        case .windowsUnreachable(nil): t("windows.read.interopOff")
        case let .timedOut(seconds): t("windows.read.timedOut", ["seconds": String(Int(seconds.rounded()))])
        case let .failed(status, windowsText) where windowsText.isEmpty: t("windows.read.failed", ["status": String(status)])
        case let .failed(status, windowsText): t("windows.read.failedSaid", ["status": String(status), "text": windowsText])
        case .unreadable: t("windows.read.unreadable")
        }
    }
}
