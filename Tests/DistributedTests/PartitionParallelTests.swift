import Testing

/// A partition-parallel GCN/SAGE forward and backward on a METIS partition with one part per
/// rank equals the whole-graph computation in one process.
@Suite(.enabled(if: MPIJob.isAvailable, MPIJob.skipMessage))
struct PartitionParallelTests {
    @Test(arguments: [2, 4])
    func partitionedLayersMatchTheWholeGraph(ranks: Int) throws {
        let job = try MPIJob.run(ranks: ranks, ["partition-parallel"])
        #expect(job.status == 0, "stderr: \(job.stderr)")
        #expect(job.stdout.hasPrefix("ok partition-parallel ranks \(ranks) halo-nodes"), "stdout: \(job.stdout)")
    }
}
