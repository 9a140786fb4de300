extension CellNetlist {
    /// Checks the structural rules; compiles to nothing unless `EDA_INTERNAL_CHECKS` is defined
    /// (`swift test -Xswiftc -DEDA_INTERNAL_CHECKS`).
    @inline(__always)
    func _checkInvariants() {
        #if EDA_INTERNAL_CHECKS
        if let broken = invariantViolation() { preconditionFailure("CellNetlist invariant broken: \(broken)") }
        #endif
    }

    /// The first broken structural rule, or `nil`: per-instance, per-pin and per-net arrays
    /// have matching lengths; pin ranges of instances tile the pins in order and agree with
    /// `pinInstance`; every index is in range; `netPins` lists every pin once, under its net;
    /// every port's net exists and every net name finds its net.
    /// - Complexity: O(instances + pins + nets)
    func invariantViolation() -> String? {
        guard instanceCellIndex.count == instanceCount, instancePinStart.count == instanceCount + 1,
              instancePinStart.first == 0, instancePinStart.last == Int32(pinCount) else {
            return "instance arrays disagree in length or pin ranges"
        }
        guard pinNameIndex.count == pinCount, pinInstance.count == pinCount else { return "pin arrays disagree in length" }
        guard netKinds.count == netCount, netPinStart.count == netCount + 1, netPinStart.first == 0,
              netPinStart.last == Int32(pinCount), netPins.count == pinCount else {
            return "net arrays disagree in length"
        }
        if let bad = instanceCellIndex.first(where: { $0 < 0 || Int($0) >= cellTypes.count }) { return "cell index \(bad) out of range" }
        for i in 0 ..< instanceCount {
            guard instancePinStart[i] <= instancePinStart[i + 1] else { return "pin ranges of instance \(i) decrease" }
            if let p = pins(of: i).first(where: { pinInstance[$0] != Int32(i) }) { return "pin \(p) is in instance \(i)'s range but names another" }
        }
        for p in 0 ..< pinCount {
            guard pinNameIndex[p] >= 0, Int(pinNameIndex[p]) < pinNames.count else { return "pin \(p) has name index \(pinNameIndex[p])" }
            guard pinNet[p] >= 0, Int(pinNet[p]) < netCount else { return "pin \(p) has net \(pinNet[p])" }
        }
        var listed = [Bool](repeating: false, count: pinCount)
        for n in 0 ..< netCount {
            guard netPinStart[n] <= netPinStart[n + 1] else { return "pin ranges of net \(n) decrease" }
            for p in pins(on: n) {
                guard p >= 0, Int(p) < pinCount, pinNet[Int(p)] == Int32(n), !listed[Int(p)] else { return "net \(n) lists pin \(p) wrongly" }
                listed[Int(p)] = true
            }
        }
        if let port = ports.first(where: { $0.net < 0 || Int($0.net) >= netCount }) { return "port \(port.name) has net \(port.net)" }
        for n in 0 ..< netCount where netIndex[netNames[n]] == nil { return "net name '\(netNames[n])' is not indexed" }
        if let bad = netIndex.first(where: { $0.value < 0 || Int($0.value) >= netCount }) { return "name '\(bad.key)' indexes net \(bad.value)" }
        return nil
    }
}
