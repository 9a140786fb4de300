import Foundation
import GNN
import GraphCore

extension CircuitAutoencoder {
    /// A model read from a checkpoint `graphtool qpretrain --save` wrote: the QAS gate pool, the
    /// qubits and encoding from its metadata, the widths from its tensors.
    /// - Throws: `CheckpointError` for an unreadable file, `GraphError.invalidArgument` when the
    ///   metadata does not describe a circuit autoencoder, `CheckpointError.mismatch` when the
    ///   tensors do not fit it.
    /// - Complexity: O(file size)
    public static func load(from url: URL) throws -> CircuitAutoencoder {
        let contents = try SafeTensors.read(from: url)
        guard contents.metadata["model"] == "circuit-vgae", let qubits = contents.metadata["qubits"].flatMap(Int.init),
              let mean = contents.tensors["mean.weight"] else {
            throw GraphError.invalidArgument("\(url.path) is not a circuit autoencoder (its metadata lacks model=circuit-vgae and qubits); train one with 'graphtool qpretrain --save FILE'")
        }
        let layers = Set(contents.tensors.keys.filter { $0.hasPrefix("gin") }.compactMap { $0.split(separator: ".").first }).count
        let encoding: CircuitDAGEncoding = contents.metadata["encoding"] == "signed" ? .signedOccupancy : .occupancy
        var generator = SeededGenerator(seed: 0)  // overwritten by the checkpoint
        let model = CircuitAutoencoder(pool: .qas, encoding: encoding, qubits: qubits, hidden: mean.rows, latent: mean.columns,
                                       layerCount: layers, generator: &generator)
        try model.loadParameters(from: contents)
        return model
    }
}
