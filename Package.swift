// swift-tools-version: 6.1
import PackageDescription

// Module arrows point one way: GraphCore ← GNN ← applications ← graphtool.
// Define GRAPHCORE_INTERNAL_CHECKS (e.g. `swift test -Xswiftc -DGRAPHCORE_INTERNAL_CHECKS`)
// to turn on the `_checkInvariants()` assertions of the core data structures.
let package = Package(
    name: "graphtool",
    products: [
        // MARK: - Public API
        .library(name: "GraphCore", targets: ["GraphCore"]),
        .library(name: "Render", targets: ["Render"]),
        .library(name: "GNN", targets: ["GNN"]),
        .library(name: "EDA", targets: ["EDA"]),
        .library(name: "CircuitLearning", targets: ["CircuitLearning"]),
        .library(name: "CircuitRender", targets: ["CircuitRender"]),
        .library(name: "AgentTopology", targets: ["AgentTopology"]),
        .library(name: "Quantum", targets: ["Quantum"]),
        .library(name: "Metagenomics", targets: ["Metagenomics"]),
        .library(name: "GraphPartition", targets: ["GraphPartition"]),
        .library(name: "Distributed", targets: ["Distributed"]),
        .executable(name: "graphtool", targets: ["graphtool"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // MARK: - System libraries
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        // Header only: a prefetch hint for GraphCore's gather kernels (no library to link).
        .systemLibrary(name: "CPrefetch"),
        // Header only: glibc's malloc tuning, for LargeArray.retainFreedMemory (no library to link).
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CMPI",
            pkgConfig: "ompi-c",
            providers: [.apt(["libopenmpi-dev"])]
        ),
        // Debian's libmetis-dev ships no pkg-config file; the header and library are on the default paths.
        .systemLibrary(
            name: "CMetis",
            providers: [.apt(["libmetis-dev"])]
        ),

        // MARK: - Library modules
        .target(name: "GraphCore", dependencies: ["CBLAS", "CMalloc", "CPrefetch", "CZlib"]),
        .target(name: "Render", dependencies: ["CGraphviz", "GraphCore"]),
        .target(name: "GNN", dependencies: ["GraphCore"]),
        .target(name: "EDA", dependencies: ["GraphCore"]),
        .target(name: "CircuitLearning", dependencies: ["EDA", "GNN", "GraphCore"]),
        .target(name: "AgentTopology", dependencies: ["GNN", "GraphCore"]),
        .target(name: "Quantum", dependencies: ["GNN", "GraphCore"]),
        .target(name: "Metagenomics", dependencies: ["GNN", "GraphCore"]),
        // METIS partitions and the per-rank part files; no MPI, so readers and tests run in one process.
        .target(name: "GraphPartition", dependencies: ["CMetis", "GraphCore"]),
        // MPI: only the CLI depends on it, so the rest builds without it.
        .target(name: "Distributed", dependencies: ["CMPI", "GNN", "GraphCore", "GraphPartition"]),
        // The bridge that draws circuits: EDA imports no Render, Render knows no circuits.
        .target(name: "CircuitRender", dependencies: ["CircuitLearning", "EDA", "GraphCore", "Quantum", "Render"]),

        // MARK: - Command-line tool
        .executableTarget(
            name: "graphtool",
            dependencies: [
                "GraphCore",
                "Render",
                "GNN",
                "EDA",
                "CircuitLearning",
                "CircuitRender",
                "AgentTopology",
                "Quantum",
                "Metagenomics",
                "GraphPartition",
                "Distributed",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: - Tests
        .testTarget(name: "GraphCoreTests", dependencies: ["GraphCore"]),
        .testTarget(name: "RenderTests", dependencies: ["Render"]),
        .target(name: "TestSupport", dependencies: ["GNN", "GraphCore"], path: "Tests/TestSupport"),
        .testTarget(name: "GNNTests", dependencies: ["GNN", "TestSupport"]),
        .testTarget(name: "EDATests", dependencies: ["EDA"]),
        .testTarget(name: "MetagenomicsTests", dependencies: ["Metagenomics", "GNN", "GraphCore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "CircuitRenderTests", dependencies: ["CircuitLearning", "CircuitRender", "EDA", "GraphCore", "Quantum", "Render"]),
        // Runs the built `graphtool` binary (the command-line contract); skipped when absent.
        .testTarget(name: "CLITests", dependencies: ["TestSupport"], exclude: ["HelpSnapshots"]),
        .testTarget(name: "AgentTopologyTests", dependencies: ["AgentTopology", "GNN", "GraphCore"]),
        .testTarget(name: "QuantumTests", dependencies: ["Quantum", "GNN", "GraphCore"]),
        // Multi-process checks, run by DistributedTests under `mpirun` (skipped when absent).
        .executableTarget(name: "distributed-checks", dependencies: ["Distributed", "GNN", "GraphCore", "GraphPartition"],
                          path: "Tests/DistributedChecks"),
        .testTarget(name: "DistributedTests", dependencies: ["TestSupport"]),
        .testTarget(name: "GraphPartitionTests", dependencies: ["GraphPartition", "GraphCore"]),
        .testTarget(
            name: "CircuitLearningTests",
            dependencies: ["CircuitLearning", "EDA", "GNN", "GraphCore", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
