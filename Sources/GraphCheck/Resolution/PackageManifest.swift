import Diagnostics
import Foundation

/// The fields of a package.json that module resolution reads, plus the whole document for the stages
/// after it (the `"caps"` claims, dependencies, and so on).
///
/// Fields have the types Node accepts: a `"main"` that is not a string counts as absent, as does an
/// `"exports": null`.
public struct PackageManifest: Sendable, Equatable {
  /// The absolute directory that holds the package.json (canonical when it was found from a canonical
  /// path, as everything `ModuleResolver` returns is).
  public var directory: String
  public var name: String?
  public var version: String?
  public var main: String?
  /// The `"type"` field as written; see `moduleType` for what Node makes of it.
  public var type: String?
  /// `"exports"`, with condition objects in source order; nil when absent or null.
  public var exports: JSONValue?
  /// `"imports"`, with condition objects in source order; nil when absent or null.
  public var imports: JSONValue?
  /// The whole parsed document (normally an object), with keys in source order.
  public var raw: JSONValue

  /// The path of the package.json file itself.
  public var manifestPath: String { directory == "/" ? "/package.json" : directory + "/package.json" }

  /// The format of this package's `.js` and extensionless files: `"type": "module"` makes them ES
  /// modules; anything else (including unknown values, for forward compatibility) means CommonJS.
  public var moduleType: ModuleFormat { type == "module" ? .module : .commonjs }

  /// The `"caps"` claims the package declares, if any (see DESIGN.md, capability model).
  public var caps: JSONValue? { raw["caps"] }

  /// Any top-level field, for the stages that read more than resolution does.
  public subscript(field: String) -> JSONValue? { raw[field] }

  public init(directory: String, raw: JSONValue) {
    self.directory = directory
    self.raw = raw
    name = raw["name"]?.stringValue
    version = raw["version"]?.stringValue
    main = raw["main"]?.stringValue
    type = raw["type"]?.stringValue
    exports = raw["exports"].flatMap { $0.isNull ? nil : $0 }
    imports = raw["imports"].flatMap { $0.isNull ? nil : $0 }
  }

  /// Parses the bytes of `directory/package.json`.
  public init(parsing data: Data, directory: String) throws(JSONParseError) {
    self.init(directory: directory, raw: try JSONValue.parse(data))
  }
}

/// Package manifests read so far, per directory, including the knowledge that a directory has none.
///
/// Resolution asks for the same package.json many times (every file of a package looks up its package
/// scope), so the cache is shared by copies of a resolver and guarded by a lock.
final class ManifestCache: @unchecked Sendable {
  enum Entry {
    case missing
    case manifest(PackageManifest)
    case invalid(JSONParseError)
  }

  private let lock = NSLock()
  private var entries: [String: Entry] = [:]

  func entry(for directory: String, load: () -> Entry) -> Entry {
    lock.lock()
    if let entry = entries[directory] {
      lock.unlock()
      return entry
    }
    lock.unlock()
    // Reading happens outside the lock; two threads may both read a file, and the results are equal.
    let entry = load()
    lock.lock()
    entries[directory] = entry
    lock.unlock()
    return entry
  }
}
