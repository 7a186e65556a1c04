import Diagnostics

/// A failure with Node's error code, which matters before it becomes a public `ResolutionError`: in
/// an array of targets Node skips ERR_INVALID_PACKAGE_TARGET but stops at any other error.
struct ResolutionFailure: Error {
  enum Code {
    case moduleNotFound, packagePathNotExported, packageImportNotDefined, invalidModuleSpecifier
    case invalidPackageTarget, invalidPackageConfig, unknownBuiltin
  }
  var code: Code
  var message: String

  init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message.hasSuffix(".") ? message : message + "."
  }

  var publicError: ResolutionError {
    let kind: ResolutionError.Kind
    switch code {
    case .moduleNotFound: kind = .notFound
    case .packagePathNotExported: kind = .packagePathNotExported
    case .packageImportNotDefined: kind = .importNotDefined
    case .invalidModuleSpecifier: kind = .invalidSpecifier
    case .invalidPackageTarget, .invalidPackageConfig: kind = .invalidPackageTarget
    case .unknownBuiltin: kind = .unsupportedBuiltin
    }
    return ResolutionError(kind: kind, message: message)
  }
}

/// Where an "exports"/"imports" target (or an ES module specifier) points before the file is checked:
/// a `file:` URL path, still percent-encoded, or a builtin.
enum ResolvedURL: Equatable {
  case file(String)
  case builtin(String)
}

/// The condition names a resolution matches, besides "default", which always matches.
struct Conditions {
  let names: Set<String>

  /// Node's CommonJS conditions without "node-addons": cruft cannot load native addons, so a package's
  /// addon-free variant is the one to pick.
  static let require = Conditions(names: ["require", "node"])
  static let `import` = Conditions(names: ["import", "node"])

  func matches(_ key: String) -> Bool { key == "default" || names.contains(key) }
}

extension ModuleResolver {
  /// What one target of an "exports" or "imports" map is resolved against.
  private struct TargetContext {
    var manifest: PackageManifest
    /// The key that matched ("./features/*", "#dep"), for messages.
    var key: String
    /// What the `*` of a pattern key matched, or "" for an exact key.
    var subpath: String
    var isPattern: Bool
    /// "imports" targets may also be bare package specifiers.
    var isImports: Bool
    var specifier: String
    var referrer: String
    var conditions: Conditions

    var field: String { isImports ? "imports" : "exports" }
    var manifestURL: String { FileURLPath.fromPath(manifest.directory) + "/package.json" }
  }

  /// A target resolves to a URL, to `null` (explicitly not exported), or to nothing (no condition
  /// matched); Node distinguishes the last two in arrays.
  private enum TargetResult {
    case resolved(ResolvedURL)
    case excluded
    case unmatched
  }

  /// PACKAGE_EXPORTS_RESOLVE: `subpath` is "." or "./sub/path".
  func packageExportsResolve(
    _ manifest: PackageManifest, subpath: String, specifier: String, referrer: String, conditions: Conditions
  ) throws(ResolutionFailure) -> ResolvedURL {
    guard var exports = manifest.exports else {
      preconditionFailure("packageExportsResolve needs a package with \"exports\"")
    }
    if try isConditionalSugar(exports, manifest: manifest) {
      exports = .object([JSONMember(key: ".", value: exports)])
    }
    let notExported = ResolutionFailure(
      .packagePathNotExported,
      subpath == "."
        ? "'\(specifier)' from \(referrer): \(manifest.manifestPath) defines no main entry (\".\") in \"exports\" "
          + "for the conditions \(conditionList(conditions))"
        : "'\(specifier)' from \(referrer): package subpath '\(subpath)' is not defined by \"exports\" in "
          + "\(manifest.manifestPath) for the conditions \(conditionList(conditions))")
    let members = exports.members ?? []
    if !subpath.contains("*"), !subpath.hasSuffix("/"), let target = exports[subpath] {
      let context = TargetContext(
        manifest: manifest, key: subpath, subpath: "", isPattern: false, isImports: false,
        specifier: specifier,
        referrer: referrer, conditions: conditions)
      guard case .resolved(let url) = try resolveTarget(target, context) else { throw notExported }
      return url
    }
    guard let (key, matched) = Self.bestPatternMatch(subpath, keys: members.map(\.key)),
      let target = exports[key]
    else { throw notExported }
    let context = TargetContext(
      manifest: manifest, key: key, subpath: matched, isPattern: true, isImports: false, specifier: specifier,
      referrer: referrer, conditions: conditions)
    guard case .resolved(let url) = try resolveTarget(target, context) else { throw notExported }
    return url
  }

