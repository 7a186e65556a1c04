import CSodium
import Foundation

/// The message digests of node's `crypto.createHash`: MD5 and SHA-1 written out here (uuid's v3 and
/// v5 ids need them; neither is used for anything cruft itself trusts), SHA-256 and SHA-512 from
/// libsodium.
enum MessageDigest: String, CaseIterable {
  case md5, sha1, sha256, sha512

  /// node accepts the OpenSSL names in any case, with or without the dash.
  init?(nodeName: String) {
    switch nodeName.lowercased() {
    case "md5": self = .md5
    case "sha1", "sha-1": self = .sha1
    case "sha256", "sha-256": self = .sha256
    case "sha512", "sha-512": self = .sha512
    default: return nil
    }
  }

  func digest(_ message: [UInt8]) -> [UInt8] {
    switch self {
    case .md5: return MessageDigest.md5(message)
    case .sha1: return MessageDigest.sha1(message)
    case .sha256:
      var out = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
      message.withUnsafeBufferPointer { input in
        _ = crypto_hash_sha256(&out, input.baseAddress ?? UnsafePointer(bitPattern: 1)!, UInt64(input.count))
      }
      return out
    case .sha512:
      var out = [UInt8](repeating: 0, count: Int(crypto_hash_sha512_BYTES))
      message.withUnsafeBufferPointer { input in
        _ = crypto_hash_sha512(&out, input.baseAddress ?? UnsafePointer(bitPattern: 1)!, UInt64(input.count))
      }
      return out
    }
  }

  /// The message padded to whole 64-byte blocks with its bit length, little- or big-endian.
  private static func padded(_ message: [UInt8], bigEndian: Bool) -> [UInt8] {
    var bytes = message
    let bitLength = UInt64(message.count) &* 8
    bytes.append(0x80)
    while bytes.count % 64 != 56 { bytes.append(0) }
    for index in 0..<8 {
      let shift = bigEndian ? UInt64(56 - 8 * index) : UInt64(8 * index)
      bytes.append(UInt8(truncatingIfNeeded: bitLength >> shift))
    }
    return bytes
  }

  /// RFC 1321.
  private static func md5(_ message: [UInt8]) -> [UInt8] {
    let shifts: [UInt32] = [
      7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5,
      9,
      14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10,
      15, 21, 6, 10, 15, 21,
    ]
    // floor(abs(sin(i + 1)) * 2^32), as the RFC defines the table.
    let constants: [UInt32] = (0..<64).map {
      UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4_294_967_296))
    }
    var state: [UInt32] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476]
    let bytes = padded(message, bigEndian: false)
    for block in stride(from: 0, to: bytes.count, by: 64) {
      let words = (0..<16).map { index -> UInt32 in
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[block + 4 * index + $1]) << (8 * UInt32($1)) }
      }
      var (a, b, c, d) = (state[0], state[1], state[2], state[3])
      for step in 0..<64 {
        var f: UInt32
        let g: Int
        switch step {
        case 0..<16: (f, g) = ((b & c) | (~b & d), step)
        case 16..<32: (f, g) = ((d & b) | (~d & c), (5 * step + 1) % 16)
        case 32..<48: (f, g) = (b ^ c ^ d, (3 * step + 5) % 16)
        default: (f, g) = (c ^ (b | ~d), (7 * step) % 16)
        }
        f = f &+ a &+ constants[step] &+ words[g]
        (a, d, c) = (d, c, b)
        b = b &+ (f << shifts[step] | f >> (32 - shifts[step]))
      }
      state[0] = state[0] &+ a
      state[1] = state[1] &+ b
      state[2] = state[2] &+ c
      state[3] = state[3] &+ d
    }
    return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) } }
  }

  /// FIPS 180-4.
  private static func sha1(_ message: [UInt8]) -> [UInt8] {
    var state: [UInt32] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0xc3d2_e1f0]
    let bytes = padded(message, bigEndian: true)
    var words = [UInt32](repeating: 0, count: 80)
    for block in stride(from: 0, to: bytes.count, by: 64) {
      for index in 0..<16 {
        words[index] = (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[block + 4 * index + $1]) }
      }
      for index in 16..<80 {
        let mixed = words[index - 3] ^ words[index - 8] ^ words[index - 14] ^ words[index - 16]
        words[index] = mixed << 1 | mixed >> 31
      }
      var (a, b, c, d, e) = (state[0], state[1], state[2], state[3], state[4])
      for step in 0..<80 {
        let (f, k): (UInt32, UInt32) =
          switch step {
          case 0..<20: ((b & c) | (~b & d), 0x5a82_7999)
          case 20..<40: (b ^ c ^ d, 0x6ed9_eba1)
          case 40..<60: ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc)
          default: (b ^ c ^ d, 0xca62_c1d6)
          }
        let next = (a << 5 | a >> 27) &+ f &+ e &+ k &+ words[step]
        (e, d, c, b, a) = (d, c, b << 30 | b >> 2, a, next)
      }
      state[0] = state[0] &+ a
      state[1] = state[1] &+ b
      state[2] = state[2] &+ c
      state[3] = state[3] &+ d
      state[4] = state[4] &+ e
    }
    return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
  }
}
