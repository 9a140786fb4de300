extension Array where Element == Double {
    /// The median (the mean of the middle two for an even count), 0 when empty: how training
    /// loops report a typical step time. - Complexity: O(n log n)
    var median: Double {
        let sorted = self.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
