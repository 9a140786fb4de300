/// A Tcl script split into commands and words by Tcl's rules, with no evaluation: commands end
/// at a newline or `;`; `#` at the start of a command comments out the rest of the line; words
/// are braced (`{…}`, literal, nested braces balanced), quoted (`"…"`) or bare; in quoted and
/// bare words `$name`, `${name}` and `[script]` are substitutions and backslash escapes apply;
/// a backslash before a newline joins lines. `SDCParser` evaluates the result.
struct TclScript {
    /// One piece of a quoted or bare word.
    enum Part: Equatable {
        case text(String)
        case variable(String)
        case script([Command])
    }

    /// A word as written.
    enum Word: Equatable {
        /// `{…}`: its text, taken literally.
        case braced(String)
        /// A quoted or bare word: text and substitutions to concatenate.
        case parts([Part])
    }

    /// A command and where its first word starts.
    struct Command: Equatable {
        var words: [Word]
        var at: NetlistLocation
    }

    /// Deepest `[…]` nesting accepted (the scanner recurses per level).
    static let maxNesting = 100

    /// The commands of `bytes`.
    /// - Throws: `NetlistError` for an unclosed brace, quote or bracket (naming where it opened),
    ///   characters after a closing brace or quote, or nesting deeper than `maxNesting`.
    /// - Complexity: O(n)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [Command] {
        var scanner = TclScript(bytes: bytes)
        return try scanner.script(nested: nil)
    }

    /// The text, variables and command substitutions of `text` read as the inside of a quoted
    /// word (what `expr` substitutes in its argument).
    /// - Throws: `NetlistError` for an unclosed bracket or variable brace. - Complexity: O(n)
    static func substitutions(in text: String) throws -> [Part] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = TclScript(bytes: buffer)
            return try scanner.parts(until: { _ in false })
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var location: NetlistLocation { NetlistLocation(line: line, column: pos - lineStart + 1) }

    private func byte(_ offset: Int = 0) -> UInt8? { pos + offset < bytes.count ? bytes[pos + offset] : nil }

    private mutating func step() {
        if bytes[pos] == 0x0A {
            line += 1
            lineStart = pos + 1
        }
        pos += 1
    }

    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    /// Whether a backslash–newline starts here (it counts as a blank between words).
    private func isContinuation() -> Bool {
        byte() == UInt8(ascii: "\\") && (byte(1) == 0x0A || (byte(1) == 0x0D && byte(2) == 0x0A))
    }

    /// Skips a backslash, the newline and the blanks that follow.
    private mutating func skipContinuation() {
        step()
        while let b = byte(), b == 0x0D || b == 0x0A {
            step()
            if b == 0x0A { break }
        }
        while let b = byte(), Self.isBlank(b) { step() }
    }

    /// Commands up to the end of the input, or up to the `]` closing a substitution opened at `nested`.
    private mutating func script(nested opening: NetlistLocation?) throws -> [Command] {
        if opening != nil {
            depth += 1
            guard depth <= Self.maxNesting else {
                throw NetlistError(.unsupported("command substitutions '[…]' nested deeper than \(Self.maxNesting) levels"), at: location)
            }
        }
        defer { if opening != nil { depth -= 1 } }
        var commands: [Command] = []
        while true {
            while let b = byte(), Self.isBlank(b) || b == 0x0A || b == UInt8(ascii: ";") || isContinuation() {
                if isContinuation() { skipContinuation() } else { step() }
            }
            guard let b = byte() else {
                if let opening { throw NetlistError(.expected("']' closing the '[' at \(opening)", found: "end of file"), at: location) }
                return commands
            }
            if b == UInt8(ascii: "]"), opening != nil {
                step()
                return commands
            }
            if b == UInt8(ascii: "#") {
                while let c = byte(), c != 0x0A {
                    if c == UInt8(ascii: "\\"), byte(1) != nil { step() }
                    step()
                }
                continue
            }
            commands.append(try command(nested: opening != nil))
        }
    }

    /// The words of one command, up to its newline or `;` (or `]` when nested, left unread).
    private mutating func command(nested: Bool) throws -> Command {
        let at = location
        var words: [Word] = []
        while let b = byte() {
            if Self.isBlank(b) {
                step()
            } else if isContinuation() {
                skipContinuation()
            } else if b == 0x0A || b == UInt8(ascii: ";") || (nested && b == UInt8(ascii: "]")) {
                break
            } else {
                words.append(try word(nested: nested))
            }
        }
        return Command(words: words, at: at)
    }

    private mutating func word(nested: Bool) throws -> Word {
        let at = location
        switch byte() {
        case UInt8(ascii: "{"):
            let text = try braced()
            try expectWordEnd(after: "close-brace", opened: at, nested: nested)
            return .braced(text)
        case UInt8(ascii: "\""):
            step()
            let parts = try parts(until: { $0 == UInt8(ascii: "\"") })
            guard byte() == UInt8(ascii: "\"") else {
                throw NetlistError(.expected("'\"' closing the quote at \(at)", found: "end of file"), at: location)
            }
            step()
            try expectWordEnd(after: "close-quote", opened: at, nested: nested)
            return .parts(parts)
        default:
            let parts = try parts(until: { b in
                Self.isBlank(b) || b == 0x0A || b == UInt8(ascii: ";") || (nested && b == UInt8(ascii: "]"))
            })
            return .parts(parts)
        }
    }

    private mutating func expectWordEnd(after what: String, opened: NetlistLocation, nested: Bool) throws {
        guard let b = byte() else { return }
        guard Self.isBlank(b) || b == 0x0A || b == UInt8(ascii: ";") || (nested && b == UInt8(ascii: "]")) || isContinuation() else {
            throw NetlistError(.expected("a blank or the end of the command after the \(what) of the word at \(opened)", found: Self.shown(b)), at: location)
        }
    }

    /// The text between a `{` and its matching `}`; backslash–newline becomes one space, other
    /// backslashes are kept with the byte they escape.
    private mutating func braced() throws -> String {
        let at = location
        step()
        var level = 1
        var text: [UInt8] = []
        while let b = byte() {
            if isContinuation() {
                skipContinuation()
                text.append(0x20)
                continue
            }
            if b == UInt8(ascii: "\\"), let next = byte(1) {
                text += [b, next]
                step(); step()
                continue
            }
            if b == UInt8(ascii: "{") { level += 1 }
            if b == UInt8(ascii: "}") {
                level -= 1
                if level == 0 {
                    step()
                    return String(decoding: text, as: UTF8.self)
                }
            }
            text.append(b)
            step()
        }
        throw NetlistError(.expected("'}' closing the brace at \(at)", found: "end of file"), at: location)
    }

    /// Text, `$` variables, `[…]` scripts and backslash escapes up to a byte `ends` accepts.
    private mutating func parts(until ends: (UInt8) -> Bool) throws -> [Part] {
        var parts: [Part] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
            text.removeAll()
        }
        while let b = byte(), !ends(b) {
            switch b {
            case UInt8(ascii: "\\"):
                if isContinuation() {
                    skipContinuation()
                    text.append(0x20)
                    continue
                }
                step()
                guard let escaped = byte() else { text.append(b); continue }
                step()
                switch escaped {
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "r"): text.append(0x0D)
                default: text.append(escaped)
                }
            case UInt8(ascii: "$"):
                step()
                if byte() == UInt8(ascii: "{") {
                    let at = location
                    step()
                    let start = pos
                    while let c = byte(), c != UInt8(ascii: "}") { step() }
                    guard byte() != nil else { throw NetlistError(.expected("'}' closing the variable name at \(at)", found: "end of file"), at: location) }
                    let name = String(decoding: bytes[start ..< pos], as: UTF8.self)
                    step()
                    flush()
                    parts.append(.variable(name))
                } else {
                    let start = pos
                    while let c = byte(), Self.isNameByte(c) || (c == UInt8(ascii: ":") && byte(1) == UInt8(ascii: ":")) {
                        if c == UInt8(ascii: ":") { step() }
                        step()
                    }
                    if pos == start {
                        text.append(b)
                    } else {
                        flush()
                        parts.append(.variable(String(decoding: bytes[start ..< pos], as: UTF8.self)))
                    }
                }
            case UInt8(ascii: "["):
                let at = location
                step()
                flush()
                parts.append(.script(try script(nested: at)))
            default:
                text.append(b)
                step()
            }
        }
        flush()
        return parts
    }

    /// How an error shows a byte.
    static func shown(_ b: UInt8) -> String {
        b > 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16))"
    }
}
