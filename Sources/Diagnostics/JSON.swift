import Foundation

/// A JSON value that keeps object members in order: the one JSON type of every stage.
///
/// Reading: Node picks the first matching condition of an `"exports"` or `"imports"` object in key
/// order, so package manifests cannot go through `JSONSerialization`, which returns unordered
/// dictionaries. Writing: golden tests and lockfile diffs compare bytes, so output is canonical.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  /// Members in JavaScript's own-property order: integer-like keys ascending first, then the others in
  /// source order. A repeated key keeps its first position and takes its last value, as in V8.
  case object([JSONMember])

  /// The member named `key` of an object; nil for a missing key or a value that is not an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let values) = self { return values }
    return nil
  }

  public var members: [JSONMember]? {
    if case .object(let members) = self { return members }
    return nil
  }

  public var isNull: Bool { self == .null }

  /// The value as `JSONSerialization` would produce it (`NSNull`, `Bool`, `Double`, `String`, arrays
  /// and dictionaries), for code that prefers Foundation types and does not care about key order.
  public var foundationValue: Any {
    switch self {
    case .null: NSNull()
    case .bool(let value): value
    case .number(let value): value
    case .string(let value): value
    case .array(let values): values.map(\.foundationValue)
    case .object(let members):
      Dictionary(members.map { ($0.key, $0.value.foundationValue) }, uniquingKeysWith: { _, last in last })
    }
  }

  /// An object from key-value pairs, in the order given (the writer's convenience).
  public static func record(_ pairs: [(String, JSONValue)]) -> JSONValue {
    .object(pairs.map { JSONMember(key: $0.0, value: $0.1) })
  }

  public static func int(_ value: Int) -> JSONValue { .number(Double(value)) }

  /// Numbers as JavaScript prints them: integers without a fraction, others in shortest form.
  public static func format(_ n: Double) -> String {
    if n.isFinite && n == n.rounded() && abs(n) < 9_007_199_254_740_992 { return String(Int64(n)) }
    return n.isFinite ? "\(n)" : "null"
  }

  /// Serializes with two-space indentation, or on one line when `pretty` is false.
  public func serialized(pretty: Bool = true) -> String {
    var out = ""
    write(into: &out, indent: 0, pretty: pretty)
    return out
  }

  private func write(into out: inout String, indent: Int, pretty: Bool) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let n): out += JSONValue.format(n)
    case .string(let s): JSONValue.writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        if pretty { JSONValue.newline(&out, indent: indent + 1) }
        item.write(into: &out, indent: indent + 1, pretty: pretty)
      }
      if pretty { JSONValue.newline(&out, indent: indent) }
      out += "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      for (index, member) in members.enumerated() {
        let (key, value) = (member.key, member.value)
        if index > 0 { out += "," }
        if pretty { JSONValue.newline(&out, indent: indent + 1) }
        JSONValue.writeString(key, into: &out)
        out += pretty ? ": " : ":"
        value.write(into: &out, indent: indent + 1, pretty: pretty)
      }
      if pretty { JSONValue.newline(&out, indent: indent) }
      out += "}"
    }
  }

  private static func newline(_ out: inout String, indent: Int) {
    out += "\n"
    out += String(repeating: "  ", count: indent)
  }

  static func writeString(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Equatable {
  public var key: String
  public var value: JSONValue

  public init(key: String, value: JSONValue) {
    self.key = key
    self.value = value
  }
}

/// Why a JSON text could not be parsed, with the byte offset where parsing stopped.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var offset: Int
  public var reason: String

  public var description: String { "\(reason) at byte \(offset)" }
}
