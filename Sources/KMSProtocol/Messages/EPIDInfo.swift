import Platform

/// What a host's extended PID says about the host, e.g.
/// `03612-00206-556-123456-03-1033-17763.0000-0452024`: platform ID, CSVLK group ID, key ID
/// (3 + 6 digits), licence channel, language (LCID, decimal), host OS build, and the host's
/// activation date as day of year + year. Hosts may send anything here, so every part is optional
/// and is nil when it does not have the expected shape; `isComplete` says whether all parts parsed.
public struct EPIDInfo: Sendable, Equatable, Codable {
    /// 5 digits: 55041 (builds up to 7601), 05426 (9200), 06401 (9600), 03612 (10240 and later).
    public let platformID: String?
    /// 5 digits: the CSVLK group (00206 recent Windows and Office 2013+, 00096 Office 2010).
    public let groupID: String?
    /// 9 digits (written 3 + 6 in the ePID): the CSVLK's key ID.
    public let keyID: String?
    /// 3 = volume.
    public let channel: Int?
    /// Windows language ID, e.g. 1033.
    public let lcid: Int?
    /// BCP 47 tag of `lcid` when it is a common one, e.g. "en-US", "zh-TW".
    public let languageTag: String?
    /// The host's Windows build, e.g. 17763.
    public let osBuild: Int?
    /// The Windows Server release with this build, when it is one (e.g. "Windows Server 2019").
    public let serverRelease: String?
    /// Day of the year (1...366) the host's licence was activated.
    public let activationDay: Int?
    public let activationYear: Int?
    /// `activationDay` of `activationYear` at 00:00 UTC.
    public let activationDate: Date?

    public var isComplete: Bool {
        platformID != nil && groupID != nil && keyID != nil && channel != nil && lcid != nil
            && osBuild != nil && activationDate != nil
    }

    public init(epid: String) {
        let parts = epid.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        func part(_ index: Int, digits: ClosedRange<Int>) -> String? {
            guard parts.count == 8, digits.contains(parts[index].utf8.count), Self.isDigits(parts[index]) else { return nil }
            return parts[index]
        }
        platformID = part(0, digits: 5...5)
        groupID = part(1, digits: 5...5)
        keyID = part(2, digits: 3...3).flatMap { high in part(3, digits: 6...6).map { high + $0 } }
        channel = part(4, digits: 2...2).flatMap { Int($0) }
        lcid = part(5, digits: 1...5).flatMap { Int($0) }
        languageTag = lcid.flatMap { Self.languageTags[$0] }
        let build = parts.count == 8 ? parts[6].split(separator: ".", omittingEmptySubsequences: false) : []
        if build.count == 2, (1...6).contains(build[0].utf8.count), Self.isDigits(build[0]) {
            osBuild = Int(build[0])
        } else {
            osBuild = nil
        }
        serverRelease = osBuild.flatMap { Self.serverReleases[$0] }
        let date = part(7, digits: 7...7)
        let day = date.flatMap { Int($0.prefix(3)) }
        let year = date.flatMap { Int($0.suffix(4)) }
        activationDay = day
        activationYear = year
        activationDate = day.flatMap { d in year.flatMap { y in Self.date(dayOfYear: d, year: y) } }
    }

    /// Midnight UTC of day `dayOfYear` (1-based) in `year`; nil outside the year or before 1601.
    /// ASCII digits only, checked on the UTF-8 bytes (Character properties cost more than the rest
    /// of the response's parsing).
    private static func isDigits(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    static func date(dayOfYear: Int, year: Int) -> Date? {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        guard year >= 1601, dayOfYear >= 1, dayOfYear <= (leap ? 366 : 365) else { return nil }
        // Days from 1970-01-01 to January 1 of `year` (proleptic Gregorian).
        let y = year - 1
        let daysBefore = 365 * y + y / 4 - y / 100 + y / 400
        let epochDays = 365 * 1969 + 1969 / 4 - 1969 / 100 + 1969 / 400
        let days = daysBefore - epochDays + dayOfYear - 1
        return Date(timeIntervalSince1970: Double(days) * 86_400)
    }

    static let languageTags: [Int: String] = [
        1025: "ar-SA", 1028: "zh-TW", 1029: "cs-CZ", 1030: "da-DK", 1031: "de-DE", 1032: "el-GR",
        1033: "en-US", 1035: "fi-FI", 1036: "fr-FR", 1037: "he-IL", 1038: "hu-HU", 1040: "it-IT",
        1041: "ja-JP", 1042: "ko-KR", 1043: "nl-NL", 1044: "nb-NO", 1045: "pl-PL", 1046: "pt-BR",
        1049: "ru-RU", 1053: "sv-SE", 1054: "th-TH", 1055: "tr-TR", 1058: "uk-UA", 1066: "vi-VN",
        2052: "zh-CN", 2057: "en-GB", 2070: "pt-PT", 3076: "zh-HK", 3082: "es-ES", 5124: "zh-MO",
    ]

    static let serverReleases: [Int: String] = [
        6001: "Windows Server 2008", 6002: "Windows Server 2008", 7600: "Windows Server 2008 R2",
        7601: "Windows Server 2008 R2", 9200: "Windows Server 2012", 9600: "Windows Server 2012 R2",
        14393: "Windows Server 2016", 17763: "Windows Server 2019", 20348: "Windows Server 2022",
        26100: "Windows Server 2025",
    ]
}
