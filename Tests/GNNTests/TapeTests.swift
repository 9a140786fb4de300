import GNN
import GraphCore
import Testing

@Suite("Tape structure")
struct TapeTests {
    @Test func constantsRecordNothing() {
        let c = Tensor(Matrix([[1, 2]]))
        let y = (c * 2).relu()
        #expect(!y.requiresGradient)
        #expect(y.dotGraph().components(separatedBy: "->").count == 1)
    }

    @Test func dotGraphShowsOpsAndEdges() {
        let w = Tensor.parameter(Matrix([[1, 2]]), name: "w")
        let y = (w * w).sumRows()
        let dot = y.dotGraph()
        #expect(dot.contains("label=\"sumRows\\n1×1\""))
        #expect(dot.contains("label=\"w\\n1×2\", style=bold"))
        // w feeds mul twice (two edges), mul feeds sumRows.
        #expect(dot.components(separatedBy: "->").count - 1 == 3)
    }

    @Test func deepChainsNeedNoRecursion() throws {
        let p = Tensor.parameter(Matrix([[1]]))
        var x = p
        for _ in 0 ..< 20_000 { x = x * 1 }
        try x.sum().backward()
        #expect(p.gradient == Matrix([[1]]))
    }
}

@Suite("Dropping a tape")
struct TapeReleaseTests {
    /// A million-op chain dropped without `backward` is freed without one stack frame per node
    /// (a recursive release overflows the stack near 10⁵ nodes).
    @Test func aMillionOpChainIsDroppedWithoutRecursion() {
        let p = Tensor.parameter(Matrix([[1]]))
        var x = p
        for _ in 0 ..< 1_000_000 { x = x.relu() }
        #expect(x.requiresGradient && x.rows == 1)
        x = p  // drops the chain: its head was the only handle to it
        #expect(x.isSameNode(as: p))
    }
}
