import Foundation

/// A complex number in `Double`s, for gate matrices and amplitudes.
public struct Complex: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var re: Double
    public var im: Double

    /// `re + i im`. - Complexity: O(1)
    public init(_ re: Double, _ im: Double = 0) {
        self.re = re
        self.im = im
    }

    /// `e^{iθ}`. - Complexity: O(1)
    public static func phase(_ theta: Double) -> Complex { Complex(cos(theta), sin(theta)) }

    public static let zero = Complex(0), one = Complex(1), i = Complex(0, 1)

    /// The complex conjugate. - Complexity: O(1)
    public var conjugate: Complex { Complex(re, -im) }
    /// `|z|²`. - Complexity: O(1)
    public var magnitudeSquared: Double { re * re + im * im }

    public static func + (a: Complex, b: Complex) -> Complex { Complex(a.re + b.re, a.im + b.im) }
    public static func - (a: Complex, b: Complex) -> Complex { Complex(a.re - b.re, a.im - b.im) }
    public static prefix func - (a: Complex) -> Complex { Complex(-a.re, -a.im) }
    public static func * (a: Complex, b: Complex) -> Complex {
        Complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
    }
    public static func * (a: Double, b: Complex) -> Complex { Complex(a * b.re, a * b.im) }
    public static func += (a: inout Complex, b: Complex) { a = a + b }

    public var description: String { im < 0 ? "\(re)\(im)i" : "\(re)+\(im)i" }
}
