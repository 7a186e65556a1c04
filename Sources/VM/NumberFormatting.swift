// Number-to-string conversions: Number::toString, toString(radix), toFixed, toExponential and
// toPrecision. Every function here is pure and works on `Double` alone, so the interpreter can call
// it without a realm; the results are ASCII strings that match V8 (node is the test oracle).
//
// Two digit sources are used. The shortest round-trip digits come from the standard library's
// formatter (Swift's `description` is the shortest representation, the same digits the spec asks
// for). The exact decimal expansion of a double, which toFixed, toExponential(n) and toPrecision
// round half-up, is computed with a small big integer held on the stack: printf-style shortcuts
// round ties differently from V8, e.g. (1.005).toFixed(2) must be "1.00".

/// The ASCII digit for `value` in radix up to 36 ("0"-"9", then "a"-"z").
@inline(__always)
private func asciiDigit(_ value: Int) -> UInt8 {
  value < 10 ? UInt8(truncatingIfNeeded: 48 + value) : UInt8(truncatingIfNeeded: 87 + value)
}

/// Builds a string in a stack buffer so that the only heap allocation is the result's own storage
/// (none at all for results of 15 bytes or fewer, which Swift stores inline).
@inline(__always)
private func makeASCIIString(capacity: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
  withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
    let count = body(buffer.baseAddress!)
    return String(decoding: UnsafeBufferPointer(start: buffer.baseAddress!, count: count), as: UTF8.self)
  }
}

/// Writes the decimal digits of `value` (no leading zeros; "0" for zero) and returns their count.
@inline(__always)
private func writeDecimal(_ value: UInt64, to output: UnsafeMutablePointer<UInt8>) -> Int {
  var count = 1
  var probe = value
  while probe >= 10 {
    probe /= 10
    count += 1
  }
  var rest = value
  var index = count
  repeat {
    index -= 1
    output[index] = UInt8(truncatingIfNeeded: 48 + rest % 10)
    rest /= 10
  } while index > 0
  return count
}

/// Writes the decimal digits of a 128-bit value; the toFixed fast path produces these.
private func writeDecimal(_ value: UInt128, to output: UnsafeMutablePointer<UInt8>) -> Int {
  if value <= UInt128(UInt64.max) { return writeDecimal(UInt64(value), to: output) }
  let chunk: UInt128 = 10_000_000_000_000_000_000
  let count = writeDecimal(value / chunk, to: output)
  var low = UInt64(value % chunk)
  for index in (count..<count + 19).reversed() {
    output[index] = UInt8(truncatingIfNeeded: 48 + low % 10)
    low /= 10
  }
  return count + 19
}

/// Writes "e+N" or "e-N" for a decimal exponent and returns the number of bytes written.
private func writeExponent(_ exponent: Int, to output: UnsafeMutablePointer<UInt8>) -> Int {
  output[0] = UInt8(ascii: "e")
  output[1] = exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
  return 2 + writeDecimal(UInt64(exponent.magnitude), to: output + 2)
}

// MARK: - Digit sources

/// Receives the standard library's shortest representation without materialising a `String`:
/// `Double.write(to:)` formats into a stack buffer and hands it to `_writeASCII`, so descriptions
/// longer than the 15-byte inline string limit cost no allocation.
private struct ShortestDigitsSink: TextOutputStream {
  let digits: UnsafeMutablePointer<UInt8>
  var count = 0
  var point = 0

  init(digits: UnsafeMutablePointer<UInt8>) { self.digits = digits }

  mutating func write(_ string: String) {
    var copy = string
    copy.withUTF8 { _writeASCII($0) }
  }

  /// Parses "[digits][.digits][e±dd]" (any of Swift's layouts) into significant digits and the
  /// position of the decimal point relative to them (value = 0.d1d2...dk × 10^point).
  mutating func _writeASCII(_ text: UnsafeBufferPointer<UInt8>) {
    var seenDot = false
    var leading = true
    var index = 0
    while index < text.count {
      let byte = text[index]
      index += 1
      if byte == UInt8(ascii: "-") { continue }
      if byte == UInt8(ascii: ".") {
        seenDot = true
        continue
      }
      if byte == UInt8(ascii: "e") { break }
      if leading && byte == UInt8(ascii: "0") {
        // Zeros before the first significant digit only move the point (after the dot).
        if seenDot { point -= 1 }
        continue
      }
      leading = false
      digits[count] = byte
      count += 1
      if !seenDot { point += 1 }
    }
    if index < text.count {
      var negative = false
      var exponent = 0
      while index < text.count {
        let byte = text[index]
        index += 1
        if byte == UInt8(ascii: "-") {
          negative = true
        } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
          exponent = exponent * 10 + Int(byte - 48)
        }
      }
      point += negative ? -exponent : exponent
    }
    while count > 1 && digits[count - 1] == UInt8(ascii: "0") { count -= 1 }
  }
}

