// Arbitrary-precision integers for ECMAScript BigInt: a sign and a magnitude of 32-bit limbs, with
// the BigInt::* operations of the specification. The type depends on nothing else in the VM, so it
// can be tested against node on its own. Conversions to and from text and doubles are in
// BigIntConversions.swift.
//
// Limbs are 32 bits so that a limb product plus two limbs fits in a UInt64 without overflow, which
// keeps multiplication and division free of 128-bit arithmetic.

/// An arbitrary-precision integer: sign and magnitude.
///
/// The representation is canonical (zero is `[]` and never negative; the most significant limb is
/// never zero), so the synthesized `==` and `hash(into:)` are value equality.
struct BigIntValue: Equatable, Hashable, Sendable {
  /// Whether the value is below zero; never true for zero.
  var negative: Bool
  /// The absolute value's limbs, least significant first, without most significant zero limbs.
  var magnitude: [UInt32]

  static let zero = BigIntValue(negative: false, magnitude: [])

  /// Wraps limbs that may have most significant zero limbs; a zero result is made non-negative.
  init(negative: Bool, magnitude: [UInt32]) {
    var limbs = magnitude
    BigIntValue.trim(&limbs)
    self.negative = negative && !limbs.isEmpty
    self.magnitude = limbs
  }

  init(_ int: Int) {
    // `magnitude` of Int.min is representable as UInt64, unlike its negation as Int.
    let absolute = int.magnitude
    self.init(
      negative: int < 0,
      magnitude: [UInt32(truncatingIfNeeded: absolute), UInt32(truncatingIfNeeded: absolute >> 32)])
  }

  var isZero: Bool { magnitude.isEmpty }

  /// The number of bits of the absolute value (0 for zero); callers use it to bound result sizes.
  var magnitudeBitWidth: Int {
    guard let top = magnitude.last else { return 0 }
    return magnitude.count * 32 - top.leadingZeroBitCount
  }

  /// The absolute value as an Int, or nil when it does not fit.
  var magnitudeAsInt: Int? {
    switch magnitude.count {
    case 0: return 0
    case 1: return Int(magnitude[0])
    case 2 where magnitude[1] < 0x8000_0000: return Int(magnitude[1]) << 32 | Int(magnitude[0])
    default: return nil
    }
  }

  static func trim(_ limbs: inout [UInt32]) {
    while let last = limbs.last, last == 0 { limbs.removeLast() }
  }
}

// MARK: - Comparison

extension BigIntValue {
  /// Compares two values: -1, 0 or 1.
  static func compare(_ a: BigIntValue, _ b: BigIntValue) -> Int {
    if a.negative != b.negative { return a.negative ? -1 : 1 }
    let order = compareMagnitudes(a.magnitude, b.magnitude)
    return a.negative ? -order : order
  }

  /// Compares canonical magnitudes: -1, 0 or 1.
  static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    var index = a.count - 1
    while index >= 0 {
      if a[index] != b[index] { return a[index] < b[index] ? -1 : 1 }
      index -= 1
    }
    return 0
  }
}

// MARK: - Magnitude arithmetic

extension BigIntValue {
  static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    let (long, short) = a.count >= b.count ? (a, b) : (b, a)
    var result = [UInt32]()
    result.reserveCapacity(long.count + 1)
    var carry: UInt64 = 0
    for index in 0..<long.count {
      let sum = UInt64(long[index]) + (index < short.count ? UInt64(short[index]) : 0) + carry
      result.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry != 0 { result.append(UInt32(carry)) }
    return result
  }

