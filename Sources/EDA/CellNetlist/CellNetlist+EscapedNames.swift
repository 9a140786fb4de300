extension CellNetlist {
    /// The name of net `n` as tools that keep Verilog's escaped identifiers apart from
    /// hierarchy and bus syntax write it (OpenSTA, SPEF): a `/`, `[`, `]` or `\` that belongs
    /// to an escaped identifier is preceded by `\`, while hierarchy dividers and the bus bits of
    /// vectors are not (`\NS[0] ` → `NS\[0\]`, bit 0 of `wire [1:0] NS` → `NS[0]`, `\a/b ` in
    /// module instance `u1` → `u1/a\/b`). `netNames[n]` itself has no escapes.
    /// - Complexity: O(1) expected
    public func escapedName(ofNet n: Int) -> String {
        let name = netNames[n]
        return escapedNetNames[name] ?? name
    }

    /// The name of instance `i` with the characters of escaped identifiers escaped, as in
    /// `escapedName(ofNet:)`. - Complexity: O(1) expected
    public func escapedName(ofInstance i: Int) -> String {
        let name = instanceNames[i]
        return escapedInstanceNames[name] ?? name
    }

    /// The name of port bit `k` with the characters of escaped identifiers escaped, as in
    /// `escapedName(ofNet:)`. - Complexity: O(1) expected
    public func escapedName(ofPort k: Int) -> String {
        let name = ports[k].name
        return escapedNetNames[name] ?? name
    }

    /// The characters of a name written as one Verilog identifier that other tools would read
    /// as hierarchy or bus syntax (`/`, `[`, `]`, and `\` itself), each preceded by `\`; `nil`
    /// when it has none. - Complexity: O(name)
    static func escapingStructure(of identifier: String) -> String? {
        guard identifier.utf8.contains(where: { Self.structuralBytes.contains($0) }) else { return nil }
        var out = ""
        out.reserveCapacity(identifier.utf8.count + 4)
        for character in identifier {
            if character.isASCII, let byte = character.asciiValue, Self.structuralBytes.contains(byte) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    private static let structuralBytes: [UInt8] = Array("/[]\\".utf8)
}