/// Writes the shortest round-trip digits of a finite nonzero `value` (sign ignored) and returns
/// their count k and the spec's n, so that |value| = 0.d1...dk × 10^n.
private func shortestDigits(_ value: Double, into digits: UnsafeMutablePointer<UInt8>) -> (
  count: Int, point: Int
) {
  var sink = ShortestDigitsSink(digits: digits)
  value.write(to: &sink)
  return (sink.count, sink.point)
}

/// The significand and binary exponent of a positive finite double, with the significand's
/// trailing zero bits moved into the exponent (value = significand × 2^exponent).
@inline(__always)
private func decompose(_ value: Double) -> (significand: UInt64, exponent: Int) {
  let biased = Int(value.exponentBitPattern)
  var significand = value.significandBitPattern | (biased == 0 ? 0 : 1 << 52)
  var exponent = (biased == 0 ? 1 : biased) - 1075
  let zeros = significand.trailingZeroBitCount
  significand >>= zeros
  exponent += zeros
  return (significand, exponent)
}

/// The largest buffer the exact decimal expansion of a double needs: 2^53 × 5^1074 has 767 digits,
/// and the conversion below writes whole nine-digit chunks.
private let exactDigitsCapacity = 800
/// 2^53 × 5^1074 < 2^2547 needs 80 limbs of 32 bits.
private let exactLimbsCapacity = 90

/// Calls `body` with the exact decimal expansion of a positive finite nonzero double: its digits
/// (no leading or trailing zeros) and n, so that value = 0.d1...dk × 10^n. Every double is a
/// dyadic rational, so the expansion is finite: m × 2^-e = m × 5^e / 10^e.
private func withExactDigits<Result>(
  of value: Double, _ body: (UnsafeMutablePointer<UInt8>, _ count: Int, _ point: Int) -> Result
) -> Result {
  let (significand, exponent) = decompose(value)
  return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: exactDigitsCapacity) { buffer in
    let digits = buffer.baseAddress!
    var count: Int
    if exponent >= 0 && exponent < significand.leadingZeroBitCount {
      count = writeDecimal(significand << exponent, to: digits)
    } else {
      count = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: exactLimbsCapacity) { limbs in
        var number = SmallBigInt(limbs: limbs.baseAddress!, significand)
        if exponent > 0 {
          number.shiftLeft(exponent)
        } else {
          var power = -exponent
          // 5^13 is the largest power of five that fits a limb.
          while power >= 13 {
            number.multiply(by: 1_220_703_125)
            power -= 13
          }
          var factor: UInt32 = 1
          for _ in 0..<power { factor *= 5 }
          number.multiply(by: factor)
        }
        return number.writeDecimal(to: digits, capacity: exactDigitsCapacity)
      }
    }
    let point = count + min(exponent, 0)
    while count > 1 && digits[count - 1] == UInt8(ascii: "0") { count -= 1 }
    return body(digits, count, point)
  }
}

/// An unsigned big integer in caller-provided (stack) storage, little-endian 32-bit limbs, with
/// only the operations the exact decimal expansion needs.
private struct SmallBigInt {
  let limbs: UnsafeMutablePointer<UInt32>
  var count: Int

  init(limbs: UnsafeMutablePointer<UInt32>, _ value: UInt64) {
    self.limbs = limbs
    limbs[0] = UInt32(truncatingIfNeeded: value)
    limbs[1] = UInt32(truncatingIfNeeded: value >> 32)
    count = limbs[1] == 0 ? 1 : 2
  }

  var isZero: Bool { count == 1 && limbs[0] == 0 }

  mutating func multiply(by factor: UInt32) {
    var carry: UInt64 = 0
    for index in 0..<count {
      let product = UInt64(limbs[index]) * UInt64(factor) + carry
      limbs[index] = UInt32(truncatingIfNeeded: product)
      carry = product >> 32
    }
    if carry != 0 {
      limbs[count] = UInt32(truncatingIfNeeded: carry)
      count += 1
    }
  }

  mutating func shiftLeft(_ shift: Int) {
    let words = shift / 32
    let bits = UInt32(shift % 32)
    let newCount = count + words + 1
    // From the top down, so each source limb is read before it is overwritten.
    for target in stride(from: newCount - 1, through: words, by: -1) {
      let high = target - words
      let highLimb: UInt32 = high < count ? limbs[high] : 0
      let lowLimb: UInt32 = high >= 1 ? limbs[high - 1] : 0
      limbs[target] = bits == 0 ? highLimb : (highLimb << bits) | (lowLimb >> (32 - bits))
    }
    for target in 0..<words { limbs[target] = 0 }
    count = newCount
    while count > 1 && limbs[count - 1] == 0 { count -= 1 }
  }

