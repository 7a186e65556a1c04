import CSodium
import Foundation

/// libsodium must be initialised once before its random generator and signatures are used;
/// `sodium_init` is idempotent and thread-safe, so a lazily evaluated global is enough.
enum Sodium {
  static let ready: Bool = sodium_init() >= 0

  static func require() {
    // sodium_init fails only when the system has no usable random source; nothing can be signed then.
    precondition(ready, "libsodium could not be initialised (no random source)")
  }
}

/// A short, typed and unambiguous name for an Ed25519 public key:
/// `ed25519:` followed by lowercase unpadded base32 of the first 20 bytes of SHA-512(public key).
public struct Fingerprint: Hashable, Sendable, Comparable, CustomStringConvertible {
  public static let prefix = "ed25519:"
  static let hashBytes = 20

  /// The full text form, such as `ed25519:3f5...`.
  public let text: String

  public init(of key: PublicKey) {
    let hash = SHA512Digest(of: key.bytes).bytes.prefix(Self.hashBytes)
    text = Self.prefix + Base32.encode(Array(hash))
  }

  /// Parses the text form; nil unless it is exactly the canonical form (32 base32 characters).
  public init?(_ text: String) {
    guard text.hasPrefix(Self.prefix) else { return nil }
    let body = String(text.dropFirst(Self.prefix.count))
    guard let decoded = Base32.decode(body), decoded.count == Self.hashBytes, Base32.encode(decoded) == body
    else { return nil }
    self.text = text
  }

  public var description: String { text }

  public static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool { lhs.text < rhs.text }
}

/// RFC 4648 base32 in lowercase without padding: fingerprints are typed by people and compared by eye.
enum Base32 {
  static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

  static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    var buffer: UInt32 = 0
    var bits = 0
    for byte in bytes {
      buffer = buffer << 8 | UInt32(byte)
      bits += 8
      while bits >= 5 {
        out.append(alphabet[Int(buffer >> UInt32(bits - 5) & 31)])
        bits -= 5
      }
    }
    if bits > 0 { out.append(alphabet[Int(buffer << UInt32(5 - bits) & 31)]) }
    return String(decoding: out, as: UTF8.self)
  }

  static func decode(_ text: String) -> [UInt8]? {
    var out: [UInt8] = []
    var buffer: UInt32 = 0
    var bits = 0
    for c in text.utf8 {
      guard let value = alphabet.firstIndex(of: c) else { return nil }
      buffer = buffer << 5 | UInt32(value)
      bits += 5
      if bits >= 8 {
        out.append(UInt8(buffer >> UInt32(bits - 8) & 0xFF))
        bits -= 8
      }
      buffer &= (1 << UInt32(bits)) - 1
    }
    return out
  }
}

/// An Ed25519 public key (32 bytes).
public struct PublicKey: Hashable, Sendable {
  public static let byteCount = Int(crypto_sign_PUBLICKEYBYTES)
  public let bytes: [UInt8]

  public init?(bytes: [UInt8]) {
    guard bytes.count == Self.byteCount else { return nil }
    self.bytes = bytes
  }

  public var fingerprint: Fingerprint { Fingerprint(of: self) }

  /// Whether `signature` is this key's Ed25519 signature of `message`. Malformed signatures are false.
  public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
    Sodium.require()
    guard signature.count == Int(crypto_sign_BYTES), !message.isEmpty else { return false }
    return crypto_sign_verify_detached(signature, message, UInt64(message.count), bytes) == 0
  }
}

/// An Ed25519 secret key in libsodium's 64-byte form (seed followed by the public key). The bytes live
/// in memory that is wiped when the key is released, and no description ever shows them.
public final class SecretKey: @unchecked Sendable, CustomStringConvertible {
  public static let byteCount = Int(crypto_sign_SECRETKEYBYTES)
  // Immutable after init, so sharing across threads is safe.
  private let storage: UnsafeMutablePointer<UInt8>
  public let publicKey: PublicKey

  /// A fresh key pair from libsodium's random source.
  public init() {
    Sodium.require()
    storage = .allocate(capacity: Self.byteCount)
    var pk = [UInt8](repeating: 0, count: PublicKey.byteCount)
    crypto_sign_keypair(&pk, storage)
    // crypto_sign_keypair always fills exactly PUBLICKEYBYTES.
    publicKey = PublicKey(bytes: pk)!
  }

  /// The key whose 32-byte seed is `seed` (deterministic; used by tests and fixtures).
  public init?(seed: [UInt8]) {
    Sodium.require()
    guard seed.count == Int(crypto_sign_SEEDBYTES) else { return nil }
    storage = .allocate(capacity: Self.byteCount)
    var pk = [UInt8](repeating: 0, count: PublicKey.byteCount)
    crypto_sign_seed_keypair(&pk, storage, seed)
    publicKey = PublicKey(bytes: pk)!
  }

  /// The key from libsodium's 64-byte form; nil when its public half is not the one its seed derives,
  /// which is what a corrupted or spliced key file looks like.
  init?(libsodiumBytes bytes: [UInt8]) {
    Sodium.require()
    guard bytes.count == Self.byteCount else { return nil }
    var pk = [UInt8](repeating: 0, count: PublicKey.byteCount)
    var sk = [UInt8](repeating: 0, count: Self.byteCount)
    defer { sodium_memzero(&sk, Self.byteCount) }
    crypto_sign_seed_keypair(&pk, &sk, Array(bytes.prefix(Int(crypto_sign_SEEDBYTES))))
    guard sodium_memcmp(sk, bytes, Self.byteCount) == 0, let key = PublicKey(bytes: pk) else { return nil }
    storage = .allocate(capacity: Self.byteCount)
    storage.initialize(from: sk, count: Self.byteCount)
    publicKey = key
  }

  deinit {
    sodium_memzero(storage, Self.byteCount)
    storage.deallocate()
  }

  public var fingerprint: Fingerprint { publicKey.fingerprint }

  public var description: String { "SecretKey(\(fingerprint), redacted)" }

  public func signature(for message: [UInt8]) -> [UInt8] {
    var signature = [UInt8](repeating: 0, count: Int(crypto_sign_BYTES))
    message.withUnsafeBufferPointer { input in
      let base = input.baseAddress ?? UnsafePointer(bitPattern: 1)!
      _ = crypto_sign_detached(&signature, nil, base, UInt64(input.count), storage)
    }
    return signature
  }

  /// The key file text. Only `KeyFiles.writeSecretKey` should call this: the text must go nowhere else.
  func secretFileText() -> String {
    let bytes = Array(UnsafeBufferPointer(start: storage, count: Self.byteCount))
    return "\(KeyFiles.secretMagic) ed25519 \(Base64.encode(bytes))\n"
  }
}

/// Signatures are always over a fixed context string and the SHA-512 of the signed bytes, so that a
/// signature made for one purpose can never be presented as one made for another.
public enum SigningContext: String, Sendable, CaseIterable {
  case publisherStatement = "cruft publisher statement v1"
  case registryCountersignature = "cruft registry countersignature v1"
  case registryIdentity = "cruft registry identity v1"

  /// The exact message signed: the context, a NUL byte, then SHA-512 of `document`.
  public func message(for document: [UInt8]) -> [UInt8] {
    Array(rawValue.utf8) + [0] + SHA512Digest(of: document).bytes
  }
}
