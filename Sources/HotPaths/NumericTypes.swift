/// The typed form of a selected function: what the selection proved, and all the lowering reads.
///
/// Every expression is a number (an IEEE double), a boolean, an element read (a number, or undefined
/// out of range: NaN natively) or a typed-array parameter (its slot); locals are numbered slots with
/// one type each; break and continue name the statement they leave by a target number.

/// The element types of typed arrays native code accesses (not the BigInt ones). The raw value is
/// the constructor's name, as profiles and the bundle manifest spell it.
public enum TypedArrayKind: String, Sendable, Equatable, Hashable, CaseIterable {
  case int8 = "Int8Array"
  case uint8 = "Uint8Array"
  case uint8Clamped = "Uint8ClampedArray"
  case int16 = "Int16Array"
  case uint16 = "Uint16Array"
  case int32 = "Int32Array"
  case uint32 = "Uint32Array"
  case float32 = "Float32Array"
  case float64 = "Float64Array"

  /// The suffix of its runtime accessors `cruft_ta_get_SUFFIX` and `cruft_ta_set_SUFFIX`.
  public var suffix: String {
    switch self {
    case .int8: return "i8"
    case .uint8: return "u8"
    case .uint8Clamped: return "u8c"
    case .int16: return "i16"
    case .uint16: return "u16"
    case .int32: return "i32"
    case .uint32: return "u32"
    case .float32: return "f32"
    case .float64: return "f64"
    }
  }

  /// "a Float64Array", "an Int32Array".
  var article: String {
    let vowel = rawValue.first.map { "AEIOU".contains($0) } ?? false
    return (vowel ? "an " : "a ") + rawValue
  }
}

enum ValueType: Sendable, Equatable {
  case number, boolean
  /// An element read: a number, or undefined out of range (NaN natively). Operators treat both
  /// alike; the sinks that observe the value itself refuse it.
  case element
  /// A typed-array parameter; its double is the slot the VM bound the array to.
  case typedArray(TypedArrayKind)

  var article: String {
    switch self {
    case .number: return "a number"
    case .boolean: return "a boolean"
    case .element: return "an element read (a number or undefined)"
    case .typedArray(let kind): return kind.article
    }
  }

  /// Lowered as a double (everything but booleans, which are i1).
  var isDouble: Bool { self != .boolean }
  /// A number or an element read: what arithmetic accepts as it is.
  var isNumeric: Bool { self == .number || self == .element }

  var typedArray: TypedArrayKind? {
    if case .typedArray(let kind) = self { return kind }
    return nil
  }
}

/// Binary operators on numbers (booleans are converted to 0 or 1 first, as ToNumeric does).
enum NumberOperator: Sendable, Equatable {
  case add, subtract, multiply, divide, remainder, exponent
  case shiftLeft, shiftRight, shiftRightUnsigned, bitwiseAnd, bitwiseOr, bitwiseXor
}

enum Comparison: Sendable, Equatable {
  case less, lessEqual, greater, greaterEqual, equal, notEqual
}

/// A `Math` function the lowering knows.
enum MathFunction: Sendable, Equatable {
  /// `cruft_math_NAME`, a runtime entry point of the VM, unary or binary.
  case runtime(String, arity: Int)
  case abs, sqrt, floor, ceil, trunc, round, sign, fround, min, max, imul, clz32, hypot

  /// The runtime entry points of the contract: exactly the functions the VM defines.
  static let unaryRuntime: Set<String> = [
    "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
    "exp", "expm1", "log", "log2", "log10", "log1p", "cbrt",
  ]
  static let binaryRuntime: Set<String> = ["atan2", "pow"]

  static func named(_ name: String) -> MathFunction? {
    if unaryRuntime.contains(name) { return .runtime(name, arity: 1) }
    if binaryRuntime.contains(name) { return .runtime(name, arity: 2) }
    switch name {
    case "abs": return .abs
    case "sqrt": return .sqrt
    case "floor": return .floor
    case "ceil": return .ceil
    case "trunc": return .trunc
    case "round": return .round
    case "sign": return .sign
    case "fround": return .fround
    case "min": return .min
    case "max": return .max
    case "imul": return .imul
    case "clz32": return .clz32
    case "hypot": return .hypot
    default: return nil
    }
  }

  /// The accepted argument counts: exact, or at least two for min and max.
  func accepts(_ count: Int) -> Bool {
    switch self {
    case .runtime(_, let arity): return count == arity
    case .min, .max: return count >= 2
    case .imul, .hypot: return count == 2
    default: return count == 1
    }
  }

  var expectedArguments: String {
    switch self {
    case .runtime(_, let arity): return arity == 1 ? "1 argument" : "\(arity) arguments"
    case .min, .max: return "2 or more arguments"
    case .imul, .hypot: return "2 arguments"
    default: return "1 argument"
    }
  }

