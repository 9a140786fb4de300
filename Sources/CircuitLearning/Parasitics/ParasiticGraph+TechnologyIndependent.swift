import Foundation
import GraphCore

extension ParasiticGraph {
    /// The graph with features that carry over between technologies: no cell types (every
    /// device −1), and capacitances and areas relative to the design's own medians instead of
    /// in fF and µm² — `pinCapacitance` and `netLoadCapacitance` divided by the median input
    /// pin capacitance, `deviceArea` by the median device area (still `log(1 + x)`). A pin of
    /// twice a typical input's capacitance reads the same in sky130 and in OSU 0.18 µm; the
    /// counts (fanout, degree, ports, design size) are unchanged. Nothing from extraction is used.
    /// - Complexity: O(nodes log nodes)
    public func technologyIndependent() -> ParasiticGraph {
        var copy = self
        copy.cellType = [Int32](repeating: -1, count: deviceCount)
        func raw(_ v: Int, _ f: ParasiticFeature) -> Double { Double(expm1(features[v, f.rawValue])) }
        func median(_ values: [Double]) -> Double? {
            let positive = values.filter { $0 > 0 }.sorted()
            return positive.isEmpty ? nil : positive[positive.count / 2]
        }
        let pins = deviceCount ..< deviceCount + pinCount, nets = deviceCount + pinCount ..< nodeCount
        let inputCapacitance = median(pins.filter { features[$0, ParasiticFeature.pinIsInput.rawValue] > 0 }.map { raw($0, .pinCapacitance) })
        let area = median((0 ..< deviceCount).map { raw($0, .deviceArea) })
        func rescale(_ nodes: some Sequence<Int>, _ f: ParasiticFeature, by unit: Double?) {
            for v in nodes { copy.features[v, f.rawValue] = unit.map { Float(log1p(raw(v, f) / $0)) } ?? 0 }
        }
        rescale(pins, .pinCapacitance, by: inputCapacitance)
        rescale(nets, .netLoadCapacitance, by: inputCapacitance)
        rescale(0 ..< deviceCount, .deviceArea, by: area)
        return copy
    }
}
