import Foundation

/// Node's pure builtin modules (events, util, path, buffer, url, ...), written in JavaScript and
/// shipped with cruftc in `NodeLibrary/`. A builtin with a file there is not a capability: the file
/// joins the module graph as a module of the toolchain's own package and is compiled into the bundle
/// like any other CommonJS module, under the same confinement (no handles but `cruft/native`).
///
/// Builtins that carry authority (fs, net, process, ...) have no file here: they stay builtin edges,
/// which CapLowering turns into handles the VM builds.
public enum NodeLibrary {
  /// The lockfile-independent key of the toolchain's package. The library is part of the compiler,
  /// not of the application's dependencies, so cruft.lock does not pin it; the bundle's manifest
  /// records its files' digests like every other module's.
  public static let packageKey = "toolchain:node"

  /// The one builtin only library modules may import: the VM's natives (inspect, format, types).
  public static let nativeBuiltin = "cruft/native"

  /// The library's directory, inside the GraphCheck resource bundle next to cruftc.
  public static let directory: String = {
    let url = Bundle.module.resourceURL ?? Bundle.module.bundleURL
    let path = url.appendingPathComponent("NodeLibrary").path
    return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }()

  /// Builtin names (`events`, `assert/strict`) that have a library file, without `internal/`.
  public static let moduleNames: Set<String> = {
    var names = Set<String>()
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return names }
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".js"), !relative.hasPrefix("internal/") else { continue }
      names.insert(String(relative.dropLast(3)))
    }
    return names
  }()

  /// Node's globals that the library implements, by the builtin that exports them under the same
  /// name. A module that reads one as a free name gets an implicit edge to that builtin.
  public static let globals: [String: String] = [
    "Buffer": "buffer", "atob": "buffer", "btoa": "buffer", "URL": "url", "URLSearchParams": "url",
  ]

  /// Capability builtins whose handles return bytes, which node gives as Buffers.
  public static let bytesReturningBuiltins: Set<String> = ["fs", "fs/promises", "crypto"]

  /// The specifier of the implicit edge for a library global (`Buffer` -> `node:buffer`), when the
  /// library implements it.
  public static func implicitSpecifier(forGlobal name: String) -> String? {
    guard let builtin = globals[name], moduleNames.contains(builtin) else { return nil }
    return "node:" + builtin
  }

  /// The library file that implements a builtin, or nil when the builtin is a capability handle.
  public static func file(forBuiltin name: String) -> String? {
    moduleNames.contains(name) ? directory + "/" + name + ".js" : nil
  }

  /// The builtin a library module implements (`events.js` -> `events`), or nil for internal files.
  public static func builtinName(ofRelativePath path: String) -> String? {
    guard path.hasSuffix(".js"), !path.hasPrefix("internal/") else { return nil }
    return String(path.dropLast(3))
  }
}
