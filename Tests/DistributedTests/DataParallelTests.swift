import Testing

/// One data-parallel training run equals the single-process run on the same global batch.
@Suite(.enabled(if: MPIJob.isAvailable, MPIJob.skipMessage))
struct DataParallelTests {
    @Test(arguments: [2, 4])
    func twoAdamStepsMatchTheSingleProcessSteps(ranks: Int) throws {
        let job = try MPIJob.run(ranks: ranks, ["data-parallel"])
        #expect(job.status == 0, "stderr: \(job.stderr)")
        #expect(job.stdout.hasPrefix("ok data-parallel ranks \(ranks) max-parameter-difference"), "stdout: \(job.stdout)")
    }
}
