import Foundation

/// A strict RFC 8259 parser. Nesting is bounded so that a hostile package.json cannot exhaust the
/// stack of the compiler that reads it.
struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0
  private static let maximumDepth = 512

  static func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
    var bytes = [UInt8](data)
    // Node reads package.json with a UTF-8 decoder that drops a byte order mark.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    guard parser.index == parser.bytes.count else { throw parser.failure("unexpected text after the value") }
    return value
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private func failure(_ reason: String) -> JSONParseError {
    JSONParseError(offset: index, reason: reason)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
  }

  private mutating func expect(_ literal: String) throws(JSONParseError) {
    for byte in literal.utf8 {
      guard current == byte else { throw failure("invalid literal") }
      index += 1
    }
  }

  private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
    guard depth < Self.maximumDepth else { throw failure("nesting deeper than \(Self.maximumDepth) levels") }
    guard let byte = current else { throw failure("unexpected end of input") }
    switch byte {
    case UInt8(ascii: "{"): return try parseObject(depth: depth)
    case UInt8(ascii: "["): return try parseArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expect("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expect("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expect("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw failure("unexpected character")
    }
  }

  private mutating func parseObject(depth: Int) throws(JSONParseError) -> JSONValue {
    index += 1
    var members: [JSONMember] = []
    var positions: [String: Int] = [:]
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      index += 1
      return .object([])
    }
    while true {
      skipWhitespace()
      guard current == UInt8(ascii: "\"") else { throw failure("expected a string key") }
      let key = try parseString()
      skipWhitespace()
      guard current == UInt8(ascii: ":") else { throw failure("expected ':'") }
      index += 1
      skipWhitespace()
      let value = try parseValue(depth: depth + 1)
      if let position = positions[key] {
        members[position].value = value
      } else {
        positions[key] = members.count
        members.append(JSONMember(key: key, value: value))
      }
      skipWhitespace()
      if current == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard current == UInt8(ascii: "}") else { throw failure("expected ',' or '}'") }
      index += 1
      return .object(Self.inPropertyOrder(members))
    }
  }

  /// JavaScript enumerates integer-like keys before all others; condition objects with such keys are
  /// rejected by Node, and which error it reports depends on this order.
  private static func inPropertyOrder(_ members: [JSONMember]) -> [JSONMember] {
    let indexed = members.compactMap { member in arrayIndex(member.key).map { ($0, member) } }
    guard !indexed.isEmpty else { return members }
    let others = members.filter { arrayIndex($0.key) == nil }
    return indexed.sorted { $0.0 < $1.0 }.map(\.1) + others
  }

  /// The value of a canonical array index key ("0", "17", not "017" or "-1").
  public static func arrayIndex(_ key: String) -> UInt64? {
    guard let first = key.utf8.first, key.utf8.count <= 10, key.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
    else { return nil }
    guard first != UInt8(ascii: "0") || key.utf8.count == 1, let value = UInt64(key), value < 4_294_967_295
    else { return nil }
    return value
  }

  private mutating func parseArray(depth: Int) throws(JSONParseError) -> JSONValue {
    index += 1
    var values: [JSONValue] = []
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      index += 1
      return .array([])
    }
    while true {
      skipWhitespace()
      values.append(try parseValue(depth: depth + 1))
      skipWhitespace()
      if current == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard current == UInt8(ascii: "]") else { throw failure("expected ',' or ']'") }
      index += 1
      return .array(values)
    }
  }

  private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    guard let first = current, isDigit(first) else { throw failure("invalid number") }
    index += 1
    if first != UInt8(ascii: "0") {
      while let byte = current, isDigit(byte) { index += 1 }
    }
    if current == UInt8(ascii: ".") {
      index += 1
      guard let byte = current, isDigit(byte) else { throw failure("invalid number") }
      while let byte = current, isDigit(byte) { index += 1 }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      guard let byte = current, isDigit(byte) else { throw failure("invalid number") }
      while let byte = current, isDigit(byte) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    return .number(Double(text) ?? .nan)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  private mutating func parseString() throws(JSONParseError) -> String {
    index += 1
    var scalars = String.UnicodeScalarView()
    var runStart = index
    let bytes = self.bytes
    // Copies runs of plain bytes at once; escapes are rare in package.json.
    func flush(upTo end: Int) {
      if runStart < end {
        scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
      }
    }
    while true {
      guard let byte = current else { throw failure("unterminated string") }
      if byte == UInt8(ascii: "\"") {
        flush(upTo: index)
        index += 1
        return String(scalars)
      }
      if byte < 0x20 { throw failure("control character in string") }
      if byte != UInt8(ascii: "\\") {
        index += 1
        continue
      }
      flush(upTo: index)
      index += 1
      guard let escape = current else { throw failure("unterminated escape") }
      index += 1
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{8}")
      case UInt8(ascii: "f"): scalars.append("\u{C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"):
        let unit = try parseHexQuad()
        if (0xD800..<0xDC00).contains(unit), bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        {
          let save = index
          index += 2
          let low = try parseHexQuad()
          if (0xDC00..<0xE000).contains(low) {
            let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
          } else {
            index = save
            scalars.append("\u{FFFD}")
          }
        } else {
          // A lone surrogate is legal in a JavaScript string but not in a Swift one.
          scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
        }
      default: throw failure("invalid escape")
      }
      runStart = index
    }
  }

  private mutating func parseHexQuad() throws(JSONParseError) -> UInt32 {
    guard bytes.count - index >= 4 else { throw failure("invalid \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case 48...57: digit = byte - 48
      case 65...70: digit = byte - 55
      case 97...102: digit = byte - 87
      default: throw failure("invalid \\u escape")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }
}

extension JSONValue {
  /// Parses JSON text strictly (RFC 8259), keeping object members in JavaScript's order.
  public static func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
    try JSONParser.parse(data)
  }

  /// The value of a canonical array-index key ("0", "17"; not "017" or "-1"), which JavaScript
  /// enumerates before other keys.
  public static func arrayIndex(_ key: String) -> UInt64? { JSONParser.arrayIndex(key) }
}