  /// The `Math` constants, with the values the VM's `Math` object holds.
  static func constant(_ name: String) -> Double? {
    switch name {
    case "PI": return Double.pi
    case "E": return 2.718281828459045
    case "LN2": return 0.6931471805599453
    case "LN10": return 2.302585092994046
    case "LOG2E": return 1.4426950408889634
    case "LOG10E": return 0.4342944819032518
    case "SQRT2": return 2.0.squareRoot()
    case "SQRT1_2": return 0.5.squareRoot()
    default: return nil
    }
  }
}

indirect enum TypedExpression: Sendable {
  case number(Double)
  case boolean(Bool)
  case local(Int, ValueType)
  /// `x = e`; the value is the value assigned.
  case assign(Int, TypedExpression, ValueType)
  /// `x op= e` on a number local; the value is the new value.
  case compoundAssign(Int, NumberOperator, TypedExpression)
  /// `++x`, `x--`, ... on a number local.
  case update(Int, delta: Double, prefix: Bool)
  case negate(TypedExpression)
  /// A boolean as the number 0 or 1 (ToNumber).
  case toNumber(TypedExpression)
  case not(TypedExpression)
  case bitwiseNot(TypedExpression)
  case binary(NumberOperator, TypedExpression, TypedExpression)
  /// Both operands numbers, or (equal and notEqual only) both booleans.
  case compare(Comparison, TypedExpression, TypedExpression)
  /// `&&` (isAnd) or `||`: both operands have the given type, which is the result's.
  case logical(isAnd: Bool, TypedExpression, TypedExpression, ValueType)
  case conditional(TypedExpression, TypedExpression, TypedExpression, ValueType)
  case sequence([TypedExpression])
  /// A call of the selected function `callee` (an index into the selection's candidates).
  case call(callee: Int, [TypedExpression], ValueType)
  case math(MathFunction, [TypedExpression])
  /// `a[index]` on the typed-array parameter in `slot`: a number or undefined (NaN natively).
  case elementGet(slot: Int, TypedArrayKind, index: TypedExpression)
  /// `a[index] = value`; the value is the value assigned (as it is, not as stored).
  case elementSet(slot: Int, TypedArrayKind, index: TypedExpression, value: TypedExpression)
  /// `a[index] op= value`; the value is the new value (NaN out of range, where nothing is stored).
  case elementCompound(slot: Int, TypedArrayKind, index: TypedExpression, NumberOperator, TypedExpression)
  /// `++a[index]`, `a[index]--`, ...: the old or new value as a number.
  case elementUpdate(slot: Int, TypedArrayKind, index: TypedExpression, delta: Double, prefix: Bool)
  /// `a.length`.
  case length(slot: Int)

  var type: ValueType {
    switch self {
    case .number, .compoundAssign, .update, .negate, .toNumber, .bitwiseNot, .binary, .math, .elementCompound,
      .elementUpdate, .length:
      return .number
    case .elementGet: return .element
    case .elementSet(_, _, _, let value): return value.type
    case .boolean, .not, .compare: return .boolean
    case .local(_, let t), .assign(_, _, let t), .logical(_, _, _, let t), .conditional(_, _, _, let t),
      .call(_, _, let t):
      return t
    case .sequence(let items): return items.last?.type ?? .number
    }
  }
}

enum LoopKind: Sendable { case whileLoop, doWhileLoop, forLoop }

struct TypedLoop: Sendable {
  var target: Int
  var kind: LoopKind
  var initial: [TypedStatement]
  var test: TypedExpression?
  var update: TypedExpression?
  var body: TypedStatement
}

struct TypedSwitchClause: Sendable {
  /// nil for `default`.
  var test: Double?
  var body: [TypedStatement]
}

indirect enum TypedStatement: Sendable {
  case expression(TypedExpression)
  case block([TypedStatement])
  case ifElse(TypedExpression, TypedStatement, TypedStatement?)
  case loop(TypedLoop)
  /// A labelled statement that is not a loop: `break label` leaves it.
  case labeled(target: Int, TypedStatement)
  case breakTo(Int)
  case continueTo(Int)
  case returnValue(TypedExpression)
  case switchOn(target: Int, TypedExpression, [TypedSwitchClause])
}

/// A function the selection proved numeric.
struct FunctionPlan: Sendable {
  var candidate: Int
  var arity: Int
  /// The type of every local slot; the parameters are slots 0..<arity.
  var slots: [ValueType]
  var body: [TypedStatement]
  var returnType: ValueType
  /// The candidates this function calls.
  var callees: Set<Int>
}
