import Localization

/// An interval the KMS host gives in minutes, in the largest whole unit: 10080 -> "7 天", 120 -> "2 小時".
enum IntervalText {
    static func minutes(_ minutes: Int, _ t: Localizer) -> String {
        let (count, unit) = minutes > 0 && minutes % 1440 == 0 ? (minutes / 1440, "days")
            : minutes > 0 && minutes % 60 == 0 ? (minutes / 60, "hours") : (minutes, "minutes")
        return count == 1 ? t("diagnose.interval.\(unit).one") : t("diagnose.interval.\(unit)", ["count": String(count)])
    }
}
