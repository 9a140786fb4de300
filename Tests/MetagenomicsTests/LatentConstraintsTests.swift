import GNN
import GraphCore
import Testing
@testable import Metagenomics

/// The VAE's pair constraints: which pairs they take, the penalty worked by hand, and their
/// effect on a trained latent.
struct LatentConstraintsTests {
    static func options(cannot: Float, must: Float) -> LatentConstraints.Options {
        var options = LatentConstraints.Options()
        options.cannotLinkWeight = cannot
        options.mustLinkWeight = must
        return options
    }

    @Test func mustLinksAreEdgesWithAgreeingDepths() {
        var edges = ContigPairs(), differ = ContigPairs()
        edges.append(0, 1)   // 10 vs 10.5 and 4 vs 4.2: within 1.1 in both samples
        edges.append(1, 2)   // 10.5 vs 20: not
        edges.append(0, 3)   // first sample agrees, second (4 vs 8) does not
        differ.append(2, 3)
        let depths = Matrix([[10, 4], [10.5, 4.2], [20, 4], [10, 8]])
        let both = LatentConstraints(mustDiffer: differ, edges: edges, depths: depths, options: Self.options(cannot: 1, must: 1))
        #expect(both.mustLink.first == [0] && both.mustLink.second == [1])
        #expect(both.cannotLink.count == 1)
        let off = LatentConstraints(mustDiffer: differ, edges: edges, depths: depths, options: Self.options(cannot: 0, must: 0))
        #expect(!off.isActive)
    }

    @Test func penaltyCountsOnlyPairsInTheBatchPastTheirMargin() throws {
        var differ = ContigPairs(), edges = ContigPairs()
        differ.append(0, 1)   // cos 1 in the batch: pays 1 − 0.8 = 0.2
        differ.append(0, 2)   // cos 0: below the margin, pays nothing
        differ.append(0, 4)   // contig 4 is not in the batch
        edges.append(1, 2)    // cos 0: pays 0.95 − 0 = 0.95
        let depths = Matrix(rows: 5, columns: 1, repeating: 3)
        let constraints = LatentConstraints(mustDiffer: differ, edges: edges, depths: depths, options: Self.options(cannot: 2, must: 3))
        // Batch rows in the order contigs 2, 0, 1.
        let mean = Tensor(Matrix([[0, 1], [1, 0], [2, 0]]))
        var slot = [Int32](repeating: -1, count: 5)
        let penalty = try #require(constraints.penalty(mean, rows: [2, 0, 1], slot: &slot))
        // cannot-link: mean(0.2, 0) · 2 = 0.2; must-link: 0.95 · 3 = 2.85.
        #expect(abs(penalty.value[0, 0] - 3.05) < 1e-4)
        #expect(slot.allSatisfy { $0 == -1 })
        #expect(constraints.penalty(mean, rows: [3, 4, 1], slot: &slot) == nil)   // no pair within
    }

    @Test func cannotLinksSeparateTwinContigs() throws {
        // Contigs 0 and 2 are of one genome in ModelTests' inputs (same depth and composition);
        // a cannot-link between them should leave them further apart than training without it.
        let inputs = ModelTests.inputs()
        let features = ContigFeatures(depths: inputs.depths, tnf: inputs.tnf, lengths: inputs.lengths)
        var differ = ContigPairs()
        differ.append(0, 2)
        func cosine(weight: Float) throws -> Float {
            var generator = SeededGenerator(seed: 2)
            var vaeOptions = ModelTests.smallOptions().vae
            vaeOptions.batchSize = 64
            let vae = ContigVAE(samples: 2, tnfColumns: 8, options: vaeOptions, generator: &generator)
            var options = Self.options(cannot: weight, must: 0)
            options.cannotLinkMargin = 0
            let constraints = LatentConstraints(mustDiffer: differ, edges: ContigPairs(), depths: inputs.depths, options: options)
            try vae.train(features, constraints: constraints, generator: &generator)
            let z = vae.embed(features)
            return Tensor(z).pairCosines([0], [2]).value[0, 0]
        }
        let free = try cosine(weight: 0), apart = try cosine(weight: 10)
        #expect(apart < free - 0.05, "cos with the cannot-link \(apart), without \(free)")
    }
}
