// swift-tools-version: 5.4
import PackageDescription

// libFuzzer targets for every reader and loader of graphtool, kept apart from the main package so
// that its `swift build` and `swift test` stay as they are. Each target is one executable whose
// single file exports `LLVMFuzzerTestOneInput`; `scripts/fuzz.sh TARGET SECONDS` builds it with
// `-sanitize=fuzzer,address` (libFuzzer supplies `main`, hence `-parse-as-library`) and runs it
// on its seed corpus in `Corpus/TARGET`. Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an
// executable's `main` so tests can link it, and the link then looks for a `main` of ours instead
// of libFuzzer's.
let fuzzTargets: [(name: String, products: [String], support: [Target.Dependency])] = [
    ("fuzz-aiger-ascii", ["EDA"], ["CircuitFuzzSupport"]),
    ("fuzz-aiger-binary", ["EDA"], ["CircuitFuzzSupport"]),
    ("fuzz-blif", ["EDA"], ["CircuitFuzzSupport"]),
    ("fuzz-bench", ["EDA"], ["CircuitFuzzSupport"]),
    ("fuzz-verilog", ["EDA"], ["CircuitFuzzSupport"]),
    ("fuzz-spef", ["EDA"], []),
    ("fuzz-spice", ["EDA"], []),
    ("fuzz-gzip", ["GraphCore"], []),
    ("fuzz-liberty", ["EDA"], []),
    ("fuzz-cell-verilog", ["EDA", "GraphCore"], []),
    ("fuzz-sdc", ["EDA"], []),
    ("fuzz-npy", ["GraphCore"], []),
    ("fuzz-safetensors", ["GNN", "GraphCore"], []),
    ("fuzz-circuit-model", ["CircuitLearning", "GNN"], []),
    ("fuzz-parasitic-model", ["CircuitLearning", "GNN"], []),
    ("fuzz-timing-sample", ["CircuitLearning", "GNN"], []),
    ("fuzz-design-periods", ["CircuitLearning"], []),
    ("fuzz-edge-list", ["GraphCore"], []),
    ("fuzz-feature-list", ["GraphCore"], []),
    ("fuzz-label-list", ["GraphCore"], []),
    ("fuzz-node-split", ["GraphCore"], []),
    ("fuzz-dot-text", ["Render", "GraphCore"], []),
    ("fuzz-topology-agents", ["AgentTopology"], []),
    ("fuzz-designer-configuration", ["AgentTopology"], []),
    ("fuzz-qasm", ["Quantum"], []),
    ("fuzz-pauli-sum", ["Quantum"], []),
    ("fuzz-fasta", ["Metagenomics", "GraphCore"], []),
    ("fuzz-depth", ["Metagenomics", "GraphCore"], []),
    ("fuzz-gfa", ["Metagenomics", "GraphCore"], []),
    ("fuzz-fastg", ["Metagenomics", "GraphCore"], []),
    ("fuzz-contig-paths", ["Metagenomics", "GraphCore"], []),
    ("fuzz-binning-lists", ["Metagenomics", "GraphCore"], []),
    ("fuzz-partition-folder", ["GraphPartition", "GraphCore"], []),
]

let package = Package(
    name: "graphtool-fuzz",
    dependencies: [.package(name: "graphtool", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .target(name: "CircuitFuzzSupport", dependencies: ["FuzzSupport", .product(name: "EDA", package: "graphtool")]),
    ] + fuzzTargets.map { target in
        .executableTarget(
            name: target.name,
            dependencies: ["FuzzSupport"] + target.support
                + target.products.map { .product(name: $0, package: "graphtool") },
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageVersions: [.v5]
)
