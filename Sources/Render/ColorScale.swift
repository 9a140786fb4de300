import Foundation

/// A sequential colour scale for values (signal probability, arrival time, error): a
/// perceptually uniform ramp from dark purple through teal to yellow, with stops sampled from
/// matplotlib's viridis colour map (van der Walt & Smith 2015).
public struct ColorScale: Sendable {
    /// The value drawn with the first colour.
    public let minimum: Double
    /// The value drawn with the last colour.
    public let maximum: Double

    private static let stops: [(Double, Double, Double)] = [
        (0.267, 0.005, 0.329), (0.283, 0.141, 0.458), (0.254, 0.265, 0.530),
        (0.207, 0.372, 0.553), (0.164, 0.471, 0.558), (0.128, 0.567, 0.551),
        (0.135, 0.659, 0.518), (0.267, 0.749, 0.441), (0.478, 0.821, 0.318),
        (0.741, 0.873, 0.150), (0.993, 0.906, 0.144),
    ]

    /// A scale over `minimum ... maximum`; an empty range maps everything to the middle colour.
    public init(minimum: Double, maximum: Double) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// A scale spanning the finite values given (0 ... 1 when there are none).
    public init(fitting values: [Double]) {
        let finite = values.filter(\.isFinite)
        self.init(minimum: finite.min() ?? 0, maximum: finite.max() ?? 1)
    }

    /// The colour of `value` as `#rrggbb`; values outside the range are clamped, NaN is grey.
    /// - Complexity: O(1)
    public func color(for value: Double) -> String {
        guard value.isFinite else { return missingColor }
        let t = maximum > minimum ? min(max((value - minimum) / (maximum - minimum), 0), 1) : 0.5
        let position = t * Double(ColorScale.stops.count - 1)
        let low = Int(position.rounded(.down)), high = min(low + 1, ColorScale.stops.count - 1)
        let f = position - Double(low)
        let (a, b) = (ColorScale.stops[low], ColorScale.stops[high])
        return hexColor(a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f, a.2 + (b.2 - a.2) * f)
    }

    /// Whether text drawn on `value`'s colour should be white (dark end of the scale).
    public func needsLightText(for value: Double) -> Bool {
        guard value.isFinite, maximum > minimum else { return false }
        return (value - minimum) / (maximum - minimum) < 0.5
    }
}

/// The grey of NaN values and of nodes without a category.
let missingColor = "#bbbbbb"

func hexColor(_ r: Double, _ g: Double, _ b: Double) -> String {
    func byte(_ x: Double) -> Int { Int((min(max(x, 0), 1) * 255).rounded()) }
    return String(format: "#%02x%02x%02x", byte(r), byte(g), byte(b))
}
