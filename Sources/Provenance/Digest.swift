import CSodium

/// SHA-512 digests, as npm's Subresource Integrity strings use them (`sha512-<base64>`).
public struct SHA512Digest: Hashable, Sendable, Comparable {
  public let bytes: [UInt8]

  public init(of data: [UInt8]) {
    var out = [UInt8](repeating: 0, count: Int(crypto_hash_sha512_BYTES))
    data.withUnsafeBufferPointer { input in
      // libsodium's pointer parameters are non-optional, even for empty input.
      let base = input.baseAddress ?? UnsafePointer(bitPattern: 1)!
      _ = crypto_hash_sha512(&out, base, UInt64(input.count))
    }
    bytes = out
  }

  public init?(integrity: String) {
    guard integrity.hasPrefix("sha512-"), let decoded = Base64.decode(String(integrity.dropFirst(7))),
      decoded.count == 64
    else { return nil }
    bytes = decoded
  }

  /// The Subresource Integrity form, as in package-lock.json and cruft.lock.
  public var integrity: String { "sha512-" + Base64.encode(bytes) }

  public var hex: String { bytes.map { String($0, radix: 16).leftPadded(2) }.joined() }

  public static func < (lhs: SHA512Digest, rhs: SHA512Digest) -> Bool {
    lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
  }
}

/// Standard base64 with padding (RFC 4648), as SRI strings use.
public enum Base64 {
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  public static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i + 2 < bytes.count {
      let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
      for shift in [18, 12, 6, 0] { out.append(alphabet[Int((n >> UInt32(shift)) & 63)]) }
      i += 3
    }
    let rest = bytes.count - i
    if rest > 0 {
      let n = UInt32(bytes[i]) << 16 | (rest == 2 ? UInt32(bytes[i + 1]) << 8 : 0)
      out.append(alphabet[Int((n >> 18) & 63)])
      out.append(alphabet[Int((n >> 12) & 63)])
      out.append(rest == 2 ? alphabet[Int((n >> 6) & 63)] : UInt8(ascii: "="))
      out.append(UInt8(ascii: "="))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Each byte's 6-bit value, or 0xFF for bytes outside the alphabet.
  static let decodeTable: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, c) in alphabet.enumerated() { table[Int(c)] = UInt8(index) }
    return table
  }()

  public static func decode(_ text: String) -> [UInt8]? {
    var values: [UInt8] = []
    values.reserveCapacity(text.utf8.count)
    for c in text.utf8 {
      if c == UInt8(ascii: "=") { break }
      let value = decodeTable[Int(c)]
      guard value != 0xFF else { return nil }
      values.append(value)
    }
    var out: [UInt8] = []
    var i = 0
    while i < values.count {
      let chunk = values[i..<min(i + 4, values.count)]
      guard chunk.count >= 2 else { return nil }
      var n: UInt32 = 0
      for (k, v) in chunk.enumerated() { n |= UInt32(v) << UInt32(18 - 6 * k) }
      out.append(UInt8(n >> 16 & 0xFF))
      if chunk.count > 2 { out.append(UInt8(n >> 8 & 0xFF)) }
      if chunk.count > 3 { out.append(UInt8(n & 0xFF)) }
      i += 4
    }
    return out
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
