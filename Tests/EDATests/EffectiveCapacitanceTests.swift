import Foundation
import Testing
@testable import EDA

/// The π reduction, the driver's waveforms and the effective-capacitance delay calculation,
/// against hand-worked values and a numerical integration of the circuit (units: ps, fF, kΩ).
@Suite struct EffectiveCapacitanceTests {
    /// Integrates `rd` driving the π (near `c2`, `rpi`, far `c1`) from a source `source(t)` by
    /// fourth-order Runge–Kutta; returns the driver pin's voltage at each of `times`, and the
    /// charge the source delivered up to each. `c2 = 0` makes the driver pin the divider of the
    /// source and the far node.
    static func integrate(rd: Double, c2: Double, rpi: Double, c1: Double, source: (Double) -> Double,
                          times: [Double], step h: Double = 1e-3) -> [(pin: Double, charge: Double)] {
        // State: far voltage, near voltage, delivered charge.
        func derivative(_ t: Double, _ s: [Double]) -> [Double] {
            let vs = source(t)
            if c2 == 0 {
                let current = (vs - s[0]) / (rd + rpi)
                return [current / c1, 0, current]
            }
            let fromSource = (vs - s[1]) / rd, toFar = (s[1] - s[0]) / rpi
            return [toFar / c1, (fromSource - toFar) / c2, fromSource]
        }
        func pin(_ t: Double, _ s: [Double]) -> Double { c2 == 0 ? (source(t) * rpi + s[0] * rd) / (rd + rpi) : s[1] }
        var state = [0.0, 0.0, 0.0], t = 0.0, result: [(Double, Double)] = []
        for target in times {
            while t < target - 1e-12 {
                let dt = min(h, target - t)
                let k1 = derivative(t, state)
                let k2 = derivative(t + dt / 2, zip(state, k1).map { $0 + dt / 2 * $1 })
                let k3 = derivative(t + dt / 2, zip(state, k2).map { $0 + dt / 2 * $1 })
                let k4 = derivative(t + dt, zip(state, k3).map { $0 + dt * $1 })
                state = (0 ..< 3).map { state[$0] + dt / 6 * (k1[$0] + 2 * k2[$0] + 2 * k3[$0] + k4[$0]) }
                t += dt
            }
            result.append((pin(t, state), state[2]))
        }
        return result
    }

    /// A linear gate table: delay 20 + 0.7·C, slew 10 + 1.4·C (so `rd` = 0.7 kΩ).
    static func table(_ c: Double) -> (delay: Double, slew: Double) { (20 + 0.7 * c, 10 + 1.4 * c) }
    static let thresholds = EffectiveCapacitance.Thresholds(delay: 0.5, lower: 0.2, upper: 0.8, slewDerate: 1, ohm: 1e-3)

    // MARK: - π reduction

    /// One branch, R behind C: the π is that branch (no near capacitance).
    @Test func oneBranchIsItsOwnPi() {
        let (r, c) = (2.0, 5.0)
        let pi = PiModel(moments: c, -r * c * c, r * r * c * c * c)
        #expect(abs(pi.near) < 1e-12 && abs(pi.resistance - r) < 1e-12 && abs(pi.far - c) < 1e-12)
        let capacitive = PiModel(moments: 7, 0, 0)
        #expect(capacitive == PiModel(near: 7, resistance: 0, far: 0))
    }

