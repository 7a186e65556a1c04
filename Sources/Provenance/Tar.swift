/// Why a package tarball was refused. Each case names the offending entry where there is one.
public enum TarballError: Error, Sendable, Equatable, CustomStringConvertible {
  case notGzip
  case compression(String)
  case truncated
  case trailingData
  case tooLarge(limit: Int)
  case fileTooLarge(path: String, limit: Int)
  case compressionRatio(limit: Int)
  case tooManyEntries(limit: Int)
  case badHeaderChecksum(entry: Int)
  case malformedHeader(entry: Int, reason: String)
  case pathTraversal(name: String)
  case absolutePath(name: String)
  case invalidName(name: String, reason: String)
  case link(name: String, target: String, hard: Bool)
  case specialFile(name: String, kind: String)
  case unsupportedEntry(name: String, type: UInt8)
  case duplicateEntry(path: String)
  case pathConflict(path: String)

  public var description: String {
    switch self {
    case .notGzip: "not a gzip file"
    case .compression(let reason): "corrupt compressed data (\(reason))"
    case .truncated: "the archive is truncated"
    case .trailingData: "data follows the end of the archive"
    case .tooLarge(let limit): "the archive unpacks to more than \(limit) bytes"
    case .fileTooLarge(let path, let limit): "\(Display.quoted(path)) is larger than \(limit) bytes"
    case .compressionRatio(let limit):
      "the archive expands more than \(limit) times its compressed size (a decompression bomb)"
    case .tooManyEntries(let limit): "the archive has more than \(limit) entries"
    case .badHeaderChecksum(let entry): "tar header \(entry) has a bad checksum"
    case .malformedHeader(let entry, let reason): "tar header \(entry) is malformed: \(reason)"
    case .pathTraversal(let name): "entry \(Display.quoted(name)) climbs out of the package with '..'"
    case .absolutePath(let name): "entry \(Display.quoted(name)) has an absolute path"
    case .invalidName(let name, let reason): "entry \(Display.quoted(name)) has an invalid name: \(reason)"
    case .link(let name, let target, let hard):
      "entry \(Display.quoted(name)) is a \(hard ? "hard" : "symbolic") link to \(Display.quoted(target)); "
        + "packages may not contain links"
    case .specialFile(let name, let kind):
      "entry \(Display.quoted(name)) is a \(kind); packages hold only files"
    case .unsupportedEntry(let name, let type):
      "entry \(Display.quoted(name)) has the unsupported tar type \(Display.quoted(String(UnicodeScalar(type))))"
    case .duplicateEntry(let path): "\(Display.quoted(path)) appears twice in the archive"
    case .pathConflict(let path): "\(Display.quoted(path)) is both a file and a folder in the archive"
    }
  }
}

/// ustar archives (POSIX.1-1988) with the PAX and GNU long-name extensions that `npm pack` emits.
enum Tar {
  static let blockSize = 512
  /// npm's fixed timestamp for reproducible packs: 1985-10-26T08:15:00Z.
  static let fixedModificationTime = 499_162_500

  // MARK: Writing

