import Diagnostics
import Foundation

/// npm's rules for names of new packages (validate-npm-package-name): lowercase, URL-safe, at most 214
/// characters, optionally scoped. Names become registry paths, so nothing else may pass.
public enum PackageName {
  static let firstCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-~".utf8)
  static let characters = firstCharacters.union(Set("._".utf8))

  public static func isValid(_ name: String) -> Bool {
    guard !name.isEmpty, name.utf8.count <= 214, name != "node_modules", name != "favicon.ico" else {
      return false
    }
    if name.hasPrefix("@") {
      let parts = name.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
      return parts.count == 2 && parts.allSatisfy { isValidPart($0) }
    }
    return isValidPart(Substring(name))
  }

  private static func isValidPart(_ part: Substring) -> Bool {
    guard let first = part.utf8.first, firstCharacters.contains(first) else { return false }
    return part.utf8.allSatisfy { characters.contains($0) }
  }

  /// The scope of a scoped name (`@acme` for `@acme/util`), nil for an unscoped one.
  public static func scope(of name: String) -> String? {
    guard name.hasPrefix("@"), let slash = name.firstIndex(of: "/") else { return nil }
    return String(name[..<slash])
  }
}

/// Semantic Versioning 2.0.0, strictly (no leading `v`, no leading zeros, no spaces); at most 256 bytes.
public enum PackageVersion {
  public static func isValid(_ version: String) -> Bool {
    guard !version.isEmpty, version.utf8.count <= 256 else { return false }
    var rest = Substring(version)
    var build: Substring?
    if let plus = rest.firstIndex(of: "+") {
      build = rest[rest.index(after: plus)...]
      rest = rest[..<plus]
    }
    var prerelease: Substring?
    if let dash = rest.firstIndex(of: "-") {
      prerelease = rest[rest.index(after: dash)...]
      rest = rest[..<dash]
    }
    let core = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard core.count == 3, core.allSatisfy(isNumericIdentifier) else { return false }
    if let prerelease {
      let identifiers = prerelease.split(separator: ".", omittingEmptySubsequences: false)
      guard identifiers.allSatisfy({ isIdentifier($0) && (!isDigits($0) || isNumericIdentifier($0)) }) else {
        return false
      }
    }
    if let build {
      guard build.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isIdentifier) else {
        return false
      }
    }
    return true
  }

  private static func isDigits(_ s: Substring) -> Bool {
    !s.isEmpty && s.utf8.allSatisfy { (0x30...0x39).contains($0) }
  }

  private static func isNumericIdentifier(_ s: Substring) -> Bool {
    isDigits(s) && (s == "0" || s.first != "0") && s.count <= 16
  }

  private static func isIdentifier(_ s: Substring) -> Bool {
    !s.isEmpty
      && s.utf8.allSatisfy {
        (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D
      }
  }
}

/// An ownership rule's subject: one package (`left-pad`), a scope (`@acme/*`), or everything (`*`).
public enum Namespace {
  public static func isValid(_ namespace: String) -> Bool {
    if namespace == "*" { return true }
    if namespace.hasSuffix("/*") {
      let scope = namespace.dropLast(2)
      return scope.hasPrefix("@") && PackageName.isValid(scope + "/x")
    }
    return PackageName.isValid(namespace)
  }

  /// The namespaces that cover `name`, most specific first: the name, its scope, then `*`.
  public static func candidates(for name: String) -> [String] {
    var out = [name]
    if let scope = PackageName.scope(of: name) { out.append(scope + "/*") }
    out.append("*")
    return out
  }
}

/// The `name` and `version` of a package.json, checked against npm's rules.
public struct PackageManifest: Sendable, Equatable {
  public var name: String
  public var version: String

  public init(name: String, version: String) {
    self.name = name
    self.version = version
  }

  public static func parse(_ bytes: [UInt8]) throws(CanonicalJSON.Failure) -> (
    manifest: PackageManifest, json: JSONValue
  ) {
    let json: JSONValue
    do {
      json = try JSONValue.parse(Data(bytes))
    } catch {
      throw CanonicalJSON.Failure(
        reason: "package.json is not valid JSON (\(error.reason) at byte \(error.offset))")
    }
    guard let name = json["name"]?.stringValue else {
      throw CanonicalJSON.Failure(reason: "package.json has no \"name\" string")
    }
    guard PackageName.isValid(name) else {
      throw CanonicalJSON.Failure(
        reason: "package.json name \(Display.quoted(name)) is not a valid npm package name")
    }
    guard let version = json["version"]?.stringValue else {
      throw CanonicalJSON.Failure(reason: "package.json has no \"version\" string")
    }
    guard PackageVersion.isValid(version) else {
      throw CanonicalJSON.Failure(
        reason: "package.json version \(Display.quoted(version)) is not a semantic version")
    }
    return (PackageManifest(name: name, version: version), json)
  }
}
