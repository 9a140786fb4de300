extension CellNetlist {
    /// Removes every instance whose cell type is not in `knownCells` (physical-only cells such as
    /// fill, tap and decap, which a Liberty library does not time), with its pins, and returns
    /// how many were removed. Nets stay, with fewer pins; indices of the remaining instances
    /// and pins shift down in order.
    /// - Complexity: O(instances + pins + nets)
    @discardableResult
    public mutating func removeInstances(ofCellsNotIn knownCells: Set<String>) -> Int {
        let keepType = cellTypes.map { knownCells.contains($0) }
        let removed = instanceCellIndex.reduce(0) { $0 + (keepType[Int($1)] ? 0 : 1) }
        guard removed > 0 else { return 0 }
        var typeIndex = [Int32](repeating: -1, count: cellTypes.count)
        var types: [String] = []
        var names: [String] = [], cells: [Int32] = [], pinStart: [Int32] = [0]
        var pinName: [Int32] = [], pinOwner: [Int32] = [], pinNets: [Int32] = []
        names.reserveCapacity(instanceCount - removed)
        for i in 0 ..< instanceCount where keepType[Int(instanceCellIndex[i])] {
            let t = Int(instanceCellIndex[i])
            if typeIndex[t] < 0 {
                typeIndex[t] = Int32(types.count)
                types.append(cellTypes[t])
            }
            let owner = Int32(names.count)
            names.append(instanceNames[i])
            cells.append(typeIndex[t])
            for p in pins(of: i) {
                pinName.append(pinNameIndex[p])
                pinOwner.append(owner)
                pinNets.append(pinNet[p])
            }
            pinStart.append(Int32(pinNets.count))
        }
        (cellTypes, instanceNames, instanceCellIndex, instancePinStart) = (types, names, cells, pinStart)
        (pinNameIndex, pinInstance, pinNet) = (pinName, pinOwner, pinNets)
        (netPinStart, netPins) = Self.group(pinNet, into: netCount)
        _checkInvariants()
        return removed
    }
}
