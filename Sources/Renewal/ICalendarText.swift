/// The two text rules of RFC 5545 that every iCalendar writer must follow.
public enum ICalendarText {
    /// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash,
    /// a line break becomes `\n`; other control characters are dropped because TEXT cannot hold them.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n": escaped += "\\n"
            case "\r": continue
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Folds one content line (RFC 5545 3.1): no line longer than 75 octets, continuation lines
    /// start with a space, every line ends in CRLF, and a UTF-8 sequence is never split.
    public static func fold(_ line: String) -> String {
        var result = ""
        var current = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                result += current + "\r\n "
                current = ""
                octets = 0
                limit = 74   // the leading space of a continuation line counts
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        return result + current + "\r\n"
    }
}
