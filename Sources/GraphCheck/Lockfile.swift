import Diagnostics
import Foundation
import Provenance

/// cruft.lock: every package of the closure with its version, its files' SHA-512 digests, its
/// edges in the package graph and the Node builtins it uses. Written as canonical JSON (sorted
/// keys, two-space indentation, one entry per line) so that its diff is the audit record, and its
/// own digest is what bundles are stamped with. docs/lockfile.md describes the format.
public struct Lockfile: Equatable, Sendable {
  public static let formatVersion = 1

  public struct Package: Equatable, Sendable {
    public var key: String
    public var name: String
    public var version: String
    /// SHA-512 over the package's locked files: the lines "path\tsri\n" sorted by path.
    public var integrity: String
    /// Module path relative to the package root -> SRI digest of its bytes.
    public var files: [String: String]
    /// Keys of the packages this package imports.
    public var dependencies: [String]
    /// Node builtins this package imports (capability or pure, decided by CapLowering).
    public var builtins: [String]
    /// Claims, grants and the uses that justify them, recorded by CapLowering (nil until then).
    public var capabilities: JSONValue? = nil
    /// The registry, publisher and tarball integrity of a package fetched from a registry.
    public var provenance: JSONValue? = nil
  }

  /// Entry modules as "packageKey:path".
  public var entries: [String]
  public var packages: [String: Package]

  public init(entries: [String], packages: [String: Package]) {
    self.entries = entries
    self.packages = packages
  }

  /// The lockfile that describes a graph.
  public init(graph: ModuleGraph) {
    var packages: [String: Package] = [:]
    for (index, package) in graph.packages.enumerated() where !package.isToolchain {
      var files: [String: String] = [:]
      for module in package.modules {
        files[graph.modules[module].relativePath] = graph.modules[module].digest.integrity
      }
      packages[package.key] = Package(
        key: package.key, name: package.name, version: package.version,
        integrity: Lockfile.integrity(of: files), files: files, dependencies: graph.dependencies(of: index),
        builtins: graph.builtins(of: index))
    }
    let entries = graph.entries.map { module in
      graph.packages[graph.modules[module].package].key + ":" + graph.modules[module].relativePath
    }
    self.init(entries: entries, packages: packages)
  }

  public static func integrity(of files: [String: String]) -> String {
    let listing = files.keys.sorted().map { "\($0)\t\(files[$0]!)\n" }.joined()
    return SHA512Digest(of: Array(listing.utf8)).integrity
  }

  // MARK: Canonical form

  public func serialized() -> String {
    let packageValues: [(String, JSONValue)] = packages.keys.sorted().map { key in
      let p = packages[key]!
      return (
        key,
        .record(
          [("builtins", .array(p.builtins.map { .string($0) }))]
            + (p.capabilities.map { [("capabilities", $0)] } ?? []) + [
              ("dependencies", .array(p.dependencies.map { .string($0) })),
              ("files", .record(p.files.keys.sorted().map { ($0, .string(p.files[$0]!)) })),
              ("integrity", .string(p.integrity)),
              ("name", .string(p.name)),
            ] + (p.provenance.map { [("provenance", $0)] } ?? []) + [
              ("version", .string(p.version))
            ])
      )
    }
    let document: JSONValue = .record([
      ("entries", .array(entries.map { .string($0) })),
      ("lockfileVersion", .int(Lockfile.formatVersion)),
      ("packages", .record(packageValues)),
    ])
    return document.serialized() + "\n"
  }

  /// The digest bundles are stamped with: SHA-512 of the canonical bytes.
  public var digest: SHA512Digest { SHA512Digest(of: Array(serialized().utf8)) }

