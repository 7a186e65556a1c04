/// The values of literals, decoded from their source text on demand: the parser only validates,
/// so parsing pays nothing for literals nobody asks about.
enum LiteralDecoder {
  /// The UTF-16 code units of a string literal's body (the bytes between the quotes), which the
  /// lexer has already validated.
  static func stringValue(_ body: UnsafeBufferPointer<UInt8>) -> [UInt16] {
    var out: [UInt16] = []
    out.reserveCapacity(body.count)
    decode(body, into: &out, template: false)
    return out
  }

  /// A template element's cooked value, or nil when it holds an escape with no cooked value.
  static func templateCookedValue(_ body: UnsafeBufferPointer<UInt8>) -> [UInt16]? {
    var out: [UInt16] = []
    out.reserveCapacity(body.count)
    return decode(body, into: &out, template: true) ? out : nil
  }

  /// A template element's raw value: the source text with CR LF and CR normalized to LF.
  static func templateRawValue(_ body: UnsafeBufferPointer<UInt8>) -> [UInt16] {
    var out: [UInt16] = []
    var i = 0
    while i < body.count {
      if body[i] == 0x0D {
        out.append(0x0A)
        i += body.count > i + 1 && body[i + 1] == 0x0A ? 2 : 1
        continue
      }
      i += appendScalar(body, at: i, to: &out)
    }
    return out
  }

  /// Appends the UTF-16 form of the scalar at `i`; returns its width in bytes.
  private static func appendScalar(_ body: UnsafeBufferPointer<UInt8>, at i: Int, to out: inout [UInt16])
    -> Int
  {
    let b0 = UInt32(body[i])
    var scalar: UInt32
    var width: Int
    if b0 < 0x80 {
      scalar = b0
      width = 1
    } else if b0 < 0xE0 {
      scalar = (b0 & 0x1F) << 6 | UInt32(body[i + 1] & 0x3F)
      width = 2
    } else if b0 < 0xF0 {
      scalar = (b0 & 0x0F) << 12 | UInt32(body[i + 1] & 0x3F) << 6 | UInt32(body[i + 2] & 0x3F)
      width = 3
    } else {
      scalar =
        (b0 & 0x07) << 18 | UInt32(body[i + 1] & 0x3F) << 12 | UInt32(body[i + 2] & 0x3F) << 6
        | UInt32(body[i + 3] & 0x3F)
      width = 4
    }
    appendCodePoint(scalar, to: &out)
    return width
  }

  static func appendCodePoint(_ scalar: UInt32, to out: inout [UInt16]) {
    if scalar < 0x10000 {
      out.append(UInt16(scalar))
    } else {
      let v = scalar - 0x10000
      out.append(UInt16(0xD800 + (v >> 10)))
      out.append(UInt16(0xDC00 + (v & 0x3FF)))
    }
  }

  private static func hexDigit(_ c: UInt8) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// Decodes escapes; returns false (templates only) at an escape with no cooked value.
  @discardableResult
  private static func decode(_ body: UnsafeBufferPointer<UInt8>, into out: inout [UInt16], template: Bool)
    -> Bool
  {
    var i = 0
    let n = body.count
    func at(_ k: Int) -> UInt8 { k < n ? body[k] : 0 }
    while i < n {
      let c = body[i]
      if c == 0x0D && template {
        out.append(0x0A)
        i += at(i + 1) == 0x0A ? 2 : 1
        continue
      }
      guard c == UInt8(ascii: "\\") else {
        i += appendScalar(body, at: i, to: &out)
        continue
      }
      i += 1
      let e = at(i)
      switch e {
      case UInt8(ascii: "b"): out.append(0x08); i += 1
      case UInt8(ascii: "f"): out.append(0x0C); i += 1
      case UInt8(ascii: "n"): out.append(0x0A); i += 1
      case UInt8(ascii: "r"): out.append(0x0D); i += 1
      case UInt8(ascii: "t"): out.append(0x09); i += 1
      case UInt8(ascii: "v"): out.append(0x0B); i += 1
      case 0x0A: i += 1  // line continuations produce nothing
      case 0x0D: i += at(i + 1) == 0x0A ? 2 : 1
      case 0xE2 where at(i + 1) == 0x80 && (at(i + 2) == 0xA8 || at(i + 2) == 0xA9): i += 3
      case UInt8(ascii: "x"):
        guard let h = hexDigit(at(i + 1)), let l = hexDigit(at(i + 2)) else { return false }
        out.append(UInt16(h * 16 + l))
        i += 3
      case UInt8(ascii: "u"):
        i += 1
        var value: UInt32 = 0
        if at(i) == UInt8(ascii: "{") {
          i += 1
          var digits = 0
          while let d = hexDigit(at(i)) {
            value = value * 16 + d
            if value > 0x10FFFF { return false }
            digits += 1
            i += 1
          }
          guard digits > 0, at(i) == UInt8(ascii: "}") else { return false }
          i += 1
        } else {
          for _ in 0..<4 {
            guard let d = hexDigit(at(i)) else { return false }
            value = value * 16 + d
            i += 1
          }
        }
        appendCodePoint(value, to: &out)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        if e == UInt8(ascii: "0") && !(at(i + 1) >= UInt8(ascii: "0") && at(i + 1) <= UInt8(ascii: "9")) {
          out.append(0)
          i += 1
          continue
        }
        if template { return false }
        // Legacy octal escape: up to three digits, the first at most 3 when there are three.
        var value = UInt32(e - UInt8(ascii: "0"))
        i += 1
        let maxMore = e <= UInt8(ascii: "3") ? 2 : 1
        var more = 0
        while more < maxMore && at(i) >= UInt8(ascii: "0") && at(i) <= UInt8(ascii: "7") {
          value = value * 8 + UInt32(at(i) - UInt8(ascii: "0"))
          i += 1
          more += 1
        }
        out.append(UInt16(value))
      case UInt8(ascii: "8"), UInt8(ascii: "9"):
        if template { return false }
        out.append(UInt16(e))
        i += 1
      default:
        i += appendScalar(body, at: i, to: &out)
      }
    }
    return true
  }

