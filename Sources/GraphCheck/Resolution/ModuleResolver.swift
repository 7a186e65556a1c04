import Diagnostics
import Foundation

/// How packages are laid out on disk.
public enum PackageLayout: Sendable, Equatable {
  /// An application directory: bare specifiers are looked up in `node_modules` folders from the
  /// importing file's directory upwards (nested `node_modules` and hoisting, as Node does).
  case nodeModules
  /// A package store laid out like Debian's /usr/share/nodejs (one directory per package name, scoped
  /// names as @scope/name): bare specifiers are looked up in `node_modules` folders upwards first, then
  /// in the store root, as Node does with NODE_PATH=root (for both require and import in cruft).
  ///
  /// Node's own ES module resolver ignores NODE_PATH; cruft searches the store for `import` too, so
  /// that an ES module in the store can import its dependencies, which Debian installs beside it.
  case store(root: String)
}

/// Which of Node's two resolution algorithms a specifier goes through.
public enum ResolutionMode: Sendable {
  /// `require(...)`: CommonJS, with extension and directory-index probing and the conditions
  /// `require`, `node`, `default`.
  case require
  /// `import`, `export ... from`: the ES module algorithm, with exact file names only and the
  /// conditions `import`, `node`, `default`.
  case `import`
}

/// What a specifier resolved to, and what the resolver knows about it.
public struct ResolvedModule: Sendable, Equatable {
  public enum Target: Sendable, Equatable {
    /// A file, as a canonical absolute path (symlinks resolved, as Node's realpath does).
    case file(String)
    /// A Node builtin module, named without the `node:` prefix ("fs", "fs/promises", "path").
    case builtin(String)
  }
  public var target: Target
  /// The root directory of the package that contains the resolved file (the directory holding its
  /// package.json), and that package's name and version, when there is one.
  ///
  /// This is the nearest package.json upwards that has a `"name"` (or the nearest one when none has),
  /// so that a `dist/esm/package.json` holding only `{"type": "module"}` does not split a package in
  /// two; see `ModuleResolver.package(containing:)`.
  public var packageRoot: String?
  public var packageName: String?
  public var packageVersion: String?
  /// The module format Node would use for the file: .mjs -> module, .cjs -> commonjs, .json -> json,
  /// .js (and extensionless) -> the nearest package.json "type" ("module" or default commonjs).
  public var format: ModuleFormat

  public init(
    target: Target, packageRoot: String? = nil, packageName: String? = nil, packageVersion: String? = nil,
    format: ModuleFormat
  ) {
    self.target = target
    self.packageRoot = packageRoot
    self.packageName = packageName
    self.packageVersion = packageVersion
    self.format = format
  }

  /// The resolved file's path, or nil for a builtin.
  public var path: String? {
    if case .file(let path) = target { return path }
    return nil
  }
}

/// How Node would load a module.
public enum ModuleFormat: String, Sendable { case module, commonjs, json, builtin }

/// Why a specifier did not resolve.
public struct ResolutionError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    /// Nothing at that path, no such package, or a native addon (`.node`), which cruft cannot load.
    case notFound
    /// The package's "exports" does not expose that subpath (ERR_PACKAGE_PATH_NOT_EXPORTED).
    case packagePathNotExported
    /// "#x" not in the package's "imports" (ERR_PACKAGE_IMPORT_NOT_DEFINED).
    case importNotDefined
    /// Malformed: empty, "#" alone, an invalid package name, a URL other than `file:`, a subpath with
    /// `..` or `node_modules` segments matched by an exports pattern.
    case invalidSpecifier
    /// An exports/imports target that is invalid (not starting with "./", escaping the package, with
    /// `..` or `node_modules` segments), and also an invalid package.json: unparsable JSON, or
    /// "exports" mixing "./" keys with condition names (ERR_INVALID_PACKAGE_CONFIG).
    case invalidPackageTarget
    /// "node:xyz" where xyz is not a builtin.
    case unsupportedBuiltin
  }
  public var kind: Kind
  /// One sentence naming the specifier and what was looked for.
  public var message: String

  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  public var description: String { message }
}

