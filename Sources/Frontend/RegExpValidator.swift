// Early errors of regular-expression literals (ECMAScript 2024, 22.2.1 and 22.2.1.1, with the
// web-compatibility grammar of Annex B.1.2 for patterns without the `u` and `v` flags).
//
// The lexer finds where a literal ends; this file only decides whether its body and flags are valid,
// reporting the first error it meets. Three grammars share one scanner:
//   * no `u`/`v`: Annex B (`{`, `}` and `]` may be literals, identity escapes of almost anything, legacy
//     octal escapes, quantified lookaheads, `\c` without a control letter is a literal backslash).
//     The pattern is matched over UTF-16 code units, which only matters for class ranges: an astral
//     character there is a surrogate pair, i.e. two class atoms.
//   * `u`: the strict grammar.
//   * `v`: the strict grammar with UnicodeSets character classes (nesting, `&&`, `--`, `\q{…}`,
//     properties of strings).
// Whether a pattern without `u` has named groups (which turns `\k` from an identity escape into a
// named reference) is only known at the end, so `\k` escapes are recorded and judged then, together
// with backreferences to groups that may be opened later in the pattern.
//
// Every construct is scanned with explicit stacks, so arbitrarily deep nesting of groups and of
// UnicodeSets classes costs heap, never native stack.
//
// Deliberate differences from V8 (node 20), which `scripts/regexp-differential.mjs` knows about:
//   * `{n,m}` bounds are compared exactly, as the specification says; V8 clamps both to 2^31-1 first
//     and so accepts `/a{2147483648,2147483647}/`.
//   * `\p{WSpace}` is rejected: V8 accepts that ICU alias, but the specification's table of binary
//     properties lists only `White_Space` and `space`.

/// A syntax error in a regular-expression literal.
public struct RegExpSyntaxError: Error, Equatable, Sendable {
  /// Byte offset of the offending text, relative to the first byte of the pattern body
  /// (the byte after the opening `/`). For a flags error, the offset is relative to the pattern body
  /// start too: `pattern.count + 1 + indexOfBadFlag`.
  public var offset: Int
  /// Length in bytes of the offending text (at least 1 where possible).
  public var length: Int
  /// A short lowercase message in the style "invalid escape in unicode mode", "duplicate flag 'g'",
  /// "unterminated character class", "duplicate capture group name 'x'", "lone quantifier brackets",
  /// "nothing to repeat", "invalid property name", "range out of order in character class", ...
  public var message: String

  public init(offset: Int, length: Int, message: String) {
    self.offset = offset
    self.length = length
    self.message = message
  }
}

public enum RegExpValidator {
  /// `pattern` is the UTF-8 source text between the slashes, exactly as written (escapes NOT decoded);
  /// `flags` the UTF-8 bytes after the closing slash. Returns the first error, or nil.
  public static func validate(pattern: [UInt8], flags: [UInt8]) -> RegExpSyntaxError? {
    let mode: FlagMode
    switch parseFlags(flags, flagsOffset: pattern.count + 1) {
    case .success(let parsed): mode = parsed
    case .failure(let error): return error
    }
    var parser = PatternParser(
      source: pattern, unicodeMode: mode != .annexB, unicodeSetsMode: mode == .unicodeSets)
    do {
      try parser.parsePattern()
    } catch {
      return error
    }
    return nil
  }

  private enum FlagMode { case annexB, unicode, unicodeSets }

  private static func parseFlags(
    _ flags: [UInt8], flagsOffset: Int
  ) -> Result<FlagMode, RegExpSyntaxError> {
    let unicodeBit: UInt8 = 1 << 5
    let unicodeSetsBit: UInt8 = 1 << 6
    var seen: UInt8 = 0
    var index = 0
    while index < flags.count {
      let (scalar, length) = decodeScalar(flags, at: index)
      let bit: UInt8
      switch scalar {
      case 0x64: bit = 1 << 0  // d
      case 0x67: bit = 1 << 1  // g
      case 0x69: bit = 1 << 2  // i
      case 0x6D: bit = 1 << 3  // m
      case 0x73: bit = 1 << 4  // s
      case 0x75: bit = unicodeBit  // u
      case 0x76: bit = unicodeSetsBit  // v
      case 0x79: bit = 1 << 7  // y
      default:
        return .failure(
          RegExpSyntaxError(
            offset: flagsOffset + index, length: length,
            message: "invalid flag '\(displayString([scalar]))'"))
      }
      if seen & bit != 0 {
        return .failure(
          RegExpSyntaxError(
            offset: flagsOffset + index, length: 1,
            message: "duplicate flag '\(displayString([scalar]))'"))
      }
      seen |= bit
      if seen & (unicodeBit | unicodeSetsBit) == unicodeBit | unicodeSetsBit {
        return .failure(
          RegExpSyntaxError(
            offset: flagsOffset + index, length: 1, message: "flags 'u' and 'v' cannot be combined"))
      }
      index += length
    }
    if seen & unicodeSetsBit != 0 { return .success(.unicodeSets) }
    if seen & unicodeBit != 0 { return .success(.unicode) }
    return .success(.annexB)
  }

