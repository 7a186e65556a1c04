// String-to-number conversions (StringToNumber, parseFloat, parseInt), ToInt32/ToUint32 and the
// canonical array index test. They read UTF-16 code units, the VM's string representation, and
// match V8 (node is the test oracle).
//
// Decimal text is validated here and then converted by the standard library's `Double(String)`,
// which is correctly rounded (strtod), so no decimal rounding code of our own is needed; only
// literals whose value is one exact operation on exact doubles skip it. Text in radix 2, 4, 8, 16
// and 32 is rounded exactly here, as V8 does.

/// Whether a code unit is StrWhiteSpaceChar: WhiteSpace or LineTerminator.
@inline(__always)
func isStringWhitespace(_ unit: UInt16) -> Bool {
  switch unit {
  case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
    0x205F, 0x3000, 0xFEFF:
    return true
  default:
    return false
  }
}

/// The value of `unit` as a digit in `radix`, or nil (also BigInt's and the hex escapes' parser).
@inline(__always)
func digitValue(_ unit: UInt16, radix: Int) -> Int? {
  let value: Int
  switch unit {
  case 0x30...0x39: value = Int(unit) - 0x30
  case 0x61...0x7A: value = Int(unit) - 0x61 + 10
  case 0x41...0x5A: value = Int(unit) - 0x41 + 10
  default: return nil
  }
  return value < radix ? value : nil
}

@inline(__always)
private func isDecimalDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

/// Converts validated ASCII decimal text (digits, ".", "e", signs) with the correctly rounded
/// standard-library parser. Short text lives in an inline string, so nothing is allocated.
private func parseValidatedDecimal<C: Collection>(_ units: C) -> Double where C.Element == UInt16 {
  let text = String(unsafeUninitializedCapacity: units.count) { buffer in
    var index = 0
    for unit in units {
      buffer[index] = UInt8(truncatingIfNeeded: unit)
      index += 1
    }
    return index
  }
  // Only reachable with text this file has checked, which strtod always accepts.
  return Double(text) ?? .nan
}

/// Converts digits in radix 2^bitsPerDigit, rounding to nearest-even exactly: the first 53
/// significant bits are kept and the rest only decide the rounding (V8's InternalStringToIntDouble).
/// `units` must be digits of the radix only.
private func parsePowerOfTwoRadix<C: Collection>(_ units: C, bitsPerDigit: Int) -> Double
where C.Element == UInt16 {
  let radix = 1 << bitsPerDigit
  var number: Int64 = 0
  var exponent = 0
  var index = units.startIndex
  while index != units.endIndex {
    let digit = Int64(digitValue(units[index], radix: radix)!)
    units.formIndex(after: &index)
    number = number * Int64(radix) + digit
    var overflow = number >> 53
    guard overflow != 0 else { continue }
    // The value no longer fits the significand: drop the extra low bits and round.
    var overflowBits = 1
    while overflow > 1 {
      overflowBits += 1
      overflow >>= 1
    }
    let dropped = number & ((1 << overflowBits) - 1)
    number >>= overflowBits
    exponent = overflowBits
    var zeroTail = true
    while index != units.endIndex {
      if units[index] != 0x30 { zeroTail = false }
      exponent += bitsPerDigit
      units.formIndex(after: &index)
    }
    let middle: Int64 = 1 << (overflowBits - 1)
    if dropped > middle || (dropped == middle && (number & 1 != 0 || !zeroTail)) {
      number += 1
    }
    if number & (1 << 53) != 0 {
      exponent += 1
      number >>= 1
    }
    break
  }
  return Double(sign: .plus, exponent: exponent, significand: Double(number))
}

/// The number of bits a digit carries in radix 2, 4, 8, 16 or 32, or nil for other radixes.
@inline(__always)
private func bitsPerDigit(radix: Int) -> Int? {
  switch radix {
  case 2: 1
  case 4: 2
  case 8: 3
  case 16: 4
  case 32: 5
  default: nil
  }
}

/// The bounds of `units` without leading and trailing StrWhiteSpaceChar.
private func trimmed<C: Collection>(_ units: C) -> C.SubSequence where C.Element == UInt16 {
  guard let first = units.firstIndex(where: { !isStringWhitespace($0) }) else {
    return units[units.endIndex...]
  }
  var last = first
  var index = first
  while index != units.endIndex {
    if !isStringWhitespace(units[index]) { last = index }
    units.formIndex(after: &index)
  }
  return units[first...last]
}

/// The code units of "Infinity".
private let infinityUnits: [UInt16] = Array("Infinity".utf16)

/// Whether `units` starts with "Infinity" at `start`; returns the index after it.
private func matchInfinity<C: Collection>(_ units: C, at start: C.Index) -> C.Index?
where C.Element == UInt16 {
  var index = start
  for expected in infinityUnits {
    guard index != units.endIndex, units[index] == expected else { return nil }
    units.formIndex(after: &index)
  }
  return index
}

/// Exact powers of ten: every 10^k for k <= 22 is a double.
private let exactPowersOfTen: [Double] = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
  1e19,
  1e20, 1e21, 1e22,
]

