import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An I/O failure with a message that names the path and never the file's contents.
public struct FileIOError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    case notFound
    case alreadyExists
    case notRegularFile
    case tooLarge(limit: Int)
    case system(String)
  }

  public var path: String
  public var kind: Kind

  /// The failure without the path, for messages that name the path themselves.
  public var reason: String {
    switch kind {
    case .notFound: "no such file or directory"
    case .alreadyExists: "it already exists"
    case .notRegularFile: "not a regular file"
    case .tooLarge(let limit): "larger than \(limit) bytes"
    case .system(let reason): reason
    }
  }

  public var description: String {
    switch kind {
    case .notFound: "\(path): no such file"
    case .alreadyExists: "\(path) already exists; refusing to overwrite it"
    case .notRegularFile: "\(path) is not a regular file"
    case .tooLarge(let limit): "\(path) is larger than \(limit) bytes"
    case .system(let reason): "\(path): \(reason)"
    }
  }
}

/// Bounded reads for the driver: a file larger than the limit is refused before it is read.
public enum BoundedFile {
  public static func read(_ path: String, limit: Int) throws(FileIOError) -> [UInt8] {
    try FileIO.read(path, limit: limit).bytes
  }
}

/// File access for untrusted and secret files: sizes are bounded before anything is read, special
/// files are refused, and new files are created exclusively so that nothing is silently replaced.
enum FileIO {
  static func systemError(_ path: String) -> FileIOError {
    let code = errno
    switch code {
    case ENOENT: return FileIOError(path: path, kind: .notFound)
    case EEXIST: return FileIOError(path: path, kind: .alreadyExists)
    case ELOOP: return FileIOError(path: path, kind: .system("is a symbolic link"))
    default: return FileIOError(path: path, kind: .system(String(cString: strerror(code))))
    }
  }

  /// The contents of a regular file of at most `limit` bytes, plus its permission bits.
  /// With `followSymlinks` false a symbolic link is refused, as a registry may hold hostile ones.
  static func read(_ path: String, limit: Int, followSymlinks: Bool = true) throws(FileIOError) -> (
    bytes: [UInt8], mode: mode_t
  ) {
    let flags = O_RDONLY | O_CLOEXEC | (followSymlinks ? 0 : O_NOFOLLOW)
    let fd = open(path, flags)
    guard fd >= 0 else { throw systemError(path) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw systemError(path) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw FileIOError(path: path, kind: .notRegularFile) }
    guard info.st_size <= limit else { throw FileIOError(path: path, kind: .tooLarge(limit: limit)) }
    // Read one byte past the limit in case the file grows between fstat and read.
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
    var count = 0
    while count < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw systemError(path)
      }
      if n == 0 { break }
      count += n
      if count > limit { throw FileIOError(path: path, kind: .tooLarge(limit: limit)) }
      if count == bytes.count && count <= limit {
        bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096))
      }
    }
    bytes.removeSubrange(count...)
    return (bytes, info.st_mode & 0o7777)
  }

  /// Creates `path` with `mode` and writes `bytes`; fails if anything exists at `path` (O_EXCL, which
  /// also refuses to follow a planted symbolic link).
  static func createExclusively(_ path: String, bytes: [UInt8], mode: mode_t) throws(FileIOError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
    guard fd >= 0 else { throw systemError(path) }
    var failure: FileIOError?
    var written = 0
    while written < bytes.count {
      let n = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        failure = systemError(path)
        break
      }
      written += n
    }
    if failure == nil && fsync(fd) != 0 { failure = systemError(path) }
    close(fd)
    if let failure {
      unlink(path)
      throw failure
    }
  }

  /// Writes `bytes` to a new temporary file next to `path` and renames it over `path`, so that readers
  /// see either the old or the new contents.
  static func replaceAtomically(_ path: String, bytes: [UInt8], mode: mode_t = 0o644) throws(FileIOError) {
    let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try createExclusively(temporary, bytes: bytes, mode: mode)
    guard rename(temporary, path) == 0 else {
      let error = systemError(path)
      unlink(temporary)
      throw error
    }
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  static func isDirectory(_ path: String, followSymlinks: Bool = false) -> Bool {
    var info = stat()
    let status = followSymlinks ? stat(path, &info) : lstat(path, &info)
    return status == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The names in a directory, sorted bytewise; symbolic links are reported by `lstat` to the caller.
  static func entries(_ path: String) throws(FileIOError) -> [String] {
    guard let dir = opendir(path) else { throw systemError(path) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  static func makeDirectory(_ path: String, mode: mode_t = 0o755) throws(FileIOError) {
    guard mkdir(path, mode) == 0 else { throw systemError(path) }
  }

  /// Creates every missing directory of `path`; existing directories are fine, anything else is not.
  static func makeDirectories(_ path: String) throws(FileIOError) {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      if isDirectory(current) { continue }
      if mkdir(current, 0o755) != 0 && !(errno == EEXIST && isDirectory(current)) {
        throw systemError(current)
      }
    }
  }

  /// Removes a directory tree that this process created (never follows symbolic links).
  static func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR {
      for name in (try? entries(path)) ?? [] { removeTree(path + "/" + name) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}
