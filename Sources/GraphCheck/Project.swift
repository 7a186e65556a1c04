import Diagnostics
import Foundation

/// An application to compile: its directory, its entry modules, and where its packages live,
/// read from the project's cruft.json (every key optional).
///
/// ```json
/// { "entry": ["src/main.mjs"], "layout": "node_modules" }
/// { "entry": "index.js", "layout": { "store": "/usr/share/nodejs" } }
/// ```
public struct Project: Sendable {
  /// The project directory, absolute and canonical.
  public var directory: String
  /// Entry modules, absolute paths.
  public var entries: [String]
  public var layout: PackageLayout
  /// Capability claims the application declares for packages that declare none ("claims"), and
  /// the grants it gives each package ("grants"), by package name, in the manifest form.
  public var claims: [String: JSONValue] = [:]
  public var grants: [String: JSONValue] = [:]
  /// Registries, namespace pins and the dependencies fetched from them.
  public var registries = RegistryConfiguration()

  public static let configurationName = "cruft.json"
  public static let lockfileName = "cruft.lock"

  public var lockfilePath: String { directory + "/" + Project.lockfileName }

  /// The keys cruft.json may have; an unknown key is an error, so a typo is never silently ignored.
  static let knownKeys: Set<String> = Set(["entry", "layout", "claims", "grants"]).union(
    RegistryConfiguration.keys)

  public init(directory: String, entries: [String], layout: PackageLayout) {
    self.directory = directory
    self.entries = entries
    self.layout = layout
  }

  /// Reads `directory/cruft.json`; without one, the entry is package.json's "main" (or index.js)
  /// and packages are in node_modules.
  public static func load(directory: String) throws(ProjectError) -> Project {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw ProjectError("no project directory '\(directory)'")
    }
    let root = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
    let configurationPath = root + "/" + configurationName
    var configuration: [String: Any] = [:]
    if let data = fileManager.contents(atPath: configurationPath) {
      guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
        throw ProjectError("\(configurationName) is not a JSON object")
      }
      configuration = object
      if let unknown = configuration.keys.sorted().first(where: { !knownKeys.contains($0) }) {
        throw ProjectError(
          "\(configurationName): unknown key '\(unknown)' (known keys: \(knownKeys.sorted().joined(separator: ", ")))"
        )
      }
    }

    var entries: [String]
    switch configuration["entry"] {
    case let single as String: entries = [single]
    case let list as [String] where !list.isEmpty: entries = list
    case nil: entries = [defaultEntry(root)]
    default: throw ProjectError("\(configurationName): \"entry\" must be a path or a non-empty list of paths")
    }
    entries = entries.map { $0.hasPrefix("/") ? $0 : root + "/" + $0 }
    for entry in entries where !fileManager.fileExists(atPath: entry) {
      throw ProjectError("entry module '\(entry)' does not exist")
    }

    let layout: PackageLayout
    switch configuration["layout"] {
    case nil, "node_modules" as String:
      layout = .nodeModules
    case let object as [String: Any]:
      guard object.count == 1, let store = object["store"] as? String else {
        throw ProjectError("\(configurationName): \"layout\" must be \"node_modules\" or { \"store\": PATH }")
      }
      let path = store.hasPrefix("/") ? store : root + "/" + store
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        throw ProjectError("package store '\(path)' is not a directory")
      }
      layout = .store(root: URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path)
    default:
      throw ProjectError("\(configurationName): \"layout\" must be \"node_modules\" or { \"store\": PATH }")
    }
    var project = Project(directory: root, entries: entries, layout: layout)
    if let data = fileManager.contents(atPath: configurationPath), let ordered = try? JSONValue.parse(data) {
      for key in ["claims", "grants"] {
        guard let value = ordered[key] else { continue }
        guard let members = value.members else {
          throw ProjectError("\(configurationName): \"\(key)\" must map package names to capability objects")
        }
        var table: [String: JSONValue] = [:]
        for member in members { table[member.key] = member.value }
        if key == "claims" { project.claims = table } else { project.grants = table }
      }
      project.registries = try RegistryConfiguration(parsing: ordered, projectDirectory: root)
    }
    return project
  }

  private static func defaultEntry(_ root: String) -> String {
    if let data = FileManager.default.contents(atPath: root + "/package.json"),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let main = object["main"] as? String
    {
      return main
    }
    return "index.js"
  }
}

/// A project that cannot be loaded: reported as a usage error (exit status 2), not a diagnostic.
public struct ProjectError: Error, Sendable, CustomStringConvertible {
  public var message: String
  init(_ message: String) { self.message = message }
  public var description: String { message }
}