  /// Divides in place by 10^9 and returns the remainder.
  mutating func divideByBillion() -> UInt32 {
    var remainder: UInt64 = 0
    for index in stride(from: count - 1, through: 0, by: -1) {
      let current = (remainder << 32) | UInt64(limbs[index])
      limbs[index] = UInt32(truncatingIfNeeded: current / 1_000_000_000)
      remainder = current % 1_000_000_000
    }
    while count > 1 && limbs[count - 1] == 0 { count -= 1 }
    return UInt32(truncatingIfNeeded: remainder)
  }

  /// Writes the decimal digits (consuming the value) and returns their count. Nine-digit chunks
  /// are written right to left from the end of the buffer, then moved to its start.
  mutating func writeDecimal(to digits: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
    var start = capacity
    repeat {
      var chunk = divideByBillion()
      for _ in 0..<9 {
        start -= 1
        digits[start] = UInt8(truncatingIfNeeded: 48 + chunk % 10)
        chunk /= 10
      }
    } while !isZero
    while start < capacity - 1 && digits[start] == UInt8(ascii: "0") { start += 1 }
    let count = capacity - start
    digits.update(from: digits + start, count: count)
    return count
  }
}

/// Rounds the digits d1...dk to `significant` (>= 1) digits, half up on the exact value as the
/// spec's "pick the larger n" asks, in place. Returns the new point, which moves up by one when
/// the rounding carries out of the first digit (999.5 → 1000). Digits past k read as zeros.
private func roundDigits(
  _ digits: UnsafeMutablePointer<UInt8>, count: Int, point: Int, significant: Int
) -> Int {
  if significant >= count {
    for index in count..<significant { digits[index] = UInt8(ascii: "0") }
    return point
  }
  guard digits[significant] >= UInt8(ascii: "5") else { return point }
  var index = significant - 1
  while index >= 0 {
    if digits[index] != UInt8(ascii: "9") {
      digits[index] += 1
      return point
    }
    digits[index] = UInt8(ascii: "0")
    index -= 1
  }
  digits[0] = UInt8(ascii: "1")
  return point + 1
}

/// Writes a fixed-point rendering of 0.d1...dk × 10^point with exactly `fractionDigits` digits
/// after the point; digits outside d1...dk are zeros. Returns the bytes written.
private func writeFixed(
  _ digits: UnsafePointer<UInt8>, count: Int, point: Int, fractionDigits: Int,
  to output: UnsafeMutablePointer<UInt8>
) -> Int {
  var length = 0
  if point <= 0 {
    output[0] = UInt8(ascii: "0")
    length = 1
  } else {
    for index in 0..<point {
      output[length] = index < count ? digits[index] : UInt8(ascii: "0")
      length += 1
    }
  }
  if fractionDigits > 0 {
    output[length] = UInt8(ascii: ".")
    length += 1
    for index in point..<point + fractionDigits {
      output[length] = index >= 0 && index < count ? digits[index] : UInt8(ascii: "0")
      length += 1
    }
  }
  return length
}

/// Writes d1[.d2...dk]e±(point-1): the spec's exponential layout.
private func writeExponential(
  _ digits: UnsafePointer<UInt8>, count: Int, point: Int, to output: UnsafeMutablePointer<UInt8>
) -> Int {
  output[0] = digits[0]
  var length = 1
  if count > 1 {
    output[1] = UInt8(ascii: ".")
    (output + 2).update(from: digits + 1, count: count - 1)
    length = count + 1
  }
  return length + writeExponent(point - 1, to: output + length)
}

// MARK: - Number::toString

