/// Signal names for writing an AIG as a text netlist: every input, latch, output and AND gets
/// a unique name that the target format accepts. Inputs, latches and outputs keep their
/// AIGER symbol names when legal and unique (else `pi<i>`, `lo<i>`, `po<i>`), ANDs are
/// `n<variable>`; an output whose driver is a positive AND without a name of its own gives
/// the AND its name, so no buffer is needed (`outputNeedsDriver` is then false).
struct NetlistNames {
    /// The name of each variable's positive signal (`nil` for the constant and unused ones).
    private(set) var variable: [String?]
    /// The name of each output.
    private(set) var outputs: [String]
    /// Whether each output needs its own buffer, inverter or constant driver.
    private(set) var outputNeedsDriver: [Bool]
    private var taken: Set<String> = []

    /// Names `aig`'s signals with `isLegal` deciding which symbol names the format accepts.
    /// - Complexity: O(M + symbols) expected
    init(_ aig: AIG, isLegal: (String) -> Bool) {
        variable = [String?](repeating: nil, count: aig.variableCount)
        outputs = []
        outputNeedsDriver = []
        func wanted(_ kind: AIGSymbol.Kind, _ i: Int, _ fallback: String) -> String {
            if let name = aig.name(of: kind, at: i), isLegal(name), !taken.contains(name) { return name }
            return fallback
        }
        for (i, v) in aig.inputs.enumerated() { variable[Int(v)] = claim(wanted(.input, i, "pi\(i)")) }
        for (i, v) in aig.latches.enumerated() { variable[Int(v)] = claim(wanted(.latch, i, "lo\(i)")) }
        var named = [Bool](repeating: false, count: aig.outputs.count)
        for (i, literal) in aig.outputs.enumerated() {
            let v = Int(literal >> 1)
            guard literal & 1 == 0, aig.kinds[v] == .and, variable[v] == nil,
                  let name = aig.name(of: .output, at: i), isLegal(name), !taken.contains(name) else { continue }
            variable[v] = claim(name)
            named[i] = true
        }
        for v in 0 ..< aig.variableCount where aig.kinds[v] == .and && variable[v] == nil {
            variable[v] = claim("n\(v)")
        }
        for (i, literal) in aig.outputs.enumerated() {
            let driver = literal & 1 == 0 ? variable[Int(literal >> 1)] : nil
            if named[i] || (driver != nil && driver == aig.name(of: .output, at: i)) {
                outputs.append(driver!)
                outputNeedsDriver.append(false)
            } else {
                let name = aig.name(of: .output, at: i).flatMap { isLegal($0) && !taken.contains($0) ? $0 : nil } ?? "po\(i)"
                outputs.append(claim(name))
                outputNeedsDriver.append(true)
            }
        }
    }

    /// `name`, or `name_1`, `name_2`, … if taken; marks the result taken. - Complexity: O(1) expected
    mutating func claim(_ name: String) -> String {
        var candidate = name
        var k = 0
        while taken.contains(candidate) {
            k += 1
            candidate = "\(name)_\(k)"
        }
        taken.insert(candidate)
        return candidate
    }
}

extension String {
    /// Whether every byte is printable ASCII or UTF-8 and none is in `forbidden`. - Complexity: O(n)
    func isNetlistName(forbidding forbidden: String) -> Bool {
        !isEmpty && utf8.allSatisfy { $0 > 0x20 && $0 != 0x7F && !forbidden.utf8.contains($0) }
    }
}
