import Diagnostics
import Foundation

/// npm package artifacts: `.tgz` files holding a ustar archive whose entries live under `package/`.
public enum PackageTarball {
  /// The files of a tarball by normalized path (`lib/index.js`, without the top-level folder).
  ///
  /// Refused: anything that is not exactly a gzip member of a tar archive of regular files inside one
  /// folder; links, devices, `..`, absolute paths, duplicates; and anything beyond `limits`, checked
  /// while inflating so that a bomb is stopped early with bounded memory.
  public static func read(_ bytes: [UInt8], limits: TarballLimits = TarballLimits()) throws(TarballError)
    -> [String:
    [UInt8]]
  {
    let tar = try Gzip.inflate(bytes, limits: limits)
    return try Tar.files(in: tar, limits: limits)
  }

  /// A deterministic `.tgz` of `files` (package-relative paths): sorted, under `package/`, mode 0644,
  /// owner 0, npm's fixed mtime, no directory entries, gzip mtime 0 and OS byte 255.
  public static func create(_ files: [String: [UInt8]]) -> [UInt8] {
    let sorted = files.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
    return Gzip.compress(Tar.archive(sorted.map { ("package/" + $0.key, $0.value) }))
  }

  /// What `cruftc pack` produced.
  public struct Packed: Sendable {
    public var manifest: PackageManifest
    public var paths: [String]
    public var tarball: [UInt8]
    public var integrity: SHA512Digest { SHA512Digest(of: tarball) }
  }

  public struct PackError: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Directory names never packed, at any depth: other tools' metadata and installed dependencies.
  static let excludedDirectories: Set<String> = ["node_modules", ".git", ".svn", ".hg", "CVS"]
  /// File names never packed, at any depth; `.npmrc` can hold registry tokens.
  static let excludedFiles: Set<String> = [".npmrc", ".DS_Store", "npm-debug.log"]

  /// Packs a package directory as `npm pack` would, in the simplified rules of docs/provenance.md.
  public static func pack(directory: String, limits: TarballLimits = TarballLimits()) throws(PackError)
    -> Packed
  {
    guard FileIO.isDirectory(directory, followSymlinks: true) else {
      throw PackError(description: "\(directory) is not a directory")
    }
    var candidates: [String] = []
    try walk(directory, relative: "", into: &candidates)
    let manifestBytes: [UInt8]
    do {
      manifestBytes = try FileIO.read(directory + "/package.json", limit: limits.maximumFileSize).bytes
    } catch {
      throw PackError(
        description: error.kind == .notFound ? "\(directory) has no package.json" : error.description)
    }
    let manifest: PackageManifest
    let json: JSONValue
    do {
      (manifest, json) = try PackageManifest.parse(manifestBytes)
    } catch {
      throw PackError(description: "\(directory)/\(error.reason)")
    }
    let selected = try select(candidates, json: json)
    var files: [String: [UInt8]] = [:]
    var total = 0
    for path in selected {
      let bytes: [UInt8]
      do {
        bytes = try FileIO.read(directory + "/" + path, limit: limits.maximumFileSize, followSymlinks: false)
          .bytes
      } catch {
        throw PackError(description: error.description)
      }
      total += bytes.count
      guard total <= limits.maximumTotalSize else {
        throw PackError(description: "the package is larger than \(limits.maximumTotalSize) bytes")
      }
      files[path] = bytes
    }
    return Packed(manifest: manifest, paths: selected, tarball: create(files))
  }