/// ECMAScript Number::toString(x) in radix 10.
func numberToString(_ value: Double) -> String {
  // Integers below 2^53 print all their digits, which are also the shortest; this skips the
  // shortest-digits search for the overwhelmingly common case.
  if value.magnitude < 9_007_199_254_740_992, let integer = Int64(exactly: value) {
    if integer >= 0 && integer < 10 { return String(UnicodeScalar(UInt8(48 + integer))) }
    return makeASCIIString(capacity: 20) { output in
      if integer < 0 { output[0] = UInt8(ascii: "-") }
      let sign = integer < 0 ? 1 : 0
      return sign + writeDecimal(integer.magnitude, to: output + sign)
    }
  }
  if value.isNaN { return "NaN" }
  if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
  return makeASCIIString(capacity: 64) { output in
    var length = 0
    if value < 0 {
      output[0] = UInt8(ascii: "-")
      length = 1
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      let digits = buffer.baseAddress!
      let (k, n) = shortestDigits(value, into: digits)
      let out = output + length
      if k <= n && n <= 21 {
        out.update(from: digits, count: k)
        for index in k..<n { out[index] = UInt8(ascii: "0") }
        return length + n
      }
      if 0 < n && n <= 21 {
        out.update(from: digits, count: n)
        out[n] = UInt8(ascii: ".")
        (out + n + 1).update(from: digits + n, count: k - n)
        return length + k + 1
      }
      if -6 < n && n <= 0 {
        out[0] = UInt8(ascii: "0")
        out[1] = UInt8(ascii: ".")
        for index in 0..<(-n) { out[2 + index] = UInt8(ascii: "0") }
        (out + 2 - n).update(from: digits, count: k)
        return length + 2 - n + k
      }
      return length + writeExponential(digits, count: k, point: n, to: out)
    }
  }
}

/// Number.prototype.toString(radix) for radix 2...36, digit for digit as V8's
/// DoubleToRadixCString: fraction digits are produced until the remaining fraction is within half
/// an ulp of the input (so the output identifies the double uniquely), rounding the last digit to
/// even; integer digits beyond the double's precision are zeros.
func numberToString(_ value: Double, radix: Int) -> String {
  precondition(radix >= 2 && radix <= 36, "radix must be 2...36")
  if radix == 10 { return numberToString(value) }
  if value.isNaN { return "NaN" }
  if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
  if value == 0 { return "0" }
  // Enough for 2^1024 in binary on one side of the point and 2^-1074 on the other, as V8 sizes it.
  let bufferSize = 2200
  let middle = bufferSize / 2
  return makeASCIIString(capacity: bufferSize) { buffer in
    var integerCursor = middle
    var fractionCursor = middle
    let negative = value < 0
    let magnitude = value.magnitude
    let base = Double(radix)

    var integer = magnitude.rounded(.down)
    var fraction = magnitude - integer
    // Fraction digits are only computed up to the input's precision.
    var delta = max(0.5 * (magnitude.nextUp - magnitude), Double.leastNonzeroMagnitude)
    if fraction >= delta {
      buffer[fractionCursor] = UInt8(ascii: ".")
      fractionCursor += 1
      repeat {
        fraction *= base
        delta *= base
        let digit = Int(fraction)
        buffer[fractionCursor] = asciiDigit(digit)
        fractionCursor += 1
        fraction -= Double(digit)
        // Round to even.
        if fraction > 0.5 || (fraction == 0.5 && digit & 1 != 0) {
          if fraction + delta > 1 {
            // Propagate the carry back through the digits already written.
            while true {
              fractionCursor -= 1
              if fractionCursor == middle {
                // Carry into the integer part; the point is dropped.
                integer += 1
                break
              }
              let byte = buffer[fractionCursor]
              let written = byte > UInt8(ascii: "9") ? Int(byte) - 87 : Int(byte) - 48
              if written + 1 < radix {
                buffer[fractionCursor] = asciiDigit(written + 1)
                fractionCursor += 1
                break
              }
            }
            break
          }
        }
      } while fraction >= delta
    }

    // Integer digits below the double's precision cannot be computed exactly: V8 writes zeros
    // for them while the quotient is at least 2^53.
    while Int((integer / base).exponentBitPattern) - 1075 > 0 {
      integer /= base
      integerCursor -= 1
      buffer[integerCursor] = UInt8(ascii: "0")
    }
    repeat {
      let remainder = integer.truncatingRemainder(dividingBy: base)
      integerCursor -= 1
      buffer[integerCursor] = asciiDigit(Int(remainder))
      integer = (integer - remainder) / base
    } while integer > 0

    if negative {
      integerCursor -= 1
      buffer[integerCursor] = UInt8(ascii: "-")
    }
    let length = fractionCursor - integerCursor
    buffer.update(from: buffer + integerCursor, count: length)
    return length
  }
}

// MARK: - toFixed, toExponential, toPrecision

