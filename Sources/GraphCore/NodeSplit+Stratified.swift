extension NodeSplit {
    /// A seeded stratified split of the labeled nodes (label ≥ 0), Planetoid-style: from each
    /// class, in a seeded random order, `trainPerClass` training nodes (at most a third of the
    /// class), then `validationFraction` of the class's remaining nodes for validation (rounded)
    /// and the rest for test. Each part lists its nodes in increasing id order. Unlabeled nodes
    /// (`-1`) are in no part.
    ///
    /// - Precondition: `trainPerClass ≥ 1`, `0 ≤ validationFraction < 1`.
    /// - Complexity: O(V log V)
    public static func stratified(labels: [Int32], trainPerClass: Int = 20, validationFraction: Double = 0.2,
                                  using generator: inout SeededGenerator) -> NodeSplit {
        precondition(trainPerClass >= 1, "trainPerClass must be positive, got \(trainPerClass)")
        precondition(validationFraction >= 0 && validationFraction < 1,
                     "validationFraction must be in [0, 1), got \(validationFraction)")
        let classCount = Int(labels.max() ?? -1) + 1
        var members = [[Int32]](repeating: [], count: classCount)
        for (node, label) in labels.enumerated() where label >= 0 { members[Int(label)].append(Int32(node)) }
        var split = NodeSplit(train: [], validation: [], test: [])
        for var nodes in members {
            nodes.shuffle(using: &generator)
            let training = min(trainPerClass, nodes.count / 3)
            let validating = Int((Double(nodes.count - training) * validationFraction).rounded())
            split.train += nodes[..<training]
            split.validation += nodes[training ..< training + validating]
            split.test += nodes[(training + validating)...]
        }
        split.train.sort()
        split.validation.sort()
        split.test.sort()
        return split
    }
}
