import Localization

/// The texts of the weekly renewal job: a systemd user service and timer, or a crontab line.
///
/// The job runs `kmswizard renew --quiet` with the binary's absolute path, so it works from a
/// session whose PATH lacks the install folder. The path goes into a unit file or a crontab line,
/// so characters that either would interpret (`%`, `$`, quotes, backslashes, control characters)
/// are refused instead of escaped: an install path never needs them.
public enum ReminderSchedule {
    public static let unitName = "kmswizard-renew"
    public static let serviceFileName = unitName + ".service"
    public static let timerFileName = unitName + ".timer"
    /// Ends the crontab line so `--uninstall` (and a person) can find it.
    public static let cronMarker = "# kmswizard-renew: added by kmswizard remind --install, removed by kmswizard remind --uninstall"

    public enum PathError: Error, Sendable, Equatable {
        case notAbsolute(String)
        case forbiddenCharacter(String, Character)

        /// The reason in the reader's language (strings `renewal.remind.error.*`).
        public func message(_ t: Localizer) -> String {
            switch self {
            case let .notAbsolute(path): t("renewal.remind.error.notAbsolute", ["path": path])
            case let .forbiddenCharacter(path, character):
                t("renewal.remind.error.forbiddenCharacter", [
                    "path": path,
                    "character": character.unicodeScalars.first.map { "U+" + String($0.value, radix: 16, uppercase: true) } ?? "?",
                ])
            }
        }
    }

    /// Accepts an absolute path made of characters that mean nothing to systemd or cron.
    public static func validate(binaryPath path: String) throws(PathError) {
        guard path.hasPrefix("/") else { throw .notAbsolute(path) }
        for character in path where character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
            || "%$'\"\\`;&|<>*?#~".contains(character) {
            throw .forbiddenCharacter(path, character)
        }
    }

    public static func serviceUnit(binaryPath: String) throws(PathError) -> String {
        try validate(binaryPath: binaryPath)
        return """
        # Written by kmswizard remind --install; kmswizard remind --uninstall removes it.
        [Unit]
        Description=kmswizard: renew the NKNU KMS activations that are due

        [Service]
        Type=oneshot
        ExecStart="\(binaryPath)" renew --quiet
        # 20 renewed, 21 nothing was due: both are a normal run.
        SuccessExitStatus=20 21

        """
    }

    public static let timerUnit = """
        # Written by kmswizard remind --install; kmswizard remind --uninstall removes it.
        [Unit]
        Description=Weekly check whether NKNU KMS activations need renewing

        [Timer]
        OnCalendar=weekly
        Persistent=true
        RandomizedDelaySec=1h

        [Install]
        WantedBy=timers.target

        """

    /// Mondays at 10:23, when a campus laptop is likely to be on.
    public static func cronLine(binaryPath: String) throws(PathError) -> String {
        try validate(binaryPath: binaryPath)
        return "23 10 * * 1 '\(binaryPath)' renew --quiet \(cronMarker)"
    }

    /// The crontab with our line added once (an older copy of it replaced).
    public static func addingCronLine(_ line: String, to crontab: String) -> String {
        let kept = removingCronLines(from: crontab)
        return kept + (kept.isEmpty || kept.hasSuffix("\n") ? "" : "\n") + line + "\n"
    }

    /// The crontab without any line carrying our marker; every other line untouched.
    public static func removingCronLines(from crontab: String) -> String {
        let lines = crontab.split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { !$0.hasSuffix(cronMarker) }
        return kept.joined(separator: "\n")
    }
}
