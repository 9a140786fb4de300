import Foundation

/// A qualitative palette of `count` distinct colours for categories such as cluster ids.
///
/// Up to ten categories get the ten well-separated "Tableau 10" colours. More get evenly
/// spaced hues, at most 24 per ring, each further ring darker, more saturated and turned by
/// half a step; a colour that rounds to one already taken moves to the next free `#rrggbb`.
/// No two categories of one palette share a colour (up to 2²⁴ categories).
public struct CategoryPalette: Sendable {
    /// The grey of nodes without a category (and of NaN values on a `ColorScale`).
    public static let noCategory = missingColor
    static let tableau = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                          "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
    /// Hues per ring when there are more than ten categories.
    static let huesPerRing = 24

    /// The colour of each category, `#rrggbb`.
    public let colors: [String]

    /// A palette for `count` categories.
    /// - Complexity: O(count) expected.
    public init(count: Int) {
        guard count > CategoryPalette.tableau.count else {
            colors = Array(CategoryPalette.tableau.prefix(max(count, 0)))
            return
        }
        let hues = min(count, CategoryPalette.huesPerRing)
        let rings = (count + hues - 1) / hues
        var taken: Set<Int> = [Int(missingColor.dropFirst(), radix: 16)!]
        var colors: [String] = []
        colors.reserveCapacity(count)
        for index in 0 ..< count {
            let ring = index / hues
            let t = rings == 1 ? 0 : Double(ring) / Double(rings - 1)
            let hue = (Double(index % hues) + (ring % 2 == 1 ? 0.5 : 0)) / Double(hues)
            var rgb = CategoryPalette.rgb(hue: hue, saturation: 0.55 + 0.3 * t, value: 0.92 - 0.42 * t)
            while taken.contains(rgb) { rgb = (rgb + 1) & 0xFF_FFFF }
            taken.insert(rgb)
            colors.append(String(format: "#%06x", rgb))
        }
        self.colors = colors
    }

    /// Number of categories. - Complexity: O(1)
    public var count: Int { colors.count }

    /// The colour of category `index` in `0 ..< count`, else `noCategory`. - Complexity: O(1)
    public func color(for index: Int) -> String {
        colors.indices.contains(index) ? colors[index] : CategoryPalette.noCategory
    }

    /// HSV (each in 0...1) as a 24-bit `0xRRGGBB`. - Complexity: O(1)
    static func rgb(hue: Double, saturation: Double, value: Double) -> Int {
        let sector = hue * 6, f = sector - sector.rounded(.down)
        let p = value * (1 - saturation), q = value * (1 - saturation * f), t = value * (1 - saturation * (1 - f))
        let (r, g, b): (Double, Double, Double)
        switch Int(sector.rounded(.down)) % 6 {
        case 0: (r, g, b) = (value, t, p)
        case 1: (r, g, b) = (q, value, p)
        case 2: (r, g, b) = (p, value, t)
        case 3: (r, g, b) = (p, q, value)
        case 4: (r, g, b) = (t, p, value)
        default: (r, g, b) = (value, p, q)
        }
        func byte(_ x: Double) -> Int { Int((min(max(x, 0), 1) * 255).rounded()) }
        return byte(r) << 16 | byte(g) << 8 | byte(b)
    }
}
