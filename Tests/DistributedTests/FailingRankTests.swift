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

/// A rank that hangs without throwing: under a collective timeout the job ends in bounded time,
/// a waiting rank naming itself and the MPI call it waited in.
@Suite(.enabled(if: MPIJob.isAvailable, MPIJob.skipMessage))
struct HangingRankTests {
    @Test(arguments: [2, 4])
    func aHangingRankEndsTheJobAfterTheTimeout(ranks: Int) throws {
        let job = try MPIJob.run(ranks: ranks, ["hanging-rank"], timeout: 60)
        #expect(!job.timedOut, "the job hung for \(job.seconds) s")
        #expect(job.status != 0)
        #expect(job.stderr.contains("rank 0 of \(ranks): MPI_Allreduce waited more than 2.0 s (the collective timeout)"),
                "stderr: \(job.stderr)")
        #expect(!job.stdout.contains("ok hanging-rank"))
    }
}