  /// The value of a numeric literal's source text (validated by the lexer).
  static func numberValue(_ text: UnsafeBufferPointer<UInt8>) -> Double {
    var digits: [UInt8] = []
    digits.reserveCapacity(text.count)
    for b in text where b != UInt8(ascii: "_") && b != UInt8(ascii: "n") { digits.append(b) }
    if digits.count > 2 && digits[0] == UInt8(ascii: "0") {
      let marker = digits[1] | 0x20
      let radix: UInt32? =
        marker == UInt8(ascii: "x")
        ? 16 : marker == UInt8(ascii: "o") ? 8 : marker == UInt8(ascii: "b") ? 2 : nil
      if let radix { return integerValue(digits[2...], radix: radix) }
    }
    if digits.count > 1 && digits[0] == UInt8(ascii: "0") && digits[1] >= UInt8(ascii: "0")
      && digits[1] <= UInt8(ascii: "9")
    {
      // Legacy octal (017) unless a digit 8 or 9 makes it a decimal with a leading zero (08).
      if !digits.contains(where: { $0 == UInt8(ascii: "8") || $0 == UInt8(ascii: "9") }) {
        return integerValue(digits[1...], radix: 8)
      }
    }
    return Double(String(decoding: digits, as: UTF8.self)) ?? .nan
  }

  /// Integers in a power-of-two radix, correctly rounded (ties to even) however many digits.
  private static func integerValue(_ digits: ArraySlice<UInt8>, radix: UInt32) -> Double {
    let bitsPerDigit = radix.trailingZeroBitCount
    var mantissa: UInt64 = 0
    var bitCount = 0
    var droppedBits = 0
    var sticky = false
    for digit in digits {
      let d = UInt64(hexDigit(digit)!)
      for shift in stride(from: bitsPerDigit - 1, through: 0, by: -1) {
        let bit = (d >> UInt64(shift)) & 1
        if bitCount == 0 && bit == 0 { continue }  // leading zeros
        if bitCount < 64 {
          mantissa = mantissa << 1 | bit
          bitCount += 1
        } else {
          droppedBits += 1
          if bit == 1 { sticky = true }
        }
      }
    }
    if bitCount <= 53 { return Double(mantissa) }
    let shift = bitCount - 53
    var kept = mantissa >> UInt64(shift)
    let remainder = mantissa & ((1 << UInt64(shift)) - 1)
    let half: UInt64 = 1 << UInt64(shift - 1)
    if remainder > half || (remainder == half && (sticky || kept & 1 == 1)) { kept += 1 }
    return Double(sign: .plus, exponent: shift + droppedBits, significand: Double(kept))
  }
}

extension AST {
  /// The value of a string literal node as UTF-16 code units.
  public func stringValue(_ id: NodeID) -> [UInt16] {
    let n = self[id]
    return file.bytes.withUnsafeBufferPointer { bytes in
      LiteralDecoder.stringValue(UnsafeBufferPointer(rebasing: bytes[Int(n.start) + 1..<Int(n.end) - 1]))
    }
  }

  /// The value of a numeric literal node.
  public func numberValue(_ id: NodeID) -> Double {
    let n = self[id]
    return file.bytes.withUnsafeBufferPointer { bytes in
      LiteralDecoder.numberValue(UnsafeBufferPointer(rebasing: bytes[Int(n.start)..<Int(n.end)]))
    }
  }

  /// The cooked value of a template element, or nil where a tagged template has an invalid escape.
  public func templateCookedValue(_ id: NodeID) -> [UInt16]? {
    let n = self[id]
    return file.bytes.withUnsafeBufferPointer { bytes in
      LiteralDecoder.templateCookedValue(UnsafeBufferPointer(rebasing: bytes[Int(n.start)..<Int(n.end)]))
    }
  }

  public func templateRawValue(_ id: NodeID) -> [UInt16] {
    let n = self[id]
    return file.bytes.withUnsafeBufferPointer { bytes in
      LiteralDecoder.templateRawValue(UnsafeBufferPointer(rebasing: bytes[Int(n.start)..<Int(n.end)]))
    }
  }
}
