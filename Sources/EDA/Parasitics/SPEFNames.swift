/// How a SPEF file writes names, turned into the names of a flat netlist: name-map references
/// (`*12`) replaced, escapes removed (`a\/b` → `a/b`, `x\[3\]` → `x[3]`), the hierarchy
/// divider written as `/` and bus bits as `[i]`.
///
/// A node or pin token is `prefix` or `prefix:suffix` (split at the last delimiter that is not
/// escaped): a port, `instance:pin`, or `net:k` for an internal node of a net.
struct SPEFNames {
    var header = SPEFHeader()
    /// `*NAME_MAP`: index → name (already in netlist form).
    var map: [Int: String] = [:]

    /// A token split at its last unescaped delimiter, both parts in netlist form.
    struct Split {
        var prefix: String
        var suffix: String?
        /// `prefix` or `prefix:suffix`: the key of a node.
        let key: String

        init(prefix: String, suffix: String?) {
            self.prefix = prefix
            self.suffix = suffix
            key = suffix.map { prefix + ":" + $0 } ?? prefix
        }
    }

    /// Splits and resolves `bytes` (one token).
    /// - Throws: `NetlistError` for a name-map index the map lacks. - Complexity: O(token)
    func split(_ bytes: UnsafeBufferPointer<UInt8>, at location: NetlistLocation) throws -> Split {
        var cut: Int?
        var k = 0
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "\\") {
                k += 2
                continue
            }
            if bytes[k] == header.delimiter { cut = k }
            k += 1
        }
        guard let cut else { return Split(prefix: try resolve(bytes, at: location), suffix: nil) }
        return Split(prefix: try resolve(UnsafeBufferPointer(rebasing: bytes[..<cut]), at: location),
                     suffix: normalized(UnsafeBufferPointer(rebasing: bytes[(cut + 1)...])))
    }

    /// A whole name: a name-map reference (`*12`) resolved, or the name in netlist form.
    /// - Throws: `NetlistError` for an index the map lacks. - Complexity: O(name)
    func resolve(_ bytes: UnsafeBufferPointer<UInt8>, at location: NetlistLocation) throws -> String {
        guard let index = Self.reference(bytes) else { return normalized(bytes) }
        guard let name = map[index] else {
            throw NetlistError(.expected("a name-map index defined under *NAME_MAP",
                                         found: "'\(String(decoding: bytes, as: UTF8.self))'"), at: location)
        }
        return name
    }

    /// The index of a name-map reference `*123`, or `nil` for other names. - Complexity: O(name)
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= 2, bytes.count <= 19, bytes[0] == UInt8(ascii: "*") else { return nil }
        var value = 0
        for byte in bytes.dropFirst() {
            guard (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `bytes` in netlist form: escapes removed, the divider as `/`, bus brackets as `[` `]`.
    /// - Complexity: O(name)
    func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var k = 0
        while k < bytes.count {
            let byte = bytes[k]
            if byte == UInt8(ascii: "\\"), k + 1 < bytes.count {
                out.append(bytes[k + 1])
                k += 2
                continue
            }
            switch byte {
            case header.divider: out.append(UInt8(ascii: "/"))
            case header.busOpen: out.append(UInt8(ascii: "["))
            case header.busClose where header.busClose != 0: out.append(UInt8(ascii: "]"))
            default: out.append(byte)
            }
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
