@preconcurrency import Platform

/// The character locale ncursesw needs to draw Chinese and box drawing: a UTF-8 one.
///
/// The user's locale is kept when it is UTF-8. Otherwise (LANG unset, C, POSIX, a Big5 or
/// ISO-8859 locale) only LC_CTYPE moves, to the first UTF-8 locale this system has: C.UTF-8 on
/// Linux, UTF-8 on macOS. The wizard still writes UTF-8 to the terminal then, as the plain
/// commands always do. Only when the system has none does the wizard draw in ASCII and English,
/// and it says why when it ends.
enum UTF8Locale {
    static let candidates = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"]

    /// Applies the user's locale, then a UTF-8 LC_CTYPE if that is not one; whether LC_CTYPE is
    /// UTF-8 in the end.
    @discardableResult
    static func adopt() -> Bool {
        setlocale(LC_ALL, "")
        return adopt(codeset: { String(cString: nl_langinfo(nl_item(CODESET))) },
                     setCharacterLocale: { setlocale(LC_CTYPE, $0) != nil })
    }

    /// The decision, with the C library's two calls passed in.
    static func adopt(codeset: () -> String, setCharacterLocale: (String) -> Bool) -> Bool {
        if isUTF8(codeset()) { return true }
        for candidate in candidates where setCharacterLocale(candidate) {
            if isUTF8(codeset()) { return true }
        }
        return false
    }

    /// `UTF-8`, `utf8`, `UTF8`: glibc and macOS spell the codeset differently.
    static func isUTF8(_ codeset: String) -> Bool {
        codeset.uppercased().filter { $0 != "-" } == "UTF8"
    }
}
