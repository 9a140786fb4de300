import Foundation
import GNN
import GraphCore

extension TimingSample {
    /// The metadata key that marks a timing sample file.
    static let kindKey = "kind", kindValue = "timing-sample"

    /// The sample as safetensors tensors (indices stored exactly as `Float`, below 2²⁴) and metadata.
    /// - Complexity: O(nodes + edges)
    public var contents: SafeTensors.Contents {
        func matrix(_ columns: Int, _ values: [Float]) -> Matrix { try! Matrix(rows: values.count / columns, columns: columns, values: values) }
        var edges: [Float] = []
        edges.reserveCapacity(3 * edgeSources.count)
        for e in edgeSources.indices { edges += [Float(edgeSources[e]), Float(edgeTargets[e]), edgeIsCell[e] ? 1 : 0] }
        var tensors: [String: Matrix] = [
            "features": features, "edges": matrix(3, edges), "order": matrix(1, order.map(Float.init)),
            "fanins": matrix(2, fanins.map(Float.init)),
            "endpoints": matrix(2, zip(endpoints, captureClocks).flatMap { [Float($0), Float($1)] }),
            "clockNetwork": matrix(1, clockNetwork.map { $0 ? 1 : 0 }),
        ]
        let timings = [("ideal", ideal), ("wireLoad", wireLoad)] + (truth.map { [("truth", $0)] } ?? [])
        for (name, values) in timings {
            tensors["\(name).arrivals"] = matrix(2, values.arrivals)
            tensors["\(name).slews"] = matrix(2, values.slews)
            tensors["\(name).slacks"] = matrix(2, values.slacks)
        }
        return SafeTensors.Contents(tensors: tensors, metadata: [Self.kindKey: Self.kindValue, "design": design,
                                                                  "period": String(period), "tightPeriod": String(tightPeriod)])
    }

    /// Writes the sample as safetensors, atomically. - Complexity: O(nodes + edges)
    public func write(to path: String) throws { try SafeTensors.write(contents, to: URL(fileURLWithPath: path)) }

    /// Reads a sample `write(to:)` wrote.
    /// - Throws: `TimingError.badSample` naming what is missing or out of range; checkpoint errors.
    /// - Complexity: O(file size)
    public static func read(from path: String) throws -> TimingSample {
        try TimingSample(SafeTensors.read(from: URL(fileURLWithPath: path)), path: path)
    }

    /// The sample `contents` holds (read from `path`, for errors).
    /// - Throws: `TimingError.badSample` naming what is missing or out of range.
    /// - Complexity: O(nodes + edges)
    public init(_ contents: SafeTensors.Contents, path: String) throws {
        let meta = contents.metadata
        func bad(_ reason: String) -> TimingError { .badSample(path: path, reason: reason) }
        guard meta[Self.kindKey] == Self.kindValue else { throw bad("its metadata lacks \(Self.kindKey)=\(Self.kindValue)") }
        guard let design = meta["design"], let period = meta["period"].flatMap(Double.init), let tight = meta["tightPeriod"].flatMap(Double.init),
              period.isFinite, tight.isFinite else { throw bad("its metadata lacks design, period or tightPeriod") }
        func tensor(_ name: String, columns: Int, rows: Int? = nil) throws -> Matrix {
            guard let m = contents.tensors[name] else { throw bad("tensor '\(name)' is missing") }
            guard m.columns == columns, rows.map({ $0 == m.rows }) ?? true else {
                throw bad("tensor '\(name)' is \(m.rows)×\(m.columns), expected \(rows.map(String.init) ?? "N")×\(columns)")
            }
            return m
        }
        let features = try tensor("features", columns: TimingFeature.count)
        let nodeCount = features.rows
        func indices(_ values: [Float], name: String, below limit: Int, allowNegative: Bool = false) throws -> [Int32] {
            try values.map { v in
                guard v == v.rounded(), v < Float(limit), v >= (allowNegative ? -1 : 0) else { throw bad("'\(name)' holds \(v), expected an index below \(limit)") }
                return Int32(v)
            }
        }
        let edges = try tensor("edges", columns: 3).values
        let sources = try indices(stride(from: 0, to: edges.count, by: 3).map { edges[$0] }, name: "edges", below: nodeCount)
        let targets = try indices(stride(from: 1, to: edges.count, by: 3).map { edges[$0] }, name: "edges", below: nodeCount)
        let isCell = stride(from: 2, to: edges.count, by: 3).map { edges[$0] != 0 }
        let order = try indices(tensor("order", columns: 1, rows: nodeCount).values, name: "order", below: nodeCount)
        guard Set(order).count == nodeCount else { throw bad("'order' is not a permutation of the nodes") }
        var position = [Int32](repeating: 0, count: nodeCount)
        for (k, v) in order.enumerated() { position[Int(v)] = Int32(k) }
        if let e = sources.indices.first(where: { position[Int(sources[$0])] >= position[Int(targets[$0])] }) {
            throw bad("edge \(e) (\(sources[e]) → \(targets[e])) goes against 'order', which must be topological")
        }
        let fanins = try indices(tensor("fanins", columns: 2, rows: nodeCount).values, name: "fanins", below: 2 * nodeCount, allowNegative: true)
        let ends = try tensor("endpoints", columns: 2).values
        let endpoints = try indices(stride(from: 0, to: ends.count, by: 2).map { ends[$0] }, name: "endpoints", below: nodeCount)
        let capture = try indices(stride(from: 1, to: ends.count, by: 2).map { ends[$0] }, name: "endpoints", below: 2 * nodeCount, allowNegative: true)
        guard contents.tensors["clockNetwork"] != nil else {
            throw bad("tensor 'clockNetwork' is missing (a sample from before it was stored: prepare it again with `graphtool timing dataset`)")
        }
        let clockNetwork = try tensor("clockNetwork", columns: 1, rows: nodeCount).values.map { v in
            guard v == 0 || v == 1 else { throw bad("'clockNetwork' holds \(v), expected 0 or 1") }
            return v == 1
        }
        func timing(_ name: String) throws -> TimingValues {
            TimingValues(arrivals: try tensor("\(name).arrivals", columns: 2, rows: nodeCount).values,
                         slews: try tensor("\(name).slews", columns: 2, rows: nodeCount).values,
                         slacks: try tensor("\(name).slacks", columns: 2, rows: endpoints.count).values)
        }
        self.init(design: design, period: period, tightPeriod: tight, nodeCount: nodeCount, edgeSources: sources, edgeTargets: targets,
                  edgeIsCell: isCell, order: order, features: features, fanins: fanins, endpoints: endpoints, captureClocks: capture,
                  clockNetwork: clockNetwork, ideal: try timing("ideal"), wireLoad: try timing("wireLoad"),
                  truth: contents.tensors["truth.arrivals"] == nil ? nil : try timing("truth"))
    }
}
