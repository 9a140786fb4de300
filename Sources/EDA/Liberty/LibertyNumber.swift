/// Decimal numbers as Liberty writes them (`-0.5`, `1.5e-3`, `.25`, `2E+01`), parsed from bytes
/// without making a string: the digits into an integer, then one correctly rounded product or
/// quotient by an exact power of ten while both are exact in a `Double` (Clinger's fast path,
/// "How to Read Floating Point Numbers Accurately", PLDI 1990); Swift's own parser otherwise.
enum LibertyNumber {
    private static let powersOfTen: [Double] = (0 ... 22).map { e in (0 ..< e).reduce(1.0) { x, _ in x * 10 } }

    /// The number spelled by `bytes`, or `nil` when they are not a decimal number.
    /// - Complexity: O(length)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0, significant = 0, exponent = 0
        var exact = true
        while i < bytes.count, let d = digit(bytes[i]) {
            accumulate(d, into: &mantissa, significant: &significant, exponent: &exponent, fraction: false, exact: &exact)
            digits += 1
            i += 1
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, let d = digit(bytes[i]) {
                accumulate(d, into: &mantissa, significant: &significant, exponent: &exponent, fraction: true, exact: &exact)
                digits += 1
                i += 1
            }
        }
        guard digits > 0 else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            var negativeExponent = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
                negativeExponent = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var value = 0, exponentDigits = 0
            while i < bytes.count, let d = digit(bytes[i]) {
                value = min(value * 10 + d, 100_000)
                exponentDigits += 1
                i += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += negativeExponent ? -value : value
        }
        guard i == bytes.count else { return nil }
        if exact, mantissa < 1 << 53, abs(exponent) <= 22 {
            let m = Double(mantissa)
            let value = exponent >= 0 ? m * powersOfTen[exponent] : m / powersOfTen[-exponent]
            return negative ? -value : value
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    private static func digit(_ b: UInt8) -> Int? {
        b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil
    }

    /// Adds a digit to the mantissa while it has room (19 digits); later digits only move the
    /// exponent (integer part) or are dropped, and a dropped non-zero digit makes it inexact.
    private static func accumulate(_ d: Int, into mantissa: inout UInt64, significant: inout Int, exponent: inout Int, fraction: Bool, exact: inout Bool) {
        if significant < 19 {
            mantissa = mantissa * 10 + UInt64(d)
            if mantissa > 0 { significant += 1 }
            if fraction { exponent -= 1 }
        } else {
            if d != 0 { exact = false }
            if !fraction { exponent += 1 }
        }
    }
}
