/// The header of a SPEF file: what wrote it, how it writes names, and its units.
public struct SPEFHeader: Sendable, Equatable {
    /// The standard named by `*SPEF` (`ieee 1481-1999`).
    public var standard = ""
    /// `*DESIGN`.
    public var design = ""
    /// `*DATE`, `*VENDOR`, `*PROGRAM`, `*VERSION`.
    public var date = "", vendor = "", program = "", version = ""
    /// The `*DESIGN_FLOW` strings (`NAME_SCOPE LOCAL`, `PIN_CAP NONE`).
    public var designFlow: [String] = []
    /// The hierarchy divider (`*DIVIDER`, `/` or `.`).
    public var divider = UInt8(ascii: "/")
    /// The separator of an instance and its pin, or a net and its node (`*DELIMITER`, `:`).
    public var delimiter = UInt8(ascii: ":")
    /// The bus bit brackets (`*BUS_DELIMITER [ ]`); the closing one is 0 when there is none.
    public var busOpen = UInt8(ascii: "["), busClose = UInt8(ascii: "]")
    /// The units the file writes numbers in.
    public var units = SPEFUnits()
    /// `*POWER_NETS` and `*GROUND_NETS`.
    public var powerNets: [String] = [], groundNets: [String] = []
}

/// The units of a SPEF file, as the factor from a number in the file to graphtool's fixed units:
/// ps, fF, Ω and H.
public struct SPEFUnits: Sendable, Equatable {
    /// ps per time unit of the file (`*T_UNIT 1 NS` is 1000).
    public var picosecondsPerUnit = 1.0
    /// fF per capacitance unit (`*C_UNIT 1 PF` is 1000).
    public var femtofaradsPerUnit = 1.0
    /// Ω per resistance unit (`*R_UNIT 1 KOHM` is 1000).
    public var ohmsPerUnit = 1.0
    /// H per inductance unit (`*L_UNIT 1 UH` is 1e-6).
    public var henriesPerUnit = 1.0

    /// The unit names each keyword allows (IEEE 1481) and their size in graphtool's units.
    static let scales: [String: [String: Double]] = [
        "*T_UNIT": ["NS": 1e3, "PS": 1],
        "*C_UNIT": ["PF": 1e3, "FF": 1],
        "*R_UNIT": ["OHM": 1, "KOHM": 1e3],
        "*L_UNIT": ["HENRY": 1, "MH": 1e-3, "UH": 1e-6],
    ]
}
