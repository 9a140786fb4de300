// The primitive ops of the autodiff tape — the only functions with backward code. Everything
// else (losses, layers, `mean`, `-x`, scalar arithmetic, segment mean, cosines) is composed from them.
//
// | family      | file                   | primitives                                              |
// |-------------|------------------------|---------------------------------------------------------|
// | linear      | Ops+Linear.swift       | matmul (BLAS, either operand transposed)                |
// | sparse      | Ops+Sparse.swift       | spmm (fixed operator), spmm (differentiable E×H values) |
// |             | SparseFeatures.swift   | sparse constant features times a weight (X · W)         |
// | arithmetic  | Ops+Arithmetic.swift   | add, sub, mul, div (broadcasting rows/columns/scalars)  |
// | pointwise   | Ops+Activation.swift   | relu, leakyRelu, elu, sigmoid, tanh, softplus           |
// |             | Ops+Pointwise.swift    | exp, log, square, sqrt, clamp                           |
// | random      | Ops+Dropout.swift      | dropout                                                 |
// | rows        | Ops+Rows.swift         | gatherRows, segmentSum, segmentMax                      |
// |             | Ops+EdgeScores.swift   | edgeInnerProducts (fused ⟨x_u, x_v⟩ per edge)           |
// |             | Ops+RowDistances.swift | rowDistances (‖f(x_i) − t_i‖ to a sparse target)        |
// |             | Ops+Blocks.swift       | gatherRows(from: blocks) (rows of several tensors)      |
// |             | Ops+Exchange.swift     | exchangingRows (halo rows of other processes)           |
// |             | Ops+DAGPropagation.swift | propagated(along:) (level-ordered sums along a DAG)   |
// | softmax     | Ops+Softmax.swift      | logSoftmax (rows), segmentSoftmax (edges by receiver)   |
// | shape       | Ops+Shape.swift        | concatColumns, sliceColumns, reshaped                   |
// | reduction   | Ops+Reduction.swift    | sumRows (→ N×1), sumColumns (→ 1×C)                     |
// | spectral    | Ops+Eigen.swift        | eigenvalues, eigenvectors (symmetric, LAPACK dsyev)     |
//
// Each primitive computes its forward value and hands `Tensor.record` its local backward rule,
// side by side; `Tensor+Composite.swift` holds the composed ops.
