/// POSIX path arithmetic with the results of Node's `path.resolve`, `path.dirname` and
/// `Module._nodeModulePaths`. Lexical only: symlinks are resolved by `FileSystem.realpath` at the end.
enum PosixPath {
  /// `path.resolve(base, relative)`: an absolute, normalized path without a trailing slash.
  static func resolve(_ base: String, _ relative: String) -> String {
    relative.hasPrefix("/") ? normalize(relative) : normalize(base + "/" + relative)
  }

  /// Collapses empty, `.` and `..` segments of an absolute path; `..` at the root stays at the root.
  static func normalize(_ path: String) -> String {
    var segments: [Substring] = []
    for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch segment {
      case ".": continue
      case "..": if !segments.isEmpty { segments.removeLast() }
      default: segments.append(segment)
      }
    }
    return "/" + segments.joined(separator: "/")
  }

  static func dirname(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func basename(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The extension including its dot (".js"), or "" when the file name has none. A leading dot
  /// (".eslintrc") does not start an extension, as in `path.extname`.
  static func extensionName(_ path: String) -> String {
    let name = basename(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[dot...])
  }

  /// The `node_modules` folders searched for a bare specifier written in a file of `directory`, nearest
  /// first. Folders that are themselves named `node_modules` get no nested `node_modules/node_modules`.
  static func nodeModulesFolders(from directory: String) -> [String] {
    var folders: [String] = []
    var current = normalize(directory)
    while true {
      if basename(current) != "node_modules" && current != "/" {
        folders.append(current + "/node_modules")
      }
      if current == "/" { break }
      current = dirname(current)
    }
    folders.append("/node_modules")
    return folders
  }

  /// Whether `path` is `directory` itself or lies inside it.
  static func isInside(_ path: String, _ directory: String) -> Bool {
    directory == "/" || path == directory || path.hasPrefix(directory + "/")
  }
}

/// The path component of `file:` URLs, kept percent-encoded, because the ES module algorithm (which
/// `require` also uses for "exports" and "imports") resolves targets as URLs: `%20` means a space,
/// `?` and `#` end the path, `\` separates segments, and `%2e` is a dot segment.
enum FileURLPath {
  /// `pathToFileURL(path).pathname`.
  static func fromPath(_ path: String) -> String {
    var result = ""
    for scalar in path.unicodeScalars {
      switch scalar {
      case "%": result += "%25"
      case "\\": result += "%5C"
      case "\n": result += "%0A"
      case "\r": result += "%0D"
      case "\t": result += "%09"
      case "?": result += "%3F"
      case "#": result += "%23"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `new URL(reference, base).pathname` for a reference without a scheme or authority and a base that
  /// is an absolute URL path.
  static func resolve(_ reference: String, against base: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in reference.unicodeScalars where scalar != "\t" && scalar != "\n" && scalar != "\r" {
      scalars.append(scalar == "\\" ? "/" : scalar)
    }
    var reference = String(scalars)
    if let end = reference.firstIndex(where: { $0 == "?" || $0 == "#" }) {
      reference = String(reference[..<end])
    }
    if reference.hasPrefix("/") { return normalize(reference) }
    let directory = base.lastIndex(of: "/").map { String(base[...$0]) } ?? "/"
    return normalize(directory + reference)
  }

  /// Removes dot segments the way the URL parser does: a final `.` or `..` leaves a trailing slash.
  static func normalize(_ path: String) -> String {
    let parts = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    var output: [Substring] = []
    for (position, part) in parts.enumerated() {
      let isLast = position == parts.count - 1
      switch dotSegment(part) {
      case 2:
        if !output.isEmpty { output.removeLast() }
        if isLast { output.append("") }
      case 1:
        if isLast { output.append("") }
      default:
        output.append(part)
      }
    }
    return "/" + output.joined(separator: "/")
  }

  /// 1 for `.` (or `%2e`), 2 for `..` (in any mix of `.` and `%2e`), 0 otherwise.
  private static func dotSegment(_ part: Substring) -> Int {
    let lowered = part.lowercased()
    switch lowered {
    case ".", "%2e": return 1
    case "..", ".%2e", "%2e.", "%2e%2e": return 2
    default: return 0
    }
  }

  /// Whether the URL path holds an encoded `/` or `\`, which Node refuses to decode into a file path.
  static func hasEncodedSeparator(_ urlPath: String) -> Bool {
    let lowered = urlPath.lowercased()
    return lowered.contains("%2f") || lowered.contains("%5c")
  }

  /// `fileURLToPath`: percent-decodes the URL path into a file path.
  static func toPath(_ urlPath: String) -> String {
    guard urlPath.contains("%") else { return urlPath }
    var bytes: [UInt8] = []
    let utf8 = Array(urlPath.utf8)
    var index = 0
    while index < utf8.count {
      if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
        let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
      {
        bytes.append(high << 4 | low)
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 48...57: byte - 48
    case 65...70: byte - 55
    case 97...102: byte - 87
    default: nil
    }
  }
}
