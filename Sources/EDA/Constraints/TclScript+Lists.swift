extension TclScript {
    /// The elements of a Tcl list: words separated by blanks and newlines, a word in braces
    /// taken literally (nested braces balanced), a word in quotes or bare with its backslash
    /// escapes resolved. Unbalanced braces or quotes end the list where the text ends.
    /// - Complexity: O(length of `text`)
    static func listElements(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var elements: [String] = []
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C }
        while i < bytes.count {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { break }
            var element: [UInt8] = []
            if bytes[i] == UInt8(ascii: "{") {
                var level = 1
                i += 1
                while i < bytes.count {
                    let b = bytes[i]
                    if b == UInt8(ascii: "\\"), i + 1 < bytes.count {
                        element += [b, bytes[i + 1]]
                        i += 2
                        continue
                    }
                    if b == UInt8(ascii: "{") { level += 1 }
                    if b == UInt8(ascii: "}") {
                        level -= 1
                        if level == 0 { i += 1; break }
                    }
                    element.append(b)
                    i += 1
                }
            } else {
                let quoted = bytes[i] == UInt8(ascii: "\"")
                if quoted { i += 1 }
                while i < bytes.count {
                    let b = bytes[i]
                    if quoted ? b == UInt8(ascii: "\"") : isSpace(b) { break }
                    if b == UInt8(ascii: "\\"), i + 1 < bytes.count {
                        i += 1
                        let escaped = bytes[i]
                        element.append(escaped == UInt8(ascii: "n") ? 0x0A : escaped == UInt8(ascii: "t") ? 0x09 : escaped)
                    } else {
                        element.append(b)
                    }
                    i += 1
                }
                if quoted, i < bytes.count { i += 1 }
            }
            elements.append(String(decoding: element, as: UTF8.self))
        }
        return elements
    }

    /// A Tcl list of `elements`: each as is when it is a plain word, in braces otherwise.
    /// - Complexity: O(total length)
    static func list(_ elements: [String]) -> String {
        elements.map { element in
            let plain = !element.isEmpty && !element.utf8.contains { b in
                b <= 0x20 || b == UInt8(ascii: "{") || b == UInt8(ascii: "}") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
                    || b == UInt8(ascii: "$") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: ";")
            }
            return plain ? element : "{\(element)}"
        }.joined(separator: " ")
    }
}
