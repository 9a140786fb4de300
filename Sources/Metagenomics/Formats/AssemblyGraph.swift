/// An assembly graph as GFA 1 holds it: segments, links between oriented segment ends, and
/// paths (contigs) through the segments.
public struct AssemblyGraph: Sendable {
    /// A segment end visited forward (`+`) or reverse (`-`), packed as `segment << 1 | reverse`.
    public typealias OrientedSegment = Int32

    /// One `L` line: `from` then `to`, each oriented, with its read count when the assembler
    /// gave one (Flye's `RC:i:` tag).
    public struct Link: Sendable, Equatable {
        public var from: OrientedSegment
        public var to: OrientedSegment
        public var readCount: Float?

        public init(from: OrientedSegment, to: OrientedSegment, readCount: Float?) {
            self.from = from
            self.to = to
            self.readCount = readCount
        }
    }

    /// A path: a contig name and the oriented segments it runs through.
    public struct Path: Sendable, Equatable {
        public var name: String
        public var segments: [OrientedSegment]

        public init(name: String, segments: [OrientedSegment]) {
            self.name = name
            self.segments = segments
        }
    }

    /// Segment names, in file order.
    public internal(set) var segmentNames: [String] = []
    /// Segment lengths: the sequence length, else the `LN:i:` tag, else 0.
    public internal(set) var segmentLengths: [Int] = []
    /// The links, in file order.
    public internal(set) var links: [Link] = []
    /// The paths (`P` lines), in file order.
    public internal(set) var paths: [Path] = []

    /// An empty graph. - Complexity: O(1)
    public init() {}

    /// The segment index of each name. - Complexity: O(segments)
    public var segmentIndex: [String: Int32] {
        Dictionary(uniqueKeysWithValues: segmentNames.enumerated().map { ($1, Int32($0)) })
    }
}