/// The end of a StrUnsignedDecimalLiteral and, when cheap to get exactly, its value.
private struct DecimalScan<Index> {
  let end: Index
  /// Set when the significand's digits fit 2^53 and the decimal exponent is within ±22: then the
  /// significand and 10^|e| are both exact doubles and one multiplication or division rounds
  /// correctly (Clinger's fast path), which spares the standard library's parser the common cases.
  let fastValue: Double?
}

/// Scans the longest StrUnsignedDecimalLiteral (without "Infinity") starting at `start`: digits,
/// an optional fraction and an optional exponent that is only taken with at least one digit.
/// Returns nil when there is no digit in the significand.
private func scanDecimalLiteral<C: Collection>(_ units: C, from start: C.Index) -> DecimalScan<C.Index>?
where C.Element == UInt16 {
  let significandLimit: UInt64 = 1 << 53
  var significand: UInt64 = 0
  var exact = true
  var exponent = 0
  var index = start
  var sawDigit = false
  @inline(__always) func take(_ unit: UInt16) {
    sawDigit = true
    if significand > (significandLimit - 9) / 10 {
      exact = false
    } else {
      significand = significand * 10 + UInt64(unit - 0x30)
    }
  }
  while index != units.endIndex && isDecimalDigit(units[index]) {
    take(units[index])
    units.formIndex(after: &index)
  }
  if index != units.endIndex && units[index] == 0x2E {
    units.formIndex(after: &index)
    while index != units.endIndex && isDecimalDigit(units[index]) {
      take(units[index])
      exponent -= 1
      units.formIndex(after: &index)
    }
  }
  guard sawDigit else { return nil }
  if index != units.endIndex && (units[index] == 0x65 || units[index] == 0x45) {
    var exponentIndex = units.index(after: index)
    var negative = false
    if exponentIndex != units.endIndex && (units[exponentIndex] == 0x2B || units[exponentIndex] == 0x2D) {
      negative = units[exponentIndex] == 0x2D
      units.formIndex(after: &exponentIndex)
    }
    if exponentIndex != units.endIndex && isDecimalDigit(units[exponentIndex]) {
      var explicit = 0
      while exponentIndex != units.endIndex && isDecimalDigit(units[exponentIndex]) {
        // Past four digits the fast path is out of reach anyway; stop before overflowing.
        if explicit < 10_000 { explicit = explicit * 10 + Int(units[exponentIndex] - 0x30) }
        units.formIndex(after: &exponentIndex)
      }
      exponent += negative ? -explicit : explicit
      index = exponentIndex
    }
  }
  guard exact, exponent >= -22, exponent <= 22 else { return DecimalScan(end: index, fastValue: nil) }
  let value = Double(significand)
  let fast = exponent < 0 ? value / exactPowersOfTen[-exponent] : value * exactPowersOfTen[exponent]
  return DecimalScan(end: index, fastValue: fast)
}

// MARK: - StringToNumber

/// ECMAScript StringToNumber: the whole text, less surrounding whitespace, must be a
/// StringNumericLiteral; otherwise NaN. Empty text is 0.
func stringToNumber<C: Collection>(_ units: C) -> Double where C.Element == UInt16 {
  let text = trimmed(units)
  guard let first = text.first else { return 0 }
  var index = text.startIndex
  // NonDecimalIntegerLiteral: 0x, 0o, 0b and no sign.
  if first == 0x30, text.count > 2 {
    let marker = text[text.index(after: index)] | 0x20
    let bits: Int? =
      switch marker {
      case 0x78: 4
      case 0x6F: 3
      case 0x62: 1
      default: nil
      }
    if let bits {
      let digits = text[text.index(index, offsetBy: 2)...]
      guard digits.allSatisfy({ digitValue($0, radix: 1 << bits) != nil }) else { return .nan }
      return parsePowerOfTwoRadix(digits, bitsPerDigit: bits)
    }
  }
  var negative = false
  if first == 0x2B || first == 0x2D {
    negative = first == 0x2D
    text.formIndex(after: &index)
  }
  if let end = matchInfinity(text, at: index) {
    return end == text.endIndex ? (negative ? -.infinity : .infinity) : .nan
  }
  guard let scan = scanDecimalLiteral(text, from: index), scan.end == text.endIndex else { return .nan }
  if let fast = scan.fastValue { return negative ? -fast : fast }
  return parseValidatedDecimal(text)
}

// MARK: - parseFloat

/// The global parseFloat: the longest StrDecimalLiteral prefix after leading whitespace.
func parseFloat<C: Collection>(_ units: C) -> Double where C.Element == UInt16 {
  guard let start = units.firstIndex(where: { !isStringWhitespace($0) }) else { return .nan }
  var index = start
  var negative = false
  if units[index] == 0x2B || units[index] == 0x2D {
    negative = units[index] == 0x2D
    units.formIndex(after: &index)
  }
  if matchInfinity(units, at: index) != nil { return negative ? -.infinity : .infinity }
  guard let scan = scanDecimalLiteral(units, from: index) else { return .nan }
  if let fast = scan.fastValue { return negative ? -fast : fast }
  return parseValidatedDecimal(units[start..<scan.end])
}

