/// The byte form of a `BytecodeModule`, as a bundle's `code` section stores it.
///
///     "CRBC"  u32 version
///     u32 constant count, constants: u8 tag, then
///         0 number: u64 bit pattern
///         1 string: u32 length, UTF-16 units (u16 each)
///         2 bigint: u32 length, ASCII digits
///         3 template: u32 count, per part: u8 has-cooked, [cooked string], raw string
///         4 regexp: pattern string, flags as u32 length + ASCII
///     u32 function count, functions: name string, u8 kind, u32 length, u32 parameterCount,
///         u32 registerCount, u32 inlineCacheCount, u32 code words + words,
///         u32 handler count + (start, end, handler, register) each,
///         u32 position count + (pc, line, column) each,
///         u32 callee text count + (pc, string) each (from version 2 on)
///
/// Version 1 (before callee texts) still decodes, with no callee texts, and a module without any is
/// still written in it.
/// All integers are little-endian. Decoding bounds every count by the bytes that remain before it
/// allocates, and refuses trailing bytes; structural checks of the code itself are the VM's verifier's.
public enum BytecodeEncoding {
  public static let magic: [UInt8] = Array("CRBC".utf8)
  public static let version: UInt32 = 2
  /// The oldest version this decoder reads.
  public static let oldestVersion: UInt32 = 1

  public static func encode(_ module: BytecodeModule) -> [UInt8] {
    var out = ByteWriter()
    // A module without callee texts is written in version 1, byte for byte what it was before they
    // existed (the committed sample bundles stay current).
    let format: UInt32 = module.functions.contains { !$0.calleeTexts.isEmpty } ? version : oldestVersion
    out.bytes += magic
    out.u32(format)
    out.u32(UInt32(module.constants.count))
    for constant in module.constants {
      switch constant {
      case .number(let value):
        out.u8(0)
        out.u64(value.bitPattern)
      case .string(let units):
        out.u8(1)
        out.units(units)
      case .bigint(let text):
        out.u8(2)
        out.ascii(text)
      case .template(let cooked, let raw):
        out.u8(3)
        out.u32(UInt32(raw.count))
        for (index, rawPart) in raw.enumerated() {
          if let cookedPart = cooked[index] {
            out.u8(1)
            out.units(cookedPart)
          } else {
            out.u8(0)
          }
          out.units(rawPart)
        }
      case .regexp(let pattern, let flags):
        out.u8(4)
        out.units(pattern)
        out.ascii(flags)
      }
    }
    out.u32(UInt32(module.functions.count))
    for function in module.functions {
      out.units(function.name)
      out.u8(function.kind.rawValue)
      out.u32(function.length)
      out.u32(function.parameterCount)
      out.u32(function.registerCount)
      out.u32(function.inlineCacheCount)
      out.u32(UInt32(function.code.count))
      for word in function.code { out.u32(word) }
      out.u32(UInt32(function.handlers.count))
      for handler in function.handlers {
        out.u32(handler.start)
        out.u32(handler.end)
        out.u32(handler.handler)
        out.u32(handler.register)
      }
      out.u32(UInt32(function.positions.count))
      for position in function.positions {
        out.u32(position.pc)
        out.u32(position.line)
        out.u32(position.column)
      }
      if format >= 2 {
        out.u32(UInt32(function.calleeTexts.count))
        for callee in function.calleeTexts {
          out.u32(callee.pc)
          out.units(callee.text)
        }
      }
    }
    return out.bytes
  }