  /// Decodes one UTF-8 scalar. Malformed input (including encoded surrogates) yields U+FFFD for a
  /// single byte, so every byte of hostile input is consumed and reported somewhere sensible.
  @inline(__always)
  static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let count = bytes.count
    @inline(__always) func continuation(_ offset: Int) -> UInt32? {
      guard index + offset < count else { return nil }
      let byte = bytes[index + offset]
      return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
    }
    switch lead {
    case 0xC2...0xDF:
      if let b1 = continuation(1) { return ((UInt32(lead) & 0x1F) << 6 | b1, 2) }
    case 0xE0...0xEF:
      if let b1 = continuation(1), let b2 = continuation(2) {
        let value = (UInt32(lead) & 0x0F) << 12 | b1 << 6 | b2
        if value >= 0x800 && !(0xD800...0xDFFF).contains(value) { return (value, 3) }
      }
    case 0xF0...0xF4:
      if let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) {
        let value = (UInt32(lead) & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
        if value >= 0x10000 && value <= 0x10FFFF { return (value, 4) }
      }
    default:
      break
    }
    return (0xFFFD, 1)
  }

  static func displayString(_ scalars: [UInt32]) -> String {
    var text = ""
    for value in scalars {
      text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return text
  }
}

// MARK: - Pattern scanner

private enum GroupKind {
  case capturing, nonCapturing, lookahead, lookbehind
}

private enum SetOperation {
  case none, union, intersection, subtraction
}

/// One open `[` of a UnicodeSets class.
private struct ClassSetFrame {
  var start: Int
  var negated: Bool
  var operation = SetOperation.none
  var operandCount = 0
  /// Just after `&&` or `--`.
  var awaitingOperand = false
  var mayContainStrings = false
  /// The previous operand, when it is a single character that a following `-` could make a range of.
  var rangeLow: (value: UInt32, offset: Int)?

  init(start: Int, negated: Bool) {
    self.start = start
    self.negated = negated
  }
}

/// An atom of a class without `v`: a character, or a set (`\d`, `\p{…}`) when `value` is nil.
private struct ClassAtom {
  var value: UInt32?
  var start: Int
  var end: Int
}

private enum NameScan {
  case name([UInt32], end: Int)
  case invalid(RegExpSyntaxError)
}

private struct PatternParser {
  let source: [UInt8]
  let end: Int
  let unicodeMode: Bool
  let unicodeSetsMode: Bool
  var position = 0
  var captureCount = 0
  var groupNames: Set<[UInt32]> = []
  /// The first `\k` that is not a well-formed `\k<name>` (or sits in a class); an error only when the
  /// pattern turns out to have named groups (Annex B's [+NamedCaptureGroups] reparse).
  var firstBareNamedEscape: Int?
  var namedReferences: [(name: [UInt32], offset: Int, length: Int)] = []
  var numericReferences: [(number: Int, offset: Int, length: Int)] = []
  /// Without `u`, an astral character in a class is a lead and a trail surrogate; the trail waits here.
  var pendingTrail: ClassAtom?

  init(source: [UInt8], unicodeMode: Bool, unicodeSetsMode: Bool) {
    self.source = source
    self.end = source.count
    self.unicodeMode = unicodeMode
    self.unicodeSetsMode = unicodeSetsMode
  }

  private func failure(_ offset: Int, _ length: Int, _ message: String) -> RegExpSyntaxError {
    RegExpSyntaxError(offset: offset, length: max(length, 1), message: message)
  }

  private func byte(at index: Int) -> UInt8 {
    index < end ? source[index] : 0
  }

  private func scalarLength(at index: Int) -> Int {
    RegExpValidator.decodeScalar(source, at: index).length
  }

  // MARK: Disjunctions, alternatives and terms

