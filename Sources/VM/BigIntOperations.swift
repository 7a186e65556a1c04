/// The VM's side of BigInt: operators and conversions over `BigIntValue`.
extension VM {
  func bigint(_ value: BigIntValue) -> JSBigInt {
    heap.register(JSBigInt(value), bytes: 48 + 4 * value.magnitude.count)
  }

  func bigintToString(_ value: JSBigInt, radix: Int) -> String { value.value.toString(radix: radix) }

  func bigintCompare(_ a: JSBigInt, _ b: JSBigInt) -> Int { BigIntValue.compare(a.value, b.value) }

  /// Compares with a number that is not NaN.
  func bigintCompare(_ a: JSBigInt, _ b: Double) -> Int { BigIntValue.compare(a.value, b) ?? 1 }

  func bigintAdd(_ a: JSBigInt, _ b: JSBigInt) -> JSBigInt { bigint(a.value + b.value) }

  func bigintOperation(_ op: NumericOperator, _ a: JSBigInt, _ b: JSBigInt) throws(Throw) -> Value {
    let x = a.value
    let y = b.value
    switch op {
    case .subtract: return Value(bigint(x - y))
    case .multiply: return Value(bigint(x * y))
    case .divide:
      guard !y.isZero else { throw rangeError("Division by zero") }
      return Value(bigint(x.divided(by: y)))
    case .remainder:
      guard !y.isZero else { throw rangeError("Division by zero") }
      return Value(bigint(x.remainder(dividingBy: y)))
    case .exponent:
      guard !y.negative else { throw rangeError("Exponent must be non-negative") }
      guard y.magnitude.count <= 1, x.magnitude.count * Int(y.magnitude.first ?? 0) < 1 << 24 else {
        if x.isZero || x == BigIntValue(1) { return Value(bigint(x)) }
        throw rangeError("Maximum BigInt size exceeded")
      }
      return Value(bigint(x.power(y)))
    case .and: return Value(bigint(x & y))
    case .or: return Value(bigint(x | y))
    case .xor: return Value(bigint(x ^ y))
    case .shl, .shr:
      guard y.magnitude.count <= 1, (y.magnitude.first ?? 0) < 1 << 30 else {
        throw rangeError("Maximum BigInt size exceeded")
      }
      let amount = Int(y.magnitude.first ?? 0) * (y.negative ? -1 : 1)
      let left = (op == .shl) == (amount >= 0)
      return Value(bigint(left ? x.shiftedLeft(by: abs(amount)) : x.shiftedRight(by: abs(amount))))
    case .ushr: throw typeError("BigInts have no unsigned right shift, use >> instead")
    }
  }
}
