/// The bytes of one input file and the mapping from byte offsets to lines and columns.
///
/// Every stage reports positions as byte offsets into a `SourceFile`; lines and columns are only
/// computed when a diagnostic is rendered, so the hot paths never pay for them.
public final class SourceFile: Sendable {
  /// The path as the user named it (or a bundle-relative module name); never resolved to a host path.
  public let path: String
  /// The file's bytes exactly as read.
  public let bytes: [UInt8]
  /// Byte offset of the first byte of every line, in ascending order; `lineStarts[0] == 0`.
  public let lineStarts: [Int]
  /// Whether each line is pure ASCII, where a column is just a byte count (minified code mostly is).
  private let asciiLines: [Bool]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    let starts = SourceFile.computeLineStarts(bytes)
    self.lineStarts = starts
    var ascii = [Bool](repeating: true, count: starts.count)
    var line = 0
    for (offset, byte) in bytes.enumerated() where byte >= 0x80 {
      while line + 1 < starts.count && starts[line + 1] <= offset { line += 1 }
      ascii[line] = false
    }
    self.asciiLines = ascii
  }

  public convenience init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// Line terminators are those of ECMAScript: LF, CR, CR LF, U+2028 and U+2029.
  private static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      } else if b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80
        && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
      {
        i += 2
        starts.append(i + 1)
      }
      i += 1
    }
    return starts
  }

  /// The 1-based line containing `offset`.
  public func line(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low + 1
  }

  /// The location of a byte offset; columns count UTF-16 code units, as editors and LSP do.
  public func location(of offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    let line = line(containing: clamped)
    let start = lineStarts[line - 1]
    let column = asciiLines[line - 1] ? clamped - start : utf16Length(from: start, to: clamped)
    return SourceLocation(offset: clamped, line: line, column: column + 1)
  }

  /// The byte range of a 1-based line, without its terminator.
  public func lineRange(_ line: Int) -> Range<Int> {
    let start = lineStarts[line - 1]
    guard line < lineStarts.count else { return start..<bytes.count }
    var end = lineStarts[line]
    if bytes[end - 1] == 0x0A {
      end -= 1
      if end > start && bytes[end - 1] == 0x0D { end -= 1 }
    } else if bytes[end - 1] == 0x0D {
      end -= 1
    } else {
      end -= 3  // U+2028 or U+2029
    }
    return start..<end
  }

  /// Counts UTF-16 code units in a byte range, treating each invalid byte as one unit.
  public func utf16Length(from start: Int, to end: Int) -> Int {
    var count = 0
    var i = start
    while i < end {
      let b = bytes[i]
      let width: Int
      if b < 0x80 {
        width = 1
      } else if b >= 0xF0 && b < 0xF8 {
        width = 4
        count += 1  // a supplementary-plane scalar is two UTF-16 units
      } else if b >= 0xE0 && b < 0xF0 {
        width = 3
      } else if b >= 0xC0 && b < 0xE0 {
        width = 2
      } else {
        width = 1
      }
      count += 1
      i += width
    }
    return count
  }
}

/// A position in a source file: the byte offset, and the 1-based line and UTF-16 column.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
  public var offset: Int
  public var line: Int
  public var column: Int

  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}
