import Foundation

/// The voltage a driver's load sees when a Thevenin source — a resistance `rd` behind a ramp —
/// drives a π load (near capacitance `c2`, resistance `rpi`, far capacitance `c1`), and the
/// voltage one Elmore pole further on, at a load pin. All in consistent units (library time,
/// capacitance, and time per capacitance for resistances); voltages as fractions of the supply.
///
/// The transfer function from the source to the driver pin is
/// `H(s) = (1 + s·rpi·c1) / (1 + b·s + a·s²)` with `a = rd·rpi·c1·c2`,
/// `b = rd·(c1 + c2) + rpi·c1`; with `c2` left out (`a = 0`) it has one pole. Its response to a
/// unit-slope ramp is `v0(t) = c + t + Σ kᵢ·e^(−pᵢ·t)` with `c = H'(0) = −rd·C`, and the
/// residues `kᵢ = N(−pᵢ) / (D'(−pᵢ)·pᵢ²)` of `H(s)/s²`.
struct PiResponse {
    /// The poles (positive: the terms decay as `e^(−p·t)`), their residues, and the constant;
    /// the first `poleCount` (1 or 2) of each are used.
    let poles: InlineArray<2, Double>
    let residues: InlineArray<2, Double>
    let poleCount: Int
    let constant: Double

    /// The response of `rd` driving the π; `dropsNear` leaves `c2` out (one pole).
    init(rd: Double, near c2: Double, resistance rpi: Double, far c1: Double, dropsNear: Bool) {
        let a = dropsNear ? 0 : rd * rpi * c1 * c2
        let b = rd * (dropsNear ? c1 : c1 + c2) + rpi * c1
        if a == 0 {
            (poles, poleCount) = ([1 / b, 0], 1)
        } else {
            let root = (b * b - 4 * a).squareRoot()
            (poles, poleCount) = ([(b + root) / (2 * a), (b - root) / (2 * a)], 2)
        }
        let residue = { (p: Double) in (1 - p * rpi * c1) / ((b - 2 * a * p) * p * p) }
        residues = [residue(poles[0]), poleCount > 1 ? residue(poles[1]) : 0]
        constant = -rd * (dropsNear ? c1 : c1 + c2)
    }

    /// The response to a unit-slope ramp starting at 0, and its slope. - Complexity: O(1)
    func rampResponse(_ t: Double) -> (value: Double, slope: Double) {
        var value = constant + t, slope = 1.0
        for i in 0 ..< poleCount {
            let (p, k) = (poles[i], residues[i])
            let e = decay(p * t)
            value += k * e
            slope -= k * p * e
        }
        return (value, slope)
    }

    /// The ramp response seen through one more pole `p3` (a load `1/p3` of Elmore delay
    /// behind the driver pin): the convolution of `rampResponse` with `p3·e^(−p3·t)`.
    /// - Complexity: O(1)
    func loadRampResponse(_ t: Double, pole p3: Double) -> (value: Double, slope: Double) {
        var value = constant - 1 / p3 + t, slope = 1.0
        var last = 1 / p3 - constant
        for i in 0 ..< poleCount {
            let (p, k) = (poles[i], residues[i])
            let d = k * p3 / (p3 - p), e = decay(p * t)
            value += d * e
            slope -= d * p * e
            last -= d
        }
        let e3 = decay(p3 * t)
        return (value + last * e3, slope - last * p3 * e3)
    }

    /// A ramp of duration `dt` starting at `t0` (0 → 1) through a unit-ramp response `unit`:
    /// `(unit(t − t0) − unit(t − t0 − dt)) / dt`, and its slope. - Complexity: O(1)
    static func ramp(_ t: Double, t0: Double, dt: Double, _ unit: (Double) -> (value: Double, slope: Double)) -> (value: Double, slope: Double) {
        let t1 = t - t0
        if t1 <= 0 { return (0, 0) }
        let rising = unit(t1)
        if t1 <= dt { return (rising.value / dt, rising.slope / dt) }
        let settled = unit(t1 - dt)
        return ((rising.value - settled.value) / dt, (rising.slope - settled.slope) / dt)
    }
}

/// The response of `rd` driving a single capacitance `c` to a unit-slope ramp,
/// `y0(t) = t − rd·c·(1 − e^(−t/(rd·c)))`, with its derivatives in `t` and in `c`.
struct CapacitiveRampResponse {
    let rd: Double

    /// y0. - Complexity: O(1)
    func value(_ t: Double, _ c: Double) -> Double { t - rd * c * (1 - decay(t / (rd * c))) }
    /// ∂y0/∂t. - Complexity: O(1)
    func slope(_ t: Double, _ c: Double) -> Double { 1 - decay(t / (rd * c)) }
    /// ∂y0/∂c. - Complexity: O(1)
    func capacitanceDerivative(_ t: Double, _ c: Double) -> Double {
        let tau = rd * c
        return rd * ((1 + t / tau) * decay(t / tau) - 1)
    }
}

/// `e^(−x)`, returning 0 at once where `exp` would underflow to 0 (x > 746), so deep tails do
/// not take `exp`'s slow underflow path; equal to `exp(-x)` everywhere. - Complexity: O(1)
@inline(__always) func decay(_ x: Double) -> Double { x > 746 ? 0 : exp(-x) }
