import Localization

/// A line typed in `--plain` mode, read against the page it answers: events for the update, a
/// request to show the page again, or a refusal that says why and what this page takes, so no
/// answer is ever dropped without a word.
public enum PlainAnswer: Sendable, Equatable {
    case events([WizardEvent])
    /// `s`: print the whole page again (after a change only the changed lines are printed).
    case showAgain
    case refused(PlainRefusal)

    /// The key that shows the page again; the update gives it no meaning on any screen.
    public static let showAgainKey: Character = "s"

    /// What `line` means on `page`: an empty line is Enter, a number chooses that numbered row
    /// when the page has one, a single character is a key the page's footer offers.
    public static func reading(_ line: String, on page: Page) -> PlainAnswer {
        let answer = line.trimmingCharacters(in: " \t\r")
        if answer.isEmpty { return .events([.key(.enter)]) }
        let choices = PlainPage.numberedRows(page)
        if let number = Int(answer) {
            if choices == 0 { return .refused(.noChoices(answer)) }
            return (1...choices).contains(number) ? .events([.choose(number - 1)]) : .refused(.noSuchChoice(answer, count: choices))
        }
        guard answer.count == 1, let key = answer.first else { return .refused(.notOneAnswer(answer)) }
        if key.lowercased() == String(showAgainKey) { return .showAgain }
        return offeredKeys(page).contains(key.lowercased()) ? .events([.key(.character(key))]) : .refused(.noSuchKey(answer))
    }

    /// The single-character keys the footer offers (`b`, `r`, `?`), lower-cased, and `q`, which
    /// quits from every screen, the help's (whose footer names only its closing) included.
    static func offeredKeys(_ page: Page) -> Set<String> {
        Set(page.keys.flatMap { $0.key.split(separator: "/") }.filter { $0.count == 1 }.map { $0.lowercased() } + ["q"])
    }
}

/// Why a typed line was not taken.
public enum PlainRefusal: Sendable, Equatable {
    /// A number outside the page's numbered rows (1...count).
    case noSuchChoice(String, count: Int)
    /// A number on a page without numbered rows.
    case noChoices(String)
    /// A character that is no key of this page.
    case noSuchKey(String)
    /// More than one answer or a word (`abc`, `25 79`).
    case notOneAnswer(String)

    /// One line: why the answer was not taken, then what this page takes.
    public func line(on page: Page, _ t: Localizer) -> String {
        let why: String
        switch self {
        case let .noSuchChoice(answer, count): why = t("wizard.plain.noSuchChoice", ["answer": answer, "count": String(count)])
        case let .noChoices(answer): why = t("wizard.plain.noChoices", ["answer": answer])
        case let .noSuchKey(answer): why = t("wizard.plain.noSuchKey", ["answer": answer])
        case let .notOneAnswer(answer): why = t("wizard.plain.notOneAnswer", ["answer": answer])
        }
        let footer = page.keys.map(\.key).filter { $0.count == 1 && Int($0) == nil }
        let keys = footer + (footer.contains("q") ? [] : ["q"])
        let choices = PlainPage.numberedRows(page)
        let takes = choices > 0
            ? t("wizard.plain.takesNumbers", ["count": String(choices), "keys": keys.joined(separator: " ")])
            : t("wizard.plain.takesKeys", ["keys": keys.joined(separator: " ")])
        return t("wizard.plain.refusal", ["why": why, "takes": takes])
    }
}
