// BigIntValue's conversions: to and from doubles (exact or correctly rounded), comparison with a
// double, BigInt literals, StringToBigInt and Number::toString's BigInt counterpart.

// MARK: - Doubles

extension BigIntValue {
  /// The value of an integral double (NumberToBigInt); nil for NaN, infinities and fractions.
  init?(exactly double: Double) {
    guard double.isFinite, double == double.rounded(.towardZero) else { return nil }
    if double == 0 {
      self = .zero
      return
    }
    // A nonzero integral double is normal: significand 1.f times 2^exponent, exponent >= 0.
    let significand = UInt64(1) << 52 | double.significandBitPattern
    let value = BigIntValue(
      negative: false,
      magnitude: [UInt32(truncatingIfNeeded: significand), UInt32(truncatingIfNeeded: significand >> 32)])
    let shifted = value.shiftedLeft(by: Int(double.exponent) - 52)
    self.init(negative: double < 0, magnitude: shifted.magnitude)
  }

  /// The nearest double, ties to even (Number(bigint)); ±Infinity beyond the largest finite double.
  var doubleValue: Double {
    let width = magnitudeBitWidth
    let absolute: Double
    if width <= 64 {
      // UInt64-to-Double conversion already rounds to nearest, ties to even.
      absolute = Double(topBits(width: width, count: width))
    } else if width > 1024 {
      absolute = .infinity
    } else {
      // The top 64 bits hold the 53 kept bits, the rounding bit and 10 more; any nonzero bit below
      // them is folded into the lowest one (a sticky bit), which can only break a tie, as it should.
      var top = topBits(width: width, count: 64)
      if hasNonzeroBits(below: width - 64) { top |= 1 }
      // Scaling by a power of two is exact, or overflows to infinity when rounding reached 2^1024.
      absolute = Double(sign: .plus, exponent: width - 64, significand: Double(top))
    }
    return negative ? -absolute : absolute
  }

  /// The `count` (at most 64) bits of the magnitude just below bit `width`.
  private func topBits(width: Int, count: Int) -> UInt64 {
    var result: UInt64 = 0
    var bit = width - 1
    let lowest = width - count
    // Collect limb by limb, at most 32 bits at a time: whole limbs, or slices at the two ends.
    while bit >= lowest {
      let limb = magnitude[bit / 32]
      let limbLow = max(bit / 32 * 32, lowest)
      let length = bit - limbLow + 1
      let slice = UInt64(limb >> UInt32(limbLow % 32)) & ((1 << UInt64(length)) - 1)
      result = result << UInt64(length) | slice
      bit = limbLow - 1
    }
    return result
  }

  /// Whether any of the magnitude's bits below bit `position` is set.
  private func hasNonzeroBits(below position: Int) -> Bool {
    let fullLimbs = position / 32
    if magnitude[0..<fullLimbs].contains(where: { $0 != 0 }) { return true }
    let partial = position % 32
    return partial != 0 && magnitude[fullLimbs] & (1 << UInt32(partial) - 1) != 0
  }

  /// Compares exactly with a double: -1, 0 or 1, or nil when `b` is NaN.
  static func compare(_ a: BigIntValue, _ b: Double) -> Int? {
    if b.isNaN { return nil }
    if b == .infinity { return -1 }
    if b == -.infinity { return 1 }
    let floor = b.rounded(.down)
    // Exact for every finite double: at most 1024 bits.
    let order = compare(a, BigIntValue(exactly: floor)!)
    if floor == b { return order }
    // floor(b) < b < floor(b) + 1, so an integer is below b exactly when it is at most floor(b).
    return order <= 0 ? -1 : 1
  }
}

// MARK: - Parsing

extension BigIntValue {
  /// The value of a BigInt literal's digits without the `n`: decimal, or `0x`, `0o` or `0b` with
  /// either letter case. Separators must already be removed; nil for anything else.
  static func parseLiteral(_ text: String) -> BigIntValue? {
    let units = Array(text.utf16)
    let (radix, start) = radixPrefix(units)
    return parseDigits(units[start...], radix: radix)
  }

  /// StringToBigInt: surrounding white space and line terminators are ignored, empty text is zero,
  /// decimal digits may have a sign and `0x`, `0o` and `0b` digits may not; no fractions or
  /// exponents. Nil when the text is not such an integer.
  static func fromString<C: Collection>(_ units: C) -> BigIntValue? where C.Element == UInt16 {
    let all = Array(units)
    var start = 0
    var end = all.count
    while start < end && isStringWhitespace(all[start]) { start += 1 }
    while end > start && isStringWhitespace(all[end - 1]) { end -= 1 }
    let text = all[start..<end]
    if text.isEmpty { return .zero }

    let (radix, prefixLength) = radixPrefix(text)
    if radix != 10 { return parseDigits(text.dropFirst(prefixLength), radix: radix) }
    let first = text[text.startIndex]
    if first == 0x2B || first == 0x2D {
      guard let value = parseDigits(text.dropFirst(), radix: 10) else { return nil }
      return first == 0x2D ? value.negated : value
    }
    return parseDigits(text, radix: 10)
  }