  mutating func parsePattern() throws(RegExpSyntaxError) {
    var groups: [(kind: GroupKind, offset: Int)] = []
    // Whether the previous term may take a quantifier.
    var quantifiable = false
    while position < end {
      let start = position
      switch source[position] {
      case UInt8(ascii: "|"):
        position += 1
        quantifiable = false
      case UInt8(ascii: "("):
        groups.append((try parseGroupOpening(), start))
        quantifiable = false
      case UInt8(ascii: ")"):
        guard let group = groups.popLast() else { throw failure(start, 1, "unmatched ')'") }
        position += 1
        switch group.kind {
        case .capturing, .nonCapturing: quantifiable = true
        case .lookahead: quantifiable = !unicodeMode  // Annex B QuantifiableAssertion
        case .lookbehind: quantifiable = false
        }
      case UInt8(ascii: "^"), UInt8(ascii: "$"):
        position += 1
        quantifiable = false
      case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"):
        guard quantifiable else { throw failure(start, 1, "nothing to repeat") }
        position += 1
        skipLazyMarker()
        quantifiable = false
      case UInt8(ascii: "{"):
        if let quantifier = scanBracedQuantifier(at: position) {
          guard quantifiable else { throw failure(start, quantifier.end - start, "nothing to repeat") }
          if quantifier.outOfOrder {
            throw failure(start, quantifier.end - start, "numbers out of order in {} quantifier")
          }
          position = quantifier.end
          skipLazyMarker()
          quantifiable = false
        } else if unicodeMode {
          throw failure(start, 1, quantifiable ? "incomplete quantifier" : "lone quantifier brackets")
        } else {
          position += 1
          quantifiable = true
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if unicodeMode { throw failure(start, 1, "lone quantifier brackets") }
        position += 1
        quantifiable = true
      case UInt8(ascii: "["):
        if unicodeSetsMode {
          try parseClassSet()
        } else {
          try parseClassRanges()
        }
        quantifiable = true
      case UInt8(ascii: "\\"):
        quantifiable = try parseAtomEscape()
      default:
        position += scalarLength(at: position)
        quantifiable = true
      }
    }
    if let group = groups.last { throw failure(group.offset, 1, "unterminated group") }
    try checkReferences()
  }

  private mutating func skipLazyMarker() {
    if byte(at: position) == UInt8(ascii: "?") { position += 1 }
  }

  /// Recognizes `{n}`, `{n,}` and `{n,m}` at `index` without consuming anything.
  private func scanBracedQuantifier(at index: Int) -> (end: Int, outOfOrder: Bool)? {
    var cursor = index + 1
    let minimumStart = cursor
    while isDecimalDigit(byte(at: cursor)) { cursor += 1 }
    guard cursor > minimumStart else { return nil }
    let minimum = minimumStart..<cursor
    var maximum: Range<Int>?
    if byte(at: cursor) == UInt8(ascii: ",") {
      cursor += 1
      let maximumStart = cursor
      while isDecimalDigit(byte(at: cursor)) { cursor += 1 }
      if cursor > maximumStart { maximum = maximumStart..<cursor }
    }
    guard byte(at: cursor) == UInt8(ascii: "}") else { return nil }
    let outOfOrder = maximum.map { decimalIsGreater(minimum, $0) } ?? false
    return (cursor + 1, outOfOrder)
  }

  /// Compares two digit runs by value, however long they are.
  private func decimalIsGreater(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Bool {
    var left = lhs.lowerBound
    var right = rhs.lowerBound
    while left < lhs.upperBound - 1 && source[left] == UInt8(ascii: "0") { left += 1 }
    while right < rhs.upperBound - 1 && source[right] == UInt8(ascii: "0") { right += 1 }
    let leftCount = lhs.upperBound - left
    let rightCount = rhs.upperBound - right
    if leftCount != rightCount { return leftCount > rightCount }
    while left < lhs.upperBound {
      if source[left] != source[right] { return source[left] > source[right] }
      left += 1
      right += 1
    }
    return false
  }

  private mutating func parseGroupOpening() throws(RegExpSyntaxError) -> GroupKind {
    let start = position
    position += 1
    guard byte(at: position) == UInt8(ascii: "?") else {
      captureCount += 1
      return .capturing
    }
    position += 1
    switch byte(at: position) {
    case UInt8(ascii: ":"):
      position += 1
      return .nonCapturing
    case UInt8(ascii: "="), UInt8(ascii: "!"):
      position += 1
      return .lookahead
    case UInt8(ascii: "<"):
      position += 1
      let next = byte(at: position)
      if next == UInt8(ascii: "=") || next == UInt8(ascii: "!") {
        position += 1
        return .lookbehind
      }
      let nameStart = position
      switch scanGroupName(from: position) {
      case .invalid(let error):
        throw error
      case .name(let name, let nameEnd):
        position = nameEnd
        guard groupNames.insert(name).inserted else {
          throw failure(
            nameStart, nameEnd - 1 - nameStart,
            "duplicate capture group name '\(RegExpValidator.displayString(name))'")
        }
        captureCount += 1
        return .capturing
      }
    default:
      throw failure(start, 2, "invalid group")
    }
  }

  /// Scans a RegExpIdentifierName and the closing `>` starting at `start`.
  private func scanGroupName(from start: Int) -> NameScan {
    var cursor = start
    var name: [UInt32] = []
    while true {
      guard cursor < end else {
        return .invalid(failure(start, cursor - start, "unterminated capture group name"))
      }
      if source[cursor] == UInt8(ascii: ">") {
        if name.isEmpty { return .invalid(failure(cursor, 1, "invalid capture group name")) }
        return .name(name, end: cursor + 1)
      }
      let characterStart = cursor
      let value: UInt32
      if source[cursor] == UInt8(ascii: "\\") {
        // Names always take the `u`-mode escapes, `\u{…}` and escaped surrogate pairs included.
        guard byte(at: cursor + 1) == UInt8(ascii: "u"),
          let escape = scanUnicodeEscape(after: cursor + 2, unicode: true)
        else {
          return .invalid(failure(cursor, 2, "invalid unicode escape in capture group name"))
        }
        value = escape.value
        cursor = escape.end
      } else {
        let decoded = RegExpValidator.decodeScalar(source, at: cursor)
        value = decoded.value
        cursor += decoded.length
      }
      let valid =
        name.isEmpty
        ? value == 0x24 || value == 0x5F || isIDStart(value)
        : value == 0x24 || value == 0x200C || value == 0x200D || isIDContinue(value)
      guard valid else {
        return .invalid(failure(characterStart, cursor - characterStart, "invalid capture group name"))
      }
      name.append(value)
    }
  }

  // MARK: Escapes

  /// Parses the escape at `position` (a `\`) outside classes; returns whether it can be quantified.
  private mutating func parseAtomEscape() throws(RegExpSyntaxError) -> Bool {
    let start = position
    position += 1
    guard position < end else { throw failure(start, 1, "\\ at end of pattern") }
    switch source[position] {
    case UInt8(ascii: "b"), UInt8(ascii: "B"):
      position += 1
      return false
    case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "s"), UInt8(ascii: "S"),
      UInt8(ascii: "w"), UInt8(ascii: "W"):
      position += 1
    case UInt8(ascii: "p"), UInt8(ascii: "P"):
      if unicodeMode {
        _ = try parsePropertyEscape(start: start)
      } else {
        position += 1
      }
    case UInt8(ascii: "k"):
      try parseNamedReference(start: start)
    case UInt8(ascii: "1")...UInt8(ascii: "9"):
      if unicodeMode {
        var number = 0
        while isDecimalDigit(byte(at: position)) {
          // Saturate: any number this large exceeds every possible group count anyway.
          number = min(number * 10 + Int(source[position] - UInt8(ascii: "0")), 1 << 40)
          position += 1
        }
        numericReferences.append((number, start, position - start))
      } else {
        // Annex B: a backreference, a legacy octal escape or an identity escape; all are valid, and
        // the remaining digits are literal atoms if not part of it.
        position += 1
      }
    default:
      _ = try parseCharacterEscape(start: start, inClass: false)
    }
    return true
  }

  /// `position` is at the `k` of `\k`.
  private mutating func parseNamedReference(start: Int) throws(RegExpSyntaxError) {
    position += 1
    if byte(at: position) == UInt8(ascii: "<") {
      switch scanGroupName(from: position + 1) {
      case .name(let name, let nameEnd):
        namedReferences.append((name, start, nameEnd - start))
        position = nameEnd
        return
      case .invalid(let error):
        if unicodeMode { throw error }
      }
    } else if unicodeMode {
      throw failure(start, 2, "invalid named reference")
    }
    // Annex B: an identity escape of `k`, unless the pattern has named groups.
    if firstBareNamedEscape == nil { firstBareNamedEscape = start }
  }

  /// Parses a CharacterEscape (and the Annex B escapes that stand for one character); `position` is
  /// just after the backslash at `start`. Returns the code point (a UTF-16 code unit without `u`).
  private mutating func parseCharacterEscape(
    start: Int, inClass: Bool
  ) throws(RegExpSyntaxError) -> UInt32 {
    let escaped = source[position]
    switch escaped {
    case UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "v"):
      position += 1
      switch escaped {
      case UInt8(ascii: "f"): return 0x0C
      case UInt8(ascii: "n"): return 0x0A
      case UInt8(ascii: "r"): return 0x0D
      case UInt8(ascii: "t"): return 0x09
      default: return 0x0B
      }
    case UInt8(ascii: "c"):
      let letter = byte(at: position + 1)
      if isASCIILetter(letter)
        || (!unicodeMode && inClass && (isDecimalDigit(letter) || letter == UInt8(ascii: "_")))
      {
        position += 2
        return UInt32(letter % 32)
      }
      if unicodeMode { throw failure(start, 2, "invalid control escape") }
      // Annex B: the backslash is a literal and the `c` is scanned next as an ordinary character.
      return 0x5C
    case UInt8(ascii: "0"):
      if unicodeMode {
        if isDecimalDigit(byte(at: position + 1)) { throw failure(start, 3, "invalid decimal escape") }
        position += 1
        return 0
      }
      return parseLegacyOctalEscape()
    case UInt8(ascii: "1")...UInt8(ascii: "7") where !unicodeMode:
      return parseLegacyOctalEscape()
    case UInt8(ascii: "x"):
      if let high = hexValue(byte(at: position + 1)), let low = hexValue(byte(at: position + 2)) {
        position += 3
        return high << 4 | low
      }
      if unicodeMode { throw failure(start, 2, "invalid hexadecimal escape") }
      position += 1
      return 0x78
    case UInt8(ascii: "u"):
      if let escape = scanUnicodeEscape(after: position + 1, unicode: unicodeMode) {
        position = escape.end
        return escape.value
      }
      if unicodeMode { throw failure(start, 2, "invalid unicode escape") }
      position += 1
      return 0x75
    default:
      if unicodeMode {
        guard isSyntaxCharacter(escaped) || escaped == UInt8(ascii: "/") else {
          throw failure(start, 1 + scalarLength(at: position), "invalid escape in unicode mode")
        }
        position += 1
        return UInt32(escaped)
      }
      let decoded = RegExpValidator.decodeScalar(source, at: position)
      position += decoded.length
      return decoded.value
    }
  }

