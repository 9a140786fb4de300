import Foundation
import GraphCore
import Testing
@testable import Render

@Suite struct CategoryPaletteTests {
    @Test func tenOrFewerCategoriesUseTableau() {
        #expect(CategoryPalette(count: 3).colors == ["#4e79a7", "#f28e2b", "#e15759"])
        #expect(CategoryPalette(count: 10).colors == CategoryPalette.tableau)
        #expect(CategoryPalette(count: 0).colors.isEmpty)
        #expect(CategoryPalette(count: 2).color(for: 2) == CategoryPalette.noCategory)
    }

    /// Every count gets that many different colours, none the "no category" grey.
    @Test(arguments: [11, 12, 24, 25, 49, 300, 2000, 20_000])
    func everyCategoryHasItsOwnColour(count: Int) {
        let colors = CategoryPalette(count: count).colors
        #expect(colors.count == count)
        #expect(Set(colors).count == count)
        #expect(!colors.contains(CategoryPalette.noCategory))
        #expect(colors.allSatisfy { $0.count == 7 && $0.hasPrefix("#") && Int($0.dropFirst(), radix: 16) != nil })
    }

    /// Up to 24 categories lie on one ring: evenly spaced hues, equal saturation and value.
    @Test func oneRingHasEvenlySpacedHues() throws {
        let colors = CategoryPalette(count: 12).colors
        let hues = try colors.map { try #require(Self.hue(of: $0)) }
        for (k, hue) in hues.enumerated() {
            #expect(abs(hue - Double(k) * 30) < 1.5, "colour \(k) \(colors[k]) has hue \(hue)")
        }
    }

    /// The hue in degrees of `#rrggbb` (nil for greys).
    static func hue(of color: String) -> Double? {
        guard let rgb = Int(color.dropFirst(), radix: 16) else { return nil }
        let r = Double(rgb >> 16) / 255, g = Double(rgb >> 8 & 0xFF) / 255, b = Double(rgb & 0xFF) / 255
        let high = max(r, g, b), low = min(r, g, b)
        guard high > low else { return nil }
        let d = high - low
        let h = high == r ? (g - b) / d : high == g ? 2 + (b - r) / d : 4 + (r - g) / d
        return (h * 60 + 360).truncatingRemainder(dividingBy: 360)
    }

    /// A drawing with 30 categories fills its nodes with 30 different colours; the legend lists
    /// the first twelve and says how many more there are.
    @Test func aDrawingOfManyCategoriesRepeatsNoColour() throws {
        let graph = try GraphBuilder.build(nodeCount: 30, sources: [], targets: [])
        let dot = try GraphDrawing.dot(for: graph, style: DrawingStyle(coloring: .categories((0 ..< 30).map { Int32($0 * 7) }, title: "cluster")))
        let fills = dot.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.contains("legend") }
            .compactMap { line in line.range(of: "fillcolor=\"#").map { String(line[$0.upperBound...].prefix(6)) } }
        #expect(fills.count == 30 && Set(fills).count == 30)
        #expect(dot.contains("label=\"… 18 more\""))
    }
}