  public struct DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { "at byte \(offset): \(message)" }
  }

  public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> BytecodeModule {
    var input = ByteReader(bytes: bytes)
    guard bytes.count >= 8, Array(bytes[0..<4]) == magic else {
      throw DecodingError(offset: 0, message: "not compiled code (no CRBC magic)")
    }
    input.offset = 4
    let found = try input.u32()
    guard found >= oldestVersion && found <= version else {
      throw DecodingError(
        offset: 4,
        message: "code format version \(found); this VM reads versions \(oldestVersion) to \(version)")
    }
    var module = BytecodeModule()
    let constantCount = try input.count(minimumBytesEach: 1)
    module.constants.reserveCapacity(constantCount)
    for _ in 0..<constantCount {
      let tagOffset = input.offset
      switch try input.u8() {
      case 0: module.constants.append(.number(Double(bitPattern: try input.u64())))
      case 1: module.constants.append(.string(try input.units()))
      case 2: module.constants.append(.bigint(try input.ascii()))
      case 3:
        let parts = try input.count(minimumBytesEach: 5)
        var cooked: [[UInt16]?] = []
        var raw: [[UInt16]] = []
        for _ in 0..<parts {
          let hasCooked = try input.u8()
          guard hasCooked <= 1 else {
            throw DecodingError(offset: input.offset - 1, message: "bad template part")
          }
          cooked.append(hasCooked == 1 ? try input.units() : nil)
          raw.append(try input.units())
        }
        module.constants.append(.template(cooked: cooked, raw: raw))
      case 4:
        let pattern = try input.units()
        module.constants.append(.regexp(pattern: pattern, flags: try input.ascii()))
      case let tag:
        throw DecodingError(offset: tagOffset, message: "unknown constant tag \(tag)")
      }
    }
    let functionCount = try input.count(minimumBytesEach: 33)
    module.functions.reserveCapacity(functionCount)
    for _ in 0..<functionCount {
      let name = try input.units()
      let kindOffset = input.offset
      guard let kind = FunctionKind(rawValue: try input.u8()) else {
        throw DecodingError(offset: kindOffset, message: "unknown function kind")
      }
      let length = try input.u32()
      let parameterCount = try input.u32()
      let registerCount = try input.u32()
      let inlineCacheCount = try input.u32()
      let wordCount = try input.count(minimumBytesEach: 4)
      var code: [UInt32] = []
      code.reserveCapacity(wordCount)
      for _ in 0..<wordCount { code.append(try input.u32()) }
      let handlerCount = try input.count(minimumBytesEach: 16)
      var handlers: [BytecodeFunction.Handler] = []
      for _ in 0..<handlerCount {
        handlers.append(
          BytecodeFunction.Handler(
            start: try input.u32(), end: try input.u32(), handler: try input.u32(), register: try input.u32())
        )
      }
      let positionCount = try input.count(minimumBytesEach: 12)
      var positions: [BytecodeFunction.Position] = []
      for _ in 0..<positionCount {
        positions.append(
          BytecodeFunction.Position(pc: try input.u32(), line: try input.u32(), column: try input.u32()))
      }
      var calleeTexts: [BytecodeFunction.CalleeText] = []
      if found >= 2 {
        let calleeCount = try input.count(minimumBytesEach: 8)
        for _ in 0..<calleeCount {
          calleeTexts.append(BytecodeFunction.CalleeText(pc: try input.u32(), text: try input.units()))
        }
      }
      module.functions.append(
        BytecodeFunction(
          name: name, kind: kind, length: length, parameterCount: parameterCount,
          registerCount: registerCount,
          inlineCacheCount: inlineCacheCount, code: code, handlers: handlers, positions: positions,
          calleeTexts: calleeTexts))
    }
    guard input.offset == bytes.count else {
      throw DecodingError(offset: input.offset, message: "\(bytes.count - input.offset) trailing bytes")
    }
    return module
  }
}

struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func u8(_ value: UInt8) { bytes.append(value) }
  mutating func u32(_ value: UInt32) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }
  mutating func u64(_ value: UInt64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }
  mutating func units(_ units: [UInt16]) {
    u32(UInt32(units.count))
    for unit in units { withUnsafeBytes(of: unit.littleEndian) { bytes.append(contentsOf: $0) } }
  }
  mutating func ascii(_ text: String) {
    let utf8 = Array(text.utf8)
    u32(UInt32(utf8.count))
    bytes += utf8
  }
}

struct ByteReader {
  let bytes: [UInt8]
  var offset = 0

  typealias Failure = BytecodeEncoding.DecodingError

  mutating func need(_ count: Int) throws(Failure) {
    guard count >= 0, bytes.count - offset >= count else {
      throw Failure(offset: offset, message: "truncated: \(count) more bytes expected")
    }
  }
  mutating func u8() throws(Failure) -> UInt8 {
    try need(1)
    defer { offset += 1 }
    return bytes[offset]
  }
  mutating func u32() throws(Failure) -> UInt32 {
    try need(4)
    var value: UInt32 = 0
    for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * UInt32(index)) }
    offset += 4
    return value
  }
  mutating func u64() throws(Failure) -> UInt64 {
    let low = UInt64(try u32())
    return low | UInt64(try u32()) << 32
  }
  /// A count, refused when even `minimumBytesEach` bytes per item would not fit in what remains.
  mutating func count(minimumBytesEach: Int) throws(Failure) -> Int {
    let start = offset
    let value = Int(try u32())
    guard value <= (bytes.count - offset) / max(minimumBytesEach, 1) else {
      throw Failure(offset: start, message: "count \(value) exceeds the bytes that remain")
    }
    return value
  }
  mutating func units() throws(Failure) -> [UInt16] {
    let count = try self.count(minimumBytesEach: 2)
    var units: [UInt16] = []
    units.reserveCapacity(count)
    for _ in 0..<count {
      units.append(UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8)
      offset += 2
    }
    return units
  }
  mutating func ascii() throws(Failure) -> String {
    let count = try self.count(minimumBytesEach: 1)
    let slice = bytes[offset..<offset + count]
    guard slice.allSatisfy({ $0 < 0x80 }) else { throw Failure(offset: offset, message: "non-ASCII text") }
    offset += count
    return String(decoding: slice, as: UTF8.self)
  }
}
