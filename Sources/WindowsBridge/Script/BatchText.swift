/// Quoting for text that a generated `.cmd` file echoes.
///
/// cmd.exe gives `& | < > ^ ( )` a meaning even after `echo` (the parentheses inside an `if`
/// block), so each gets the `^` escape; `%` is doubled. Values that go into commands are never
/// escaped this way: they are validated to contain none of these characters in the first place.
enum BatchText {
    static func echo(_ text: String) -> String {
        guard !text.isEmpty else { return "echo." }
        var escaped = ""
        for character in text {
            switch character {
            case "&", "|", "<", ">", "^", "(", ")": escaped += "^" + String(character)
            case "%": escaped += "%%"
            case "\r", "\n": escaped += " "
            default: escaped.append(character)
            }
        }
        return "echo " + escaped
    }
}