/// Node 20's module resolution, for `require` (modules.md, "All together") and for `import`
/// (esm.md, "Resolution Algorithm Specification"), over a `node_modules` tree or a package store.
///
/// Every check in ModuleResolverTests states Node's answer, and the tests compare the resolver with
/// Node itself on Debian's /usr/share/nodejs. Differences from Node, all deliberate:
/// - the `node-addons` condition never matches, and a specifier that Node would resolve to a `.node`
///   native addon fails with `.notFound`, because cruft cannot load native code;
/// - only the `node_modules` folders (and the store root) are searched, never NODE_PATH,
///   `$HOME/.node_modules` or `$PREFIX/lib/node`: the closure is what the layout holds;
/// - with `.store`, `import` searches the store root too (Node's ES resolver ignores NODE_PATH);
/// - `import` never looks in a `node_modules/node_modules` folder (Node's ES resolver would);
/// - the empty specifier is `.invalidSpecifier` in both modes;
/// - `require('#x')` in a package without "imports" fails with `.importNotDefined` rather than being
///   looked up as a package named "#x";
/// - an "imports" target naming a builtin (`"#p": "path"`) resolves to the builtin for `require` too
///   (Node 20 throws ERR_INVALID_URL_SCHEME there);
/// - `require` of a URL-like specifier (`file:`, `https:`) is `.invalidSpecifier`, not a package lookup.
///
/// The resolver caches each package.json it reads (shared by copies, safe across threads), so it
/// assumes the tree does not change while it is in use; make a new resolver after changing it.
public struct ModuleResolver: Sendable {
  public let layout: PackageLayout
  public let fileSystem: FileSystem
  let manifests = ManifestCache()

  public init(layout: PackageLayout, fileSystem: FileSystem = .local) {
    self.layout = layout
    self.fileSystem = fileSystem
  }

  /// Resolves `specifier` as written in the file at `referrer` (an absolute path).
  public func resolve(
    _ specifier: String, from referrer: String, mode: ResolutionMode
  ) -> Result<ResolvedModule, ResolutionError> {
    let referrer = canonicalReferrer(referrer)
    do throws(ResolutionFailure) {
      switch try locate(specifier, from: referrer, mode: mode) {
      case .builtin(let name):
        return .success(ResolvedModule(target: .builtin(name), format: .builtin))
      case .file(let path):
        if PosixPath.extensionName(path) == ".node" {
          throw ResolutionFailure(
            .moduleNotFound,
            "'\(specifier)' from \(referrer) resolves to the native addon \(path), which cruft cannot load")
        }
        return .success(describe(path))
      }
    } catch {
      var failure = error.publicError
      // Errors about a package.json as a whole are found without the specifier at hand.
      if !failure.message.contains("'\(specifier)'") {
        failure.message = "'\(specifier)' from \(referrer): " + failure.message
      }
      return .failure(failure)
    }
  }

  /// The package that contains an absolute path: the nearest package.json upwards that has a
  /// `"name"`, or the nearest package.json when none has one, never looking above a `node_modules`
  /// folder (as Node's package scope lookup stops there). Nil when there is none or it cannot be read.
  public func package(containing path: String) -> PackageManifest? {
    var nearest: PackageManifest?
    for directory in scopeDirectories(of: path) {
      guard let manifest = try? manifest(in: directory) else { continue }
      if manifest.name != nil { return manifest }
      if nearest == nil { nearest = manifest }
    }
    return nearest
  }

  /// Node's package scope of a path: the nearest package.json upwards, named or not (it decides the
  /// format of `.js` files and which "imports" a `#` specifier sees). Nil when there is none.
  public func packageScope(containing path: String) -> PackageManifest? {
    try? packageScope(of: path)
  }

  /// The format Node would load a file in, from its extension and its package scope's "type".
  public func format(ofFile path: String) -> ModuleFormat {
    switch PosixPath.extensionName(path) {
    case ".mjs": return .module
    case ".cjs": return .commonjs
    case ".json": return .json
    case ".js", "": return packageScope(containing: path)?.moduleType ?? .commonjs
    // `require` loads files with any other extension as CommonJS.
    default: return .commonjs
    }
  }

  // MARK: - Shared steps

  /// A resolved file or builtin, before its package and format are looked up.
  enum Located: Equatable {
    case file(String)
    case builtin(String)
  }

