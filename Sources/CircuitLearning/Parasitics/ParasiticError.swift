import GraphCore

/// What goes wrong when parasitic estimation is given bad input.
public enum ParasiticError: Error, Equatable, CustomStringConvertible {
    /// A split file line that is not `design<TAB>train|validation|test`.
    case malformedSplit(path: String, line: Int, found: String)
    /// A dataset directory without designs (`NAME.v.gz` with `NAME.spef.gz`).
    case noDesigns(directory: String)
    /// A design the split names that the directory lacks.
    case missingDesign(directory: String, design: String)
    /// A design read from SPICE that has no SPICE netlist (`NAME/NAME.spc`).
    case noSPICENetlist(design: String, netlist: String)
    /// A model file whose configuration does not describe a parasitic estimator.
    case badModel(path: String, reason: String)

    /// One line: control characters quoted from the file are escaped.
    public var description: String { _oneLineMessage(text) }

    private var text: String {
        switch self {
        case let .malformedSplit(path, line, found):
            "\(path):\(line): expected 'design<TAB>train|validation|test', found '\(found)'"
        case let .noDesigns(directory):
            "\(directory): no designs found; expected NAME.v.gz (or NAME.v) beside NAME.spef.gz (or NAME.spef)"
        case let .missingDesign(directory, design):
            "\(directory): the split names design '\(design)', but there is no \(design).v.gz or \(design).v; pass the split of this directory with --split"
        case let .noSPICENetlist(design, netlist):
            "design '\(design)' has no SPICE netlist beside \(netlist) (\(design).spc); read it from Verilog (without --spice) or make it with benchmarks/qflow-parasitics-data.sh"
        case let .badModel(path, reason):
            "\(path): not a parasitic estimator model: \(reason)"
        }
    }
}
