import Foundation

/// Why a key file was refused. Messages name the file and the defect, never the key material.
public enum KeyFileError: Error, Sendable, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case tooLarge(path: String, limit: Int)
  case truncated(path: String)
  case wrongType(path: String, expected: String, found: String)
  case unsupportedAlgorithm(path: String, algorithm: String)
  case wrongLength(path: String, expected: Int, found: Int)
  case notCanonical(path: String, reason: String)
  case inconsistentSecretKey(path: String)
  case insecurePermissions(path: String, mode: UInt32)
  case alreadyExists(path: String)
  case unwritable(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "cannot read key file \(path): \(reason)"
    case .tooLarge(let path, let limit):
      "key file \(path) is larger than \(limit) bytes; it is not a cruft key"
    case .truncated(let path): "key file \(path) is truncated (a key file is one line ending in a newline)"
    case .wrongType(let path, let expected, let found):
      "key file \(path) holds \(found), but \(expected) is needed here"
    case .unsupportedAlgorithm(let path, let algorithm):
      "key file \(path) uses the algorithm \(Display.quoted(algorithm)); only ed25519 is supported"
    case .wrongLength(let path, let expected, let found):
      "key file \(path) holds \(found) key bytes, but an ed25519 key of this kind has \(expected)"
    case .notCanonical(let path, let reason): "key file \(path) is not in canonical form: \(reason)"
    case .inconsistentSecretKey(let path):
      "key file \(path) is corrupt: its public half does not match the key its seed derives"
    case .insecurePermissions(let path, let mode):
      "secret key file \(path) is accessible by other users (mode \(String(mode, radix: 8))); run chmod 600 \(path)"
    case .alreadyExists(let path): "\(path) already exists; refusing to overwrite a key file"
    case .unwritable(let path, let reason): "cannot write key file \(path): \(reason)"
    }
  }
}

/// The two key file formats (one line each, documented in docs/provenance.md):
///
///     cruft-secret-key-v1 ed25519 <base64 of libsodium's 64-byte secret key>
///     cruft-public-key-v1 ed25519 <base64 of the 32-byte public key> [name]
public enum KeyFiles {
  static let secretMagic = "cruft-secret-key-v1"
  static let publicMagic = "cruft-public-key-v1"
  /// Far above a key file's real size (about 120 bytes), far below anything worth reading.
  public static let maximumSize = 4096
  static let nameCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@+-".utf8)
  static let maximumNameLength = 64

