import Foundation

/// A real-valued OpenQASM 2 parameter expression: numbers, `pi`, a gate's parameters, `+ - * / ^`,
/// unary minus and the functions `sin cos tan exp ln sqrt` (and Qiskit's `asin acos atan`).
indirect enum QASMExpression: Equatable {
    case number(Double)
    /// The `index`-th parameter of the gate being defined.
    case parameter(Int)
    case negate(QASMExpression)
    case binary(Operator, QASMExpression, QASMExpression)
    case function(Function, QASMExpression)

    enum Operator: String {
        case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
    }

    enum Function: String, CaseIterable {
        case sin, cos, tan, exp, ln, sqrt, asin, acos, atan

        func callAsFunction(_ x: Double) -> Double {
            switch self {
            case .sin: return Foundation.sin(x)
            case .cos: return Foundation.cos(x)
            case .tan: return Foundation.tan(x)
            case .exp: return Foundation.exp(x)
            case .ln: return Foundation.log(x)
            case .sqrt: return x.squareRoot()
            case .asin: return Foundation.asin(x)
            case .acos: return Foundation.acos(x)
            case .atan: return Foundation.atan(x)
            }
        }
    }

    /// The value with `parameters` bound to the gate's parameters (IEEE arithmetic: a division by
    /// zero gives an infinity, which the reader then rejects). - Complexity: O(expression size)
    func evaluate(_ parameters: [Double]) -> Double {
        switch self {
        case .number(let value): return value
        case .parameter(let index): return parameters[index]
        case .negate(let operand): return -operand.evaluate(parameters)
        case let .function(function, argument): return function(argument.evaluate(parameters))
        case let .binary(op, left, right):
            let a = left.evaluate(parameters), b = right.evaluate(parameters)
            switch op {
            case .add: return a + b
            case .subtract: return a - b
            case .multiply: return a * b
            case .divide: return a / b
            case .power: return Foundation.pow(a, b)
            }
        }
    }
}
