import Diagnostics
import Foundation
import Seal

/// What the person running a bundle allows (`cruftvm run --allow`, `--grants FILE`). Every package
/// receives at most this, whatever the bundle's manifest says it was granted at build time.
public struct RunGrants: Sendable, Equatable {
  public var stdio = true
  public var clock = false
  public var random = false
  /// Environment variable names; "*" allows every name a package was granted.
  public var env: Set<String> = []
  /// Path prefixes readable and writable in this run, relative to the application root (or
  /// absolute); "*" allows every prefix a package was granted.
  public var fsRead: [String] = []
  public var fsWrite: [String] = []
  /// `host:port` (or `host:*`) pairs; "*" allows every host a package was granted.
  public var net: Set<String> = []

  public init() {}

  /// Parses one `--allow` value: `stdio`, `clock`, `random`, `env`, `env:NAME,NAME`, `fs`,
  /// `fs:PATH`, `fs-read:PATH`, `fs-write:PATH` (`=` may stand for `:`), `net`, `net:HOST:PORT`.
  public mutating func allow(_ text: String) throws(RunError) {
    if text == "net" || text.hasPrefix("net:") { return try allowNet(text) }
    let separator = text.firstIndex { $0 == ":" || $0 == "=" }
    let kind = separator.map { String(text[..<$0]) } ?? text
    let value = separator.map { String(text[text.index(after: $0)...]) }
    func paths() throws(RunError) -> [String] {
      guard let value else { return ["*"] }
      guard !value.isEmpty, !value.contains("\0") else {
        throw RunError(
          message: "--allow \(text): the path is empty", help: "write --allow \(kind):./DIR",
          status: RunError.usageStatus)
      }
      return [value]
    }
    switch kind {
    case "stdio" where value == nil: stdio = true
    case "clock" where value == nil: clock = true
    case "random" where value == nil: random = true
    case "env":
      if let value {
        for name in value.split(separator: ",") { env.insert(String(name)) }
      } else {
        env.insert("*")
      }
    case "fs":
      let granted = try paths()
      fsRead += granted
      fsWrite += granted
    case "fs-read": fsRead += try paths()
    case "fs-write": fsWrite += try paths()
    default:
      throw RunError(
        message: "--allow \(text): not a capability cruftvm grants",
        help:
          "use stdio, clock, random, env, env:NAME,NAME, fs, fs:PATH, fs-read:PATH, fs-write:PATH, net or net:HOST:PORT",
        status: RunError.usageStatus)
    }
  }

  /// Adds a grant file's allowances: the form of cruft.json's "grants",
  /// `{"fs": {"read": ["./data"]}, "env": ["HOME"], "clock": true}`.
  public mutating func allow(grantFile data: Data, named path: String) throws(RunError) {
    func failure(_ problem: String) -> RunError {
      RunError(
        message: "--grants \(path): \(problem)",
        help:
          "the file holds cruft.json's grants form: {\"fs\": {\"read\": [\"./data\"]}, \"env\": [\"HOME\"], \"clock\": true}",
        status: RunError.usageStatus)
    }
    let json: JSONValue
    do {
      json = try JSONValue.parse(data)
    } catch {
      throw failure("not valid JSON (\(error))")
    }
    guard let members = json.members else { throw failure("must be an object") }
    func strings(_ value: JSONValue, _ key: String) throws(RunError) -> [String] {
      guard let items = value.arrayValue else { throw failure("\"\(key)\" must be a list of strings") }
      var out: [String] = []
      for item in items {
        guard let text = item.stringValue, !text.isEmpty, !text.contains("\0") else {
          throw failure("\"\(key)\" must be a list of non-empty strings")
        }
        out.append(text)
      }
      return out
    }
    func flag(_ value: JSONValue, _ key: String) throws(RunError) -> Bool {
      if case .bool(let on) = value { return on }
      if let items = value.arrayValue { return !items.isEmpty }
      throw failure("\"\(key)\" must be true or false")
    }
    for member in members {
      switch member.key {
      case "fs":
        if member.value.arrayValue != nil {
          let paths = try strings(member.value, "fs")
          fsRead += paths
          fsWrite += paths
        } else if let access = member.value.members {
          for entry in access {
            switch entry.key {
            case "read": fsRead += try strings(entry.value, "fs.read")
            case "write": fsWrite += try strings(entry.value, "fs.write")
            default: throw failure("\"fs\" takes \"read\" and \"write\", not \"\(entry.key)\"")
            }
          }
        } else {
          throw failure("\"fs\" must be a list of paths or { \"read\": [...], \"write\": [...] }")
        }
      case "env": env.formUnion(try strings(member.value, "env"))
      case "clock": clock = try flag(member.value, "clock") || clock
      case "random": random = try flag(member.value, "random") || random
      case "stdio": stdio = try flag(member.value, "stdio")
      case "net":
        for entry in try strings(member.value, "net") { try allowNet(entry: entry, from: "--grants \(path)") }
      default: throw failure("\"\(member.key)\" is not a capability kind (fs, env, clock, random, stdio)")
      }
    }
  }
}