  public static func parse(_ data: Data) throws(LockfileError) -> Lockfile {
    guard let root = try? JSONValue.parse(data), root.members != nil else {
      throw LockfileError("cruft.lock is not a JSON object")
    }
    guard case .number(let version)? = root["lockfileVersion"] else {
      throw LockfileError("cruft.lock has no lockfileVersion")
    }
    guard version == Double(formatVersion) else {
      throw LockfileError(
        "cruft.lock has lockfileVersion \(JSONValue.format(version)); this cruftc reads version \(formatVersion)"
      )
    }
    guard let entries = root["entries"]?.arrayValue?.compactMap(\.stringValue),
      let packageMembers = root["packages"]?.members
    else {
      throw LockfileError("cruft.lock needs \"entries\" (a list) and \"packages\" (an object)")
    }
    var packages: [String: Package] = [:]
    for member in packageMembers {
      let object = member.value
      func strings(_ key: String) -> [String]? {
        guard let items = object[key]?.arrayValue else { return nil }
        let values = items.compactMap(\.stringValue)
        return values.count == items.count ? values : nil
      }
      var files: [String: String] = [:]
      for file in object["files"]?.members ?? [] {
        guard let digest = file.value.stringValue else {
          throw LockfileError("cruft.lock: '\(member.key)' has a non-string digest")
        }
        files[file.key] = digest
      }
      guard let name = object["name"]?.stringValue, let version = object["version"]?.stringValue,
        let integrity = object["integrity"]?.stringValue, object["files"]?.members != nil,
        let dependencies = strings("dependencies"), let builtins = strings("builtins")
      else {
        throw LockfileError("cruft.lock: package '\(member.key)' lacks a field or has one of the wrong type")
      }
      packages[member.key] = Package(
        key: member.key, name: name, version: version, integrity: integrity, files: files,
        dependencies: dependencies,
        builtins: builtins, capabilities: object["capabilities"], provenance: object["provenance"])
    }
    return Lockfile(entries: entries, packages: packages)
  }
}

public struct LockfileError: Error, Sendable, CustomStringConvertible {
  public var message: String
  init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// What changed between two lockfiles, for `cruftc lock` to print and a reviewer to read.
public struct LockfileChanges: Sendable {
  public var added: [Lockfile.Package] = []
  public var removed: [Lockfile.Package] = []
  public var versionChanges: [(key: String, from: String, to: String)] = []
  /// Files whose digest changed, were added or were removed: "packageKey:path".
  public var changedFiles: [String] = []
  public var addedFiles: [String] = []
  public var removedFiles: [String] = []
  public var dependencyChanges: [String] = []
  public var builtinChanges: [(key: String, added: [String], removed: [String])] = []

  public var isEmpty: Bool {
    added.isEmpty && removed.isEmpty && versionChanges.isEmpty && changedFiles.isEmpty && addedFiles.isEmpty
      && removedFiles.isEmpty && dependencyChanges.isEmpty && builtinChanges.isEmpty
  }

  public init(from old: Lockfile?, to new: Lockfile) {
    let oldPackages = old?.packages ?? [:]
    for key in new.packages.keys.sorted() {
      let package = new.packages[key]!
      guard let previous = oldPackages[key] else {
        added.append(package)
        continue
      }
      if previous.version != package.version {
        versionChanges.append((key, previous.version, package.version))
      }
      for path in package.files.keys.sorted() {
        if let digest = previous.files[path] {
          if digest != package.files[path] { changedFiles.append("\(key):\(path)") }
        } else {
          addedFiles.append("\(key):\(path)")
        }
      }
      for path in previous.files.keys.sorted() where package.files[path] == nil {
        removedFiles.append("\(key):\(path)")
      }
      if previous.dependencies != package.dependencies { dependencyChanges.append(key) }
      let newBuiltins = Set(package.builtins)
      let oldBuiltins = Set(previous.builtins)
      if newBuiltins != oldBuiltins {
        builtinChanges.append(
          (key, newBuiltins.subtracting(oldBuiltins).sorted(), oldBuiltins.subtracting(newBuiltins).sorted()))
      }
    }
    for key in oldPackages.keys.sorted() where new.packages[key] == nil {
      removed.append(oldPackages[key]!)
    }
  }

  /// One line per change, as `cruftc lock` prints it.
  public var summary: [String] {
    var lines: [String] = []
    for p in added { lines.append("+ \(p.key) \(p.name)@\(p.version) (\(p.files.count) files)") }
    for p in removed { lines.append("- \(p.key) \(p.name)@\(p.version)") }
    for change in versionChanges { lines.append("~ \(change.key) version \(change.from) -> \(change.to)") }
    for file in changedFiles { lines.append("~ \(file) digest changed") }
    for file in addedFiles { lines.append("+ \(file)") }
    for file in removedFiles { lines.append("- \(file)") }
    for key in dependencyChanges { lines.append("~ \(key) dependencies changed") }
    for change in builtinChanges {
      let parts = change.added.map { "+\($0)" } + change.removed.map { "-\($0)" }
      lines.append("~ \(change.key) builtins \(parts.joined(separator: " "))")
    }
    return lines
  }
}
