import GraphCore
import Testing
@testable import Metagenomics

/// The VAE and the graph stage on small synthetic contigs: two genomes with different depth
/// and composition.
struct ModelTests {
    static func inputs() -> BinningInputs {
        var rng = SeededGenerator(seed: 3)
        let n = 40
        var depths = Matrix(rows: n, columns: 2), tnf = Matrix(rows: n, columns: 8)
        for i in 0 ..< n {
            let genome = i % 2
            depths[i, 0] = genome == 0 ? 10 + rng.nextUnitFloat() : 2 + rng.nextUnitFloat()
            depths[i, 1] = genome == 0 ? 1 + rng.nextUnitFloat() : 8 + rng.nextUnitFloat()
            for j in 0 ..< 8 { tnf[i, j] = (j % 2 == genome ? 0.2 : 0.05) + 0.01 * rng.nextUnitFloat() }
        }
        var inputs = BinningInputs(names: (0 ..< n).map { "c\($0)" }, lengths: (0 ..< n).map { 2000 + 100 * $0 }, depths: depths, tnf: tnf)
        inputs.edges.append(0, 2)
        inputs.edges.append(1, 3)
        return inputs
    }

    static func smallOptions() -> Binner.Options {
        var options = Binner.Options()
        options.vae.hidden = [16, 16]
        options.vae.latent = 4
        options.vae.epochs = 30
        options.vae.batchSize = 8
        options.vae.batchSteps = [10]
        options.graph.hidden = 8
        options.graph.output = 4
        options.graph.epochs = 20
        options.threads = 2
        return options
    }

    @Test func vaeLossFallsAndEmbeds() throws {
        let inputs = Self.inputs()
        let features = ContigFeatures(depths: inputs.depths, tnf: inputs.tnf, lengths: inputs.lengths)
        var generator = SeededGenerator(seed: 1)
        let vae = ContigVAE(samples: 2, tnfColumns: 8, options: Self.smallOptions().vae, generator: &generator)
        let losses = try vae.train(features, generator: &generator)
        #expect(losses.count == 30 && losses.allSatisfy(\.isFinite))
        #expect(losses.suffix(5).reduce(0, +) < losses.prefix(5).reduce(0, +))
        let z = vae.embed(features)
        #expect(z.rows == 40 && z.columns == 4 && z.values.allSatisfy(\.isFinite))
    }

    @Test(arguments: Binner.Model.allCases)
    func binnerRunsEveryModel(model: Binner.Model) throws {
        var options = Self.smallOptions()
        options.model = model
        let result = try Binner.run(Self.inputs(), options: options)
        #expect(result.bins.count == 40 && result.bins.allSatisfy { $0 >= 0 })
        #expect(result.embedding.columns == (model == .vae ? 4 : 8))
    }

    @Test func featuresNormaliseAsVAMB() {
        let features = ContigFeatures(depths: Matrix([[1, 3], [0, 0], [2, 2]]), tnf: Matrix([[0.5], [0.5], [0.5]]), lengths: [10, 10, 10])
        #expect(features.abundance.row(1).allSatisfy { $0 == 0.5 })
        #expect(abs(features.abundance.row(0).reduce(0, +) - 1) < 1e-6)
        #expect(features.tnf.values.allSatisfy { $0 == 0 })   // a constant column standardises to 0
        #expect(abs(features.totalAbundance.values.reduce(0, +)) < 1e-5)
    }
}