/// A run that could not start: a usage problem or a bundle the VM cannot link.
public struct RunError: Error, Sendable {
  public var message: String
  public var help: String?
  public var status: Int32

  public init(message: String, help: String?, status: Int32) {
    self.message = message
    self.help = help
    self.status = status
  }

  public static let usageStatus: Int32 = 2
  public static let linkStatus: Int32 = 70
}

/// What a package holds: the manifest's `receives`, intersected with the run's grants.
struct HeldCapabilities {
  var stdio = false
  var clock = false
  var random = false
  var env: Set<String> = []
  var allEnv = false
  /// The package's file access; both the manifest's prefixes and the run's must cover a path.
  var fsRead: PathGrant
  var fsWrite: PathGrant
  /// The application itself (lockfile key "."), which alone may end the run with process.exit.
  var isApplication: Bool

  init(package: BundlePackage, grants: RunGrants, root: String) {
    let receives = package.receives
    func flag(_ name: String) -> Bool {
      if case .bool(true)? = receives[name] { return true }
      if case .array(let items)? = receives[name] { return !items.isEmpty }
      return false
    }
    stdio = flag("stdio") && grants.stdio
    clock = flag("clock") && grants.clock
    random = flag("random") && grants.random
    if case .array(let items)? = receives["env"] {
      for case .string(let name) in items {
        if name == "*" {
          // The manifest grants any name (the application's own "*"): the run's names decide.
          if grants.env.contains("*") { allEnv = true } else { env.formUnion(grants.env) }
        } else if grants.env.contains("*") || grants.env.contains(name) {
          env.insert(name)
        }
      }
    }
    var readPrefixes: [String] = []
    var writePrefixes: [String] = []
    switch receives["fs"] {
    case .array(let items)?:
      readPrefixes = items.compactMap(\.stringValue)
      writePrefixes = readPrefixes
    case .object?:
      readPrefixes = receives["fs"]?["read"]?.arrayValue?.compactMap(\.stringValue) ?? []
      writePrefixes = receives["fs"]?["write"]?.arrayValue?.compactMap(\.stringValue) ?? []
    default: break
    }
    fsRead = PathGrant(packagePrefixes: readPrefixes, runPrefixes: grants.fsRead, root: root)
    fsWrite = PathGrant(packagePrefixes: writePrefixes, runPrefixes: grants.fsWrite, root: root)
    isApplication = package.key == "."
  }

  var fs: Bool { fsRead.isGranted || fsWrite.isGranted }
}

/// Run-wide inputs the handles read, and state they share across packages.
final class RunContext {
  let arguments: [String]
  let environment: [String: String]
  /// Seconds since the epoch (the wall clock).
  let clock: () -> Double
  /// The application root: relative guest paths are resolved against it, process.cwd() returns it.
  /// Absolute, canonical (no symbolic links).
  let root: String
  /// A process warning was printed (node adds a hint to the first).
  var warned = false
  /// process.exitCode, as the application last set it.
  var exitCode: Int32?
  /// Each package's handles, built once: `require('fs')` in two modules of a package gives one object.
  var handles: [String: Value] = [:]

  init(
    arguments: [String], environment: [String: String], clock: @escaping () -> Double,
    root: String = FileManager.default.currentDirectoryPath
  ) {
    self.arguments = arguments
    self.environment = environment
    self.clock = clock
    self.root = (try? PathCanonicalizer.canonicalize(root, relativeTo: "/").path) ?? root
  }
}