  /// A key's optional label: a short run of letters, digits and `._@+-`.
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.count <= maximumNameLength
      && name.utf8.allSatisfy { nameCharacters.contains($0) }
  }

  public static func publicKeyText(_ key: PublicKey, name: String?) -> String {
    "\(publicMagic) ed25519 \(Base64.encode(key.bytes))" + (name.map { " " + $0 } ?? "") + "\n"
  }

  /// Writes `NAME.key` (mode 0600) and `NAME.pub`; refuses if either exists. The secret file is
  /// created with O_CREAT|O_EXCL so that it is never readable by others, not even for an instant.
  public static func writeKeyPair(_ key: SecretKey, basePath: String, name: String?) throws(KeyFileError) {
    let secretPath = basePath + ".key"
    let publicPath = basePath + ".pub"
    for path in [secretPath, publicPath] where FileIO.exists(path) { throw .alreadyExists(path: path) }
    do {
      try FileIO.createExclusively(secretPath, bytes: Array(key.secretFileText().utf8), mode: 0o600)
    } catch {
      throw error.kind == .alreadyExists
        ? .alreadyExists(path: secretPath) : .unwritable(path: secretPath, reason: error.reason)
    }
    do {
      try FileIO.createExclusively(
        publicPath, bytes: Array(publicKeyText(key.publicKey, name: name).utf8), mode: 0o644)
    } catch {
      unlink(secretPath)
      throw error.kind == .alreadyExists
        ? .alreadyExists(path: publicPath) : .unwritable(path: publicPath, reason: error.reason)
    }
  }

  public static func readSecretKey(_ path: String) throws(KeyFileError) -> SecretKey {
    let (bytes, mode) = try load(path)
    // Like ssh, refuse a secret that others could have read: it may already be compromised.
    guard mode & 0o077 == 0 else { throw .insecurePermissions(path: path, mode: UInt32(mode)) }
    let fields = try fields(of: bytes, path: path, expected: secretMagic)
    guard fields.count == 3 else {
      throw .notCanonical(path: path, reason: "a secret key line has exactly three fields")
    }
    let keyBytes = try decodeKey(fields[2], path: path, length: SecretKey.byteCount)
    guard let key = SecretKey(libsodiumBytes: keyBytes) else { throw .inconsistentSecretKey(path: path) }
    return key
  }

  public static func readPublicKey(_ path: String) throws(KeyFileError) -> (key: PublicKey, name: String?) {
    let (bytes, _) = try load(path)
    return try parsePublicKey(bytes, path: path)
  }

  /// Parses public key text (the whole file); `path` only names it in errors.
  public static func parsePublicKey(_ bytes: [UInt8], path: String) throws(KeyFileError) -> (
    key: PublicKey, name: String?
  ) {
    guard bytes.count <= maximumSize else { throw .tooLarge(path: path, limit: maximumSize) }
    let fields = try fields(of: bytes, path: path, expected: publicMagic)
    guard fields.count == 3 || fields.count == 4 else {
      throw .notCanonical(path: path, reason: "a public key line has three fields and an optional name")
    }
    let keyBytes = try decodeKey(fields[2], path: path, length: PublicKey.byteCount)
    var name: String?
    if fields.count == 4 {
      guard isValidName(fields[3]) else {
        throw .notCanonical(
          path: path, reason: "the name may only hold letters, digits and ._@+- (64 at most)")
      }
      name = fields[3]
    }
    // decodeKey checked the length.
    return (PublicKey(bytes: keyBytes)!, name)
  }

  private static func load(_ path: String) throws(KeyFileError) -> (bytes: [UInt8], mode: mode_t) {
    do {
      return try FileIO.read(path, limit: maximumSize)
    } catch {
      switch error.kind {
      case .tooLarge: throw .tooLarge(path: path, limit: maximumSize)
      default: throw .unreadable(path: path, reason: error.reason)
      }
    }
  }

  /// The space-separated fields of the single line, after checking the shape every key file shares.
  private static func fields(of bytes: [UInt8], path: String, expected: String) throws(KeyFileError)
    -> [String]
  {
    guard let last = bytes.last else { throw .truncated(path: path) }
    guard bytes.allSatisfy({ $0 == 0x0A || (0x20...0x7E).contains($0) }) else {
      if bytes.contains(0x0D) { throw .notCanonical(path: path, reason: "it has a carriage return") }
      throw .notCanonical(path: path, reason: "it contains a byte that is not printable ASCII")
    }
    let line = bytes.dropLast()
    // Identify the kind first so that a public key passed as a secret one says so, even if damaged.
    let firstField = String(decoding: line.prefix { $0 != 0x20 && $0 != 0x0A }, as: UTF8.self)
    if firstField != expected {
      if last != 0x0A && expected.hasPrefix(firstField) { throw .truncated(path: path) }
      let found: String
      switch firstField {
      case secretMagic: found = "a secret key"
      case publicMagic: found = "a public key"
      default: found = "something that is not a cruft key"
      }
      throw .wrongType(
        path: path, expected: expected == secretMagic ? "a secret key" : "a public key", found: found)
    }
    guard last == 0x0A else { throw .truncated(path: path) }
    guard !line.contains(0x0A) else { throw .notCanonical(path: path, reason: "it has more than one line") }
    let fields = line.split(separator: 0x20, omittingEmptySubsequences: false).map {
      String(decoding: $0, as: UTF8.self)
    }
    guard !fields.contains(where: \.isEmpty) else {
      throw .notCanonical(path: path, reason: "fields are separated by exactly one space")
    }
    guard fields.count >= 3 else { throw .truncated(path: path) }
    guard fields[1] == "ed25519" else { throw .unsupportedAlgorithm(path: path, algorithm: fields[1]) }
    return fields
  }

  private static func decodeKey(_ text: String, path: String, length: Int) throws(KeyFileError) -> [UInt8] {
    guard let bytes = Base64.decode(text) else {
      throw .notCanonical(path: path, reason: "the key is not valid base64")
    }
    guard bytes.count == length else { throw .wrongLength(path: path, expected: length, found: bytes.count) }
    guard Base64.encode(bytes) == text else {
      throw .notCanonical(path: path, reason: "the key's base64 is not in canonical form")
    }
    return bytes
  }
}

/// Untrusted text (package names, archive entry names, registry names) is shown with control
/// characters escaped so that it cannot rewrite the user's terminal.
public enum Display {
  public static func quoted(_ text: String, limit: Int = 200) -> String {
    var out = "'"
    for scalar in text.unicodeScalars.prefix(limit) {
      switch scalar.value {
      case 0x5C: out += "\\\\"
      case 0x27: out += "\\'"
      case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    if text.unicodeScalars.count > limit { out += "..." }
    return out + "'"
  }
}
