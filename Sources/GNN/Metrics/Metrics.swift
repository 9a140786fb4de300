/// Evaluation metrics, computed in `Double` from plain arrays (no tape).
public enum Metrics {}