  private func describe(_ path: String) -> ResolvedModule {
    let owner = package(containing: path)
    return ResolvedModule(
      target: .file(path), packageRoot: owner?.directory, packageName: owner?.name,
      packageVersion: owner?.version, format: format(ofFile: path))
  }

  /// Node keys modules by their realpath, so a referrer is looked at from where it really lies; a
  /// referrer that does not exist (an entry point being created) is taken from its real directory.
  private func canonicalReferrer(_ referrer: String) -> String {
    let absolute =
      referrer.hasPrefix("/")
      ? PosixPath.normalize(referrer)
      : PosixPath.resolve(FileManager.default.currentDirectoryPath, referrer)
    if let real = fileSystem.realpath(absolute) { return real }
    if let directory = fileSystem.realpath(PosixPath.dirname(absolute)) {
      return PosixPath.resolve(directory, PosixPath.basename(absolute))
    }
    return absolute
  }

  private func locate(
    _ specifier: String, from referrer: String, mode: ResolutionMode
  ) throws(ResolutionFailure) -> Located {
    guard !specifier.isEmpty else {
      throw ResolutionFailure(
        .invalidModuleSpecifier, "The empty specifier '' in \(referrer) names no module")
    }
    if let prefixed = NodeBuiltins.prefixed(specifier) {
      guard let name = prefixed else {
        throw ResolutionFailure(
          .unknownBuiltin,
          "'\(specifier)' in \(referrer) is not a Node builtin module (no such module in Node 20)")
      }
      return .builtin(name)
    }
    if let name = NodeBuiltins.unprefixed(specifier) { return .builtin(name) }
    switch mode {
    case .require: return try locateForRequire(specifier, from: referrer)
    case .import: return try locateForImport(specifier, from: referrer)
    }
  }

  /// The `node_modules` folders searched for a bare specifier written in `referrer`, then the store.
  func packageFolders(for referrer: String) -> [String] {
    var folders = PosixPath.nodeModulesFolders(from: PosixPath.dirname(referrer))
    if case .store(let root) = layout { folders.append(PosixPath.normalize(root)) }
    return folders
  }

  /// The parsed package.json of `directory`, or nil when it has none.
  func manifest(in directory: String) throws(ResolutionFailure) -> PackageManifest? {
    let path = directory == "/" ? "/package.json" : directory + "/package.json"
    let entry = manifests.entry(for: directory) {
      guard fileSystem.fileExists(path), let data = fileSystem.readFile(path) else { return .missing }
      do throws(JSONParseError) {
        return .manifest(try PackageManifest(parsing: data, directory: directory))
      } catch {
        return .invalid(error)
      }
    }
    switch entry {
    case .missing: return nil
    case .manifest(let manifest): return manifest
    case .invalid(let error):
      throw ResolutionFailure(
        .invalidPackageConfig, "\(path) is not valid JSON (\(error)), so the package cannot be used")
    }
  }

  /// The directories whose package.json could be the package scope of `path`, nearest first.
  private func scopeDirectories(of path: String) -> [String] {
    var directories: [String] = []
    var current = PosixPath.dirname(PosixPath.normalize(path))
    while true {
      if PosixPath.basename(current) == "node_modules" { break }
      directories.append(current)
      if current == "/" { break }
      current = PosixPath.dirname(current)
    }
    return directories
  }

  func packageScope(of path: String) throws(ResolutionFailure) -> PackageManifest? {
    for directory in scopeDirectories(of: path) {
      if let manifest = try manifest(in: directory) { return manifest }
    }
    return nil
  }

  /// Whether a specifier starts with a URL scheme ("https:", "data:", "file:").
  static func urlScheme(of specifier: String) -> String? {
    guard let colon = specifier.firstIndex(of: ":"), colon != specifier.startIndex else { return nil }
    let scheme = specifier[..<colon]
    guard let first = scheme.unicodeScalars.first, first.isASCIILetter,
      scheme.unicodeScalars.allSatisfy({
        $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
      })
    else { return nil }
    return scheme.lowercased()
  }

  // MARK: - require

