import Diagnostics
import Foundation

/// cruft's canonical JSON, the form of every signed or verified document: object keys sorted by their
/// UTF-8 bytes, no insignificant whitespace, strings escaped only where JSON requires (`"`, `\` and
/// control characters, with `\n`, `\r`, `\t` short forms and `\u00xx` otherwise), numbers limited to
/// non-negative integers below 2^53, and one newline at the end of the file.
///
/// A reader re-encodes what it parsed and demands the same bytes, so each document has exactly one
/// byte form: a change to any byte of a stored file is either invalid JSON, a different value, or a
/// non-canonical encoding, and all three are rejected.
public enum CanonicalJSON {
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
  }

  public static func encode(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    write(value, into: &out)
    out.append(0x0A)
    return out
  }

  /// Parses a canonical document; anything else, including valid but differently written JSON, fails.
  public static func decode(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
    let value: JSONValue
    do {
      value = try JSONValue.parse(Data(bytes))
    } catch {
      throw Failure(reason: "not valid JSON (\(error.reason) at byte \(error.offset))")
    }
    try checkNumbers(value)
    guard encode(value) == bytes else {
      throw Failure(reason: "not in canonical form (sorted keys, no whitespace, one final newline)")
    }
    return value
  }

  private static func checkNumbers(_ value: JSONValue) throws(Failure) {
    switch value {
    case .number(let n):
      guard n >= 0, n < 9_007_199_254_740_992, n == n.rounded() else {
        throw Failure(reason: "numbers must be non-negative integers")
      }
    case .array(let items): for item in items { try checkNumbers(item) }
    case .object(let members): for member in members { try checkNumbers(member.value) }
    default: break
    }
  }

  private static func write(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null: out += Array("null".utf8)
    case .bool(let b): out += Array((b ? "true" : "false").utf8)
    case .number(let n):
      // checkNumbers admits only integers that Int64 holds exactly; writers produce only those.
      out += Array((n.isFinite && abs(n) < 9.2e18 ? String(Int64(n)) : "null").utf8)
    case .string(let s): writeString(s, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        write(item, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      let sorted = members.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
      for (index, member) in sorted.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        writeString(member.key, into: &out)
        out.append(UInt8(ascii: ":"))
        write(member.value, into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [0x5C, 0x22]
      case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, UInt8(ascii: "n")]
      case 0x0D: out += [0x5C, UInt8(ascii: "r")]
      case 0x09: out += [0x5C, UInt8(ascii: "t")]
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

/// Typed access to the fields of a parsed document, failing with the field's name.
struct DocumentReader {
  let members: [JSONMember]
  let document: String

  init(_ value: JSONValue, document: String, allowedKeys: Set<String>) throws(CanonicalJSON.Failure) {
    guard let members = value.members else {
      throw CanonicalJSON.Failure(reason: "\(document) is not an object")
    }
    for member in members where !allowedKeys.contains(member.key) {
      throw CanonicalJSON.Failure(reason: "\(document) has an unknown field \(Display.quoted(member.key))")
    }
    self.members = members
    self.document = document
  }

  func value(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }

  func string(_ key: String) throws(CanonicalJSON.Failure) -> String {
    guard let text = value(key)?.stringValue else { throw missing(key, "a string") }
    return text
  }

  func optionalString(_ key: String) throws(CanonicalJSON.Failure) -> String? {
    guard let value = value(key) else { return nil }
    guard let text = value.stringValue else { throw missing(key, "a string") }
    return text
  }

  func strings(_ key: String) throws(CanonicalJSON.Failure) -> [String] {
    guard let items = value(key)?.arrayValue else { throw missing(key, "an array of strings") }
    var out: [String] = []
    for item in items {
      guard let text = item.stringValue else { throw missing(key, "an array of strings") }
      out.append(text)
    }
    return out
  }

  func bool(_ key: String) throws(CanonicalJSON.Failure) -> Bool {
    guard case .bool(let flag) = value(key) else { throw missing(key, "true or false") }
    return flag
  }

  func integer(_ key: String) throws(CanonicalJSON.Failure) -> Int {
    guard case .number(let n) = value(key), n >= 0, n < 9_007_199_254_740_992, n == n.rounded() else {
      throw missing(key, "a non-negative integer")
    }
    return Int(n)
  }

  func object(_ key: String) throws(CanonicalJSON.Failure) -> JSONValue {
    guard let value = value(key), value.members != nil else { throw missing(key, "an object") }
    return value
  }

  func base64(_ key: String, count: Int) throws(CanonicalJSON.Failure) -> [UInt8] {
    let text = try string(key)
    guard let bytes = Base64.decode(text), bytes.count == count, Base64.encode(bytes) == text else {
      throw missing(key, "\(count) bytes in canonical base64")
    }
    return bytes
  }

  /// A `sha512-` SRI in canonical base64 (unused trailing bits zero), so that one digest has one spelling.
  func integrity(_ key: String) throws(CanonicalJSON.Failure) -> SHA512Digest {
    let text = try string(key)
    guard let digest = SHA512Digest(integrity: text), digest.integrity == text else {
      throw missing(key, "a sha512 SRI in canonical base64")
    }
    return digest
  }

  func fingerprint(_ key: String) throws(CanonicalJSON.Failure) -> Fingerprint {
    guard let fingerprint = Fingerprint(try string(key)) else {
      throw missing(key, "a fingerprint (ed25519:...)")
    }
    return fingerprint
  }

  private func missing(_ key: String, _ kind: String) -> CanonicalJSON.Failure {
    CanonicalJSON.Failure(reason: "\(document) field \"\(key)\" must be \(kind)")
  }
}
