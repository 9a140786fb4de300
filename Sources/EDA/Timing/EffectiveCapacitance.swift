import Foundation

/// The delay and slew of a gate driving an RC load reduced to a π, by effective capacitance
/// (Dartu, Menezes, Pileggi, "Performance computation for precharacterized CMOS gates with RC
/// loads", IEEE TCAD 15(5), 1996), as OpenSTA's default delay calculator `dmp_ceff_elmore`
/// does; and the delay and slew the wire adds to each load from its Elmore delay.
///
/// The gate is a ramp source (start `t0`, duration `dt`) behind a resistance `rd` (the slope
/// of its delay table in the load). The three unknowns `t0`, `dt` and the effective capacitance
/// `ceff` solve, by Newton–Raphson from `ceff = c1 + c2`:
/// - the source driving `ceff` crosses the output threshold at the table delay for `ceff`,
/// - and the lower slew threshold at that delay less the table slew's share below it,
/// - and the average current into the π equals that into `ceff` over the table's ramp time
///   (at most 1.4 `dt`).
/// The gate delay is then the table's at `ceff`; the driver slew is measured on the waveform
/// of the source driving the π itself. Each load is one pole behind the driver pin (its Elmore
/// delay): its delay is the time its waveform crosses the threshold after the driver's did,
/// its slew measured on it (never below the driver's).
///
/// Which model: a capacitive load `c1 + c2` when the table barely depends on the load, `rpi`
/// is tiny against `rd`, or `c1` is tiny against `c2`; the far capacitance alone (one pole,
/// `ceff = c1` and the two timing equations; delay and slew both from the waveform) when `c2`
/// is tiny against `c1`; else the π. When an equation cannot be solved it falls back to the
/// capacitive load `c1 + c2`, and each load to its Elmore delay and the driver's slew.
struct EffectiveCapacitance {
    /// The library thresholds of the output transition (fractions of the supply) and one
    /// ohm in the units of `rd` (library time per library capacitance).
    struct Thresholds {
        var delay: Double, lower: Double, upper: Double
        var slewDerate: Double
        var ohm: Double
    }

    /// The effective capacitance, the gate delay and the slew at the driver pin.
    let ceff: Double
    let delay: Double
    let slew: Double

    /// The solved source (`t0`, `dt`), its π response and the driver pin's threshold crossing,
    /// when load delays can be measured on waveforms.
    private let waveform: (response: PiResponse, t0: Double, dt: Double, driverCrossing: Double, bound: Double)?
    private let thresholds: Thresholds

    /// The iteration limits and tolerances of OpenSTA's implementation.
    private static let parameterTolerance = 0.01, crossingTolerance = 0.01
    private static let newtonIterations = 100, rootIterations = 20

    /// Solves for a driver whose table at the input slew in question gives `table(c)` (delay,
    /// slew) at load `c`. - Complexity: O(Newton iterations × table lookups)
    init(pi: PiModel, thresholds: Thresholds, table: (Double) -> (delay: Double, slew: Double)) {
        self.thresholds = thresholds
        let (c2, rpi, c1) = (pi.near, pi.resistance, pi.far)
        let rd = c1 == 0 || rpi == 0 ? 0 : Self.driveResistance(table, total: c1 + c2)
        let capacitive = !(rd >= 1e-2 * thresholds.ohm) || rpi < rd * 1e-3 || c1 == 0 || c1 < c2 * 1e-3 || rpi == 0
        if capacitive {
            (ceff, waveform) = (c1 + c2, nil)
            (delay, slew) = table(c1 + c2)
            return
        }
        let dropsNear = c2 < c1 * 1e-3
        let response = PiResponse(rd: rd, near: c2, resistance: rpi, far: c1, dropsNear: dropsNear)
        let solution = withoutActuallyEscaping(table) { table in
            let equations = Equations(rd: rd, response: response, c1: c1, c2: c2, rpi: rpi, thresholds: thresholds, table: table)
            return dropsNear ? equations.solveFarOnly() : equations.solvePi()
        }
        guard let (t0, dt, solvedCeff) = solution else {
            (ceff, waveform) = (c1 + c2, nil)
            (delay, slew) = table(c1 + c2)
            return
        }
        ceff = solvedCeff
        let bound = t0 + dt + 2 * (dropsNear ? c1 : c1 + c2) * (rd + rpi)
        func crossing(_ v: Double) -> Double? {
            NewtonRaphson.root(between: t0, and: bound, relativeTolerance: Self.crossingTolerance, maxIterations: Self.rootIterations) {
                let y = PiResponse.ramp($0, t0: t0, dt: dt, response.rampResponse)
                return (y.value - v, y.slope)
            }
        }
        let atThreshold = crossing(thresholds.delay), atLower = crossing(thresholds.lower), atUpper = crossing(thresholds.upper)
        let tableAtCeff = table(solvedCeff)
        if let atThreshold, let atLower, let atUpper {
            // OpenSTA takes the π's delay from the table (closer to simulation) and its slew
            // from the waveform; with c2 left out, both from the waveform.
            delay = dropsNear ? atThreshold : tableAtCeff.delay
            slew = (atUpper - atLower) / thresholds.slewDerate
            waveform = (response, t0, dt, atThreshold, bound)
        } else {
            (delay, slew) = dropsNear ? table(c1) : (tableAtCeff.delay, tableAtCeff.slew)
            waveform = nil
        }
    }