  /// The radix a `0x`, `0o` or `0b` prefix selects and the prefix's length; 10 and 0 without one.
  private static func radixPrefix(_ units: ArraySlice<UInt16>) -> (radix: Int, length: Int) {
    guard units.count >= 2, units[units.startIndex] == 0x30 else { return (10, 0) }
    switch units[units.startIndex + 1] | 0x20 {
    case 0x78: return (16, 2)
    case 0x6F: return (8, 2)
    case 0x62: return (2, 2)
    default: return (10, 0)
    }
  }

  private static func radixPrefix(_ units: [UInt16]) -> (radix: Int, length: Int) {
    radixPrefix(units[...])
  }

  /// Digits of `radix`, at least one and nothing else, to a non-negative value. Digits are taken in
  /// chunks as large as fit a limb, so each chunk costs one pass over the limbs.
  private static func parseDigits(_ digits: ArraySlice<UInt16>, radix: Int) -> BigIntValue? {
    if digits.isEmpty { return nil }
    let (chunkPower, chunkLength) = largestPower(of: radix)
    var limbs = [UInt32]()
    limbs.reserveCapacity(digits.count * (radix.bitWidth - radix.leadingZeroBitCount) / 32 + 1)
    var chunk: UInt32 = 0
    var chunkDigits = 0
    for unit in digits {
      guard let digit = digitValue(unit, radix: radix) else { return nil }
      chunk = chunk * UInt32(radix) + UInt32(digit)
      chunkDigits += 1
      if chunkDigits == chunkLength {
        multiplyAdd(&limbs, multiplier: chunkPower, addend: chunk)
        chunk = 0
        chunkDigits = 0
      }
    }
    if chunkDigits > 0 {
      var multiplier: UInt32 = 1
      for _ in 0..<chunkDigits { multiplier *= UInt32(radix) }
      multiplyAdd(&limbs, multiplier: multiplier, addend: chunk)
    }
    return BigIntValue(negative: false, magnitude: limbs)
  }

  /// The largest power of `radix` that fits a limb, and its exponent.
  private static func largestPower(of radix: Int) -> (power: UInt32, exponent: Int) {
    var power: UInt64 = UInt64(radix)
    var exponent = 1
    while power * UInt64(radix) <= UInt64(UInt32.max) {
      power *= UInt64(radix)
      exponent += 1
    }
    return (UInt32(power), exponent)
  }
}

// MARK: - Text

extension BigIntValue {
  /// The digits in `radix` (2...36), lowercase, with a leading "-" when negative.
  ///
  /// The magnitude is divided by the largest power of the radix that fits a limb, so each pass over
  /// the limbs yields 9 decimal digits (or the equivalent) rather than one.
  func toString(radix: Int) -> String {
    precondition((2...36).contains(radix), "radix out of range")
    if isZero { return "0" }
    let (chunkPower, chunkLength) = BigIntValue.largestPower(of: radix)
    var remaining = magnitude
    var chunks = [UInt32]()
    chunks.reserveCapacity(
      magnitude.count * 32 / (chunkLength * (radix.bitWidth - radix.leadingZeroBitCount - 1)) + 1)
    while !remaining.isEmpty {
      chunks.append(BigIntValue.divideInPlace(&remaining, by: chunkPower))
    }

    let digitCharacters = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
    var bytes = [UInt8]()
    bytes.reserveCapacity(chunks.count * chunkLength + 1)
    if negative { bytes.append(UInt8(ascii: "-")) }
    // The most significant chunk has no leading zeros; every other one is padded to full length.
    var digits = [UInt8](repeating: 0, count: chunkLength)
    for (index, chunk) in chunks.reversed().enumerated() {
      var value = chunk
      var position = chunkLength
      repeat {
        position -= 1
        digits[position] = digitCharacters[Int(value % UInt32(radix))]
        value /= UInt32(radix)
      } while value != 0 && position > 0
      if index > 0 {
        while position > 0 {
          position -= 1
          digits[position] = UInt8(ascii: "0")
        }
      }
      bytes.append(contentsOf: digits[position...])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension BigIntValue: CustomStringConvertible {
  var description: String { toString(radix: 10) }
}
