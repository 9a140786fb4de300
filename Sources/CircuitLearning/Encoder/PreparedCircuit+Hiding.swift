import GraphCore

extension PreparedCircuit {
    /// The columns of ``features`` that a hidden variable keeps: whether it drives an output (a
    /// property of the graph's edges, like its fanouts). Its kind, inverted-fanin count and
    /// level (0 exactly for sources) read as 0.
    static let columnsKeptWhenHidden: Set<Int> = [6]

    /// The same circuit with `variables` hidden from the encoders, for masked gate modeling: the
    /// masked gates' own attributes — their kind and the inversion bits of their fanins — must
    /// not reach the embeddings of their neighbours, from which the decoder reconstructs them.
    /// ``CircuitEncoder`` gives hidden variables a blank state and reads their fanins'
    /// inversion bits as 0 (``CircuitSchedule/hiding(_:)``); ``CircuitGIN`` reads their
    /// ``features`` rows with only ``columnsKeptWhenHidden`` left. The graph's edges stay (as in
    /// MGVGA), so what structure tells — whether a gate has fanins, how many fanouts — stays.
    /// - Precondition: every variable in `0 ..< variableCount`.
    /// - Complexity: O(M + E) (``CircuitSchedule/hiding(_:)``) plus O(hidden × featureCount).
    public func hiding(_ variables: [Int32]) -> PreparedCircuit {
        var blanked = features
        if blanked.rows > 0 {
            for v in variables {
                for c in 0 ..< PreparedCircuit.featureCount where !PreparedCircuit.columnsKeptWhenHidden.contains(c) {
                    blanked[Int(v), c] = 0
                }
            }
        }
        return PreparedCircuit(aig: aig, schedule: schedule.hiding(variables), graph: graph, features: blanked,
                               priorProbabilities: priorProbabilities)
    }
}
