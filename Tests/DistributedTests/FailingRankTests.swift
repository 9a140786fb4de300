import Testing

/// A rank that throws ends the whole job, naming itself and its error, instead of leaving the
/// other ranks waiting in a collective.
@Suite(.enabled(if: MPIJob.isAvailable, MPIJob.skipMessage))
struct FailingRankTests {
    @Test(arguments: [2, 4])
    func aThrowingRankEndsTheJobWithItsError(ranks: Int) throws {
        let job = try MPIJob.run(ranks: ranks, ["failing-rank"], timeout: 60)
        #expect(!job.timedOut, "the job hung for \(job.seconds) s")
        #expect(job.status != 0)
        #expect(job.stderr.contains("rank \(ranks - 1) of \(ranks) failed: deliberate failure before the all-reduce"),
                "stderr: \(job.stderr)")
        #expect(!job.stdout.contains("ok failing-rank"))
    }
}
