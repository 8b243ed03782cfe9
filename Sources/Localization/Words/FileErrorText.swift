import KMSCore

extension FileError {
    /// The reason in the reader's language, made where it is shown.
    public func reasonText(_ t: Localizer) -> String {
        switch reason {
        case let .system(number): ErrnoText.text(number, t)
        case .notRegularFile: t("cli.file.notRegular")
        }
    }
}

/// An errno as a reader can take it: words from the strings table for the values people meet
/// (a full disk, no permission, a read-only or failing disk, a missing folder), with the
/// symbolic name beside them; any other value by its symbolic name alone (`ELOOP`), which reads
/// the same in every language, never strerror's English sentence.
public enum ErrnoText {
    public static func text(_ code: Int32, _ t: Localizer) -> String {
        let name = ErrnoName.of(code)
        let key = wordsArea + name
        guard t.table.contains(key) else { return name }
        return t("cli.file.reason", ["words": t(key), "name": name])
    }

    /// The one set of words for system reasons, shared with the diagnostics' `SystemReason`.
    public static let wordsArea = "diagnose.reason."
}