  /// `a - b` for `a >= b`; the result is trimmed.
  static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result = a
    var borrow: UInt32 = 0
    for index in 0..<a.count {
      let subtrahend = index < b.count ? b[index] : 0
      if borrow == 0 && index >= b.count { break }
      let (step, overflow1) = a[index].subtractingReportingOverflow(subtrahend)
      let (difference, overflow2) = step.subtractingReportingOverflow(borrow)
      result[index] = difference
      borrow = (overflow1 || overflow2) ? 1 : 0
    }
    trim(&result)
    return result
  }

  /// Schoolbook multiplication, O(a.count * b.count). Each step adds a limb product to a limb and a
  /// carry: at most (2^32-1)^2 + 2(2^32-1) = 2^64-1, so UInt64 never overflows.
  static func multiplyMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    if a.isEmpty || b.isEmpty { return [] }
    var result = [UInt32](repeating: 0, count: a.count + b.count)
    result.withUnsafeMutableBufferPointer { out in
      a.withUnsafeBufferPointer { x in
        b.withUnsafeBufferPointer { y in
          for i in 0..<x.count {
            let digit = UInt64(x[i])
            if digit == 0 { continue }
            var carry: UInt64 = 0
            for j in 0..<y.count {
              let product = digit * UInt64(y[j]) + UInt64(out[i + j]) + carry
              out[i + j] = UInt32(truncatingIfNeeded: product)
              carry = product >> 32
            }
            out[i + y.count] = UInt32(carry)
          }
        }
      }
    }
    trim(&result)
    return result
  }

  /// Multiplies in place by a limb and adds a limb; parsing builds numbers this way.
  static func multiplyAdd(_ limbs: inout [UInt32], multiplier: UInt32, addend: UInt32) {
    var carry = UInt64(addend)
    for index in 0..<limbs.count {
      let product = UInt64(limbs[index]) * UInt64(multiplier) + carry
      limbs[index] = UInt32(truncatingIfNeeded: product)
      carry = product >> 32
    }
    if carry != 0 { limbs.append(UInt32(carry)) }
  }

  /// Divides in place by a nonzero limb and returns the remainder; the quotient is trimmed.
  static func divideInPlace(_ limbs: inout [UInt32], by divisor: UInt32) -> UInt32 {
    let wideDivisor = UInt64(divisor)
    var remainder: UInt64 = 0
    var index = limbs.count - 1
    while index >= 0 {
      let dividend = remainder << 32 | UInt64(limbs[index])
      limbs[index] = UInt32(truncatingIfNeeded: dividend / wideDivisor)
      remainder = dividend % wideDivisor
      index -= 1
    }
    trim(&limbs)
    return UInt32(remainder)
  }

  /// Truncating division of magnitudes (`divisor` nonzero) by Knuth's algorithm D (TAOCP vol. 2,
  /// 4.3.1), in the form of Hacker's Delight's divmnu.
  static func divideMagnitudes(_ dividend: [UInt32], by divisor: [UInt32]) -> (
    quotient: [UInt32], remainder: [UInt32]
  ) {
    precondition(!divisor.isEmpty, "BigInt division by zero")
    if compareMagnitudes(dividend, divisor) < 0 { return ([], dividend) }
    if divisor.count == 1 {
      var quotient = dividend
      let remainder = divideInPlace(&quotient, by: divisor[0])
      return (quotient, remainder == 0 ? [] : [remainder])
    }

    // D1: shift both so the divisor's top limb has its high bit set, which bounds the error of each
    // estimated quotient limb to 2.
    let shift = divisor[divisor.count - 1].leadingZeroBitCount
    let v = shiftLimbsLeft(divisor, bits: shift, extraLimb: false)
    var u = shiftLimbsLeft(dividend, bits: shift, extraLimb: true)
    let n = v.count
    let m = dividend.count - n
    var quotient = [UInt32](repeating: 0, count: m + 1)
    let base: UInt64 = 1 << 32
    let vTop = UInt64(v[n - 1])
    let vNext = UInt64(v[n - 2])

    u.withUnsafeMutableBufferPointer { u in
      v.withUnsafeBufferPointer { v in
        var j = m
        while j >= 0 {
          // D3: estimate the quotient limb from the top two limbs and correct it with the third.
          let numerator = UInt64(u[j + n]) << 32 | UInt64(u[j + n - 1])
          var qhat = numerator / vTop
          var rhat = numerator % vTop
          while qhat >= base || qhat * vNext > (rhat << 32 | UInt64(u[j + n - 2])) {
            qhat -= 1
            rhat += vTop
            if rhat >= base { break }
          }

          // D4: multiply and subtract; `t` is signed so the final borrow shows as a negative top.
          var borrow: Int64 = 0
          for i in 0..<n {
            let product = qhat * UInt64(v[i])
            let t = Int64(u[i + j]) - borrow - Int64(product & 0xFFFF_FFFF)
            u[i + j] = UInt32(truncatingIfNeeded: t)
            borrow = Int64(product >> 32) - (t >> 32)
          }
          let top = Int64(u[j + n]) - borrow
          u[j + n] = UInt32(truncatingIfNeeded: top)

          // D5, D6: the estimate was one too large (rare): add the divisor back.
          if top < 0 {
            qhat -= 1
            var carry: UInt64 = 0
            for i in 0..<n {
              let sum = UInt64(u[i + j]) + UInt64(v[i]) + carry
              u[i + j] = UInt32(truncatingIfNeeded: sum)
              carry = sum >> 32
            }
            u[j + n] = u[j + n] &+ UInt32(truncatingIfNeeded: carry)
          }
          quotient[j] = UInt32(truncatingIfNeeded: qhat)
          j -= 1
        }
      }
    }

    // D8: the remainder is the low n limbs of u, shifted back.
    var remainder = shiftLimbsRight(Array(u[0..<n]), bits: shift)
    trim(&remainder)
    trim(&quotient)
    return (quotient, remainder)
  }

  /// Shifts left by fewer than 32 bits, optionally keeping one more limb for the bits shifted out.
  private static func shiftLimbsLeft(_ limbs: [UInt32], bits: Int, extraLimb: Bool) -> [UInt32] {
    var result = [UInt32]()
    result.reserveCapacity(limbs.count + 1)
    var carry: UInt32 = 0
    for limb in limbs {
      result.append(bits == 0 ? limb : limb << UInt32(bits) | carry)
      carry = bits == 0 ? 0 : limb >> UInt32(32 - bits)
    }
    if extraLimb { result.append(carry) }
    return result
  }

  /// Shifts right by fewer than 32 bits.
  private static func shiftLimbsRight(_ limbs: [UInt32], bits: Int) -> [UInt32] {
    if bits == 0 { return limbs }
    var result = limbs
    for index in 0..<limbs.count {
      let high = index + 1 < limbs.count ? limbs[index + 1] << UInt32(32 - bits) : 0
      result[index] = limbs[index] >> UInt32(bits) | high
    }
    return result
  }
}