  private static func walk(_ directory: String, relative: String, into out: inout [String]) throws(PackError)
  {
    let names: [String]
    do {
      names = try FileIO.entries(directory + (relative.isEmpty ? "" : "/" + relative))
    } catch {
      throw PackError(description: error.description)
    }
    for name in names {
      let path = relative.isEmpty ? name : relative + "/" + name
      let full = directory + "/" + path
      var info = stat()
      guard lstat(full, &info) == 0 else { throw PackError(description: "\(full): cannot be read") }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        if excludedDirectories.contains(name) { continue }
        try walk(directory, relative: path, into: &out)
      case S_IFREG:
        if excludedFiles.contains(name) { continue }
        out.append(path)
      case S_IFLNK:
        throw PackError(
          description: "\(full) is a symbolic link; cruft packages cannot carry links (copy the file instead)"
        )
      default:
        throw PackError(description: "\(full) is not a regular file")
      }
    }
  }

  /// The files npm would publish: with a `"files"` list, the listed paths (folders include everything
  /// under them, `!` entries exclude) plus package.json, README*, LICENSE*/LICENCE* and `main`; without
  /// one, everything but dotfiles at the top level, other than `.npmignore`.
  static func select(_ candidates: [String], json: JSONValue) throws(PackError) -> [String] {
    guard let filesValue = json["files"] else {
      return candidates.filter { path in
        let top = path.split(separator: "/").first.map(String.init) ?? path
        return !top.hasPrefix(".") || path == ".npmignore"
      }
    }
    guard let entries = filesValue.arrayValue else {
      throw PackError(description: "package.json \"files\" must be an array of strings")
    }
    var includes: [[Substring]] = []
    var excludes: [[Substring]] = []
    for entry in entries {
      guard var pattern = entry.stringValue else {
        throw PackError(description: "package.json \"files\" must be an array of strings")
      }
      let negated = pattern.hasPrefix("!")
      if negated { pattern.removeFirst() }
      while pattern.hasPrefix("./") { pattern.removeFirst(2) }
      while pattern.hasPrefix("/") { pattern.removeFirst() }
      let segments = pattern.split(separator: "/").filter { $0 != "." }
      if segments.isEmpty { continue }
      if negated { excludes.append(segments) } else { includes.append(segments) }
    }
    let main = json["main"]?.stringValue.map { path in
      var path = path
      while path.hasPrefix("./") { path.removeFirst(2) }
      return path
    }
    return candidates.filter { path in
      let segments = path.split(separator: "/")
      if segments.count == 1 {
        let lower = path.lowercased()
        if path == "package.json" || lower.hasPrefix("readme") || lower.hasPrefix("license")
          || lower.hasPrefix("licence")
        {
          return true
        }
      }
      if let main, path == main || path == main + ".js" { return true }
      let included = includes.contains { Glob.matchesPathOrAncestor($0, segments) }
      return included && !excludes.contains { Glob.matchesPathOrAncestor($0, segments) }
    }
  }
}

/// The subset of glob syntax npm's `"files"` entries use: `*` and `?` within one path segment, `**`
/// across segments. Patterns are rooted at the package folder.
enum Glob {
  /// Whether the pattern matches the path or one of its ancestor folders (which includes the path).
  static func matchesPathOrAncestor(_ pattern: [Substring], _ path: [Substring]) -> Bool {
    (1...max(1, path.count)).contains { matches(pattern[...], path[0..<$0]) }
  }

  static func matches(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "**" {
      let rest = pattern.dropFirst()
      return (path.startIndex...path.endIndex).contains { matches(rest, path[$0...]) }
    }
    guard let segment = path.first, matchesSegment(Array(first.utf8)[...], Array(segment.utf8)[...]) else {
      return false
    }
    return matches(pattern.dropFirst(), path.dropFirst())
  }

  static func matchesSegment(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
    guard let first = pattern.first else { return text.isEmpty }
    switch first {
    case UInt8(ascii: "*"):
      let rest = pattern.dropFirst()
      return (text.startIndex...text.endIndex).contains { matchesSegment(rest, text[$0...]) }
    case UInt8(ascii: "?"):
      return !text.isEmpty && matchesSegment(pattern.dropFirst(), text.dropFirst())
    default:
      return text.first == first && matchesSegment(pattern.dropFirst(), text.dropFirst())
    }
  }
}