// MARK: - parseInt

/// The global parseInt after ToString and ToInt32 of its arguments. Radix 10 and the power-of-two
/// radixes are exact; the others accumulate as V8 does, which the spec permits for them.
func parseInt<C: Collection>(_ units: C, radix: Int32) -> Double where C.Element == UInt16 {
  guard var index = units.firstIndex(where: { !isStringWhitespace($0) }) else { return .nan }
  var negative = false
  if units[index] == 0x2B || units[index] == 0x2D {
    negative = units[index] == 0x2D
    units.formIndex(after: &index)
  }
  var base = Int(radix)
  var stripPrefix = true
  if base != 0 {
    guard base >= 2 && base <= 36 else { return .nan }
    stripPrefix = base == 16
  } else {
    base = 10
  }
  if stripPrefix, index != units.endIndex, units[index] == 0x30 {
    let next = units.index(after: index)
    if next != units.endIndex && units[next] | 0x20 == 0x78 {
      index = units.index(after: next)
      base = 16
    }
  }
  var end = index
  while end != units.endIndex && digitValue(units[end], radix: base) != nil { units.formIndex(after: &end) }
  guard end != index else { return .nan }
  // Leading zeros carry no value; skipping them keeps the digit count meaningful below.
  while index != end && units[index] == 0x30 { units.formIndex(after: &index) }
  let digits = units[index..<end]
  let magnitude: Double
  if digits.isEmpty {
    magnitude = 0
  } else if base == 10 {
    let count = digits.count
    if count <= 19 {
      // Fits a UInt64, whose conversion to Double rounds correctly.
      var value: UInt64 = 0
      for unit in digits { value = value * 10 + UInt64(unit - 0x30) }
      magnitude = Double(value)
    } else {
      // 310 or more significant digits are at least 10^309, beyond the largest double.
      magnitude = count > 309 ? .infinity : parseValidatedDecimal(digits)
    }
  } else if let bits = bitsPerDigit(radix: base) {
    magnitude = parsePowerOfTwoRadix(digits, bitsPerDigit: bits)
  } else {
    magnitude = accumulateDigits(digits, radix: base)
  }
  return negative ? -magnitude : magnitude
}

/// V8's value for digits in a radix that is neither 10 nor a power of two: runs of digits whose
/// combined multiplier fits 32 bits are gathered exactly, then folded into a double, so rounding
/// error accumulates past 2^53 exactly as it does in node.
private func accumulateDigits<C: Collection>(_ digits: C, radix: Int) -> Double where C.Element == UInt16 {
  let maximumMultiplier = UInt32.max / 36
  var number = 0.0
  var index = digits.startIndex
  while index != digits.endIndex {
    var part: UInt32 = 0
    var multiplier: UInt32 = 1
    while index != digits.endIndex {
      let next = multiplier &* UInt32(radix)
      if next > maximumMultiplier { break }
      part = part * UInt32(radix) + UInt32(digitValue(digits[index], radix: radix)!)
      multiplier = next
      digits.formIndex(after: &index)
    }
    number = number * Double(multiplier) + Double(part)
  }
  return number
}

// MARK: - ToInt32, ToUint32

/// ECMAScript ToInt32: truncation modulo 2^32 into the signed range; NaN and infinities are 0.
@inline(__always)
func toInt32(_ value: Double) -> Int32 {
  if let exact = Int32(exactly: value) { return exact }
  return Int32(truncatingIfNeeded: moduloTwoToThe32(value))
}

/// ECMAScript ToUint32: truncation modulo 2^32; NaN and infinities are 0.
@inline(__always)
func toUint32(_ value: Double) -> UInt32 {
  if let exact = UInt32(exactly: value) { return exact }
  return UInt32(truncatingIfNeeded: moduloTwoToThe32(value))
}

/// The truncated value modulo 2^32 as an integer in (-2^32, 2^32), whose low 32 bits are the
/// answer. `truncatingRemainder` is fmod, which is exact.
private func moduloTwoToThe32(_ value: Double) -> Int64 {
  guard value.isFinite else { return 0 }
  return Int64(value.rounded(.towardZero).truncatingRemainder(dividingBy: 4_294_967_296))
}

// MARK: - Array indices

/// The array index a property key names: the key is the canonical decimal string of an integer in
/// 0...2^32-2 ("0", "12"; not "012", "-0", "1e3" or "4294967295"), else nil.
func isCanonicalArrayIndex<C: Collection>(_ units: C) -> UInt32? where C.Element == UInt16 {
  var iterator = units.makeIterator()
  guard let first = iterator.next(), isDecimalDigit(first) else { return nil }
  var value = UInt64(first - 0x30)
  var count = 1
  while let unit = iterator.next() {
    // "0" alone is canonical; a leading zero before more digits is not.
    guard value != 0, isDecimalDigit(unit), count < 10 else { return nil }
    value = value * 10 + UInt64(unit - 0x30)
    count += 1
  }
  return value <= 4_294_967_294 ? UInt32(value) : nil
}