  /// PACKAGE_IMPORTS_RESOLVE for a "#name" specifier, in the package scope of the referrer.
  func packageImportsResolve(
    _ name: String, scope: PackageManifest?, referrer: String, conditions: Conditions
  ) throws(ResolutionFailure) -> ResolvedURL {
    if name == "#" || name.hasPrefix("#/") || name.hasSuffix("/") {
      throw ResolutionFailure(
        .invalidModuleSpecifier, "'\(name)' in \(referrer) is not a valid internal imports specifier name")
    }
    if let scope, let imports = scope.imports, let members = imports.members {
      if !name.contains("*"), let target = imports[name] {
        let context = TargetContext(
          manifest: scope, key: name, subpath: "", isPattern: false, isImports: true, specifier: name,
          referrer: referrer, conditions: conditions)
        if case .resolved(let url) = try resolveTarget(target, context) { return url }
      } else if let (key, matched) = Self.bestPatternMatch(name, keys: members.map(\.key)),
        let target = imports[key]
      {
        let context = TargetContext(
          manifest: scope, key: key, subpath: matched, isPattern: true, isImports: true, specifier: name,
          referrer: referrer, conditions: conditions)
        if case .resolved(let url) = try resolveTarget(target, context) { return url }
      }
    }
    let place =
      scope.map { "\"imports\" of \($0.manifestPath)" } ?? "any package.json (there is none above it)"
    throw ResolutionFailure(
      .packageImportNotDefined,
      "'\(name)' in \(referrer) is not defined in \(place) for the conditions \(conditionList(conditions))")
  }

  private func conditionList(_ conditions: Conditions) -> String {
    (conditions.names.sorted() + ["default"]).map { "\"\($0)\"" }.joined(separator: ", ")
  }

  /// Exports given as a string, an array, or an object of condition names (no key starts with ".")
  /// are the "." entry alone. Mixing the two kinds of key is an error.
  private func isConditionalSugar(_ exports: JSONValue, manifest: PackageManifest) throws(ResolutionFailure)
    -> Bool
  {
    switch exports {
    case .string, .array: return true
    case .object(let members):
      var sugar: Bool?
      for member in members {
        let isCondition = member.key.isEmpty || !member.key.hasPrefix(".")
        if let sugar, sugar != isCondition {
          throw ResolutionFailure(
            .invalidPackageConfig,
            "\"exports\" in \(manifest.manifestPath) mixes keys starting with \".\" and keys that do not; it must "
              + "map either subpaths or condition names")
        }
        sugar = isCondition
      }
      return sugar ?? false
    default: return false
    }
  }

  /// The pattern key ("./x/*" or "#x/*.js") that matches `subpath` best, by Node's PATTERN_KEY_COMPARE
  /// (longest prefix before the `*`, then the longest key), and the text the `*` stands for.
  private static func bestPatternMatch(_ subpath: String, keys: [String]) -> (key: String, matched: String)? {
    var best: (key: String, matched: String)?
    for key in keys {
      guard let star = key.firstIndex(of: "*"), key.lastIndex(of: "*") == star else { continue }
      let prefix = key[..<star]
      let trailer = key[key.index(after: star)...]
      guard subpath.hasPrefix(prefix), subpath.count >= key.count, subpath.hasSuffix(trailer) else {
        continue
      }
      if let current = best, patternKeyCompare(current.key, key) != 1 { continue }
      let start = subpath.index(subpath.startIndex, offsetBy: prefix.count)
      let end = subpath.index(subpath.endIndex, offsetBy: -trailer.count)
      best = (key, String(subpath[start..<end]))
    }
    return best
  }

  /// PATTERN_KEY_COMPARE: 1 when `b` should be preferred over `a`, -1 when `a` should, 0 on a tie.
  static func patternKeyCompare(_ a: String, _ b: String) -> Int {
    let aStar = a.firstIndex(of: "*").map { a.distance(from: a.startIndex, to: $0) }
    let bStar = b.firstIndex(of: "*").map { b.distance(from: b.startIndex, to: $0) }
    let baseA = aStar.map { $0 + 1 } ?? a.count
    let baseB = bStar.map { $0 + 1 } ?? b.count
    if baseA > baseB { return -1 }
    if baseB > baseA { return 1 }
    if aStar == nil { return 1 }
    if bStar == nil { return -1 }
    if a.count > b.count { return -1 }
    if b.count > a.count { return 1 }
    return 0
  }

