extension CellNetlist {
    /// The pins of instance `i`. - Complexity: O(1)
    public func pins(of instance: Int) -> Range<Int> {
        Int(instancePinStart[instance]) ..< Int(instancePinStart[instance + 1])
    }

    /// The pins on net `n`. - Complexity: O(1)
    public func pins(on net: Int) -> ArraySlice<Int32> {
        netPins[Int(netPinStart[net]) ..< Int(netPinStart[net + 1])]
    }

    /// The ports on net `n`. - Complexity: O(ports)
    public func ports(on net: Int) -> [Int] {
        ports.indices.filter { ports[$0].net == Int32(net) }
    }

    /// The cell type of instance `i`. - Complexity: O(1)
    public func cellType(of instance: Int) -> String { cellTypes[Int(instanceCellIndex[instance])] }

    /// The name of pin `p` on its cell (`A`, `D[3]`). - Complexity: O(1)
    public func pinName(_ pin: Int) -> String { pinNames[Int(pinNameIndex[pin])] }

    /// The full name of pin `p`, `instance/pin`, as timing reports write it. - Complexity: O(name)
    public func pinPath(_ pin: Int) -> String { instanceNames[Int(pinInstance[pin])] + "/" + pinName(pin) }

    /// The net with this name, or one of the names of the nets an `assign` joined into it.
    /// - Complexity: O(name)
    public func net(named name: String) -> Int? { netIndex[name].map(Int.init) }

    /// The pin `pin` of instance `instance`, or `nil`. - Complexity: O(pins of the instance)
    public func pin(_ pin: String, of instance: Int) -> Int? {
        pins(of: instance).first { pinName($0) == pin }
    }

    /// Groups the indices `0 ..< keys.count` by key (a counting sort, stable): group `k` is
    /// `members[start[k] ..< start[k + 1]]`. - Complexity: O(keys.count + groups)
    static func group(_ keys: [Int32], into groups: Int) -> (start: [Int32], members: [Int32]) {
        var start = [Int32](repeating: 0, count: groups + 1)
        for key in keys { start[Int(key) + 1] += 1 }
        for k in 0 ..< groups { start[k + 1] += start[k] }
        var next = start
        var members = [Int32](repeating: 0, count: keys.count)
        for (i, key) in keys.enumerated() {
            members[Int(next[Int(key)])] = Int32(i)
            next[Int(key)] += 1
        }
        return (start, members)
    }
}
