/// SPICE numbers: a decimal with an optional exponent, then an optional scale suffix, then
/// letters SPICE ignores (a unit such as `F` or `Ohm`). Suffixes are case-insensitive, as in
/// ngspice: `t` 10¹², `g` 10⁹, `meg` 10⁶, `k` 10³, `mil` 25.4·10⁻⁶, `m` 10⁻³, `u` 10⁻⁶,
/// `n` 10⁻⁹, `p` 10⁻¹², `f` 10⁻¹⁵, `a` 10⁻¹⁸. So `1M` is a milli, `1MEG` a mega, and `0.5fF`
/// and `0.5f` are both 0.5·10⁻¹⁵.
public enum SPICENumber {
    /// The value of `text`, or `nil` when it is not a SPICE number (`{w*2}`, `nfet`, `1k5`).
    /// - Complexity: O(text)
    public static func parse(_ text: some StringProtocol) -> Double? {
        let bytes = Array(text.utf8)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < bytes.count, (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - start
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        var mantissaDigits = digits()
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return nil }
        if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
            let mark = i
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits() == 0 { i = mark }  // `1e` is not an exponent; the e is a unit letter
        }
        guard let mantissa = Double(String(decoding: bytes[..<i], as: UTF8.self)), mantissa.isFinite else { return nil }
        let rest = bytes[i...].map { $0 | 0x20 }
        guard rest.allSatisfy({ (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains($0) }) else { return nil }
        let value = mantissa * scale(of: rest)
        return value.isFinite ? value : nil
    }

    /// The scale of the letters after the number: the suffix they start with, or 1.
    private static func scale(of letters: [UInt8]) -> Double {
        func starts(with word: String) -> Bool { letters.starts(with: word.utf8) }
        if starts(with: "meg") { return 1e6 }
        if starts(with: "mil") { return 25.4e-6 }
        switch letters.first.map({ Character(UnicodeScalar($0)) }) {
        case "t": return 1e12
        case "g": return 1e9
        case "k": return 1e3
        case "m": return 1e-3
        case "u": return 1e-6
        case "n": return 1e-9
        case "p": return 1e-12
        case "f": return 1e-15
        case "a": return 1e-18
        default: return 1
        }
    }
}
