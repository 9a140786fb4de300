/// The units of a Liberty library, each as its size in SI units (seconds, farads, ohms).
public struct LibertyUnits: Equatable, Sendable {
    /// `time_unit`: 1e-9 for `"1ns"`.
    public var time = 1e-9
    /// `capacitive_load_unit`: 1e-12 for `(1, pf)`.
    public var capacitance = 1e-12
    /// `pulling_resistance_unit`: 1e3 for `"1kohm"`.
    public var resistance = 1e3

    /// The defaults Liberty assumes: ns, pF, kΩ. - Complexity: O(1)
    public init() {}

    /// The size in SI units of `count` × `unit` such as `"1ns"`, `"100ps"`, `"1kohm"`, or `nil`.
    /// - Complexity: O(length)
    static func parse(_ text: String, base: String) -> Double? {
        let lower = text.lowercased().filter { !$0.isWhitespace }
        guard lower.hasSuffix(base) else { return nil }
        let body = lower.dropLast(base.count)
        let prefixes: [(String, Double)] = [("f", 1e-15), ("p", 1e-12), ("n", 1e-9), ("u", 1e-6), ("m", 1e-3), ("k", 1e3), ("", 1)]
        for (prefix, scale) in prefixes where body.hasSuffix(prefix) {
            let digits = body.dropLast(prefix.count)
            guard let count = digits.isEmpty ? 1 : Double(digits) else { continue }
            return count * scale
        }
        return nil
    }
}
