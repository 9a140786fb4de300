/// Which nodes train, validate and test a node classifier: three disjoint lists of node ids,
/// as the `train_mask`/`val_mask`/`test_mask` of a Planetoid data set.
public struct NodeSplit: Sendable, Equatable {
    /// The part of the split a node belongs to.
    public enum Role: Int, Sendable, CaseIterable {
        case train, validation, test
    }

    /// Training nodes, in the order given.
    public var train: [Int32]
    /// Validation nodes (model selection and early stopping), in the order given.
    public var validation: [Int32]
    /// Test nodes, in the order given.
    public var test: [Int32]

    /// A split of the given node lists. - Complexity: O(1)
    public init(train: [Int32], validation: [Int32], test: [Int32]) {
        self.train = train
        self.validation = validation
        self.test = test
    }

    /// The nodes of `role`. - Complexity: O(1)
    public func nodes(_ role: Role) -> [Int32] {
        switch role {
        case .train: return train
        case .validation: return validation
        case .test: return test
        }
    }
}