  private func locateForRequire(_ specifier: String, from referrer: String) throws(ResolutionFailure)
    -> Located
  {
    if specifier.hasPrefix("#") {
      guard let scope = try packageScope(of: referrer), scope.imports != nil else {
        throw ResolutionFailure(
          .packageImportNotDefined,
          "'\(specifier)' in \(referrer) is a package import, but no package.json above it has an \"imports\" field"
        )
      }
      let target = try packageImportsResolve(
        specifier, scope: scope, referrer: referrer, conditions: .require)
      return try finalizeForRequire(target, specifier: specifier, referrer: referrer, manifest: scope)
    }
    if let scheme = Self.urlScheme(of: specifier) {
      throw ResolutionFailure(
        .invalidModuleSpecifier,
        "'\(specifier)' in \(referrer) is a URL (\(scheme):); require() takes paths and package names, not URLs"
      )
    }
    if let scope = try packageScope(of: referrer), scope.exports != nil, let name = scope.name,
      specifier == name || specifier.hasPrefix(name + "/")
    {
      let subpath = "." + specifier.dropFirst(name.count)
      let target = try packageExportsResolve(
        scope, subpath: subpath, specifier: specifier, referrer: referrer, conditions: .require)
      return try finalizeForRequire(target, specifier: specifier, referrer: referrer, manifest: scope)
    }
    let directory = PosixPath.dirname(referrer)
    let folders: [String]
    if Self.isRelativeForRequire(specifier) {
      folders = [directory]
    } else if specifier.hasPrefix("/") {
      folders = [""]
    } else {
      folders = packageFolders(for: referrer)
    }
    if let found = try findPath(specifier, in: folders, referrer: referrer) { return .file(found) }
    throw ResolutionFailure(.moduleNotFound, notFoundMessage(specifier, referrer: referrer, folders: folders))
  }

  /// `Module._resolveLookupPaths`: "." and "..", and anything starting with "./" or "..", is
  /// looked up from the referrer's directory only.
  private static func isRelativeForRequire(_ specifier: String) -> Bool {
    guard specifier.hasPrefix(".") else { return false }
    let rest = specifier.dropFirst()
    return rest.isEmpty || rest.hasPrefix(".") || rest.hasPrefix("/")
  }

  private func notFoundMessage(_ specifier: String, referrer: String, folders: [String]) -> String {
    if folders == [""] || Self.isRelativeForRequire(specifier) {
      let base = PosixPath.resolve(folders.first ?? "/", specifier)
      return
        "Cannot find module '\(specifier)' from \(referrer): looked for \(base), \(base).js, \(base).json "
        + "and \(base)/ (its package.json \"main\", index.js, index.json)"
    }
    var places = folders
    if case .store = layout, let root = places.popLast() { places.append("the package store \(root)") }
    let prefixOnly =
      NodeBuiltins.prefixOnly.contains(specifier) ? " (the builtin exists only as 'node:\(specifier)')" : ""
    return
      "Cannot find module '\(specifier)' from \(referrer): looked in \(places.joined(separator: ", "))\(prefixOnly)"
  }

  /// `Module._findPath`: for each folder, the package's "exports", then the file, then the directory.
  private func findPath(
    _ request: String, in folders: [String], referrer: String
  ) throws(ResolutionFailure) -> String? {
    let isAbsolute = request.hasPrefix("/")
    let trailingSlash =
      request.hasSuffix("/") || request == "." || request == ".." || request.hasSuffix("/.")
      || request.hasSuffix("/..")
    // A folder that does not exist is skipped, unless a relative request climbs out of it.
    let insidePath =
      !Self.isRelativeForImport(request) || PosixPath.isInside(PosixPath.resolve("/probe", request), "/probe")
    for folder in folders {
      if insidePath, !folder.isEmpty, !fileSystem.directoryExists(folder) { continue }
      if !isAbsolute, let found = try resolveExportsForRequire(request, in: folder, referrer: referrer) {
        return found
      }
      let base = PosixPath.resolve(folder.isEmpty ? "/" : folder, request)
      var filename: String?
      if !trailingSlash {
        if fileSystem.fileExists(base) { filename = fileSystem.realpath(base) }
        if filename == nil { filename = tryExtensions(base) }
      }
      if filename == nil, fileSystem.directoryExists(base) {
        filename = try tryPackage(base, request: request, referrer: referrer)
      }
      if let filename { return filename }
    }
    return nil
  }

  private static let extensions = [".js", ".json", ".node"]