// MARK: - Arithmetic

extension BigIntValue {
  var negated: BigIntValue { BigIntValue(negative: !negative, magnitude: magnitude) }

  static prefix func - (operand: BigIntValue) -> BigIntValue { operand.negated }

  static func + (a: BigIntValue, b: BigIntValue) -> BigIntValue {
    if a.negative == b.negative {
      return BigIntValue(negative: a.negative, magnitude: addMagnitudes(a.magnitude, b.magnitude))
    }
    // Opposite signs: the larger magnitude decides the sign.
    if compareMagnitudes(a.magnitude, b.magnitude) >= 0 {
      return BigIntValue(negative: a.negative, magnitude: subtractMagnitudes(a.magnitude, b.magnitude))
    }
    return BigIntValue(negative: b.negative, magnitude: subtractMagnitudes(b.magnitude, a.magnitude))
  }

  static func - (a: BigIntValue, b: BigIntValue) -> BigIntValue { a + b.negated }

  static func * (a: BigIntValue, b: BigIntValue) -> BigIntValue {
    BigIntValue(negative: a.negative != b.negative, magnitude: multiplyMagnitudes(a.magnitude, b.magnitude))
  }

  /// Truncating division: the quotient rounds toward zero and the remainder has the dividend's sign
  /// (BigInt::divide and BigInt::remainder). The caller rejects a zero divisor.
  func quotientAndRemainder(dividingBy divisor: BigIntValue) -> (
    quotient: BigIntValue, remainder: BigIntValue
  ) {
    let (quotient, remainder) = BigIntValue.divideMagnitudes(magnitude, by: divisor.magnitude)
    return (
      BigIntValue(negative: negative != divisor.negative, magnitude: quotient),
      BigIntValue(negative: negative, magnitude: remainder)
    )
  }

  func divided(by divisor: BigIntValue) -> BigIntValue { quotientAndRemainder(dividingBy: divisor).quotient }

