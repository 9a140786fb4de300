import Foundation
import Testing

/// `graphtool render --critical-path` on the shipped TT06 design with the sky130 library of
/// ../shared: the red pins of the drawing are the pins of the path `graphtool sta --paths 1`
/// prints, and the flags it needs are checked.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct RenderCriticalPathCommandTests {
    static let design = ["netlists/tt_um_3515_sequenceDetector.v", "--sdc", "netlists/tt_um_3515_sequenceDetector.sdc"]

    /// The labels of the nodes Graphviz drew with a red outline in an SVG.
    static func redNodes(_ svg: String) -> Set<String> {
        var labels = Set<String>()
        for chunk in svg.components(separatedBy: "class=\"node\"").dropFirst() {
            let node = chunk.components(separatedBy: "</g>")[0]
            guard node.contains("stroke=\"red\""), let text = node.range(of: "<text"),
                  let start = node[text.upperBound...].firstIndex(of: ">"), let end = node.range(of: "</text>") else { continue }
            labels.insert(String(node[node.index(after: start) ..< end.lowerBound]))
        }
        return labels
    }

    @Test(.enabled(if: StaCommandTests.library != nil, "../shared/data is absent"))
    func theRedPinsAreTheWorstPathOfSta() throws {
        let library = try #require(StaCommandTests.library).path
        try GraphToolBinary.withTemporaryDirectory { directory in
            let sta = try GraphToolBinary.run(["sta"] + Self.design + ["--liberty", library, "--paths", "1", "--json", "-q"])
            #expect(sta.status == 0, "\(sta.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(sta.stdout.utf8)) as? [String: Any])
            let path = try #require((json["paths"] as? [[String: Any]])?.first)
            let pins = try #require(path["points"] as? [[String: Any]]).compactMap { $0["pin"] as? String }
            #expect(pins.count >= 3)

            for (maxNodes, extent) in [("5000", "drawing the fan-in cone of the endpoint"), ("5", "drawing the path alone")] {
                let svg = directory.appendingPathComponent("critical-\(maxNodes).svg").path
                let render = try GraphToolBinary.run(["render"] + Self.design + ["--liberty", library, "--critical-path", "--max-nodes", maxNodes, "-o", svg])
                #expect(render.status == 0, "\(render.stderr)")
                #expect(render.stderr.contains("worst setup path to \(path["endpoint"] as? String ?? "?")"), "\(render.stderr)")
                #expect(render.stderr.contains(extent), "\(render.stderr)")
                let text = try String(contentsOfFile: svg, encoding: .utf8)
                #expect(Self.redNodes(text) == Set(pins), "max-nodes \(maxNodes)")
                // The pins, the edges between them and the legend's sample edge.
                #expect(text.components(separatedBy: "stroke=\"red\"").count - 1 >= 2 * pins.count, "max-nodes \(maxNodes)")
            }
        }
    }

    @Test func criticalPathNeedsLibertyAndSdc() throws {
        let missing = try GraphToolBinary.run(["render", "netlists/tt_um_3515_sequenceDetector.v", "--critical-path", "-o", "x.svg"])
        #expect(missing.status == 64 && missing.stderr.contains("--critical-path needs --liberty LIB and --sdc SDC"), "\(missing.stderr)")
        let stray = try GraphToolBinary.run(["render", "netlists/adder-4.aig", "--sdc", "x.sdc", "-o", "x.svg"])
        #expect(stray.status == 64 && stray.stderr.contains("add --critical-path"), "\(stray.stderr)")
    }
}