  /// A deterministic archive of `files` (full archive paths, already sorted by the caller).
  static func archive(_ files: [(path: String, bytes: [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    for file in files {
      let path = Array(file.path.utf8)
      var name = path
      var prefix: [UInt8] = []
      if path.count > 100 {
        if let split = ustarSplit(path) {
          (prefix, name) = split
        } else {
          // Neither field pair holds the path: a PAX header carries it, as npm's node-tar does.
          let record = paxRecord(key: "path", value: path)
          let base = Array(path.split(separator: UInt8(ascii: "/")).last ?? [])
          out += header(
            name: Array(("PaxHeader/" + String(decoding: base, as: UTF8.self)).utf8.prefix(100)),
            prefix: [], size: record.count, type: UInt8(ascii: "x"))
          out += padded(record)
          name = Array(path.suffix(100))
        }
      }
      out += header(name: name, prefix: prefix, size: file.bytes.count, type: UInt8(ascii: "0"))
      out += padded(file.bytes)
    }
    out += [UInt8](repeating: 0, count: 2 * blockSize)
    return out
  }

  private static func ustarSplit(_ path: [UInt8]) -> (prefix: [UInt8], name: [UInt8])? {
    for index in path.indices.reversed() where path[index] == UInt8(ascii: "/") {
      let prefix = Array(path[..<index])
      let name = Array(path[(index + 1)...])
      if name.count > 100 { return nil }
      if prefix.count <= 155 && !name.isEmpty { return (prefix, name) }
    }
    return nil
  }

  /// One `"<length> key=value\n"` record, whose length counts its own digits.
  static func paxRecord(key: String, value: [UInt8]) -> [UInt8] {
    let body = Array(" \(key)=".utf8) + value + [0x0A]
    var length = body.count + 1
    while String(length).utf8.count + body.count != length { length = String(length).utf8.count + body.count }
    return Array(String(length).utf8) + body
  }

  private static func padded(_ bytes: [UInt8]) -> [UInt8] {
    let remainder = bytes.count % blockSize
    return remainder == 0 ? bytes : bytes + [UInt8](repeating: 0, count: blockSize - remainder)
  }

  private static func header(name: [UInt8], prefix: [UInt8], size: Int, type: UInt8) -> [UInt8] {
    var block = [UInt8](repeating: 0, count: blockSize)
    func put(_ bytes: [UInt8], at offset: Int) {
      for (index, byte) in bytes.enumerated() { block[offset + index] = byte }
    }
    func octal(_ value: Int, width: Int) -> [UInt8] {
      let digits = String(value, radix: 8)
      return Array((String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits).utf8) + [0]
    }
    put(name, at: 0)
    put(octal(0o644, width: 8), at: 100)
    put(octal(0, width: 8), at: 108)
    put(octal(0, width: 8), at: 116)
    put(octal(size, width: 12), at: 124)
    put(octal(fixedModificationTime, width: 12), at: 136)
    block[156] = type
    put(Array("ustar\0".utf8) + Array("00".utf8), at: 257)
    put(octal(0, width: 8), at: 329)
    put(octal(0, width: 8), at: 337)
    put(prefix, at: 345)
    put(Array(repeating: UInt8(ascii: " "), count: 8), at: 148)
    let sum = block.reduce(0) { $0 + Int($1) }
    put(octal(sum, width: 7) + [UInt8(ascii: " ")], at: 148)
    return block
  }

  // MARK: Reading

  /// The regular files of a tar stream, by normalized path (without the top-level folder).
  static func files(in tar: [UInt8], limits: TarballLimits) throws(TarballError) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    var offset = 0
    var entryIndex = 0
    var totalSize = 0
    var paxPath: [UInt8]?
    var paxSize: Int?
    var longName: [UInt8]?
    var pendingMetadata = false
    while true {
      guard offset + blockSize <= tar.count else { throw .truncated }
      let block = tar[offset..<(offset + blockSize)]
      if block.allSatisfy({ $0 == 0 }) {
        guard !pendingMetadata else {
          throw .malformedHeader(entry: entryIndex, reason: "an extended header is followed by no entry")
        }
        guard tar[offset...].allSatisfy({ $0 == 0 }) else { throw .trailingData }
        break
      }
      entryIndex += 1
      guard entryIndex / 3 <= limits.maximumEntries else {
        throw .tooManyEntries(limit: limits.maximumEntries)
      }
      try checkChecksum(block, entry: entryIndex)
      let type = block[block.startIndex + 156]
      let isUstar = tar[(offset + 257)..<(offset + 263)].elementsEqual(Array("ustar\0".utf8))
      var name = field(block, 0, 100)
      if isUstar {
        let prefix = field(block, 345, 155)
        if !prefix.isEmpty { name = prefix + [UInt8(ascii: "/")] + name }
      }
      let isMetadata = [UInt8(ascii: "x"), UInt8(ascii: "g"), UInt8(ascii: "L"), UInt8(ascii: "K")].contains(
        type)
      var size = try number(block, 124, 12, entry: entryIndex)
      if !isMetadata {
        if let longName { name = longName }
        if let paxPath { name = paxPath }
        if let paxSize { size = paxSize }
      }
      let isFile = type == UInt8(ascii: "0") || type == 0 || type == UInt8(ascii: "7")
      let nameText = String(decoding: name, as: UTF8.self)
      let sizeLimit = isMetadata ? 1 << 20 : (isFile ? limits.maximumFileSize : 0)
      if size > sizeLimit {
        if isFile { throw .fileTooLarge(path: nameText, limit: limits.maximumFileSize) }
        if isMetadata {
          throw .malformedHeader(entry: entryIndex, reason: "extended header larger than 1 MiB")
        }
      }
      let dataStart = offset + blockSize
      let (dataEnd, overflow) = dataStart.addingReportingOverflow(size)
      guard !overflow, dataEnd <= tar.count else { throw .truncated }
      let data = tar[dataStart..<dataEnd]
      offset = dataStart + (size + blockSize - 1) / blockSize * blockSize
      guard offset <= tar.count else { throw .truncated }

      switch type {
      case UInt8(ascii: "x"):
        (paxPath, paxSize) = try paxHeader(Array(data), entry: entryIndex, limits: limits)
        pendingMetadata = true
        continue
      case UInt8(ascii: "g"):
        // Global headers carry archive-wide defaults (npm writes none); validate and ignore them.
        _ = try paxHeader(Array(data), entry: entryIndex, limits: limits)
        continue
      case UInt8(ascii: "L"):
        longName = Array(data.prefix { $0 != 0 })
        pendingMetadata = true
        continue
      case UInt8(ascii: "K"):
        pendingMetadata = true
        continue
      default:
        break
      }
      paxPath = nil
      paxSize = nil
      longName = nil
      pendingMetadata = false

      switch type {
      case UInt8(ascii: "1"), UInt8(ascii: "2"):
        throw .link(
          name: nameText, target: String(decoding: field(block, 157, 100), as: UTF8.self),
          hard: type == UInt8(ascii: "1"))
      case UInt8(ascii: "3"): throw .specialFile(name: nameText, kind: "character device")
      case UInt8(ascii: "4"): throw .specialFile(name: nameText, kind: "block device")
      case UInt8(ascii: "6"): throw .specialFile(name: nameText, kind: "FIFO")
      case UInt8(ascii: "5"):
        _ = try normalizedPath(name, allowEmpty: true)
      default:
        guard isFile else { throw .unsupportedEntry(name: nameText, type: type) }
        let path = try normalizedPath(name, allowEmpty: false)
        guard files[path] == nil else { throw .duplicateEntry(path: path) }
        guard files.count < limits.maximumEntries else { throw .tooManyEntries(limit: limits.maximumEntries) }
        totalSize += size
        guard totalSize <= limits.maximumTotalSize else { throw .tooLarge(limit: limits.maximumTotalSize) }
        files[path] = Array(data)
      }
    }
    for path in files.keys {
      var ancestor = Substring(path)
      while let slash = ancestor.lastIndex(of: "/") {
        ancestor = ancestor[..<slash]
        if files[String(ancestor)] != nil { throw .pathConflict(path: String(ancestor)) }
      }
    }
    return files
  }

  /// A NUL-terminated header field.
  private static func field(_ block: ArraySlice<UInt8>, _ start: Int, _ length: Int) -> [UInt8] {
    let base = block.startIndex + start
    return Array(block[base..<(base + length)].prefix { $0 != 0 })
  }

  /// An octal number field (spaces or NULs around the digits), or GNU base-256 when the high bit is set.
  private static func number(_ block: ArraySlice<UInt8>, _ start: Int, _ length: Int, entry: Int)
    throws(TarballError) -> Int
  {
    let bytes = Array(block[(block.startIndex + start)..<(block.startIndex + start + length)])
    if bytes[0] & 0x80 != 0 {
      guard bytes[0] == 0x80, bytes[1..<(length - 7)].allSatisfy({ $0 == 0 }) else {
        throw .malformedHeader(entry: entry, reason: "negative or huge base-256 number")
      }
      return bytes[(length - 7)...].reduce(0) { $0 << 8 | Int($1) }
    }
    var value = 0
    var index = 0
    while index < length && bytes[index] == 0x20 { index += 1 }
    // A 12-character field holds at most 12 digits (2^36), well inside Int.
    while index < length, (0x30...0x37).contains(bytes[index]) {
      value = value * 8 + Int(bytes[index] - 0x30)
      index += 1
    }
    guard index == length || bytes[index...].allSatisfy({ $0 == 0 || $0 == 0x20 }) else {
      throw .malformedHeader(entry: entry, reason: "a numeric field holds a non-octal character")
    }
    return value
  }

  private static func checkChecksum(_ block: ArraySlice<UInt8>, entry: Int) throws(TarballError) {
    let stored = try number(block, 148, 8, entry: entry)
    var unsigned = 0
    var signed = 0
    for (index, byte) in block.enumerated() {
      let value = (148..<156).contains(index) ? 0x20 : byte
      unsigned += Int(value)
      signed += Int(Int8(bitPattern: value))
    }
    // Some historical writers summed signed bytes; both are accepted by every tar reader.
    guard stored == unsigned || stored == signed else { throw .badHeaderChecksum(entry: entry) }
  }

  /// The `path` and `size` of a PAX extended header; every record must be well formed.
  private static func paxHeader(_ data: [UInt8], entry: Int, limits: TarballLimits) throws(TarballError) -> (
    path: [UInt8]?, size: Int?
  ) {
    var path: [UInt8]?
    var size: Int?
    var index = 0
    while index < data.count {
      var length = 0
      var cursor = index
      while cursor < data.count, (0x30...0x39).contains(data[cursor]), length < 1 << 21 {
        length = length * 10 + Int(data[cursor] - 0x30)
        cursor += 1
      }
      guard cursor < data.count, data[cursor] == 0x20, length > cursor - index + 1,
        index + length <= data.count,
        data[index + length - 1] == 0x0A
      else {
        // Trailing NUL padding after the last record is tolerated, as GNU tar does.
        if data[index...].allSatisfy({ $0 == 0 }) { break }
        throw .malformedHeader(entry: entry, reason: "malformed PAX record")
      }
      let record = data[(cursor + 1)..<(index + length - 1)]
      guard let equals = record.firstIndex(of: UInt8(ascii: "=")) else {
        throw .malformedHeader(entry: entry, reason: "PAX record without '='")
      }
      let key = String(decoding: record[..<equals], as: UTF8.self)
      let value = Array(record[(equals + 1)...])
      switch key {
      case "path": path = value
      case "size":
        guard !value.isEmpty, value.count <= 18, value.allSatisfy({ (0x30...0x39).contains($0) }),
          let parsed = Int(String(decoding: value, as: UTF8.self))
        else { throw .malformedHeader(entry: entry, reason: "PAX size is not a number") }
        size = parsed
      default: break
      }
      index += length
    }
    return (path, size)
  }

  /// The path inside the package: separators collapsed, `.` dropped, and the top-level folder
  /// (`package/` in npm's tarballs, whatever its name) removed, as npm does when it installs.
  static func normalizedPath(_ raw: [UInt8], allowEmpty: Bool) throws(TarballError) -> String {
    let name = String(decoding: raw, as: UTF8.self)
    guard Array(name.utf8) == raw else { throw .invalidName(name: name, reason: "not valid UTF-8") }
    guard !raw.contains(0) else { throw .invalidName(name: name, reason: "contains a NUL byte") }
    guard !raw.contains(UInt8(ascii: "\\")) else {
      throw .invalidName(name: name, reason: "contains a backslash, a path separator on Windows")
    }
    guard raw.first != UInt8(ascii: "/") else { throw .absolutePath(name: name) }
    var components: [Substring] = []
    for component in name.split(separator: "/", omittingEmptySubsequences: true) where component != "." {
      guard component != ".." else { throw .pathTraversal(name: name) }
      components.append(component)
    }
    // A drive letter (C:) makes a path absolute on Windows.
    if let first = components.first, first.count >= 2, first.dropFirst().first == ":" {
      throw .absolutePath(name: name)
    }
    let inside = components.dropFirst()
    if inside.isEmpty && !allowEmpty {
      throw .invalidName(name: name, reason: "files must be inside the package's top-level folder")
    }
    return inside.joined(separator: "/")
  }
}
