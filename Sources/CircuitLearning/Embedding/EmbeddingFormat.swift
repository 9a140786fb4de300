/// The file formats embeddings are written in (``EmbeddingOutput``).
public enum EmbeddingFormat: String, Sendable, CaseIterable {
    /// NumPy `.npy`, float32, one row per node (or the single graph row).
    case npy
    /// Comma-separated values with a header `e0,e1,…`.
    case csv
    /// One versioned JSON document (``EmbeddingOutput/Document``) holding the graph row and,
    /// at gate level, every node row.
    case json
}