  private func tryFile(_ path: String) -> String? {
    fileSystem.fileExists(path) ? fileSystem.realpath(path) : nil
  }

  private func tryExtensions(_ base: String) -> String? {
    for suffix in Self.extensions {
      if let found = tryFile(base + suffix) { return found }
    }
    return nil
  }

  /// LOAD_AS_DIRECTORY: "main" as a file, with extensions, as a directory index; then the package's
  /// own index. A "main" that names nothing while an index exists is accepted (Node's DEP0128).
  private func tryPackage(_ directory: String, request: String, referrer: String) throws(ResolutionFailure)
    -> String?
  {
    guard let main = try manifest(in: directory)?.main, !main.isEmpty else {
      return tryExtensions(directory + "/index")
    }
    let filename = PosixPath.resolve(directory, main)
    if let found = tryFile(filename) ?? tryExtensions(filename) ?? tryExtensions(filename + "/index") {
      return found
    }
    if let found = tryExtensions(directory + "/index") { return found }
    throw ResolutionFailure(
      .moduleNotFound,
      "Cannot find module '\(request)' from \(referrer): \(directory)/package.json has \"main\": \"\(main)\", "
        + "but neither \(filename) (with .js, .json or /index.js) nor \(directory)/index.js exists")
  }

  /// `resolveExports`: a package with "exports" found in `folder` is resolved through them only.
  private func resolveExportsForRequire(
    _ request: String, in folder: String, referrer: String
  ) throws(ResolutionFailure) -> String? {
    guard let (name, expansion) = Self.splitPackageRequest(request) else { return nil }
    let directory = PosixPath.resolve(folder, name)
    guard let manifest = try manifest(in: directory), manifest.exports != nil else { return nil }
    let target = try packageExportsResolve(
      manifest, subpath: "." + expansion, specifier: request, referrer: referrer, conditions: .require)
    switch try finalizeForRequire(target, specifier: request, referrer: referrer, manifest: manifest) {
    case .file(let path): return path
    case .builtin: return nil
    }
  }

  /// Node's EXPORTS_PATTERN, `^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$`: a package name and the
  /// rest of the request ("" or "/sub/path").
  static func splitPackageRequest(_ request: String) -> (name: String, expansion: String)? {
    let forbidden: Set<Character> = ["/", "\\", "%"]
    // The name itself: a first character other than ".", then anything up to "/" (which starts the
    // expansion) or the end; "\" or "%" before that means no match.
    func split(_ rest: Substring, after scope: Substring) -> (name: String, expansion: String)? {
      guard let first = rest.first, first != ".", !forbidden.contains(first) else { return nil }
      let end = rest.firstIndex(where: forbidden.contains) ?? rest.endIndex
      guard end == rest.endIndex || rest[end] == "/" else { return nil }
      return (String(scope + rest[..<end]), String(rest[end...]))
    }
    // Like the regular expression, try with an "@scope/" prefix first and without it second.
    if request.hasPrefix("@"), let slash = request.firstIndex(of: "/") {
      let scopeName = request[request.index(after: request.startIndex)..<slash]
      if !scopeName.isEmpty, !scopeName.contains(where: forbidden.contains),
        let match = split(request[request.index(after: slash)...], after: request[...slash])
      {
        return match
      }
    }
    return split(Substring(request), after: "")
  }

  /// `finalizeEsmResolution`: an "exports"/"imports" target must name an existing file exactly.
  private func finalizeForRequire(
    _ target: ResolvedURL, specifier: String, referrer: String, manifest: PackageManifest
  ) throws(ResolutionFailure) -> Located {
    switch target {
    case .builtin(let name): return .builtin(name)
    case .file(let urlPath):
      if FileURLPath.hasEncodedSeparator(urlPath) {
        throw ResolutionFailure(
          .invalidModuleSpecifier,
          "'\(specifier)' from \(referrer) resolves to \(urlPath), which must not include encoded \"/\" or \"\\\" characters"
        )
      }
      let path = FileURLPath.toPath(urlPath)
      guard let found = tryFile(path) else {
        throw ResolutionFailure(
          .moduleNotFound,
          "Cannot find module '\(specifier)' from \(referrer): \(manifest.manifestPath) maps it to \(path), "
            + "which does not exist")
      }
      return .file(found)
    }
  }

  // MARK: - import

