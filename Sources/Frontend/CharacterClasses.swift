/// Byte classes for the lexer's ASCII fast paths, one table lookup per byte.
enum ByteClass {
  static let identifierStart: UInt8 = 1
  static let identifierPart: UInt8 = 2
  static let whitespace: UInt8 = 4
  static let lineTerminator: UInt8 = 8
  static let decimalDigit: UInt8 = 16
  static let hexDigit: UInt8 = 32

  /// The table as a pointer that lives for the whole process, for the lexer's hot loops: a static
  /// array would cost a lazy-initialization check and a bounds check on every byte.
  nonisolated(unsafe) static let pointer: UnsafePointer<UInt8> = {
    let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    storage.initialize(from: table, count: 256)
    return UnsafePointer(storage)
  }()

  static let table: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 256)
    for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] |= identifierStart | identifierPart }
    for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] |= identifierStart | identifierPart }
    for b in [UInt8(ascii: "$"), UInt8(ascii: "_")] { t[Int(b)] |= identifierStart | identifierPart }
    for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] |= identifierPart | decimalDigit | hexDigit }
    for b in UInt8(ascii: "a")...UInt8(ascii: "f") { t[Int(b)] |= hexDigit }
    for b in UInt8(ascii: "A")...UInt8(ascii: "F") { t[Int(b)] |= hexDigit }
    for b: UInt8 in [0x09, 0x0B, 0x0C, 0x20] { t[Int(b)] |= whitespace }
    for b: UInt8 in [0x0A, 0x0D] { t[Int(b)] |= lineTerminator }
    return t
  }()
}

enum UnicodeClasses {
  /// ECMAScript WhiteSpace beyond ASCII: U+00A0, U+FEFF and the Space_Separator category.
  static func isWhitespace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xA0, 0xFEFF, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  static func isLineTerminator(_ scalar: UInt32) -> Bool {
    scalar == 0x0A || scalar == 0x0D || scalar == 0x2028 || scalar == 0x2029
  }

  /// IdentifierStartChar: ID_Start, `$` and `_`.
  static func isIdentifierStart(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return ByteClass.table[Int(scalar)] & ByteClass.identifierStart != 0 }
    guard let s = Unicode.Scalar(scalar) else { return false }
    return s.properties.isIDStart
  }

  /// IdentifierPartChar: ID_Continue, `$`, ZWNJ and ZWJ.
  static func isIdentifierPart(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return ByteClass.table[Int(scalar)] & ByteClass.identifierPart != 0 }
    if scalar == 0x200C || scalar == 0x200D { return true }
    guard let s = Unicode.Scalar(scalar) else { return false }
    return s.properties.isIDContinue
  }
}

/// Decodes one scalar from valid UTF-8 (the Frontend validates the whole file first).
@inline(__always)
func decodeScalar(_ p: UnsafePointer<UInt8>, _ i: Int) -> (scalar: UInt32, width: Int) {
  let b0 = UInt32(p[i])
  if b0 < 0x80 { return (b0, 1) }
  if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
  if b0 < 0xF0 {
    return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
  }
  return (
    (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
      | UInt32(p[i + 3] & 0x3F), 4
  )
}

/// Appends a scalar's UTF-8 encoding.
func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
  if scalar < 0x80 {
    out.append(UInt8(scalar))
  } else if scalar < 0x800 {
    out.append(UInt8(0xC0 | scalar >> 6))
    out.append(UInt8(0x80 | scalar & 0x3F))
  } else if scalar < 0x10000 {
    out.append(UInt8(0xE0 | scalar >> 12))
    out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
    out.append(UInt8(0x80 | scalar & 0x3F))
  } else {
    out.append(UInt8(0xF0 | scalar >> 18))
    out.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
    out.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
    out.append(UInt8(0x80 | scalar & 0x3F))
  }
}

/// The offset of the first byte that is not part of well-formed UTF-8, or nil.
/// Surrogate code points and overlong forms are rejected, as the Unicode standard requires.
func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
  var i = 0
  let n = bytes.count
  guard let base = bytes.baseAddress else { return nil }
  while i < n {
    // Source text is mostly ASCII: skip eight bytes at a time while no high bit is set.
    while i + 8 <= n && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    {
      i += 8
    }
    guard i < n else { break }
    let b0 = bytes[i]
    if b0 < 0x80 {
      i += 1
      continue
    }
    func continuation(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
    if b0 >= 0xC2 && b0 <= 0xDF {
      guard continuation(1) else { return i }
      i += 2
    } else if b0 >= 0xE0 && b0 <= 0xEF {
      guard continuation(1), continuation(2) else { return i }
      let b1 = bytes[i + 1]
      if b0 == 0xE0 && b1 < 0xA0 { return i }  // overlong
      if b0 == 0xED && b1 >= 0xA0 { return i }  // surrogate
      i += 3
    } else if b0 >= 0xF0 && b0 <= 0xF4 {
      guard continuation(1), continuation(2), continuation(3) else { return i }
      let b1 = bytes[i + 1]
      if b0 == 0xF0 && b1 < 0x90 { return i }
      if b0 == 0xF4 && b1 >= 0x90 { return i }
      i += 4
    } else {
      return i
    }
  }
  return nil
}
