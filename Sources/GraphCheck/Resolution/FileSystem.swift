import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The four file-system questions module resolution asks. `local` answers them from the real disk;
/// a test or a tarball reader can substitute other answers.
public struct FileSystem: Sendable {
  /// Whether a regular file exists at the path, following symlinks (Node's `stat(path).isFile()`).
  public var fileExists: @Sendable (String) -> Bool
  /// Whether a directory exists at the path, following symlinks.
  public var directoryExists: @Sendable (String) -> Bool
  /// The contents of a file, or nil when it cannot be read.
  public var readFile: @Sendable (String) -> Data?
  /// The canonical absolute path with every symlink resolved, or nil when the path does not exist.
  public var realpath: @Sendable (String) -> String?

  public init(
    fileExists: @escaping @Sendable (String) -> Bool,
    directoryExists: @escaping @Sendable (String) -> Bool,
    readFile: @escaping @Sendable (String) -> Data?,
    realpath: @escaping @Sendable (String) -> String?
  ) {
    self.fileExists = fileExists
    self.directoryExists = directoryExists
    self.readFile = readFile
    self.realpath = realpath
  }

  /// The machine's own file system.
  public static let local = FileSystem(
    fileExists: { path in LocalFileSystem.mode(of: path) == S_IFREG },
    directoryExists: { path in LocalFileSystem.mode(of: path) == S_IFDIR },
    readFile: { path in FileManager.default.contents(atPath: path) },
    realpath: { path in LocalFileSystem.realpath(path) }
  )
}

private enum LocalFileSystem {
  /// The file-type bits of `stat(2)`, or nil when the path does not exist.
  static func mode(of path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & S_IFMT
  }

  static func realpath(_ path: String) -> String? {
    #if canImport(Glibc)
      guard let resolved = Glibc.realpath(path, nil) else { return nil }
    #else
      guard let resolved = Darwin.realpath(path, nil) else { return nil }
    #endif
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