  private func locateForImport(_ specifier: String, from referrer: String) throws(ResolutionFailure)
    -> Located
  {
    if specifier.hasPrefix("/") || Self.isRelativeForImport(specifier) {
      if specifier.hasPrefix("//") {
        throw ResolutionFailure(
          .invalidModuleSpecifier, "'\(specifier)' in \(referrer) is a URL with a host name, not a file path")
      }
      let urlPath = FileURLPath.resolve(specifier, against: FileURLPath.fromPath(referrer))
      return try finalizeForImport(.file(urlPath), specifier: specifier, referrer: referrer)
    }
    if specifier.hasPrefix("#") {
      let scope = try packageScope(of: referrer)
      let target = try packageImportsResolve(specifier, scope: scope, referrer: referrer, conditions: .import)
      return try finalizeForImport(target, specifier: specifier, referrer: referrer)
    }
    if let scheme = Self.urlScheme(of: specifier) {
      guard scheme == "file" else {
        throw ResolutionFailure(
          .invalidModuleSpecifier,
          "'\(specifier)' in \(referrer) is a URL (\(scheme):), and cruft bundles only files (paths and file: URLs)"
        )
      }
      let urlPath = try Self.fileURLPath(specifier, referrer: referrer)
      return try finalizeForImport(.file(urlPath), specifier: specifier, referrer: referrer)
    }
    let target = try packageResolve(specifier, base: referrer, conditions: .import)
    return try finalizeForImport(target, specifier: specifier, referrer: referrer)
  }

  /// `isRelativeSpecifier`: ".", "..", "./x", "../x" (but not "..x", unlike require).
  private static func isRelativeForImport(_ specifier: String) -> Bool {
    specifier == "." || specifier == ".." || specifier.hasPrefix("./") || specifier.hasPrefix("../")
  }

  /// The path of a `file:` URL: `file:///a/b`, `file://localhost/a/b`, `file:/a/b`.
  private static func fileURLPath(_ url: String, referrer: String) throws(ResolutionFailure) -> String {
    var rest = String(url.dropFirst("file:".count).map { $0 == "\\" ? "/" : $0 })
    if rest.hasPrefix("//") {
      rest.removeFirst(2)
      let slash = rest.firstIndex(of: "/") ?? rest.endIndex
      let host = rest[..<slash].lowercased()
      guard host.isEmpty || host == "localhost" else {
        throw ResolutionFailure(
          .invalidModuleSpecifier,
          "'\(url)' in \(referrer) names the host '\(host)'; file: URLs must be local")
      }
      rest = String(rest[slash...])
    }
    return FileURLPath.resolve(rest.hasPrefix("/") ? rest : "/" + rest, against: "/")
  }

  /// `finalizeResolution`: the file must exist exactly as named; a directory is an error.
  private func finalizeForImport(
    _ target: ResolvedURL, specifier: String, referrer: String
  ) throws(ResolutionFailure) -> Located {
    let urlPath: String
    switch target {
    case .builtin(let name): return .builtin(name)
    case .file(let path): urlPath = path
    }
    if FileURLPath.hasEncodedSeparator(urlPath) {
      throw ResolutionFailure(
        .invalidModuleSpecifier,
        "'\(specifier)' from \(referrer) resolves to \(urlPath), which must not include encoded \"/\" or \"\\\" characters"
      )
    }
    let path = FileURLPath.toPath(urlPath)
    let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    if fileSystem.directoryExists(trimmed) {
      throw ResolutionFailure(
        .moduleNotFound,
        "Cannot import '\(specifier)' from \(referrer): \(trimmed) is a directory, and ES modules do not "
          + "load directory indexes\(hint(for: specifier, path: trimmed))")
    }
    guard trimmed == path, fileSystem.fileExists(path), let real = fileSystem.realpath(path) else {
      throw ResolutionFailure(
        .moduleNotFound,
        "Cannot find module \(path) imported as '\(specifier)' from \(referrer)\(hint(for: specifier, path: trimmed))"
      )
    }
    return .file(real)
  }