    /// The source ramp's start and duration, when the delay was solved on the π's waveform.
    var sourceRamp: (t0: Double, dt: Double)? { waveform.map { ($0.t0, $0.dt) } }

    /// The delay from the driver pin to a load `elmore` away (Elmore delay of the wire) and
    /// the slew there. - Complexity: O(root iterations)
    func load(elmore: Double) -> (delay: Double, slew: Double) {
        if elmore == 0 { return (0, slew) }
        guard elmore >= slew * 1e-3, let (response, t0, dt, driverCrossing, bound) = waveform else { return (elmore, slew) }
        let p3 = 1 / elmore
        func crossing(_ v: Double) -> Double? {
            NewtonRaphson.root(between: t0, and: bound + elmore, relativeTolerance: Self.crossingTolerance, maxIterations: Self.rootIterations) {
                let y = PiResponse.ramp($0, t0: t0, dt: dt) { response.loadRampResponse($0, pole: p3) }
                return (y.value - v, y.slope)
            }
        }
        guard let atThreshold = crossing(thresholds.delay), let low = crossing(thresholds.lower), let high = crossing(thresholds.upper),
              atThreshold.isFinite else { return (elmore, slew) }
        let delay = atThreshold - driverCrossing
        return (delay < 0 ? elmore : delay, max((high - low) / thresholds.slewDerate, slew))
    }

    /// The table's slope in the load around three quarters of `total`: the driver's resistance.
    private static func driveResistance(_ table: (Double) -> (delay: Double, slew: Double), total: Double) -> Double {
        let low = total * 0.75, high = low * 1.1
        return abs(table(low).delay - table(high).delay) / (high - low)
    }
}

extension EffectiveCapacitance {
    /// The equations in `t0`, `dt` (and `ceff`), with OpenSTA's Jacobian (its `dt` columns are
    /// approximations), so the iterations stop where OpenSTA's do.
    private struct Equations {
        let rd: Double
        let response: PiResponse
        let c1: Double, c2: Double, rpi: Double
        let thresholds: Thresholds
        let table: (Double) -> (delay: Double, slew: Double)

        var capacitor: CapacitiveRampResponse { CapacitiveRampResponse(rd: rd) }

        /// The table's crossing times of the output and lower thresholds at load `c`, and its
        /// slew as a lower-to-upper time.
        func tableCrossings(_ c: Double) -> (threshold: Double, lower: Double, slew: Double) {
            let (delay, tableSlew) = table(c)
            let slew = tableSlew * thresholds.slewDerate
            return (delay, delay - slew * (thresholds.delay - thresholds.lower) / (thresholds.upper - thresholds.lower), slew)
        }

        /// `t0` and `dt` of the ramp that drives `c` through the table's crossings, roughly.
        func start(_ c: Double) -> (t0: Double, dt: Double) {
            let table = tableCrossings(c)
            let dt = table.slew / (thresholds.upper - thresholds.lower)
            return (table.threshold + log(1 - thresholds.delay) * rd * c - thresholds.delay * dt, dt)
        }