  /// LegacyOctalEscapeSequence: up to three digits while the value stays below 0o400.
  private mutating func parseLegacyOctalEscape() -> UInt32 {
    var value = UInt32(source[position] - UInt8(ascii: "0"))
    position += 1
    let maximumDigits = value <= 3 ? 2 : 1
    var digits = 0
    while digits < maximumDigits, let digit = octalValue(byte(at: position)) {
      value = value * 8 + digit
      position += 1
      digits += 1
    }
    return value
  }

  /// Scans the part of a `\u` escape after the `u`. With `unicode`, accepts `\u{…}` and joins an
  /// escaped surrogate pair into one code point.
  private func scanUnicodeEscape(after index: Int, unicode: Bool) -> (value: UInt32, end: Int)? {
    if unicode && byte(at: index) == UInt8(ascii: "{") {
      var cursor = index + 1
      var value: UInt32 = 0
      while let digit = hexValue(byte(at: cursor)) {
        value = min(value << 4 | digit, 0x110000)
        cursor += 1
      }
      guard cursor > index + 1, byte(at: cursor) == UInt8(ascii: "}"), value <= 0x10FFFF else {
        return nil
      }
      return (value, cursor + 1)
    }
    guard let value = fourHexDigits(at: index) else { return nil }
    if unicode && (0xD800...0xDBFF).contains(value) && byte(at: index + 4) == UInt8(ascii: "\\")
      && byte(at: index + 5) == UInt8(ascii: "u"), let trail = fourHexDigits(at: index + 6),
      (0xDC00...0xDFFF).contains(trail)
    {
      return (0x10000 + (value - 0xD800) << 10 + (trail - 0xDC00), index + 10)
    }
    return (value, index + 4)
  }

