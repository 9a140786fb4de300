import AgentTopology
import Foundation
import Testing

@Suite("Designer configurations saved by older versions")
struct DesignerConfigurationTests {
    /// The fields of the first version's checkpoints (before the edge head, reward baseline,
    /// advantage normalisation, entropy bonus and annealing existed), with a non-default τ.
    private let firstVersion = """
        {"hiddenSize": 32, "latentSize": 16, "sketchHiddenSize": 32, "temperature": 0.5,
         "sparsityWeight": 0.1, "anchorWeight": 1, "klWeight": 0.01, "samplesPerQuery": 10,
         "costWeight": 0, "baselineMomentum": 0.9, "probabilityFloor": 0.001,
         "probabilitySharpness": 4, "learningRate": 0.01, "maxGradientNorm": 5,
         "decodingThreshold": 0.5, "noisyTraining": false, "rounds": 1}
        """

    @Test func missingFieldsTakeThePaperValuesTheOldVersionTrainedWith() throws {
        let c = try DesignerConfiguration.decoding(json: firstVersion)
        #expect(c.temperature == 0.5 && c.rank == nil)
        #expect(c.edgeHead == .refined && c.rewardBaseline == .running && !c.normalizeAdvantages)
        #expect(c.entropyWeight == 0 && !c.entropyAnnealing && c.finalLearningRate == nil)
    }

    @Test func aSavedConfigurationRoundTrips() throws {
        var c = DesignerConfiguration()
        c.rank = 3
        c.finalLearningRate = 0.002
        let text = String(decoding: try JSONEncoder().encode(c), as: UTF8.self)
        #expect(try DesignerConfiguration.decoding(json: text) == c)
    }

    @Test func notAnObjectIsAnError() {
        #expect(throws: (any Error).self) { try DesignerConfiguration.decoding(json: "[1, 2]") }
        #expect(throws: (any Error).self) { try DesignerConfiguration.decoding(json: #"{"temperature": "hot"}"#) }
        // A file must not make the loader allocate a designer of any size it names.
        #expect { try DesignerConfiguration.decoding(json: #"{"hiddenSize": 1000000000}"#) } throws: { "\($0)".contains("hiddenSize") }
        #expect { try DesignerConfiguration.decoding(json: #"{"temperature": 0}"#) } throws: { "\($0)".contains("temperature") }
    }
}
