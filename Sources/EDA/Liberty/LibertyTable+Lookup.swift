/// Table lookup as OpenSTA does it: on each axis the two breakpoints around the value are
/// found by bisection, and the value is interpolated linearly between them (bilinear over two
/// axes, trilinear over three). Below the first breakpoint or above the last, the first or last
/// two breakpoints are used, so the table is extrapolated linearly; an axis of one breakpoint
/// is constant along it.
extension LibertyTable {
    /// The table's value at the point where each axis variable has the value `coordinate`
    /// gives it. - Complexity: O(order × log breakpoints)
    public func value(at coordinate: (Variable) -> Double) -> Double {
        switch axes.count {
        case 0:
            return values.first ?? 0
        case 1:
            let (i, t) = LibertyTable.segment(axes[0].values, coordinate(axes[0].variable))
            return lerp(values[i], i + 1 < values.count ? values[i + 1] : values[i], t)
        case 2:
            let n2 = axes[1].values.count
            let (i, t) = LibertyTable.segment(axes[0].values, coordinate(axes[0].variable))
            let (j, u) = LibertyTable.segment(axes[1].values, coordinate(axes[1].variable))
            return bilinear(base: 0, i, t, j, u, n1: axes[0].values.count, n2: n2)
        default:
            let n2 = axes[1].values.count, n3 = axes[2].values.count
            let (i, t) = LibertyTable.segment(axes[0].values, coordinate(axes[0].variable))
            let (j, u) = LibertyTable.segment(axes[1].values, coordinate(axes[1].variable))
            let (k, v) = LibertyTable.segment(axes[2].values, coordinate(axes[2].variable))
            let plane = n2 * n3
            let low = bilinear(base: i * plane, j, u, k, v, n1: n2, n2: n3)
            guard axes[0].values.count > 1 else { return low }
            return lerp(low, bilinear(base: (i + 1) * plane, j, u, k, v, n1: n2, n2: n3), t)
        }
    }

    /// The delay or slew of a gate table: input transition and output load on whichever axes
    /// the table has them. - Complexity: O(order × log breakpoints)
    public func value(inputTransition: Double, load: Double) -> Double {
        value { variable in
            switch variable {
            case .totalOutputNetCapacitance, .equalOrOppositeOutputNetCapacitance: load
            default: inputTransition
            }
        }
    }

    /// The setup, hold, recovery or removal time of a constraint table at the related (clock)
    /// pin's transition and the constrained (data) pin's. - Complexity: O(order × log breakpoints)
    public func value(relatedTransition: Double, constrainedTransition: Double) -> Double {
        value { variable in
            switch variable {
            case .constrainedPinTransition: constrainedTransition
            case .relatedOutTotalOutputNetCapacitance: 0
            default: relatedTransition
            }
        }
    }

    /// The lower breakpoint index of the segment used for `x` and the fraction of the way
    /// along it (below 0 or above 1 when extrapolating). - Complexity: O(log breakpoints)
    static func segment(_ breakpoints: [Double], _ x: Double) -> (Int, Double) {
        let last = breakpoints.count - 1
        guard last > 0 else { return (0, 0) }
        let index: Int
        if x <= breakpoints[0] {
            index = 0
        } else if x >= breakpoints[last] {
            index = last - 1
        } else {
            var (lower, upper) = (0, last)
            let ascending = breakpoints[last] >= breakpoints[0]
            while upper - lower > 1 {
                let mid = (lower + upper) / 2
                if (x >= breakpoints[mid]) == ascending { lower = mid } else { upper = mid }
            }
            index = lower
        }
        let span = breakpoints[index + 1] - breakpoints[index]
        return (index, span == 0 ? 0 : (x - breakpoints[index]) / span)
    }

    private func lerp(_ a: Double, _ b: Double, _ t: Double) -> Double { (1 - t) * a + t * b }

    private func bilinear(base: Int, _ i: Int, _ t: Double, _ j: Int, _ u: Double, n1: Int, n2: Int) -> Double {
        let i1 = min(i + 1, n1 - 1), j1 = min(j + 1, n2 - 1)
        let y00 = values[base + i * n2 + j], y01 = values[base + i * n2 + j1]
        let y10 = values[base + i1 * n2 + j], y11 = values[base + i1 * n2 + j1]
        return (1 - t) * (1 - u) * y00 + t * (1 - u) * y10 + t * u * y11 + (1 - t) * u * y01
    }
}
