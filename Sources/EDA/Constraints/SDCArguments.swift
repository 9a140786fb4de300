/// The arguments of an SDC command split into flags (`-max`), options with a value
/// (`-clock clk`) and positional arguments, checked against what the command accepts. A word
/// is an option when it is `-` and a letter; `-0.5` is a positional number.
struct SDCArguments {
    private(set) var flags: Set<String> = []
    private(set) var options: [String: SDCParser.Value] = [:]
    private(set) var positionals: [SDCParser.Value] = []

    /// Splits `arguments` of `command`.
    /// - Parameters:
    ///   - flags: options without a value.
    ///   - valued: options that take the next argument as their value.
    ///   - skipping: accepted options whose meaning the reader does not model: the command is
    ///     skipped with a warning.
    /// - Throws: `SDCParser.Failure.error` for an unknown option or a missing value,
    ///   `.skip` for an option in `skipping`.
    /// - Complexity: O(arguments)
    init(_ arguments: [SDCParser.Value], command: String, flags: Set<String>, valued: Set<String>, skipping: Set<String> = []) throws {
        var i = 0
        while i < arguments.count {
            defer { i += 1 }
            guard case .text(let word) = arguments[i], Self.isOption(word) else {
                positionals.append(arguments[i])
                continue
            }
            if skipping.contains(word) {
                throw SDCParser.Failure.skip("\(command) \(word) is not modelled by this reader; the command is skipped")
            }
            if flags.contains(word) {
                self.flags.insert(word)
            } else if valued.contains(word) {
                guard i + 1 < arguments.count else { throw SDCParser.Failure.error("\(command): \(word) needs a value") }
                i += 1
                options[word] = arguments[i]
            } else {
                let known = (flags.union(valued)).sorted().joined(separator: " ")
                throw SDCParser.Failure.error("\(command): unknown option \(SDCParser.shown(word)); it takes \(known.isEmpty ? "no options" : known)")
            }
        }
    }

    /// Whether `word` is an option name: `-` then a letter. - Complexity: O(1)
    static func isOption(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "-") else { return false }
        let b = bytes[bytes.index(after: bytes.startIndex)] | 0x20
        return b >= 0x61 && b <= 0x7A
    }

    /// Whether flag `name` was given. - Complexity: O(1)
    func has(_ name: String) -> Bool { flags.contains(name) }

    /// The rise/fall/min/max selection of the `-rise -fall -min -max` flags. - Complexity: O(1)
    var selection: RiseFallMinMaxSelection {
        RiseFallMinMaxSelection(riseFlag: has("-rise"), fallFlag: has("-fall"), minFlag: has("-min"), maxFlag: has("-max"))
    }

    /// Option `name` as text, or `nil` when absent.
    func text(_ name: String, _ command: String) throws -> String? {
        guard let value = options[name] else { return nil }
        guard case .text(let text) = value else { throw SDCParser.Failure.error("\(command): \(name) takes a name, not an object list") }
        return text
    }

    /// Exactly `count` positional arguments, or an error describing them as `what`.
    func positionals(_ count: ClosedRange<Int>, _ command: String, _ what: String) throws -> [SDCParser.Value] {
        guard count.contains(positionals.count) else {
            throw SDCParser.Failure.error("\(command) takes \(what); found \(positionals.count) argument\(positionals.count == 1 ? "" : "s") besides options")
        }
        return positionals
    }
}
