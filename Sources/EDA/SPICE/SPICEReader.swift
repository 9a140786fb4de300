import Foundation

/// Reads SPICE netlists (the ngspice dialect of decks and subcircuit libraries), plain or
/// gzipped, into a `SPICEDeck` or, flattened, a `SPICENetlist`.
///
/// ```swift
/// let netlist = try SPICEReader.read(contentsOf: "ctrl.spc")   // .include-s the cell library
/// print(netlist.devices.count, netlist.netCount)              // transistors, nets
/// ```
public enum SPICEReader {
    /// Where `.include` files come from.
    public enum Includes: Sendable {
        /// From disk, relative to the including file (or the working directory when the deck
        /// has no file name).
        case files
        /// Refused with an error (a deck that must stand alone).
        case refuse
        /// From these contents, by the name written after `.include` (for tests and fuzzing).
        case memory([String: [UInt8]])
    }

    /// How to read and flatten.
    public struct Options: Sendable {
        /// The first line is the deck's title and not read (ngspice's rule for a whole deck; off
        /// by default, for subcircuit libraries and extracted netlists that start with a `.subckt`).
        public var firstLineIsTitle = false
        public var includes = Includes.files
        /// `.include` nesting and the number of includes read, at most.
        public var maxIncludeDepth = 16, maxIncludes = 1024
        /// The bytes of the deck and all its includes, at most.
        public var maxBytes = 1 << 32
        /// The subcircuit to flatten as the design (see `SPICEDeck.flattened`).
        public var top: String?
        /// Joins instance paths and local names in flattened names.
        public var divider = "/"
        /// Instances of undefined subcircuits become black-box devices instead of an error.
        public var undefinedSubcircuitsAreBlackBoxes = false
        /// Subcircuit nesting, at most.
        public var maxDepth = 64
        /// Flattened devices, terminals and nets, at most, each name counting one more per 16
        /// bytes; `nil`: 2²⁰ plus 16 per byte read.
        public var maxElements: Int?

        public init() {}
    }

    /// Reads and flattens the file at `path`.
    /// - Throws: `NetlistError` naming the file (the included one for errors inside it), line
    ///   and column, and what was expected. - Complexity: O(bytes read + flat netlist)
    public static func read(contentsOf path: String, options: Options = .init()) throws -> SPICENetlist {
        try deck(contentsOf: path, options: options).flattened(options: options)
    }

    /// Reads the file at `path`, its includes in place, without flattening.
    /// - Throws: `NetlistError`. - Complexity: O(bytes read)
    public static func deck(contentsOf path: String, options: Options = .init()) throws -> SPICEDeck {
        try deck(bytes: NetlistFile.readAll(path), fileName: path, options: options)
    }

    /// Reads and flattens SPICE held in memory; `fileName` labels errors and anchors relative
    /// includes. The entry point for fuzzing.
    /// - Throws: `NetlistError`. - Complexity: O(bytes read + flat netlist)
    public static func read(bytes: [UInt8], fileName: String? = nil, options: Options = .init()) throws -> SPICENetlist {
        try deck(bytes: bytes, fileName: fileName, options: options).flattened(options: options)
    }

    /// Reads SPICE held in memory without flattening. - Throws: `NetlistError`. - Complexity: O(bytes read)
    public static func deck(bytes: [UInt8], fileName: String? = nil, options: Options = .init()) throws -> SPICEDeck {
        try SPICEBudget.check(bytes: bytes.count, limit: options.maxBytes, at: NetlistLocation(line: 1, column: 1))
        return try SPICEParser.parse(bytes, file: fileName, options: options)
    }

    /// The key that tells two names of one file apart from two files: the absolute, resolved path.
    /// - Complexity: O(path)
    static func cycleKey(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