  /// Node's "Did you mean to import ...?": ES module specifiers must name files exactly, so say which
  /// file the CommonJS-style lookup would have found.
  private func hint(for specifier: String, path: String) -> String {
    // "./dir/" can only have meant an index file; "./name" a file with an extension first.
    let indexes = ["/index.js", "/index.mjs", "/index.cjs", "/index.json"]
    let candidates = specifier.hasSuffix("/") ? indexes : [".js", ".mjs", ".cjs", ".json"] + indexes
    let written = specifier.hasSuffix("/") ? String(specifier.dropLast()) : specifier
    for suffix in candidates where fileSystem.fileExists(path + suffix) {
      return "; did you mean to import '\(written + suffix)'? (ES modules need the full file name)"
    }
    return ""
  }

  /// PACKAGE_RESOLVE: builtins, then the package itself by name (self-reference), then the nearest
  /// folder holding a directory of that name, which is the package whether or not it resolves.
  func packageResolve(
    _ specifier: String, base: String, conditions: Conditions
  ) throws(ResolutionFailure) -> ResolvedURL {
    if let name = NodeBuiltins.unprefixed(specifier) { return .builtin(name) }
    let (name, subpath) = try Self.parsePackageName(specifier, referrer: base)
    if let scope = try packageScope(of: base), scope.exports != nil, scope.name == name {
      return try packageExportsResolve(
        scope, subpath: subpath, specifier: specifier, referrer: base, conditions: conditions)
    }
    let folders = packageFolders(for: base)
    for folder in folders {
      let directory = folder + "/" + name
      guard fileSystem.directoryExists(directory) else { continue }
      let manifest = try manifest(in: directory)
      if let manifest, manifest.exports != nil {
        return try packageExportsResolve(
          manifest, subpath: subpath, specifier: specifier, referrer: base, conditions: conditions)
      }
      if subpath == "." {
        return try legacyMainResolve(directory, manifest: manifest, specifier: specifier, referrer: base)
      }
      return .file(FileURLPath.resolve(subpath, against: FileURLPath.fromPath(directory) + "/package.json"))
    }
    throw ResolutionFailure(
      .moduleNotFound,
      "Cannot find package '\(name)' imported from \(base): looked in \(folders.joined(separator: ", "))")
  }

  /// `parsePackageName`: "name" or "@scope/name", and the rest as "." or "./sub/path".
  static func parsePackageName(
    _ specifier: String, referrer: String
  ) throws(ResolutionFailure) -> (name: String, subpath: String) {
    var separator = specifier.firstIndex(of: "/")
    var valid = true
    if specifier.hasPrefix("@") {
      if let first = separator {
        separator = specifier[specifier.index(after: first)...].firstIndex(of: "/")
      } else {
        valid = false
      }
    }
    let name = String(specifier[..<(separator ?? specifier.endIndex)])
    if name.hasPrefix(".") || name.contains("%") || name.contains("\\") { valid = false }
    guard valid else {
      throw ResolutionFailure(
        .invalidModuleSpecifier, "'\(specifier)' in \(referrer) is not a valid package name")
    }
    return (name, "." + (separator.map { String(specifier[$0...]) } ?? ""))
  }

  /// LEGACY_MAIN_RESOLVE for packages without "exports": "main" with the CommonJS extensions and
  /// index files, then index.js, index.json, index.node.
  private func legacyMainResolve(
    _ directory: String, manifest: PackageManifest?, specifier: String, referrer: String
  ) throws(ResolutionFailure) -> ResolvedURL {
    let manifestURL = FileURLPath.fromPath(directory) + "/package.json"
    var guesses: [String] = []
    if let main = manifest?.main {
      guesses += ["", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node"].map {
        "./" + main + $0
      }
    }
    guesses += ["./index.js", "./index.json", "./index.node"]
    for guess in guesses {
      let urlPath = FileURLPath.resolve(guess, against: manifestURL)
      if fileSystem.fileExists(FileURLPath.toPath(urlPath)) { return .file(urlPath) }
    }
    let main = manifest?.main.flatMap { $0.isEmpty ? nil : $0 }
    let mainNote = main.map { "\"main\": \"\($0)\" (with .js, .json, /index.js) nor " } ?? ""
    throw ResolutionFailure(
      .moduleNotFound,
      "Cannot find the entry point of package '\(specifier)' imported from \(referrer): \(directory) has neither "
        + "\(mainNote)index.js")
  }
}

extension Unicode.Scalar {
  fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
