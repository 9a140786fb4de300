/// `message` as one line for a diagnostic: every control character (line feeds, carriage
/// returns, vertical tabs, form feeds, escapes, …) and every Unicode line or paragraph separator
/// is written as a `\u{…}` escape, so text quoted from a file cannot break the line or move the
/// cursor. Error types apply it in their `description`. - Complexity: O(message length)
public func _oneLineMessage(_ message: String) -> String {
    guard message.unicodeScalars.contains(where: needsEscape) else { return message }
    var result = ""
    result.unicodeScalars.reserveCapacity(message.unicodeScalars.count)
    for scalar in message.unicodeScalars {
        if needsEscape(scalar) {
            result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}

private func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .lineSeparator, .paragraphSeparator: return true
    default: return false
    }
}