  /// PACKAGE_TARGET_RESOLVE.
  private func resolveTarget(_ target: JSONValue, _ context: TargetContext) throws(ResolutionFailure)
    -> TargetResult
  {
    switch target {
    case .string(let string):
      return .resolved(try resolveTargetString(string, context))
    case .array(let items):
      // The first item that is not invalid, excluded or unmatched wins; a missing file does not fall
      // through to the next item, as in Node.
      guard !items.isEmpty else { return .excluded }
      // The last invalid or null item decides what an array without a usable item means.
      var outcome: Result<TargetResult, ResolutionFailure> = .success(.unmatched)
      for item in items {
        do {
          switch try resolveTarget(item, context) {
          case .resolved(let url): return .resolved(url)
          case .excluded: outcome = .success(.excluded)
          case .unmatched: continue
          }
        } catch {
          guard error.code == .invalidPackageTarget else { throw error }
          outcome = .failure(error)
        }
      }
      return try outcome.get()
    case .object(let members):
      if let numeric = members.first(where: { JSONValue.arrayIndex($0.key) != nil }) {
        throw ResolutionFailure(
          .invalidPackageConfig,
          "'\(context.specifier)' from \(context.referrer): \"\(context.field)\" in \(context.manifest.manifestPath) "
            + "has the numeric key \"\(numeric.key)\", and condition objects must not contain numeric keys")
      }
      for member in members where context.conditions.matches(member.key) {
        switch try resolveTarget(member.value, context) {
        case .unmatched: continue
        case let result: return result
        }
      }
      return .unmatched
    case .null:
      return .excluded
    case .bool, .number:
      throw invalidTarget(String(describing: target.foundationValue), context, reason: "it is not a string")
    }
  }

  private func invalidTarget(_ target: String, _ context: TargetContext, reason: String) -> ResolutionFailure
  {
    ResolutionFailure(
      .invalidPackageTarget,
      "'\(context.specifier)' from \(context.referrer): the \"\(context.field)\" target \"\(target)\" for "
        + "'\(context.key)' in \(context.manifest.manifestPath) is invalid: \(reason)")
  }

  /// PACKAGE_TARGET_RESOLVE for a string: "./" paths inside the package, or for "imports" a bare
  /// package specifier.
  private func resolveTargetString(_ target: String, _ context: TargetContext) throws(ResolutionFailure)
    -> ResolvedURL
  {
    let subpath = context.subpath
    if !subpath.isEmpty, !context.isPattern, !target.hasSuffix("/") {
      throw invalidTarget(target, context, reason: "a folder mapping must end with \"/\"")
    }
    if !target.hasPrefix("./") {
      if context.isImports, !target.hasPrefix("../"), !target.hasPrefix("/"),
        Self.urlScheme(of: target) == nil
      {
        let packageSpecifier = context.isPattern ? target.replacingStars(with: subpath) : target + subpath
        return try packageResolve(
          packageSpecifier, base: context.manifest.manifestPath, conditions: context.conditions)
      }
      throw invalidTarget(
        target, context,
        reason: context.isImports
          ? "targets must start with \"./\" or name a package" : "targets must start with \"./\"")
    }
    let afterDot = target.dropFirst(2)
    if Self.hasInvalidSegment(afterDot) {
      throw invalidTarget(target, context, reason: "it contains a \".\", \"..\" or \"node_modules\" segment")
    }
    let packageURL = FileURLPath.fromPath(context.manifest.directory)
    let resolved = FileURLPath.resolve(target, against: context.manifestURL)
    guard resolved.hasPrefix(packageURL == "/" ? "/" : packageURL + "/") else {
      throw invalidTarget(target, context, reason: "it points outside the package")
    }
    if subpath.isEmpty { return .file(resolved) }
    if Self.hasInvalidSegment(Substring(subpath)) {
      let request = context.isPattern ? context.key.replacingStars(with: subpath) : context.key + subpath
      throw ResolutionFailure(
        .invalidModuleSpecifier,
        "'\(context.specifier)' from \(context.referrer): the subpath '\(request)' contains a \".\", \"..\" or "
          + "\"node_modules\" segment, which \"\(context.field)\" of \(context.manifest.manifestPath) cannot expose"
      )
    }
    if context.isPattern {
      return .file(FileURLPath.resolve(resolved.replacingStars(with: subpath), against: "/"))
    }
    return .file(FileURLPath.resolve(subpath, against: resolved))
  }

  /// Node's invalidSegmentRegEx: a ".", ".." or "node_modules" segment (case-insensitive, also
  /// percent-encoded), separated by "/" or "\". Empty segments only earn a deprecation warning in Node,
  /// so they are allowed.
  static func hasInvalidSegment(_ path: Substring) -> Bool {
    for segment in path.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
      let decoded = FileURLPath.toPath(String(segment)).lowercased()
      if decoded == "." || decoded == ".." || decoded == "node_modules" { return true }
    }
    return false
  }
}

extension String {
  /// Every `*` replaced, as Node's `target.replace(/\*/g, () => subpath)` does.
  fileprivate func replacingStars(with replacement: String) -> String {
    split(separator: "*", omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
