import Foundation
import Provenance

#if canImport(Glibc)
  import Glibc
#endif

/// A builder key the user trusts, and where that trust came from (for messages).
public struct TrustedBuilder: Sendable, Equatable {
  public var fingerprint: Fingerprint
  /// The key file it was read from, or nil when it was given as a fingerprint.
  public var keyFile: String?

  public init(fingerprint: Fingerprint, keyFile: String? = nil) {
    self.fingerprint = fingerprint
    self.keyFile = keyFile
  }
}

/// Which builder keys may sign the bundles this user runs: `--trust` arguments, or else the trust file
/// `$XDG_CONFIG_HOME/cruft/trusted-builders` (default `~/.config/cruft/trusted-builders`), one public
/// key file path or fingerprint per line, `#` comments and blank lines ignored, relative paths taken
/// from the trust file's directory. A trust file that others can write is refused, as ssh refuses an
/// authorized_keys file others can write: whoever can add a line can run code as this user.
public enum BuilderTrust {
  /// Larger than any plausible list of keys, small enough to read without a second thought.
  static let maximumTrustFileSize = 1 << 20

  /// One entry: a fingerprint (`ed25519:` and 32 base32 characters) or the path of a public key file.
  public static func entry(_ text: String, relativeTo directory: String? = nil) throws(BundleError)
    -> TrustedBuilder
  {
    if let fingerprint = Fingerprint(text) { return TrustedBuilder(fingerprint: fingerprint) }
    if text.hasPrefix(Fingerprint.prefix) {
      throw BundleError(
        .invalidTrustEntry, "\(Display.quoted(text)) is not a fingerprint (ed25519: and 32 base32 characters)"
      )
    }
    var path = text
    if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      path = home + path.dropFirst(1)
    } else if let directory, !path.hasPrefix("/") {
      path = directory + "/" + path
    }
    do {
      let key = try KeyFiles.readPublicKey(path).key
      return TrustedBuilder(fingerprint: key.fingerprint, keyFile: path)
    } catch {
      throw BundleError(.invalidTrustEntry, "cannot trust \(Display.quoted(path)): \(error.description)")
    }
  }

  /// Where the trust file is for this environment; nil when neither XDG_CONFIG_HOME nor HOME is set.
  public static func configurationPath(environment: [String: String]) -> String? {
    if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
      return base + "/cruft/trusted-builders"
    }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/cruft/trusted-builders" }
    return nil
  }

  /// The entries of the user's trust file; none if it does not exist.
  public static func loadConfiguration(environment: [String: String]) throws(BundleError) -> [TrustedBuilder]
  {
    guard let path = configurationPath(environment: environment) else { return [] }
    var info = stat()
    guard stat(path, &info) == 0 else { return [] }
    guard info.st_mode & 0o022 == 0 else {
      throw BundleError(
        .invalidTrustEntry, "the trust file \(path) can be written by other users",
        help: "run chmod go-w \(path)")
    }
    let bytes: [UInt8]
    do {
      bytes = try BoundedFile.read(path, limit: maximumTrustFileSize)
    } catch {
      throw BundleError(.invalidTrustEntry, "cannot read the trust file \(path): \(error.reason)")
    }
    return try parse(trustFile: bytes, path: path)
  }

  /// The entries of trust file text; `path` names the file in errors and anchors relative paths.
  public static func parse(trustFile bytes: [UInt8], path: String) throws(BundleError) -> [TrustedBuilder] {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw BundleError(.invalidTrustEntry, "the trust file \(path) is not UTF-8")
    }
    let directory = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    var entries: [TrustedBuilder] = []
    for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      do {
        entries.append(try entry(line, relativeTo: directory.isEmpty ? "/" : directory))
      } catch {
        throw BundleError(.invalidTrustEntry, "\(path):\(number + 1): \(error.message)")
      }
    }
    return entries
  }
}