  private func fourHexDigits(at index: Int) -> UInt32? {
    var value: UInt32 = 0
    for offset in 0..<4 {
      guard let digit = hexValue(byte(at: index + offset)) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  /// Parses `\p{…}` or `\P{…}`; `position` is at the `p`. Returns whether it is a property of strings.
  private mutating func parsePropertyEscape(start: Int) throws(RegExpSyntaxError) -> Bool {
    let negated = source[position] == UInt8(ascii: "P")
    position += 1
    guard byte(at: position) == UInt8(ascii: "{") else {
      throw failure(start, position - start, "invalid property name")
    }
    position += 1
    let bodyStart = position
    var equalsSign: Int?
    while position < end {
      let character = source[position]
      if isASCIILetter(character) || isDecimalDigit(character) || character == UInt8(ascii: "_") {
        position += 1
      } else if character == UInt8(ascii: "=") && equalsSign == nil {
        equalsSign = position
        position += 1
      } else {
        break
      }
    }
    guard byte(at: position) == UInt8(ascii: "}") else {
      throw failure(start, position - start, "invalid property name")
    }
    let bodyEnd = position
    position += 1
    let length = position - start
    let lookup: RegExpValidator.PropertyLookup
    if let equalsSign {
      lookup = RegExpValidator.lookUpProperty(
        name: asciiString(bodyStart..<equalsSign), value: asciiString((equalsSign + 1)..<bodyEnd))
    } else {
      lookup = RegExpValidator.lookUpProperty(name: asciiString(bodyStart..<bodyEnd), value: nil)
    }
    switch lookup {
    case .characters:
      return false
    case .strings:
      guard unicodeSetsMode else {
        throw failure(start, length, "property of strings requires the 'v' flag")
      }
      if negated { throw failure(start, length, "property of strings cannot be negated") }
      return true
    case .unknownName:
      throw failure(start, length, "invalid property name")
    case .unknownValue:
      throw failure(start, length, "invalid property value")
    }
  }

  private func asciiString(_ range: Range<Int>) -> String {
    String(decoding: source[range], as: UTF8.self)
  }

  // MARK: Classes without `v`

  private mutating func parseClassRanges() throws(RegExpSyntaxError) {
    let start = position
    position += 1
    if byte(at: position) == UInt8(ascii: "^") { position += 1 }
    pendingTrail = nil
    while true {
      if pendingTrail == nil {
        guard position < end else { throw failure(start, 1, "unterminated character class") }
        if source[position] == UInt8(ascii: "]") {
          position += 1
          return
        }
      }
      let low = try parseClassAtom()
      guard pendingTrail == nil, byte(at: position) == UInt8(ascii: "-"), position + 1 < end,
        source[position + 1] != UInt8(ascii: "]")
      else { continue }
      position += 1
      let high = try parseClassAtom()
      guard let lowValue = low.value, let highValue = high.value else {
        if unicodeMode {
          throw failure(
            low.start, high.end - low.start, "character class escape cannot be used in a range")
        }
        continue  // Annex B: the union of both atoms and `-`.
      }
      if lowValue > highValue {
        throw failure(low.start, high.end - low.start, "range out of order in character class")
      }
    }
  }

  private mutating func parseClassAtom() throws(RegExpSyntaxError) -> ClassAtom {
    if let trail = pendingTrail {
      pendingTrail = nil
      return trail
    }
    let start = position
    var value: UInt32
    if source[position] == UInt8(ascii: "\\") {
      position += 1
      guard position < end else { throw failure(start, 1, "\\ at end of pattern") }
      switch source[position] {
      case UInt8(ascii: "b"):
        position += 1
        value = 0x08
      case UInt8(ascii: "-") where unicodeMode:
        position += 1
        value = 0x2D
      case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "s"), UInt8(ascii: "S"),
        UInt8(ascii: "w"), UInt8(ascii: "W"):
        position += 1
        return ClassAtom(value: nil, start: start, end: position)
      case UInt8(ascii: "p") where unicodeMode, UInt8(ascii: "P") where unicodeMode:
        _ = try parsePropertyEscape(start: start)
        return ClassAtom(value: nil, start: start, end: position)
      case UInt8(ascii: "k") where !unicodeMode:
        // Annex B: `k` is an identity escape here unless the pattern has named groups, and even then
        // `\k<name>` is not a class escape.
        if firstBareNamedEscape == nil { firstBareNamedEscape = start }
        position += 1
        value = 0x6B
      case UInt8(ascii: "1")...UInt8(ascii: "9") where unicodeMode:
        throw failure(start, 2, "invalid class escape")
      default:
        value = try parseCharacterEscape(start: start, inClass: true)
      }
    } else {
      let decoded = RegExpValidator.decodeScalar(source, at: position)
      position += decoded.length
      value = decoded.value
    }
    if !unicodeMode && value > 0xFFFF {
      // Matched as UTF-16: the lead surrogate is this atom, the trail surrogate the next one.
      let offset = value - 0x10000
      pendingTrail = ClassAtom(value: 0xDC00 + offset & 0x3FF, start: start, end: position)
      value = 0xD800 + offset >> 10
    }
    return ClassAtom(value: value, start: start, end: position)
  }

  // MARK: UnicodeSets classes (`v`)

  private mutating func parseClassSet() throws(RegExpSyntaxError) {
    var frames = [openClassSetFrame()]
    while true {
      let index = frames.count - 1
      guard position < end else {
        throw failure(frames[index].start, 1, "unterminated character class")
      }
      let start = position
      let character = source[position]
      let next = byte(at: position + 1)
      if character == UInt8(ascii: "]") {
        let frame = frames[index]
        if frame.awaitingOperand {
          throw failure(start, 1, "missing operand in character class set operation")
        }
        position += 1
        if frame.negated && frame.mayContainStrings {
          throw failure(
            frame.start, position - frame.start, "negated character class may contain strings")
        }
        frames.removeLast()
        if frames.isEmpty { return }
        addOperand(
          to: &frames[index - 1], mayContainStrings: frame.negated ? false : frame.mayContainStrings,
          character: nil, offset: frame.start)
        continue
      }
      if (character == UInt8(ascii: "&") || character == UInt8(ascii: "-")) && next == character {
        let operation: SetOperation =
          character == UInt8(ascii: "&") ? .intersection : .subtraction
        let frame = frames[index]
        if frame.operandCount == 0 || frame.awaitingOperand {
          throw failure(start, 2, "missing operand in character class set operation")
        }
        if frame.operation == .none && frame.operandCount == 1 {
          frames[index].operation = operation
        } else if frame.operation != operation {
          throw failure(start, 2, "mixed set operations in character class need nested classes")
        }
        position += 2
        if operation == .intersection && byte(at: position) == UInt8(ascii: "&") {
          throw failure(position, 1, "'&' must be escaped in a character class")
        }
        frames[index].awaitingOperand = true
        frames[index].rangeLow = nil
        continue
      }
      if character == UInt8(ascii: "-") {
        let frame = frames[index]
        guard let low = frame.rangeLow else {
          if frame.operandCount == 0 || frame.awaitingOperand {
            throw failure(start, 1, "'-' must be escaped in a character class")
          }
          if frame.operation == .intersection || frame.operation == .subtraction {
            throw failure(start, 1, "mixed set operations in character class need nested classes")
          }
          throw failure(start, 1, "invalid character class range")
        }
        position += 1
        guard position < end else {
          throw failure(frames[index].start, 1, "unterminated character class")
        }
        let bound = source[position]
        guard bound != UInt8(ascii: "["), bound != UInt8(ascii: "]"),
          let high = try parseClassSetCharacter()
        else {
          throw failure(low.offset, position + 2 - low.offset, "invalid character class range")
        }
        if low.value > high {
          throw failure(low.offset, position - low.offset, "range out of order in character class")
        }
        frames[index].rangeLow = nil
        frames[index].operation = .union
        continue
      }
      if (frames[index].operation == .intersection || frames[index].operation == .subtraction)
        && !frames[index].awaitingOperand
      {
        throw failure(start, 1, "mixed set operations in character class need nested classes")
      }
      if character == UInt8(ascii: "[") {
        frames.append(openClassSetFrame())
        continue
      }
      if character == UInt8(ascii: "\\") {
        var mayContainStrings: Bool?
        switch next {
        case UInt8(ascii: "q"):
          mayContainStrings = try parseClassStringDisjunction()
        case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "s"), UInt8(ascii: "S"),
          UInt8(ascii: "w"), UInt8(ascii: "W"):
          position += 2
          mayContainStrings = false
        case UInt8(ascii: "p"), UInt8(ascii: "P"):
          position += 1
          mayContainStrings = try parsePropertyEscape(start: start)
        default:
          break
        }
        if let mayContainStrings {
          addOperand(
            to: &frames[index], mayContainStrings: mayContainStrings, character: nil, offset: start)
          continue
        }
      }
      // Escapes that are not characters were all handled above.
      let value = try parseClassSetCharacter() ?? 0
      addOperand(to: &frames[index], mayContainStrings: false, character: value, offset: start)
    }
  }

