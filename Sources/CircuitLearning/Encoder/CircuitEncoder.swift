import EDA
import GNN
import GraphCore

/// The DeepGate-style circuit encoder (Li et al., DAC 2022, arXiv:2111.14616; Shi et al.,
/// "DeepGate2", ICCAD 2023, arXiv:2305.16373): states propagate through the AIG in topological
/// order, level by level, so a gate is updated only after its fanins — the way logic values
/// flow.
///
/// - **Forward pass.** Sources start from a learned vector per kind (every input the same, as
///   every input is a fair coin). Each level's ANDs read their two fanin states with the
///   inversion bits, aggregate them with ``EdgeAttention``, and a ``GRUCell`` updates the AND's
///   learned initial state.
/// - **Reverse pass.** Then every variable, after all its fanouts, reads its fanouts' reverse
///   states (with inversion bits) plus an "drives an output" flag, and a second GRU updates its
///   forward state.
///
/// The embedding of variable `v` is `[forward_v, reverse_v]`: the forward half depends only on
/// `v`'s fanin cone (functional, probability-like), the reverse half on its whole context.
/// Steps are whole levels (``CircuitSchedule/Mode/levels``), so a circuit of depth `L` takes
/// about `2L` batched steps whatever its gate count.
///
/// Variables hidden by ``PreparedCircuit/hiding(_:)`` (for masked gate modeling) get
/// ``gateState`` as their forward state whatever their kind, and the inversion bits of their
/// fanin edges read as 0 in the reverse pass, so nothing of their own attributes reaches
/// another variable's state.
///
/// **Shapes:** output `M × 2H` in AIG variable order (row 0 the constant).
public struct CircuitEncoder: CircuitEncoding {
    /// `sourceTypeCount × H`: initial states of constant, input, latch, unused variables.
    public let sourceEmbedding: Tensor
    /// `1 × H`: the initial state of every AND before its update.
    public let gateState: Tensor
    /// Forward aggregation over fanins.
    public let forwardAggregation: EdgeAttention
    /// Forward update, input `2H`, hidden `H`.
    public let forwardUpdate: GRUCell
    /// Reverse aggregation over fanouts.
    public let reverseAggregation: EdgeAttention
    /// Reverse update, input `2H + 1`, hidden `H`.
    public let reverseUpdate: GRUCell

    /// An encoder over existing parameters. - Complexity: O(1)
    public init(sourceEmbedding: Tensor, gateState: Tensor, forwardAggregation: EdgeAttention, forwardUpdate: GRUCell,
                reverseAggregation: EdgeAttention, reverseUpdate: GRUCell) {
        self.sourceEmbedding = sourceEmbedding
        self.gateState = gateState
        self.forwardAggregation = forwardAggregation
        self.forwardUpdate = forwardUpdate
        self.reverseAggregation = reverseAggregation
        self.reverseUpdate = reverseUpdate
    }

    /// The state width `H`. - Complexity: O(1)
    public var hidden: Int { gateState.columns }

    /// `2H`. - Complexity: O(1)
    public var embeddingWidth: Int { 2 * hidden }

    /// Encodes `circuit`: one row per AIG variable.
    /// - Complexity: O(A × H²) arithmetic in `2L + 1` batched steps for A ANDs and depth L, plus
    ///   O(M × H) to assemble the rows.
    public func callAsFunction(_ circuit: PreparedCircuit) -> Tensor { encode(circuit, progress: nil) }

    /// ``callAsFunction(_:)`` calling `progress(steps done, total steps)` every 256 steps and at
    /// the end. - Complexity: that of ``callAsFunction(_:)``.
    public func encode(_ circuit: PreparedCircuit, progress: ((Int, Int) -> Void)?) -> Tensor {
        let schedule = circuit.schedule, h = hidden
        var counter = StepCounter(total: schedule.forward.count + schedule.reverse.count, report: progress)
        let forward = forwardStates(schedule, &counter)
        var reverse: [Tensor] = []
        reverse.reserveCapacity(schedule.reverse.count)
        for step in schedule.reverse {
            reverse.append(reverseState(step, reverse, previous: step.hidden!.gather(forward, width: h)))
            counter.tick()
        }
        return Tensor.concatColumns([schedule.forwardLocation.gather(forward, width: h),
                                     schedule.reverseLocation.gather(reverse, width: h)])
    }

