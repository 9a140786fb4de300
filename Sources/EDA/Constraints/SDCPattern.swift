/// How `get_ports` and `get_clocks` match a name: a glob pattern where `*` matches any run of
/// characters, `?` one character and `\` escapes the next (brackets are literal, as bus bits
/// `a[3]` need), optionally ignoring case; or with `-regexp` a regular expression that must
/// match the whole name.
struct SDCPattern {
    private let glob: [UInt8]
    private let regex: Regex<AnyRegexOutput>?
    private let nocase: Bool

    /// Compiles `pattern`.
    /// - Throws: `SDCParser.Failure.error` for an invalid regular expression.
    /// - Complexity: O(pattern)
    init(_ pattern: String, _ matching: SDCObjects.Matching) throws {
        nocase = matching.nocase
        glob = Array((nocase ? pattern.lowercased() : pattern).utf8)
        if matching.regexp {
            do {
                let compiled = try Regex(pattern)
                regex = nocase ? compiled.ignoresCase() : compiled
            } catch {
                throw SDCParser.Failure.error("'\(SDCParser.shown(pattern))' is not a valid regular expression")
            }
        } else {
            regex = nil
        }
    }

    /// Whether `name` matches. - Complexity: O(pattern × name) at worst (one backtrack point per `*`)
    func matches(_ name: String) -> Bool {
        if let regex { return (try? regex.wholeMatch(in: name)) != nil }
        let text = Array((nocase ? name.lowercased() : name).utf8)
        var p = 0, t = 0
        var star: Int?, resume = 0
        while t < text.count {
            if p < glob.count, glob[p] == UInt8(ascii: "*") {
                star = p
                resume = t
                p += 1
                continue
            }
            if p < glob.count {
                var literal = glob[p], width = 1
                if literal == UInt8(ascii: "\\"), p + 1 < glob.count {
                    literal = glob[p + 1]
                    width = 2
                }
                if (width == 1 && literal == UInt8(ascii: "?")) || literal == text[t] {
                    p += width
                    t += 1
                    continue
                }
            }
            guard let s = star else { return false }
            p = s + 1
            resume += 1
            t = resume
        }
        while p < glob.count, glob[p] == UInt8(ascii: "*") { p += 1 }
        return p == glob.count
    }
}