  private mutating func openClassSetFrame() -> ClassSetFrame {
    let start = position
    position += 1
    let negated = byte(at: position) == UInt8(ascii: "^")
    if negated { position += 1 }
    return ClassSetFrame(start: start, negated: negated)
  }

  private func addOperand(
    to frame: inout ClassSetFrame, mayContainStrings: Bool, character: UInt32?, offset: Int
  ) {
    if frame.awaitingOperand {
      frame.awaitingOperand = false
      frame.operandCount += 1
      // A subtraction may contain strings iff its first operand may; an intersection iff all may.
      if frame.operation == .intersection {
        frame.mayContainStrings = frame.mayContainStrings && mayContainStrings
      }
      frame.rangeLow = nil
      return
    }
    frame.operandCount += 1
    if frame.operandCount > 1 { frame.operation = .union }
    frame.mayContainStrings = frame.mayContainStrings || mayContainStrings
    frame.rangeLow = character.map { ($0, offset) }
  }

  /// Parses a ClassSetCharacter at `position`. Returns nil, consuming nothing, for escapes that denote
  /// sets or strings (`\d`, `\p{…}`, `\q{…}`).
  private mutating func parseClassSetCharacter() throws(RegExpSyntaxError) -> UInt32? {
    let start = position
    let character = source[position]
    if character == UInt8(ascii: "\\") {
      guard position + 1 < end else { throw failure(start, 1, "\\ at end of pattern") }
      let escaped = source[position + 1]
      switch escaped {
      case UInt8(ascii: "q"), UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "s"),
        UInt8(ascii: "S"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "p"), UInt8(ascii: "P"):
        return nil
      case UInt8(ascii: "b"):
        position += 2
        return 0x08
      case UInt8(ascii: "1")...UInt8(ascii: "9"):
        throw failure(start, 2, "invalid class escape")
      default:
        if isClassSetReservedPunctuator(escaped) {
          position += 2
          return UInt32(escaped)
        }
        position += 1
        return try parseCharacterEscape(start: start, inClass: true)
      }
    }
    if isClassSetSyntaxCharacter(character) {
      throw failure(
        start, 1,
        "'\(RegExpValidator.displayString([UInt32(character)]))' must be escaped in a character class")
    }
    if isClassSetReservedDoublePunctuatorCharacter(character) && byte(at: position + 1) == character {
      let text = RegExpValidator.displayString([UInt32(character), UInt32(character)])
      throw failure(start, 2, "reserved double punctuator '\(text)' in character class")
    }
    let decoded = RegExpValidator.decodeScalar(source, at: position)
    position += decoded.length
    return decoded.value
  }

  /// Parses `\q{…}` at `position`; returns whether any of its strings is not a single character.
  private mutating func parseClassStringDisjunction() throws(RegExpSyntaxError) -> Bool {
    let start = position
    position += 2
    guard byte(at: position) == UInt8(ascii: "{") else {
      throw failure(start, 2, "invalid escape in unicode mode")
    }
    position += 1
    var mayContainStrings = false
    var length = 0
    while true {
      guard position < end else { throw failure(start, 3, "unterminated class string disjunction") }
      switch source[position] {
      case UInt8(ascii: "}"):
        position += 1
        return mayContainStrings || length != 1
      case UInt8(ascii: "|"):
        position += 1
        if length != 1 { mayContainStrings = true }
        length = 0
      default:
        let characterStart = position
        guard try parseClassSetCharacter() != nil else {
          throw failure(characterStart, 2, "invalid escape in class string disjunction")
        }
        length += 1
      }
    }
  }

  // MARK: References

  /// Judges what could only be judged with the whole pattern seen, reporting the earliest problem.
  private func checkReferences() throws(RegExpSyntaxError) {
    var earliest: RegExpSyntaxError?
    func consider(_ error: RegExpSyntaxError) {
      if earliest.map({ error.offset < $0.offset }) ?? true { earliest = error }
    }
    let hasNamedGroups = !groupNames.isEmpty
    if hasNamedGroups, let offset = firstBareNamedEscape {
      consider(failure(offset, 2, "invalid named reference"))
    }
    if unicodeMode || hasNamedGroups {
      for reference in namedReferences where !groupNames.contains(reference.name) {
        consider(
          failure(
            reference.offset, reference.length,
            "undefined capture group name '\(RegExpValidator.displayString(reference.name))'"))
        break
      }
    }
    for reference in numericReferences where reference.number > captureCount {
      consider(failure(reference.offset, reference.length, "backreference to an undefined capture group"))
      break
    }
    if let earliest { throw earliest }
  }
}

