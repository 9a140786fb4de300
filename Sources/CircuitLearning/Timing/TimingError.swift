import GraphCore

/// What goes wrong when timing prediction is given bad input.
public enum TimingError: Error, Equatable, CustomStringConvertible {
    /// A dataset file that is not a timing sample `TimingSample.write` made.
    case badSample(path: String, reason: String)
    /// A model file whose metadata does not describe a timing predictor.
    case badModel(path: String, reason: String)
    /// A dataset directory without samples of the designs the split names.
    case missingSample(directory: String, design: String)
    /// A `designs.tsv` line that is not `design<TAB>period…` with a positive period.
    case malformedPeriods(path: String, line: Int, found: String)

    /// One line: control characters quoted from the file are escaped.
    public var description: String { _oneLineMessage(text) }

    private var text: String {
        switch self {
        case let .badSample(path, reason):
            "\(path): not a timing sample: \(reason); write it with `graphtool timing dataset`"
        case let .badModel(path, reason):
            "\(path): not a timing predictor model: \(reason)"
        case let .missingSample(directory, design):
            "\(directory): the split names design '\(design)', but there is no \(design).safetensors; run `graphtool timing dataset` on its corpus"
        case let .malformedPeriods(path, line, found):
            "\(path):\(line): expected 'design<TAB>clock period in ns', found '\(found)'"
        }
    }
}
