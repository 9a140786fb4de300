/// Reads an SDC file into `TimingConstraints` for a netlist (`SDCParser` events built by
/// `TimingConstraintsBuilder`). Skipped commands become `warnings`, for the caller to print.
///
/// ```swift
/// let netlist = try CellNetlistReader.read(contentsOf: "gcd.v")
/// let constraints = try SDCReader.read(contentsOf: "gcd.sdc", netlist: netlist)
/// ```
public enum SDCReader {
    /// Bytes of text and object-list items the script may make per input byte, on top of
    /// `baseValueSize`: far more than any flat or hand-written SDC needs.
    public static let valueSizePerByte = 64
    /// The value size any script may make.
    public static let baseValueSize = 1 << 20

    /// Reads the file at `path`.
    /// - Throws: `NetlistError` naming the file, line and column. - Complexity: O(n + ports × commands)
    public static func read(contentsOf path: String, netlist: CellNetlist) throws -> TimingConstraints {
        try read(bytes: NetlistFile.readAll(path), fileName: path, netlist: netlist)
    }

    /// Reads SDC held in memory; `fileName` labels errors and warnings. The entry point for fuzzing.
    /// - Throws: `NetlistError`. - Complexity: O(n + ports × commands), n = `bytes.count`
    public static func read(bytes: [UInt8], fileName: String? = nil, netlist: CellNetlist) throws -> TimingConstraints {
        do {
            var builder = TimingConstraintsBuilder(netlist: netlist)
            let limit = ElementBudget.limit(bytes: bytes.count, base: baseValueSize, perByte: valueSizePerByte)
            try bytes.withUnsafeBufferPointer { try SDCParser.parse($0, valueLimit: limit, into: &builder) }
            var constraints = builder.finish()
            for i in constraints.warnings.indices { constraints.warnings[i].file = fileName }
            return constraints
        } catch var error as NetlistError {
            error.file = fileName
            throw error
        }
    }
}