/// Number.prototype.toFixed after its argument checks: `digits` is 0...100. Values of 10^21 or
/// more (and non-finite values) print as Number::toString.
func numberToFixed(_ value: Double, digits: Int) -> String {
  precondition(digits >= 0 && digits <= 100, "fraction digits must be 0...100")
  if !value.isFinite || value.magnitude >= 1e21 { return numberToString(value) }
  return makeASCIIString(capacity: 128) { output in
    var length = 0
    if value < 0 {
      output[0] = UInt8(ascii: "-")
      length = 1
    }
    let out = output + length
    let magnitude = value.magnitude
    if magnitude == 0 {
      return length + writeFixed(out, count: 0, point: 0, fractionDigits: digits, to: out)
    }
    let (significand, exponent) = decompose(magnitude)
    if exponent >= 0 || digits <= 22 {
      // n = round(x × 10^f) fits 128 bits here: x < 10^21 < 2^70 when integral, and otherwise
      // m × 10^f < 2^53 × 10^22 < 2^127, leaving room for the half added to round up.
      var scaled = UInt128(significand)
      var power: UInt128 = 1
      if exponent >= 0 {
        scaled <<= exponent
      } else {
        for _ in 0..<digits { power *= 10 }
        let shift = -exponent
        // Past 2^-128 the value is under 2^-75 and rounds to 0 at 22 digits or fewer.
        scaled = shift >= 128 ? 0 : (scaled * power + (1 << (shift - 1))) >> shift
      }
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
        let count = scaled == 0 ? 0 : writeDecimal(scaled, to: buffer.baseAddress!)
        // When integral, the digits are the integer part and the fraction is all zeros.
        let point = exponent >= 0 ? count : count - digits
        return length
          + writeFixed(buffer.baseAddress!, count: count, point: point, fractionDigits: digits, to: out)
      }
    }
    return length
      + withExactDigits(of: magnitude) { exact, count, point in
        let significant = point + digits
        var kept = 0
        var roundedPoint = point
        if significant == 0 {
          // Only the first digit decides between 0 and 10^-f.
          if exact[0] >= UInt8(ascii: "5") {
            exact[0] = UInt8(ascii: "1")
            kept = 1
            roundedPoint = point + 1
          }
        } else if significant > 0 {
          roundedPoint = roundDigits(exact, count: count, point: point, significant: significant)
          kept = significant
        }
        return writeFixed(exact, count: kept, point: roundedPoint, fractionDigits: digits, to: out)
      }
  }
}

/// Number.prototype.toExponential after its argument checks: `digits` is 0...100 fraction
/// digits, or nil for as many as the shortest round-trip representation needs.
func numberToExponential(_ value: Double, digits: Int?) -> String {
  precondition(digits.map { $0 >= 0 && $0 <= 100 } ?? true, "fraction digits must be 0...100")
  if !value.isFinite { return numberToString(value) }
  return makeASCIIString(capacity: 128) { output in
    var length = 0
    if value < 0 {
      output[0] = UInt8(ascii: "-")
      length = 1
    }
    let out = output + length
    let magnitude = value.magnitude
    if magnitude == 0 {
      out[0] = UInt8(ascii: "0")
      var written = 1
      if let digits, digits > 0 {
        out[1] = UInt8(ascii: ".")
        for index in 0..<digits { out[2 + index] = UInt8(ascii: "0") }
        written = 2 + digits
      }
      return length + written + writeExponent(0, to: out + written)
    }
    guard let digits else {
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
        let (count, point) = shortestDigits(magnitude, into: buffer.baseAddress!)
        return length + writeExponential(buffer.baseAddress!, count: count, point: point, to: out)
      }
    }
    return length
      + withExactDigits(of: magnitude) { exact, count, point in
        let rounded = roundDigits(exact, count: count, point: point, significant: digits + 1)
        return writeExponential(exact, count: digits + 1, point: rounded, to: out)
      }
  }
}

/// Number.prototype.toPrecision after its argument checks: `precision` is 1...100.
func numberToPrecision(_ value: Double, precision: Int) -> String {
  precondition(precision >= 1 && precision <= 100, "precision must be 1...100")
  if !value.isFinite { return numberToString(value) }
  return makeASCIIString(capacity: 128) { output in
    var length = 0
    if value < 0 {
      output[0] = UInt8(ascii: "-")
      length = 1
    }
    let out = output + length
    let magnitude = value.magnitude
    if magnitude == 0 {
      // p zeros with e = 0: "0" or "0.00...".
      return length + writeFixed(out, count: 0, point: 1, fractionDigits: precision - 1, to: out)
    }
    return length
      + withExactDigits(of: magnitude) { exact, count, point in
        let rounded = roundDigits(exact, count: count, point: point, significant: precision)
        let exponent = rounded - 1
        if exponent < -6 || exponent >= precision {
          return writeExponential(exact, count: precision, point: rounded, to: out)
        }
        return writeFixed(
          exact, count: precision, point: rounded, fractionDigits: max(precision - rounded, 0), to: out)
      }
  }
}
