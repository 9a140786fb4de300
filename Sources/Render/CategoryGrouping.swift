/// Nodes grouped by category for a summary drawing of at most `maxGroups` nodes: one group per
/// category, in increasing id order, or, when there are more categories, one per each of the
/// `maxGroups - 1` largest and one "other" group for the rest.
struct CategoryGrouping {
    /// The group of each node.
    let groups: [Int32]
    /// The category of each group; -1 for the "other" group.
    let categoryOfGroup: [Int32]
    /// Categories in the "other" group, and their nodes.
    let otherCount: Int
    let otherMembers: Int

    /// - Precondition: `maxGroups >= 1`. - Complexity: O(V + C log C)
    init(_ categories: [Int32], maxGroups: Int) {
        var size: [Int32: Int] = [:]
        for c in categories { size[c, default: 0] += 1 }
        var kept = Array(size.keys)
        if kept.count > maxGroups {
            kept = Array(kept.sorted { (size[$0]!, $1) > (size[$1]!, $0) }.prefix(maxGroups - 1))
        }
        kept.sort()
        let group = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, Int32($0)) })
        let other = Int32(kept.count)
        groups = categories.map { group[$0] ?? other }
        otherCount = size.count - kept.count
        otherMembers = categories.count - kept.reduce(0) { $0 + size[$1]! }
        categoryOfGroup = kept + (otherCount > 0 ? [-1] : [])
    }

    /// The label of each group: "`title` id", or "other `title`s". - Complexity: O(1) per call
    func label(title: String) -> @Sendable (Int) -> String {
        let categories = categoryOfGroup
        return { g in categories[g] < 0 ? "other \(title)s" : "\(title) \(categories[g])" }
    }
}
