extension Graph {
    /// Breadth-first search from `sources` along out-edges: the hop distance of every node,
    /// -1 where unreachable. Stops expanding beyond `maxDepth` when given.
    /// - Complexity: O(V + E) (only the reached part is expanded, after an O(V) fill).
    public func bfsDistances(from sources: [Int32], maxDepth: Int? = nil) -> [Int32] {
        var distance = [Int32](repeating: -1, count: nodeCount)
        var queue = [Int32]()
        for s in sources where distance[Int(s)] < 0 {
            distance[Int(s)] = 0
            queue.append(s)
        }
        var head = 0
        while head < queue.count {
            let u = Int(queue[head])
            head += 1
            if let maxDepth, distance[u] >= maxDepth { continue }
            for v in neighbors(of: u) where distance[Int(v)] < 0 {
                distance[Int(v)] = distance[u] + 1
                queue.append(v)
            }
        }
        return distance
    }

    /// The nodes within `hops` edges of `sources` (the sources included), sorted. With
    /// `bothDirections`, edges are followed either way (in-edges too), as a GNN's receptive field
    /// of a directed graph.
    /// - Complexity: O(V + E)
    public func kHopNeighborhood(of sources: [Int32], hops: Int, bothDirections: Bool = false) -> [Int32] {
        let graph = bothDirections && isDirected ? undirectedView() : self
        let distance = graph.bfsDistances(from: sources, maxDepth: hops)
        return distance.indices.filter { distance[$0] >= 0 }.map { Int32($0) }
    }

    /// Connected components (weakly connected for directed graphs): a component id per node,
    /// numbered 0, 1, … in order of each component's smallest node.
    /// - Complexity: O(V + E α(V)) with union–find.
    public func connectedComponents() -> (count: Int, component: [Int32]) {
        var parent = Array(0 ..< Int32(nodeCount))
        func find(_ x: Int32) -> Int32 {
            var root = x
            while parent[Int(root)] != root { root = parent[Int(root)] }
            var node = x
            while parent[Int(node)] != root {
                let next = parent[Int(node)]
                parent[Int(node)] = root
                node = next
            }
            return root
        }
        for u in 0 ..< nodeCount {
            for v in neighbors(of: u) {
                let a = find(Int32(u)), b = find(v)
                if a != b { parent[Int(max(a, b))] = min(a, b) }
            }
        }
        var label = [Int32](repeating: -1, count: nodeCount)
        var component = [Int32](repeating: 0, count: nodeCount)
        var count: Int32 = 0
        for u in 0 ..< nodeCount {
            let root = Int(find(Int32(u)))
            if label[root] < 0 { label[root] = count; count += 1 }
            component[u] = label[root]
        }
        return (Int(count), component)
    }

    /// The graph with every edge stored both ways and duplicates merged (weights of the first
    /// copy kept). An undirected graph is returned as is. - Complexity: O(V + E log d)
    public func undirectedView() -> Graph {
        guard isDirected else { return self }
        // A valid graph's own edges cannot fail to build.
        var result = try! GraphBuilder.build(
            nodeCount: nodeCount, sources: edgeSources(), targets: targets,
            weights: edgeWeights, packedEdgeTypes: edgeTypes, options: .init(directed: false))
        result.nodeTypes = nodeTypes
        return result
    }
}