  func remainder(dividingBy divisor: BigIntValue) -> BigIntValue {
    quotientAndRemainder(dividingBy: divisor).remainder
  }

  /// BigInt::exponentiate for a non-negative exponent (the caller rejects negative ones and bounds
  /// the result size; an exponent beyond Int with a base other than 0, 1 or -1 traps).
  func power(_ exponent: BigIntValue) -> BigIntValue {
    precondition(!exponent.negative, "BigInt negative exponent")
    if exponent.isZero { return BigIntValue(1) }
    if isZero { return self }
    if magnitude == [1] {
      // (-1)^n alternates, so only the exponent's parity matters.
      return negative && exponent.magnitude[0] & 1 == 1 ? self : BigIntValue(1)
    }
    guard let count = exponent.magnitudeAsInt else { preconditionFailure("BigInt power too large") }
    let resultNegative = negative && count & 1 == 1
    // A power of two is a shift, which avoids the multiplications entirely.
    if magnitude.last!.nonzeroBitCount == 1 && magnitude.dropLast().allSatisfy({ $0 == 0 }) {
      let shift = (magnitudeBitWidth - 1).multipliedReportingOverflow(by: count)
      precondition(!shift.overflow, "BigInt power too large")
      return BigIntValue(negative: resultNegative, magnitude: [1]).shiftedLeft(by: shift.partialValue)
    }
    var result: [UInt32] = [1]
    var square = magnitude
    var remaining = count
    while true {
      if remaining & 1 == 1 { result = BigIntValue.multiplyMagnitudes(result, square) }
      remaining >>= 1
      if remaining == 0 { break }
      square = BigIntValue.multiplyMagnitudes(square, square)
    }
    return BigIntValue(negative: resultNegative, magnitude: result)
  }
}

// MARK: - Bitwise operations and shifts

extension BigIntValue {
  /// BigInt::bitwiseNOT: -x - 1, the two's-complement complement.
  var bitwiseNot: BigIntValue {
    if negative {
      return BigIntValue(negative: false, magnitude: BigIntValue.subtractMagnitudes(magnitude, [1]))
    }
    return BigIntValue(negative: true, magnitude: BigIntValue.addMagnitudes(magnitude, [1]))
  }

  static func & (a: BigIntValue, b: BigIntValue) -> BigIntValue { bitwise(a, b, &) }
  static func | (a: BigIntValue, b: BigIntValue) -> BigIntValue { bitwise(a, b, |) }
  static func ^ (a: BigIntValue, b: BigIntValue) -> BigIntValue { bitwise(a, b, ^) }

  /// Applies a limb operation to both operands in two's complement, one limb wider than the wider
  /// magnitude so the top limb holds the sign; the infinite sign extension beyond it is implied.
  private static func bitwise(
    _ a: BigIntValue, _ b: BigIntValue, _ operation: (UInt32, UInt32) -> UInt32
  ) -> BigIntValue {
    let width = max(a.magnitude.count, b.magnitude.count) + 1
    let x = a.twosComplement(width: width)
    let y = b.twosComplement(width: width)
    var limbs = [UInt32](repeating: 0, count: width)
    for index in 0..<width { limbs[index] = operation(x[index], y[index]) }
    return fromTwosComplement(limbs)
  }

  /// The value as `width` limbs of two's complement; `width` must leave room for the sign bit.
  private func twosComplement(width: Int) -> [UInt32] {
    if !negative { return magnitude + [UInt32](repeating: 0, count: width - magnitude.count) }
    // -m is ~(m - 1).
    let less = BigIntValue.subtractMagnitudes(magnitude, [1])
    var limbs = [UInt32](repeating: UInt32.max, count: width)
    for index in 0..<less.count { limbs[index] = ~less[index] }
    return limbs
  }

  /// Reads two's-complement limbs whose top bit is the sign.
  private static func fromTwosComplement(_ limbs: [UInt32]) -> BigIntValue {
    guard let top = limbs.last, top & 0x8000_0000 != 0 else {
      return BigIntValue(negative: false, magnitude: limbs)
    }
    // -(~x + 1) recovers the magnitude of a negative value.
    return BigIntValue(negative: true, magnitude: addMagnitudes(trimmed(limbs.map { ~$0 }), [1]))
  }

