import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A guest path resolved the way the kernel would resolve it, so that the grant check and the
/// file operation see the same file.
struct CanonicalPath: Equatable {
  /// Absolute; no `.`, `..` or empty components; no symbolic link anywhere in the part that exists.
  var path: String
  /// A `..` came after a component that does not exist: the kernel answers ENOENT for the whole path
  /// (the check still looks at `path`, so that the answer reveals nothing outside the grant).
  var missingBeforeParent: Bool
}

/// Canonicalization of guest paths: `..` and every symbolic link of the existing part resolved, as
/// realpath(3) does for the longest existing prefix, then the missing rest appended as written.
/// Nothing is decoded: `%2e%2e` is a file name and a backslash an ordinary character.
enum PathCanonicalizer {
  enum Failure: Error, Equatable {
    /// The path holds a NUL byte (the kernel would cut it there).
    case nulByte
    /// More symbolic links than the kernel follows (ELOOP).
    case tooManyLinks
    /// The walk reached this path, which the caller may not look at (outside every grant).
    case notInspectable(String)
  }

  /// Linux's MAXSYMLINKS.
  static let maximumLinks = 40

  /// `path` made absolute against `root` (itself absolute) and canonicalized. With
  /// `followFinalLink` false the last component, when a symbolic link, names the link itself (as
  /// unlink, rename and lstat see it). `mayInspect` says which paths the walk may look at: the
  /// walk stops at the first other path, so that what exists outside a grant never changes the
  /// answer (`/etc/x/../../app/data/f` would otherwise tell whether /etc/x exists).
  static func canonicalize(
    _ path: String, relativeTo root: String, followFinalLink: Bool = true,
    mayInspect: ((String) -> Bool)? = nil
  )
    throws(Failure) -> CanonicalPath
  {
    guard !path.utf8.contains(0) else { throw .nulByte }
    let absolute = path.hasPrefix("/") ? path : root + "/" + path
    // The components still to resolve, last first, so that a link's target can be pushed in front.
    var pending = Array(absolute.split(separator: "/", omittingEmptySubsequences: true).reversed()).map(
      String.init)
    var resolved: [String] = []
    // How many leading components of `resolved` are known to exist.
    var existingCount = 0
    var missingBeforeParent = false
    var links = 0
    while let component = pending.popLast() {
      if component == "." { continue }
      if component == ".." {
        if existingCount < resolved.count { missingBeforeParent = true }
        if !resolved.isEmpty { resolved.removeLast() }
        existingCount = min(existingCount, resolved.count)
        continue
      }
      let candidate = "/" + (resolved + [component]).joined(separator: "/")
      guard existingCount == resolved.count else {
        resolved.append(component)
        continue
      }
      let isFinal = pending.allSatisfy { $0 == "." }
      if let mayInspect, !mayInspect(candidate) { throw .notInspectable(candidate) }
      var status = stat()
      guard lstat(candidate, &status) == 0 else {
        resolved.append(component)
        continue
      }
      if status.st_mode & S_IFMT == S_IFLNK && (followFinalLink || !isFinal) {
        links += 1
        guard links <= maximumLinks, let target = readLink(candidate) else { throw .tooManyLinks }
        if target.hasPrefix("/") {
          resolved = []
          existingCount = 0
        }
        pending += target.split(separator: "/", omittingEmptySubsequences: true).reversed().map(String.init)
        continue
      }
      resolved.append(component)
      existingCount = resolved.count
    }
    return CanonicalPath(
      path: "/" + resolved.joined(separator: "/"), missingBeforeParent: missingBeforeParent)
  }

  /// `path` made absolute against `root` with `.` and `..` resolved by name alone (no file is looked
  /// at): where a prefix such as `./data` is written to be, before its links are followed.
  static func lexical(_ path: String, relativeTo root: String) -> String {
    var resolved: [Substring] = []
    for component in (path.hasPrefix("/") ? path : root + "/" + path).split(separator: "/") {
      if component == "." { continue }
      if component == ".." {
        if !resolved.isEmpty { resolved.removeLast() }
      } else {
        resolved.append(component)
      }
    }
    return "/" + resolved.joined(separator: "/")
  }

  private static func readLink(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// The paths a package may use in one direction (read or write): inside one of its manifest
/// prefixes and inside one of the run's prefixes (`--allow fs-read:DIR`), both canonicalized
/// relative to the application root.
struct PathGrant {
  /// Nil when the package's manifest gives it nothing in this direction.
  let packagePrefixes: [String]
  /// Nil when the run allows every prefix the package was granted (`--allow fs`).
  let runPrefixes: [String]?

  /// The paths a guest path walks through to reach a prefix: the root and the prefixes as written
  /// (made absolute, `..` resolved by name), whose ancestors and links may be looked at.
  let waypoints: [String]

  init(packagePrefixes: [String], runPrefixes: [String], root: String) {
    func canonical(_ prefixes: [String]) -> [String] {
      prefixes.compactMap { try? PathCanonicalizer.canonicalize($0, relativeTo: root).path }
    }
    // A manifest's "*" (granted by the application on purpose) is every path.
    let packageWritten = packagePrefixes.map { $0 == "*" ? "/" : $0 }
    self.packagePrefixes = canonical(packageWritten)
    self.runPrefixes = runPrefixes.contains("*") ? nil : canonical(runPrefixes)
    waypoints =
      [root]
      + (packageWritten + runPrefixes.filter { $0 != "*" }).map {
        PathCanonicalizer.lexical($0, relativeTo: root)
      }
  }

  var isGranted: Bool { !packagePrefixes.isEmpty && runPrefixes?.isEmpty != true }

  /// Which grant is missing for a canonical path, if any.
  func missing(_ path: String) -> Missing? {
    if !packagePrefixes.contains(where: { PathGrant.covers($0, path) }) { return .package }
    if let runPrefixes, !runPrefixes.contains(where: { PathGrant.covers($0, path) }) { return .run }
    return nil
  }

  enum Missing {
    /// The bundle's manifest does not grant the package this path.
    case package
    /// This run (`cruftvm run --allow`) does not allow it.
    case run
  }

  /// Whether canonicalization may look at `path`: a path the grant covers, or an ancestor of one
  /// of its prefixes (a guest path passes through those to reach the grant).
  func mayInspect(_ path: String) -> Bool {
    if missing(path) == nil { return true }
    return (packagePrefixes + (runPrefixes ?? []) + waypoints).contains { PathGrant.covers(path, $0) }
  }

  /// `prefix` is the path itself or one of its ancestors (by whole components).
  static func covers(_ prefix: String, _ path: String) -> Bool {
    if prefix == "/" { return true }
    return path == prefix || path.hasPrefix(prefix + "/")
  }
}