    /// The forward pass: the sources' embeddings, then one batched update per level.
    func forwardStates(_ schedule: CircuitSchedule, _ counter: inout StepCounter) -> [Tensor] {
        var forward: [Tensor] = []
        forward.reserveCapacity(schedule.forward.count)
        forward.append(blankingHidden(sourceEmbedding.gatherRows(schedule.sourceTypes), schedule.forward[0]))
        counter.tick()
        for step in schedule.forward.dropFirst() {
            let messages = forwardAggregation((step.edges.gather(forward, width: hidden), step.inverted,
                                               step.segments, step.variables.count))
            forward.append(blankingHidden(forwardUpdate((messages, gateState)), step))
            counter.tick()
        }
        return forward
    }

    /// `states` of `step` with the rows of its hidden variables (``CircuitSchedule/Step/hiddenRows``)
    /// replaced by ``gateState``, the state every AND starts from before it reads its fanins: a
    /// hidden variable's fanouts read that a signal is there, not what kind of signal it is.
    /// - Complexity: O(rows × H) when the step hides variables, else O(1).
    func blankingHidden(_ states: Tensor, _ step: CircuitSchedule.Step) -> Tensor {
        step.hiddenRows.isEmpty ? states : MaskedGateModel.replacing(step.hiddenRows, of: states, with: gateState)
    }

    /// One reverse step: attention over the fanouts' reverse states (and whether the gate
    /// drives an output), a GRU update from the gate's forward state `previous`.
    func reverseState(_ step: CircuitSchedule.Step, _ reverse: [Tensor], previous: Tensor) -> Tensor {
        let messages = reverseAggregation((step.edges.gather(reverse, width: hidden), step.inverted,
                                           step.segments, step.variables.count))
        let x = Tensor.concatColumns([messages, Tensor(step.drivesOutput!, name: "drivesOutput")])
        return reverseUpdate((x, previous))
    }

    /// Every parameter, in a fixed order.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("sourceEmbedding", sourceEmbedding), NamedParameter("gateState", gateState)]
            + forwardAggregation.namedParameters.prefixed("forwardAggregation")
            + forwardUpdate.namedParameters.prefixed("forwardUpdate")
            + reverseAggregation.namedParameters.prefixed("reverseAggregation")
            + reverseUpdate.namedParameters.prefixed("reverseUpdate")
    }
}

extension CircuitEncoder {
    /// A freshly initialised encoder with `hidden`-wide states (embeddings `2 × hidden` wide).
    /// - Complexity: O(hidden²)
    public init(hidden: Int, generator: inout SeededGenerator) {
        self.init(
            sourceEmbedding: .parameter(Initializers.glorotUniform(CircuitSchedule.sourceTypeCount, hidden, using: &generator),
                                        name: "sourceEmbedding"),
            gateState: .parameter(Initializers.glorotUniform(1, hidden, using: &generator), name: "gateState"),
            forwardAggregation: EdgeAttention(hidden: hidden, width: hidden, generator: &generator),
            forwardUpdate: GRUCell(inputSize: 2 * hidden, hiddenSize: hidden, generator: &generator),
            reverseAggregation: EdgeAttention(hidden: hidden, width: hidden, generator: &generator),
            reverseUpdate: GRUCell(inputSize: 2 * hidden + 1, hiddenSize: hidden, generator: &generator))
    }
}

/// Counts encoder steps and reports every 256th step and the last one.
struct StepCounter {
    let total: Int
    let report: ((Int, Int) -> Void)?
    private var done = 0

    init(total: Int, report: ((Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    mutating func tick() {
        done += 1
        if let report, done % 256 == 0 || done == total { report(done, total) }
    }
}
