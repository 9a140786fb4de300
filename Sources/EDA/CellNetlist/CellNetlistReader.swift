/// Reads gate-level Verilog of cell instances into a flat `CellNetlist`
/// (`CellVerilogParser` events, resolved per module by `CellNetlistBuilder`, flattened by
/// `CellNetlistFlattener`).
///
/// ```swift
/// let netlist = try CellNetlistReader.read(contentsOf: "gcd.v")
/// let sized = try CellNetlistReader.read(bytes: bytes, fileName: "design.v.gz", options: .init(top: "gcd"))
/// ```
public enum CellNetlistReader {
    /// How to read: the top module, which nets are power and ground, positional pin orders,
    /// and how much a file may make the reader allocate.
    public struct Options: Sendable {
        /// The default of `elementsPerByte`.
        public static let defaultElementsPerByte = 32
        /// The default of `baseElements`.
        public static let defaultBaseElements = 1 << 16

        /// The top module; `nil` picks the one module that no other instantiates.
        public var top: String?
        /// Pin and top-port names that mark their net as power.
        public var powerNames: Set<String> = ["VPWR", "VPB", "VDD", "VCC", "vccd1", "vccd2", "VDPWR", "VAPWR"]
        /// Pin and top-port names that mark their net as ground.
        public var groundNames: Set<String> = ["VGND", "VNB", "VSS", "GND", "vssd1", "vssd2"]
        /// Per cell type, its pins in library order: what positional connections connect to.
        public var pinOrder: [String: [String]] = [:]
        /// Net bits, pins, instances and instantiated module bits the reader may create per
        /// input byte, on top of `baseElements` (a flat netlist needs well under one per byte).
        public var elementsPerByte = Options.defaultElementsPerByte
        /// Elements any file may create.
        public var baseElements = Options.defaultBaseElements

        /// Options with the given top module and defaults otherwise. - Complexity: O(1)
        public init(top: String? = nil) { self.top = top }
    }

    /// Reads the file at `path`.
    /// - Throws: `NetlistError` naming the file, line and column. - Complexity: O(n + elements created)
    public static func read(contentsOf path: String, options: Options = Options()) throws -> CellNetlist {
        try read(bytes: NetlistFile.readAll(path), fileName: path, options: options)
    }

    /// Reads Verilog held in memory; `fileName` only labels errors. The entry point for fuzzing.
    /// - Throws: `NetlistError`. - Complexity: O(n + elements created), n = `bytes.count`
    public static func read(bytes: [UInt8], fileName: String? = nil, options: Options = Options()) throws -> CellNetlist {
        try parse(bytes: bytes, fileName: fileName, options: options).flatten(options: options)
    }

    /// Parses the file at `path` without flattening it (see `parse(bytes:fileName:options:)`).
    /// - Throws: `NetlistError`. - Complexity: O(n + elements created)
    public static func parse(contentsOf path: String, options: Options = Options()) throws -> Parsed {
        try parse(bytes: NetlistFile.readAll(path), fileName: path, options: options)
    }

    /// The first half of `read(bytes:fileName:options:)`: the modules of the file, parsed but not
    /// flattened, so the Liberty library that gives `Options.pinOrder` can be read meanwhile.
    /// Only the size limits of `options` matter here.
    /// - Throws: `NetlistError`. - Complexity: O(n + elements created), n = `bytes.count`
    public static func parse(bytes: [UInt8], fileName: String? = nil, options: Options = Options()) throws -> Parsed {
        try NetlistFile.naming(fileName) {
            let budget = ElementBudget(limit: ElementBudget.limit(bytes: bytes.count, base: options.baseElements, perByte: options.elementsPerByte),
                                       advice: "for a very hierarchical design raise CellNetlistReader.Options.elementsPerByte")
            var builder = CellNetlistBuilder(budget: budget)
            try bytes.withUnsafeBufferPointer { try CellVerilogParser.parse($0, bitLimit: budget.limit, into: &builder) }
            return Parsed(builder: builder, fileName: fileName)
        }
    }

    /// The modules of a file, parsed by `parse(bytes:fileName:options:)`.
    public struct Parsed: Sendable {
        let builder: CellNetlistBuilder
        let fileName: String?

        /// The flat netlist of the top module: the second half of `read(bytes:fileName:options:)`.
        /// - Throws: `NetlistError` (a missing top, unknown ports, positional connections to a
        ///   cell without a pin order…). - Complexity: O(elements created)
        public func flatten(options: Options = Options()) throws -> CellNetlist {
            try NetlistFile.naming(fileName) {
                var flattener = CellNetlistFlattener(modules: builder.modules, moduleIndex: builder.moduleIndex, options: options, budget: builder.budget)
                let netlist = try flattener.flatten()
                netlist._checkInvariants()
                return netlist
            }
        }
    }
}