    /// The tree of `SPEFTimingTests` by hand (kΩ, fF): leaves 3 fF behind 2 kΩ and 1 kΩ from a
    /// 3 fF node, 1 kΩ from the driver's 1 fF. Leaves: (3, −18, 108) and (3, −9, 27); the node
    /// (9, −27, 135); through 1 kΩ: (9, −108, 1350); at the driver (10, −108, 1350), so
    /// c1 = 108²/1350 = 8.64, c2 = 1.36, rpi = 1350²/108³ = 1.446759… kΩ.
    @Test func treeReducedByHand() {
        let leafA = PiModel.moments((3, 0, 0), through: 2), leafB = PiModel.moments((3, 0, 0), through: 1)
        #expect(leafA == (3, -18, 108) && leafB == (3, -9, 27))
        let node = PiModel.moments((3 + leafA.0 + leafB.0, leafA.1 + leafB.1, leafA.2 + leafB.2), through: 1)
        #expect(node == (9, -108, 1350))
        let pi = PiModel(moments: 1 + node.0, node.1, node.2)
        #expect(abs(pi.far - 8.64) < 1e-12 && abs(pi.near - 1.36) < 1e-12 && abs(pi.resistance - 1_822_500.0 / 1_259_712) < 1e-12)
    }

    /// Balanced wire-load star by hand: wire 0.6 fF and 3 kΩ over two loads of 1 and 2 fF
    /// (branches 1.3 and 2.3 fF behind 1.5 kΩ): y = (3.6, −1.5·(1.69 + 5.29), 2.25·(2.197 + 12.167)).
    @Test func balancedWireLoadStarByHand() {
        var model = LibertyWireLoad()
        (model.capacitance, model.resistance, model.fanoutLengths) = (0.3, 1.5, [(1, 1), (2, 2)])
        var library = LibertyLibrary(name: "l")
        (library.units.time, library.units.capacitance) = (1e-12, 1e-15)
        library.wireLoads["w"] = model
        library.defaultWireLoad = "w"
        let wires = WireLoadParasitics(library: library)!.driverWires(net: 0, driverCapacitance: 0, loads: [.pin(0), .pin(1)], loadCapacitances: [1, 2])!
        let y = (3.6, -1.5 * (1.69 + 5.29), 2.25 * (2.197 + 12.167))
        let expected = PiModel(moments: y.0, y.1, y.2)
        #expect(abs(wires.pi.near - expected.near) < 1e-9 && abs(wires.pi.far - expected.far) < 1e-9
            && abs(wires.pi.resistance - expected.resistance) < 1e-9)
        #expect(zip(wires.elmore, [1.5 * 1.3, 1.5 * 2.3]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    // MARK: - Waveforms