// MARK: - Character classification

@inline(__always)
private func isDecimalDigit(_ byte: UInt8) -> Bool {
  byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}

@inline(__always)
private func isASCIILetter(_ byte: UInt8) -> Bool {
  (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
}

@inline(__always)
private func hexValue(_ byte: UInt8) -> UInt32? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
  case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
  case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
  default: return nil
  }
}

/// The standard library's Unicode tables agree with V8's ID_Start and ID_Continue (checked for every code
/// point with Swift 6.3 against node 20's Unicode 17), and the lexer uses them for identifiers too.
private func isIDStart(_ value: UInt32) -> Bool {
  if value < 0x80 { return isASCIILetter(UInt8(value)) }
  return Unicode.Scalar(value)?.properties.isIDStart ?? false
}

private func isIDContinue(_ value: UInt32) -> Bool {
  if value < 0x80 {
    let byte = UInt8(value)
    return isASCIILetter(byte) || isDecimalDigit(byte) || byte == UInt8(ascii: "_")
  }
  return Unicode.Scalar(value)?.properties.isIDContinue ?? false
}

@inline(__always)
private func octalValue(_ byte: UInt8) -> UInt32? {
  byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7") ? UInt32(byte - UInt8(ascii: "0")) : nil
}

/// SyntaxCharacter.
private let syntaxCharacters = Array(#"^$\.*+?()[]{}|"#.utf8)
/// ClassSetSyntaxCharacter: what a `v`-mode class must escape.
private let classSetSyntaxCharacters = Array(#"()[]{}/-\|"#.utf8)
/// The characters that form a ClassSetReservedDoublePunctuator when doubled.
private let classSetDoublePunctuatorCharacters = Array("&!#$%*+,.:;<=>?@^`~".utf8)
/// ClassSetReservedPunctuator: what a `v`-mode class may escape beyond SyntaxCharacter.
private let classSetReservedPunctuators = Array("&-!#%,:;<=>@`~".utf8)

private func isSyntaxCharacter(_ byte: UInt8) -> Bool {
  syntaxCharacters.contains(byte)
}

private func isClassSetSyntaxCharacter(_ byte: UInt8) -> Bool {
  classSetSyntaxCharacters.contains(byte)
}

private func isClassSetReservedDoublePunctuatorCharacter(_ byte: UInt8) -> Bool {
  classSetDoublePunctuatorCharacters.contains(byte)
}

private func isClassSetReservedPunctuator(_ byte: UInt8) -> Bool {
  classSetReservedPunctuators.contains(byte)
}
