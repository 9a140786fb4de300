import Foundation
import Testing

/// `graphtool timing` end to end on two small TT06 designs: dataset, train, evaluate (the JSON
/// keys of the contract) and predict (the pins table of `graphtool sta --pins`, pin for pin).
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct TimingCommandTests {
    static let tt06: URL? = ["../shared/data/tt06", "../../shared/data/tt06"]
        .map { GraphToolBinary.packageRoot.appendingPathComponent($0).standardizedFileURL }
        .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("tt_um_8bitALU.spef.gz").path) }

    @Test(.enabled(if: tt06 != nil && StaCommandTests.library != nil, "../shared/data is absent"))
    func datasetTrainEvaluatePredict() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graphtool-timing-\(UUID().uuidString)")
        let corpus = directory.appendingPathComponent("corpus"), samples = directory.appendingPathComponent("samples").path
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let designs = ["tt_um_3515_sequenceDetector", "tt_um_8bitALU"]
        for design in designs {
            for suffix in [".v.gz", ".spef.gz"] {
                try FileManager.default.createSymbolicLink(at: corpus.appendingPathComponent(design + suffix), withDestinationURL: try #require(Self.tt06).appendingPathComponent(design + suffix))
            }
        }
        let split = directory.appendingPathComponent("split.tsv").path
        try "\(designs[0])\ttrain\n\(designs[1])\tvalidation\n".write(toFile: split, atomically: true, encoding: .utf8)
        let lib = try StaCommandTests.gunzippedLibrary(into: directory)
        let dataset = try GraphToolBinary.run(["timing", "dataset", corpus.path, "-o", samples, "--liberty", lib, "--json", "--threads", "2"])
        #expect(dataset.status == 0, "\(dataset.stderr)")
        #expect((try JSONSerialization.jsonObject(with: Data(dataset.stdout.utf8)) as? [String: Any])?["designs"] as? Int == 2)
        let model = directory.appendingPathComponent("model.safetensors").path
        let train = try GraphToolBinary.run(["timing", "train", "--dataset", samples, "--split", split, "--save", model,
                                             "--epochs", "2", "--hidden", "8", "--layers", "1", "--threads", "2", "--json"])
        #expect(train.status == 0, "\(train.stderr)")
        let evaluate = try GraphToolBinary.run(["timing", "evaluate", "--dataset", samples, "--split", split, "--model", model, "--part", "validation", "--json"])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(evaluate.stdout.utf8)) as? [String: Any])
        for key in ["r2_arrival", "mae_arrival_ps", "r2_slack", "mae_slack_ps", "sta_without_spef", "sta_wire_load", "per_design"] {
            #expect(json[key] != nil, "\(key)")
        }
        let baseline = try #require(json["sta_without_spef"] as? [String: Any])
        for key in ["r2_arrival", "mae_arrival_ps", "r2_slack", "mae_slack_ps"] { #expect(baseline[key] != nil, "\(key)") }
        let predicted = directory.appendingPathComponent("predicted.tsv").path, timed = directory.appendingPathComponent("sta.tsv").path
        let predict = try GraphToolBinary.run(["timing", "predict", "netlists/tt_um_3515_sequenceDetector.v", "--model", model, "--liberty", lib,
                                               "--sdc", "netlists/tt_um_3515_sequenceDetector.sdc", "-o", predicted, "-q"])
        #expect(predict.status == 0, "\(predict.stderr)")
        let sta = try GraphToolBinary.run(["sta", "netlists/tt_um_3515_sequenceDetector.v", "--liberty", lib,
                                           "--sdc", "netlists/tt_um_3515_sequenceDetector.sdc", "--pins", timed, "-q"])
        #expect(sta.status == 0, "\(sta.stderr)")
        let ours = try String(contentsOfFile: predicted, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        let theirs = try String(contentsOfFile: timed, encoding: .utf8).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(ours.count == theirs.count && ours.first == theirs.first)
        #expect(zip(ours, theirs).allSatisfy { $0.prefix(5) == $1.prefix(5) })
        #expect(ours.dropFirst().contains { $0[5] != "NA" } && ours.dropFirst().allSatisfy { $0[7] == "NA" })
        // The PreRoutGNN-style model: pre-training, training, and its checkpoint read back by predict.
        let preRout = directory.appendingPathComponent("preroutgnn.safetensors").path
        let trainPreRout = try GraphToolBinary.run(["timing", "train", "--dataset", samples, "--split", split, "--save", preRout, "--architecture", "preroutgnn",
                                                    "--pretrain-epochs", "1", "--epochs", "1", "--hidden", "8", "--layers", "1", "--threads", "2", "--json"])
        #expect(trainPreRout.status == 0 && trainPreRout.stdout.contains("\"preroutgnn\""), "\(trainPreRout.stderr)")
        let predictPreRout = try GraphToolBinary.run(["timing", "predict", "netlists/tt_um_3515_sequenceDetector.v", "--model", preRout, "--liberty", lib,
                                                      "--sdc", "netlists/tt_um_3515_sequenceDetector.sdc", "-o", predicted, "-q"])
        #expect(predictPreRout.status == 0, "\(predictPreRout.stderr)")
        #expect(try String(contentsOfFile: predicted, encoding: .utf8).split(separator: "\n").count == theirs.count)
    }

    @Test func aMissingModelIsOneLineAndExitOne() throws {
        let result = try GraphToolBinary.run(["timing", "predict", "netlists/tt_um_3515_sequenceDetector.v", "--model", "no-such.safetensors",
                                              "--liberty", "no-such.lib", "--sdc", "x.sdc", "-o", "/dev/null"])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("no-such"))
    }
}