    /// The closed-form ramp responses agree with integrating the circuit, for the π, for the
    /// far capacitance alone, and one Elmore pole further on.
    @Test(arguments: [false, true])
    func rampResponsesMatchIntegration(dropsNear: Bool) {
        let (rd, c2, rpi, c1) = (0.8, dropsNear ? 0 : 1.5, 2.0, 4.0)
        let response = PiResponse(rd: rd, near: c2, resistance: rpi, far: c1, dropsNear: dropsNear)
        let times = stride(from: 0.5, through: 40, by: 0.5).map { $0 }
        let simulated = Self.integrate(rd: rd, c2: c2, rpi: rpi, c1: c1, source: { $0 }, times: times)
        for (t, s) in zip(times, simulated) { #expect(abs(response.rampResponse(t).value - s.pin) < 1e-6, "t = \(t)") }
        // One more pole (τ = 3): v' = (v0 − v)/τ, integrated along the closed-form v0.
        let tau = 3.0
        var v = 0.0, t = 0.0
        for target in times {
            while t < target - 1e-12 {
                let h = min(1e-3, target - t)
                let f = { (t: Double, v: Double) in (response.rampResponse(t).value - v) / tau }
                let k1 = f(t, v), k2 = f(t + h / 2, v + h / 2 * k1), k3 = f(t + h / 2, v + h / 2 * k2), k4 = f(t + h, v + h * k3)
                v += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
                t += h
            }
            #expect(abs(response.loadRampResponse(t, pole: 1 / tau).value - v) < 1e-6, "t = \(t)")
        }
    }

    // MARK: - Effective capacitance

    /// With no resistance between them the two capacitances are one: ceff is the total and the
    /// delay the table's at it; loads get their Elmore delay and the driver's slew.
    @Test func capacitiveWithoutResistance() {
        for pi in [PiModel(near: 2, resistance: 0, far: 6), PiModel(near: 8, resistance: 0, far: 0), PiModel(near: 2, resistance: 1e-6, far: 6)] {
            let drive = EffectiveCapacitance(pi: pi, thresholds: Self.thresholds, table: Self.table)
            #expect(drive.ceff == 8 && drive.delay == Self.table(8).delay && drive.slew == Self.table(8).slew)
            #expect(drive.load(elmore: 0.5) == (0.5, drive.slew) && drive.load(elmore: 0) == (0, drive.slew))
        }
    }

    /// ceff never exceeds the total, falls as the resistance shields more of the far
    /// capacitance, and tends to the total as the resistance vanishes.
    @Test func ceffFallsWithResistanceAndTendsToTheTotal() {
        var last = Double.infinity
        for rpi in [0.01, 0.1, 0.5, 1, 2, 4, 8, 16] {
            let drive = EffectiveCapacitance(pi: PiModel(near: 2, resistance: rpi, far: 8), thresholds: Self.thresholds, table: Self.table)
            #expect(drive.sourceRamp != nil, "rpi \(rpi): solved on the waveform")
            #expect(drive.ceff <= 10 && drive.ceff >= 2, "rpi \(rpi): ceff \(drive.ceff)")
            #expect(drive.ceff <= last * 1.01, "rpi \(rpi): ceff \(drive.ceff) after \(last)")
            if rpi == 0.01 { #expect(drive.ceff > 9.9) }
            last = drive.ceff
        }
    }

    /// The solution satisfies its equations, checked by integrating the circuit: the ramp into
    /// ceff crosses 50 % at the table delay for ceff and 20 % at that delay less 30/60 of the
    /// table slew, and over the table's ramp time it delivers the charge the same ramp delivers
    /// into the π (within the solver's 1 % step tolerance). The load one Elmore delay away is
    /// reached after the driver pin and no later than the Elmore delay, with a slower slew.
    @Test(arguments: [PiModel(near: 2, resistance: 1.5, far: 8), PiModel(near: 0, resistance: 1.5, far: 8), PiModel(near: 6, resistance: 4, far: 3)])
    func solutionSatisfiesItsEquations(pi: PiModel) throws {
        let drive = EffectiveCapacitance(pi: pi, thresholds: Self.thresholds, table: Self.table)
        let (t0, dt) = try #require(drive.sourceRamp)
        let ramp = { (t: Double) in min(max((t - t0) / dt, 0), 1) }
        let (delay, slew) = Self.table(drive.ceff)
        let lower = delay - slew * 0.3 / 0.6
        let intoCeff = Self.integrate(rd: 0.7, c2: 0, rpi: 0, c1: drive.ceff, source: ramp, times: [lower, delay])
        #expect(abs(intoCeff[0].pin - 0.2) < 2e-3 && abs(intoCeff[1].pin - 0.5) < 2e-3, "\(intoCeff)")
        if pi.near > 0 {
            // The equation compares the charges of the rising ramp, continued past dt.
            let window = min(slew / 0.6, 1.4 * dt), rising = { (t: Double) in max((t - t0) / dt, 0) }
            let intoPi = Self.integrate(rd: 0.7, c2: pi.near, rpi: pi.resistance, c1: pi.far, source: rising, times: [t0 + window])
            let intoC = Self.integrate(rd: 0.7, c2: 0, rpi: 0, c1: drive.ceff, source: rising, times: [t0 + window])
            #expect(abs(intoPi[0].charge - intoC[0].charge) < 0.02 * intoC[0].charge, "π \(intoPi[0].charge) ceff \(intoC[0].charge)")
        }
        for elmore in [0.5, 5, 20] {
            let load = drive.load(elmore: elmore)
            #expect(load.delay > 0 && load.delay <= elmore * 1.001 && load.slew >= drive.slew, "elmore \(elmore): \(load)")
        }
    }
}