  private static func trimmed(_ limbs: [UInt32]) -> [UInt32] {
    var result = limbs
    trim(&result)
    return result
  }

  /// BigInt::leftShift: multiplies by 2^count; a negative count shifts right.
  func shiftedLeft(by count: Int) -> BigIntValue {
    if count < 0 {
      precondition(count != Int.min, "BigInt shift too large")
      return shiftedRight(by: -count)
    }
    if isZero || count == 0 { return self }
    let limbShift = count / 32
    let bitShift = count % 32
    var limbs = [UInt32](repeating: 0, count: limbShift)
    limbs.reserveCapacity(limbShift + magnitude.count + 1)
    var carry: UInt32 = 0
    for limb in magnitude {
      limbs.append(bitShift == 0 ? limb : limb << UInt32(bitShift) | carry)
      carry = bitShift == 0 ? 0 : limb >> UInt32(32 - bitShift)
    }
    limbs.append(carry)
    return BigIntValue(negative: negative, magnitude: limbs)
  }

  /// BigInt::signedRightShift: floor(x / 2^count), so negative values round toward -infinity; a
  /// negative count shifts left.
  func shiftedRight(by count: Int) -> BigIntValue {
    if count < 0 {
      precondition(count != Int.min, "BigInt shift too large")
      return shiftedLeft(by: -count)
    }
    if isZero || count == 0 { return self }
    if count >= magnitudeBitWidth { return negative ? BigIntValue(-1) : .zero }
    let limbShift = count / 32
    let bitShift = count % 32
    // A negative value whose shifted-out bits are not all zero rounds one further from zero.
    var lostBits = magnitude[0..<limbShift].contains { $0 != 0 }
    if bitShift != 0 { lostBits = lostBits || magnitude[limbShift] & (1 << UInt32(bitShift) - 1) != 0 }
    var limbs = [UInt32](repeating: 0, count: magnitude.count - limbShift)
    for index in 0..<limbs.count {
      let low = magnitude[index + limbShift]
      if bitShift == 0 {
        limbs[index] = low
      } else {
        let next = index + limbShift + 1
        let high = next < magnitude.count ? magnitude[next] << UInt32(32 - bitShift) : 0
        limbs[index] = low >> UInt32(bitShift) | high
      }
    }
    BigIntValue.trim(&limbs)
    if negative && lostBits { limbs = BigIntValue.addMagnitudes(limbs, [1]) }
    return BigIntValue(negative: negative, magnitude: limbs)
  }

  /// BigInt.asUintN: the value modulo 2^bits, in 0..<2^bits.
  func asUintN(bits: Int) -> BigIntValue {
    precondition(bits >= 0)
    if !negative && magnitudeBitWidth <= bits { return self }
    let low = lowBits(bits)
    if !negative || low.isEmpty { return BigIntValue(negative: false, magnitude: low) }
    // 2^bits - (|x| mod 2^bits) for a negative x.
    let power = BigIntValue(1).shiftedLeft(by: bits)
    return BigIntValue(negative: false, magnitude: BigIntValue.subtractMagnitudes(power.magnitude, low))
  }

  /// BigInt.asIntN: the value modulo 2^bits, in -2^(bits-1)..<2^(bits-1).
  func asIntN(bits: Int) -> BigIntValue {
    precondition(bits >= 0)
    if bits == 0 { return .zero }
    // |x| < 2^(bits-1) is already in range; this also spares huge `bits` any allocation.
    if magnitudeBitWidth < bits { return self }
    let unsigned = asUintN(bits: bits)
    if unsigned.magnitudeBitWidth < bits { return unsigned }
    return unsigned - BigIntValue(1).shiftedLeft(by: bits)
  }

  /// The magnitude's low `bits` bits, trimmed.
  private func lowBits(_ bits: Int) -> [UInt32] {
    let limbCount = (bits + 31) / 32
    if limbCount > magnitude.count { return magnitude }
    var limbs = Array(magnitude[0..<limbCount])
    if bits % 32 != 0 && limbCount > 0 { limbs[limbCount - 1] &= (1 << UInt32(bits % 32)) - 1 }
    BigIntValue.trim(&limbs)
    return limbs
  }
}