        /// The ramp into capacitance `c` at `t`, normalised, and its derivatives in t0, dt, c.
        func y(_ t: Double, _ t0: Double, _ dt: Double, _ c: Double) -> (value: Double, dt0: Double, ddt: Double, dc: Double) {
            let t1 = t - t0, cap = capacitor
            if t1 <= 0 { return (0, 0, 0, 0) }
            if t1 <= dt {
                return (cap.value(t1, c) / dt, -cap.slope(t1, c) / dt, -cap.value(t1, c) / (dt * dt), cap.capacitanceDerivative(t1, c) / dt)
            }
            let t2 = t1 - dt
            return ((cap.value(t1, c) - cap.value(t2, c)) / dt,
                    -(cap.slope(t1, c) - cap.slope(t2, c)) / dt,
                    -(cap.value(t1, c) + cap.value(t2, c)) / (dt * dt) + cap.slope(t2, c) / dt,
                    (cap.capacitanceDerivative(t1, c) - cap.capacitanceDerivative(t2, c)) / dt)
        }

        /// `(t0, dt, ceff)` for the π. - Complexity: O(iterations)
        func solvePi() -> (t0: Double, dt: Double, ceff: Double)? {
            let total = c1 + c2
            let (p1, p2) = (response.poles[0], response.poles[1])
            // The source current into the π for a unit-slope ramp is (A + B·e^(−p1·t) + D·e^(−p2·t)) / rd.
            let z = total / (rpi * c1 * c2)
            let a = z / (p1 * p2), b = (z - p1) / (p1 * (p1 - p2)), d = (z - p2) / (p2 * (p2 - p1))
            let (t0, dt) = start(total)
            let x = NewtonRaphson.solve([t0, dt, total], maxIterations: EffectiveCapacitance.newtonIterations,
                                        relativeTolerance: EffectiveCapacitance.parameterTolerance) { x in
                let (t0, dt, c) = (x[0], x[1], x[2])
                guard c <= total, c >= 0 else { return nil }
                let table = tableCrossings(c)
                let window = min(table.slew / (thresholds.upper - thresholds.lower), 1.4 * dt)
                guard dt > 0 else { return nil }
                let tau = rd * c
                // Average currents over the window into the π and into c.
                let piCharge = a * window + b / p1 * (1 - decay(p1 * window)) + d / p2 * (1 - decay(p2 * window))
                let capCharge = tau * window - tau * tau * (1 - decay(window / tau))
                let current = (piCharge - capCharge) / (rd * window * dt)
                let (e1, e2, ec) = (decay(p1 * dt), decay(p2 * dt), decay(dt / tau))
                let currentDdt = (-a * dt + b * dt * e1 - 2 * b / p1 * (1 - e1) + d * dt * e2 - 2 * d / p2 * (1 - e2)
                                  + tau * (dt + dt * ec - 2 * tau * (1 - ec))) / (rd * dt * dt * dt)
                let currentDc = (2 * tau - dt - (2 * tau + dt) * ec) / (dt * dt)
                let atThreshold = y(table.threshold, t0, dt, c), atLower = y(table.lower, t0, dt, c)
                return ([atLower.value - thresholds.lower, atThreshold.value - thresholds.delay, current],
                        [[atLower.dt0, atLower.ddt, atLower.dc],
                         [atThreshold.dt0, atThreshold.ddt, atThreshold.dc],
                         [0, currentDdt, currentDc]])
            }
            return x.map { ($0[0], $0[1], $0[2]) }
        }

        /// `(t0, dt, ceff)` for the far capacitance alone (`ceff = c1`). - Complexity: O(iterations)
        func solveFarOnly() -> (t0: Double, dt: Double, ceff: Double)? {
            let table = tableCrossings(c1)
            let (t0, dt) = start(c1)
            let x = NewtonRaphson.solve([t0, dt], maxIterations: EffectiveCapacitance.newtonIterations,
                                        relativeTolerance: EffectiveCapacitance.parameterTolerance) { x in
                let (t0, dt) = (x[0], x[1])
                guard dt > 0 else { return nil }
                let atThreshold = y(table.threshold, t0, dt, c1), atLower = y(table.lower, t0, dt, c1)
                return ([atLower.value - thresholds.lower, atThreshold.value - thresholds.delay],
                        [[atLower.dt0, atLower.ddt], [atThreshold.dt0, atThreshold.ddt]])
            }
            return x.map { ($0[0], $0[1], c1) }
        }
    }
}
