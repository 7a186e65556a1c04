// The pattern parser of the regular-expression engine (ECMAScript 2023, 22.2.1, with the Annex B.1.2
// grammar when neither `u` nor `v` is set). It turns a pattern into a `RegExpNode` tree that
// `RegExpCompiler` lowers to a backtracking program. It is independent of the compiler's own
// validator (the VM must not link Frontend), and its messages follow V8's so that scripts see the
// same `SyntaxError` text as in node.

/// A pattern or flags string that `new RegExp` must reject.
internal struct RegExpSyntaxError: Error, Equatable, Sendable {
  var message: String
}

/// The flags of a regular expression, parsed once.
internal struct RegExpFlags: Equatable, Sendable {
  var hasIndices = false
  var global = false
  var ignoreCase = false
  var multiline = false
  var dotAll = false
  var unicode = false
  var unicodeSets = false
  var sticky = false

  /// The flags in the canonical order V8 prints in messages.
  var text: String {
    let all: [(Bool, String)] = [
      (hasIndices, "d"), (global, "g"), (ignoreCase, "i"), (multiline, "m"), (dotAll, "s"), (unicode, "u"),
      (unicodeSets, "v"), (sticky, "y"),
    ]
    return all.filter(\.0).map(\.1).joined()
  }

  /// Both `u` and `v` read the pattern and the input by code points.
  var unicodeMode: Bool { unicode || unicodeSets }

  init() {}

  /// Rejects unknown and repeated flags, and `u` together with `v`, with V8's constructor message.
  init(parsing text: String) throws(RegExpSyntaxError) {
    for scalar in text.unicodeScalars {
      let seen: Bool
      switch scalar {
      case "d": seen = hasIndices; hasIndices = true
      case "g": seen = global; global = true
      case "i": seen = ignoreCase; ignoreCase = true
      case "m": seen = multiline; multiline = true
      case "s": seen = dotAll; dotAll = true
      case "u": seen = unicode; unicode = true
      case "v": seen = unicodeSets; unicodeSets = true
      case "y": seen = sticky; sticky = true
      default: seen = true
      }
      if seen { throw RegExpSyntaxError(message: "Invalid flags supplied to RegExp constructor '\(text)'") }
    }
    if unicode && unicodeSets {
      throw RegExpSyntaxError(message: "Invalid flags supplied to RegExp constructor '\(text)'")
    }
  }
}

/// The parsed form of a pattern. Characters are code units without `u`/`v` and code points with.
internal indirect enum RegExpNode: Sendable {
  case empty
  case char(UInt32)
  case set(RegExpClass)
  case sequence([RegExpNode])
  case alternation([RegExpNode])
  case group(RegExpNode, index: Int)
  case look(RegExpNode, behind: Bool, negated: Bool)
  /// `captures` are the groups inside the atom, which every iteration resets.
  case quantified(RegExpNode, min: Int, max: Int, greedy: Bool, captures: Range<Int>)
  case backReference(Int)
  case lineStart
  case lineEnd
  case wordBoundary(negated: Bool)
}

/// Recursive-descent parser. Group nesting is limited so that the recursion (here and in the compiler)
/// stays far from the native stack's end.
internal struct RegExpParser {
  static let maximumNesting = 500

  let pattern: [UInt16]
  let flags: RegExpFlags
  let flagsText: String
  var position = 0
  var nesting = 0
  /// Capturing groups in the whole pattern, counted before parsing: `\N` is a backreference only when
  /// N is at most this, even if group N opens later.
  var totalCaptures = 0
  var hasNamedGroups = false
  var capturesSoFar = 0
  var groupNames: [(name: [UInt16], index: Int)] = []
  var namedReferences: [[UInt16]] = []
  /// Placeholder indices handed to named backreferences until the names are all known.
  var pendingNamed: [Int: [UInt16]] = [:]

  var unicodeMode: Bool { flags.unicodeMode }

  init(pattern: [UInt16], flags: RegExpFlags) {
    self.pattern = pattern
    self.flags = flags
    flagsText = flags.text
  }

  /// Parses the whole pattern; named references are resolved once every group name is known.
  mutating func parse() throws(RegExpSyntaxError) -> RegExpNode {
    countGroups()
    var node = try parseDisjunction()
    if position < pattern.count {
      // Only an unmatched `)` stops a top-level disjunction early.
      throw error("Unmatched ')'")
    }
    if !pendingNamed.isEmpty {
      var indices: [Int: Int] = [:]
      for (placeholder, name) in pendingNamed {
        guard let found = groupNames.first(where: { $0.name == name }) else {
          throw error("Invalid named capture referenced")
        }
        indices[placeholder] = found.index
      }
      node = Self.resolve(node, indices)
    }
    return node
  }

  private static func resolve(_ node: RegExpNode, _ indices: [Int: Int]) -> RegExpNode {
    switch node {
    case .backReference(let index) where index < 0: return .backReference(indices[index]!)
    case .sequence(let items): return .sequence(items.map { resolve($0, indices) })
    case .alternation(let items): return .alternation(items.map { resolve($0, indices) })
    case .group(let inner, let index): return .group(resolve(inner, indices), index: index)
    case .look(let inner, let behind, let negated):
      return .look(resolve(inner, indices), behind: behind, negated: negated)
    case .quantified(let inner, let min, let max, let greedy, let captures):
      return .quantified(resolve(inner, indices), min: min, max: max, greedy: greedy, captures: captures)
    default: return node
    }
  }

  func error(_ message: String) -> RegExpSyntaxError {
    let source = String(decoding: pattern, as: UTF16.self)
    return RegExpSyntaxError(message: "Invalid regular expression: /\(source)/\(flagsText): \(message)")
  }

  // MARK: Scanning

  /// Counts capturing groups and notes whether any is named, skipping escapes and classes.
  private mutating func countGroups() {
    var index = 0
    var inClass = 0
    while index < pattern.count {
      let unit = pattern[index]
      if unit == 0x5C {  // backslash
        index += 2
        continue
      }
      if unit == 0x5B {
        inClass = flags.unicodeSets ? inClass + 1 : 1
      } else if unit == 0x5D {
        inClass = max(0, inClass - 1)
      } else if unit == 0x28 && inClass == 0 {
        if index + 1 < pattern.count && pattern[index + 1] == 0x3F {
          if index + 2 < pattern.count && pattern[index + 2] == 0x3C && index + 3 < pattern.count
            && pattern[index + 3] != 0x3D && pattern[index + 3] != 0x21
          {
            totalCaptures += 1
            hasNamedGroups = true
          }
        } else {
          totalCaptures += 1
        }
      }
      index += 1
    }
  }

  private var atEnd: Bool { position >= pattern.count }

  private func peek(_ offset: Int = 0) -> UInt32? {
    let index = position + offset
    return index < pattern.count ? UInt32(pattern[index]) : nil
  }

  private func looking(at text: String) -> Bool {
    var index = position
    for unit in text.utf16 {
      guard index < pattern.count, pattern[index] == unit else { return false }
      index += 1
    }
    return true
  }

  /// The next source character: a code point in unicode mode (surrogate pairs joined), else a unit.
  private mutating func nextCharacter() -> UInt32 {
    let unit = UInt32(pattern[position])
    position += 1
    if unicodeMode && RegExpUnicode.isHighSurrogate(unit) && position < pattern.count {
      let low = UInt32(pattern[position])
      if RegExpUnicode.isLowSurrogate(low) {
        position += 1
        return RegExpUnicode.combine(unit, low)
      }
    }
    return unit
  }

  // MARK: Disjunctions and terms

  private mutating func parseDisjunction() throws(RegExpSyntaxError) -> RegExpNode {
    var alternatives = [try parseAlternative()]
    while peek() == 0x7C {
      position += 1
      alternatives.append(try parseAlternative())
    }
    return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
  }

  private mutating func parseAlternative() throws(RegExpSyntaxError) -> RegExpNode {
    var terms: [RegExpNode] = []
    while let unit = peek(), unit != 0x7C, unit != 0x29 {
      try parseTerm(into: &terms)
    }
    switch terms.count {
    case 0: return .empty
    case 1: return terms[0]
    default: return .sequence(terms)
    }
  }

  private mutating func parseTerm(into terms: inout [RegExpNode]) throws(RegExpSyntaxError) {
    let unit = peek()!
    let capturesBefore = capturesSoFar
    var atom: RegExpNode
    // Assertions other than lookaheads in Annex B cannot be quantified.
    var quantifiable = true
    var invalidQuantifier = false
    switch unit {
    case 0x5E:
      position += 1
      terms.append(.lineStart)
      quantifiable = false
      atom = .empty
    case 0x24:
      position += 1
      terms.append(.lineEnd)
      quantifiable = false
      atom = .empty
    case 0x5C where peek(1) == 0x62 || peek(1) == 0x42:
      let negated = peek(1) == 0x42
      position += 2
      terms.append(.wordBoundary(negated: negated))
      quantifiable = false
      atom = .empty
    case 0x28:
      let (node, isLook, isBehind) = try parseGroup()
      atom = node
      if isLook && (isBehind || unicodeMode) { invalidQuantifier = true }
    case 0x2E:
      position += 1
      atom = .set(RegExpClass.dot(flags))
    case 0x5B:
      position += 1
      atom = try parseClass()
    case 0x5C:
      position += 1
      atom = try parseAtomEscape()
    case 0x2A, 0x2B, 0x3F:
      throw error("Nothing to repeat")
    case 0x7B:
      if unicodeMode {
        if scanQuantifierBraces() != nil { throw error("Nothing to repeat") }
        throw error("Lone quantifier brackets")
      }
      if scanQuantifierBraces() != nil { throw error("Nothing to repeat") }
      position += 1
      atom = literal(0x7B)
    case 0x7D, 0x5D:
      if unicodeMode { throw error("Lone quantifier brackets") }
      position += 1
      atom = literal(unit)
    default:
      atom = literal(nextCharacter())
    }
    if !quantifiable {
      if let next = peek(),
        next == 0x2A || next == 0x2B || next == 0x3F
          || (next == 0x7B && scanQuantifierBraces() != nil)
      {
        throw error("Nothing to repeat")
      }
      return
    }
    guard let (min, max) = try parseQuantifier() else {
      terms.append(atom)
      return
    }
    if invalidQuantifier { throw error("Invalid quantifier") }
    var greedy = true
    if peek() == 0x3F {
      position += 1
      greedy = false
    }
    if min > max { throw error("numbers out of order in {} quantifier") }
    terms.append(
      .quantified(atom, min: min, max: max, greedy: greedy, captures: capturesBefore + 1..<capturesSoFar + 1))
  }

  /// A literal character, which with `i` matches its whole case-equivalence class.
  private func literal(_ character: UInt32) -> RegExpNode {
    guard flags.ignoreCase else { return .char(character) }
    let equivalents = RegExpCaseFolding.equivalents(of: character, unicode: unicodeMode)
    if equivalents.count == 1 { return .char(character) }
    return .set(
      RegExpClass(
        expression: .ranges(RegExpRanges(points: equivalents)), negated: false, flags: flags,
        alreadyFolded: true))
  }

  /// `{n}`, `{n,}` or `{n,m}` at the current position, without consuming it. Large bounds saturate.
  private func scanQuantifierBraces() -> (min: Int, max: Int, length: Int)? {
    var index = position + 1
    func number() -> Int? {
      var value: Int?
      while index < pattern.count, pattern[index] >= 0x30, pattern[index] <= 0x39 {
        let digit = Int(pattern[index] - 0x30)
        let current = value ?? 0
        value = current > (Int(Int32.max) - digit) / 10 ? Int(Int32.max) : current * 10 + digit
        index += 1
      }
      return value
    }
    guard let min = number() else { return nil }
    var max = min
    if index < pattern.count && pattern[index] == 0x2C {
      index += 1
      max = number() ?? Int.max
    }
    guard index < pattern.count && pattern[index] == 0x7D else { return nil }
    return (min, max, index + 1 - position)
  }

  private mutating func parseQuantifier() throws(RegExpSyntaxError) -> (Int, Int)? {
    switch peek() {
    case 0x2A:
      position += 1
      return (0, Int.max)
    case 0x2B:
      position += 1
      return (1, Int.max)
    case 0x3F:
      position += 1
      return (0, 1)
    case 0x7B:
      if let (min, max, length) = scanQuantifierBraces() {
        position += length
        return (min, max)
      }
      if unicodeMode { throw error("Incomplete quantifier") }
      return nil
    default:
      return nil
    }
  }

  /// Returns the group and whether it is a lookaround (and a lookbehind).
  private mutating func parseGroup() throws(RegExpSyntaxError) -> (RegExpNode, Bool, Bool) {
    position += 1
    nesting += 1
    defer { nesting -= 1 }
    if nesting > Self.maximumNesting { throw error("Regular expression too large") }
    var kind = 0  // 0 capture, 1 non-capturing, 2 lookahead, 3 lookbehind
    var negated = false
    var name: [UInt16]?
    if peek() == 0x3F {
      switch peek(1) {
      case 0x3A: kind = 1; position += 2
      case 0x3D: kind = 2; position += 2
      case 0x21: kind = 2; negated = true; position += 2
      case 0x3C where peek(2) == 0x3D: kind = 3; position += 3
      case 0x3C where peek(2) == 0x21: kind = 3; negated = true; position += 3
      case 0x3C:
        position += 2
        name = try parseGroupName()
        if groupNames.contains(where: { $0.name == name! }) { throw error("Duplicate capture group name") }
      default:
        throw error("Invalid group")
      }
    }
    var index = 0
    if kind == 0 {
      capturesSoFar += 1
      index = capturesSoFar
      if let name { groupNames.append((name, index)) }
    }
    let body = try parseDisjunction()
    guard peek() == 0x29 else { throw error("Unterminated group") }
    position += 1
    switch kind {
    case 0: return (.group(body, index: index), false, false)
    case 1: return (body, false, false)
    default: return (.look(body, behind: kind == 3, negated: negated), true, kind == 3)
    }
  }

  /// `name>` after `(?<` or `\k<`: an identifier whose characters may be written as `\u` escapes.
  private mutating func parseGroupName() throws(RegExpSyntaxError) -> [UInt16] {
    var name: [UInt16] = []
    while true {
      guard !atEnd else { throw error("Invalid capture group name") }
      if peek() == 0x3E {
        position += 1
        break
      }
      var character: UInt32
      if peek() == 0x5C {
        position += 1
        guard peek() == 0x75, let value = parseUnicodeEscapeBody(allowBraces: true, pairs: true) else {
          throw error("Invalid capture group name")
        }
        character = value
      } else {
        // Names read surrogate pairs as one character in every mode.
        let unit = UInt32(pattern[position])
        position += 1
        character = unit
        if RegExpUnicode.isHighSurrogate(unit), let low = peek(), RegExpUnicode.isLowSurrogate(low) {
          position += 1
          character = RegExpUnicode.combine(unit, low)
        }
      }
      let valid =
        name.isEmpty ? RegExpUnicode.isIdentifierStart(character) : RegExpUnicode.isIdentifierPart(character)
      guard valid else { throw error("Invalid capture group name") }
      RegExpUnicode.appendUTF16(character, to: &name)
    }
    if name.isEmpty { throw error("Invalid capture group name") }
    return name
  }

  // MARK: Escapes

  private mutating func parseAtomEscape() throws(RegExpSyntaxError) -> RegExpNode {
    guard let unit = peek() else { throw error("\\ at end of pattern") }
    switch unit {
    case 0x64, 0x44, 0x73, 0x53, 0x77, 0x57:
      position += 1
      return .set(RegExpClass(expression: classEscapeExpression(unit), negated: false, flags: flags))
    case 0x70 where unicodeMode, 0x50 where unicodeMode:
      position += 1
      let expression = try parsePropertyEscape(negated: unit == 0x50, inClass: false)
      return .set(RegExpClass(expression: expression, negated: false, flags: flags))
    case 0x6B where unicodeMode || hasNamedGroups:
      position += 1
      guard peek() == 0x3C else { throw error("Invalid named reference") }
      position += 1
      let name = try parseGroupName()
      let placeholder = -(pendingNamed.count + 1)
      pendingNamed[placeholder] = name
      return .backReference(placeholder)
    case 0x30 where !(peek(1).map(Self.isDecimalDigit) ?? false):
      position += 1
      return literal(0)
    case 0x30:
      if unicodeMode { throw error("Invalid decimal escape") }
      return literal(parseLegacyOctal())
    case 0x31...0x39:
      let start = position
      var value = 0
      while let digit = peek(), Self.isDecimalDigit(digit) {
        value = min(value * 10 + Int(digit - 0x30), Int(Int32.max))
        position += 1
      }
      if value <= totalCaptures { return .backReference(value) }
      if unicodeMode { throw error("Invalid escape") }
      position = start
      if unit >= 0x38 {
        position += 1
        return literal(unit)
      }
      return literal(parseLegacyOctal())
    default:
      return literal(try parseCharacterEscape(inClass: false))
    }
  }

  private static func isDecimalDigit(_ unit: UInt32) -> Bool { unit >= 0x30 && unit <= 0x39 }

  /// Annex B `\0`–`\377`: up to three octal digits whose value fits in a byte.
  private mutating func parseLegacyOctal() -> UInt32 {
    var value: UInt32 = 0
    var digits = 0
    while digits < 3, let digit = peek(), digit >= 0x30, digit <= 0x37 {
      let next = value * 8 + (digit - 0x30)
      if next > 0o377 { break }
      value = next
      position += 1
      digits += 1
    }
    return value
  }

  /// The character escapes shared by atoms and classes; the backslash is already consumed.
  private mutating func parseCharacterEscape(inClass: Bool) throws(RegExpSyntaxError) -> UInt32 {
    let start = position
    let unit = peek()!
    position += 1
    switch unit {
    case 0x74: return 9
    case 0x6E: return 10
    case 0x76: return 11
    case 0x66: return 12
    case 0x72: return 13
    case 0x63:
      if let letter = peek(), (letter | 0x20) >= 0x61, (letter | 0x20) <= 0x7A {
        position += 1
        return letter % 32
      }
      if inClass && !unicodeMode, let other = peek(), Self.isDecimalDigit(other) || other == 0x5F {
        position += 1
        return other % 32
      }
      if unicodeMode { throw error("Invalid Unicode escape") }
      // Annex B: the backslash is itself a literal and `c` is read again.
      position = start
      return 0x5C
    case 0x78:
      if let high = peek().flatMap(Self.hexValue), let low = peek(1).flatMap(Self.hexValue) {
        position += 2
        return high * 16 + low
      }
      if unicodeMode { throw error("Invalid escape") }
      return 0x78
    case 0x75:
      position -= 1
      if let value = parseUnicodeEscapeBody(allowBraces: unicodeMode, pairs: unicodeMode) { return value }
      if unicodeMode { throw error("Invalid Unicode escape") }
      position = start + 1
      return 0x75
    case 0x2D where unicodeMode:
      guard inClass else { throw error("Invalid escape") }
      return 0x2D
    default:
      if unicodeMode {
        // Only syntax characters and `/` may be escaped in unicode mode.
        switch unit {
        case 0x5E, 0x24, 0x5C, 0x2E, 0x2A, 0x2B, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C, 0x2F:
          return unit
        default:
          throw error("Invalid escape")
        }
      }
      position = start
      return nextCharacter()
    }
  }

  private static func hexValue(_ unit: UInt32) -> UInt32? {
    switch unit {
    case 0x30...0x39: return unit - 0x30
    case 0x41...0x46: return unit - 0x41 + 10
    case 0x61...0x66: return unit - 0x61 + 10
    default: return nil
    }
  }

  /// `uXXXX` or (when allowed) `u{X…}` at the current position; on failure the position is unchanged.
  /// With `pairs`, an escaped high surrogate followed by an escaped low surrogate is one code point.
  private mutating func parseUnicodeEscapeBody(allowBraces: Bool, pairs: Bool) -> UInt32? {
    let start = position
    guard peek() == 0x75 else { return nil }
    position += 1
    if allowBraces && peek() == 0x7B {
      position += 1
      var value: UInt32 = 0
      var digits = 0
      while let digit = peek().flatMap(Self.hexValue) {
        value = value * 16 + digit
        digits += 1
        position += 1
        if value > 0x10FFFF { break }
      }
      guard digits > 0, value <= 0x10FFFF, peek() == 0x7D else {
        position = start
        return nil
      }
      position += 1
      return value
    }
    guard let value = readFourHex() else {
      position = start
      return nil
    }
    if pairs && RegExpUnicode.isHighSurrogate(value) && peek() == 0x5C && peek(1) == 0x75 {
      let afterHigh = position
      position += 2
      if let low = readFourHex(), RegExpUnicode.isLowSurrogate(low) {
        return RegExpUnicode.combine(value, low)
      }
      position = afterHigh
    }
    return value
  }

  private mutating func readFourHex() -> UInt32? {
    var value: UInt32 = 0
    for offset in 0..<4 {
      guard let digit = peek(offset).flatMap(Self.hexValue) else { return nil }
      value = value * 16 + digit
    }
    position += 4
    return value
  }

  /// `\d \D \s \S \w \W` as sets; with `u`+`i`, `\w` also holds the two characters that fold into it.
  private func classEscapeExpression(_ letter: UInt32) -> RegExpSetExpression {
    let base: RegExpSetExpression
    switch letter | 0x20 {
    case 0x64: base = .ranges(RegExpRanges.digits)
    case 0x73: base = .ranges(RegExpRanges.whiteSpace)
    default: base = .ranges(unicodeMode && flags.ignoreCase ? RegExpRanges.foldedWord : RegExpRanges.word)
    }
    return letter < 0x60 ? .complement(base) : base
  }

  /// `{Name}` or `{Name=Value}` after `\p`/`\P`.
  private mutating func parsePropertyEscape(negated: Bool, inClass: Bool) throws(RegExpSyntaxError)
    -> RegExpSetExpression
  {
    guard peek() == 0x7B else { throw error("Invalid property name") }
    position += 1
    var name = ""
    var value: String?
    while true {
      guard let unit = peek() else { throw error("Invalid property name") }
      position += 1
      if unit == 0x7D { break }
      let isNameCharacter =
        (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A) || unit == 0x5F
      if unit == 0x3D && value == nil {
        value = ""
        continue
      }
      guard isNameCharacter else { throw error("Invalid property name") }
      let character = Character(Unicode.Scalar(UInt8(unit)))
      if value != nil { value!.append(character) } else { name.append(character) }
    }
    guard let expression = RegExpUnicode.property(name: name, value: value) else {
      throw error(inClass ? "Invalid property name in character class" : "Invalid property name")
    }
    return negated ? .complement(expression) : expression
  }

  // MARK: Classes

  private mutating func parseClass() throws(RegExpSyntaxError) -> RegExpNode {
    if flags.unicodeSets {
      nesting += 1
      defer { nesting -= 1 }
      let negated = peek() == 0x5E
      if negated { position += 1 }
      let set = try parseClassSetContents()
      if negated && !set.strings.isEmpty { throw error("Negated character class may contain strings") }
      let single = RegExpNode.set(RegExpClass(expression: set.expression, negated: negated, flags: flags))
      if set.strings.isEmpty { return single }
      // Strings are tried longest first, then the single characters, as the specification orders them.
      let strings = set.strings.sorted {
        $0.count > $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1))
      }
      var alternatives: [RegExpNode] = strings.map { string in
        string.isEmpty ? .empty : .sequence(string.map { literal($0) })
      }
      let emptyIndex = alternatives.firstIndex { if case .empty = $0 { return true } else { return false } }
      if let emptyIndex {
        alternatives.remove(at: emptyIndex)
        alternatives.append(single)
        alternatives.append(.empty)
      } else {
        alternatives.append(single)
      }
      return .alternation(alternatives)
    }
    let negated = peek() == 0x5E
    if negated { position += 1 }
    var ranges = RegExpRangeBuilder()
    var sets: [RegExpSetExpression] = []
    while true {
      guard let unit = peek() else { throw error("Unterminated character class") }
      if unit == 0x5D {
        position += 1
        break
      }
      let first = try parseClassAtom()
      if peek() == 0x2D, let after = peek(1), after != 0x5D {
        position += 1
        let second = try parseClassAtom()
        switch (first, second) {
        case (.character(let low), .character(let high)):
          if low > high { throw error("Range out of order in character class") }
          ranges.add(low, high)
        default:
          if unicodeMode { throw error("Invalid character class") }
          for atom in [first, .character(0x2D), second] {
            switch atom {
            case .character(let value): ranges.add(value, value)
            case .set(let expression): sets.append(expression)
            }
          }
        }
        continue
      }
      switch first {
      case .character(let value): ranges.add(value, value)
      case .set(let expression): sets.append(expression)
      }
    }
    var expression = RegExpSetExpression.ranges(ranges.build())
    if !sets.isEmpty { expression = .union([expression] + sets) }
    return .set(RegExpClass(expression: expression, negated: negated, flags: flags))
  }

  private enum ClassAtom {
    case character(UInt32)
    case set(RegExpSetExpression)
  }

  private mutating func parseClassAtom() throws(RegExpSyntaxError) -> ClassAtom {
    guard peek() == 0x5C else { return .character(nextCharacter()) }
    position += 1
    guard let unit = peek() else { throw error("\\ at end of pattern") }
    switch unit {
    case 0x64, 0x44, 0x73, 0x53, 0x77, 0x57:
      position += 1
      return .set(classEscapeExpression(unit))
    case 0x70 where unicodeMode, 0x50 where unicodeMode:
      position += 1
      return .set(try parsePropertyEscape(negated: unit == 0x50, inClass: true))
    case 0x62:
      position += 1
      return .character(8)
    case 0x30 where !(peek(1).map(Self.isDecimalDigit) ?? false):
      position += 1
      return .character(0)
    case 0x30...0x39:
      if unicodeMode { throw error("Invalid class escape") }
      if unit >= 0x38 {
        position += 1
        return .character(unit)
      }
      return .character(parseLegacyOctal())
    case 0x6B where unicodeMode, 0x42 where unicodeMode:
      throw error("Invalid escape")
    default:
      return .character(try parseCharacterEscape(inClass: true))
    }
  }

  /// The contents of a `v`-mode class up to and including its `]`.
  private mutating func parseClassSetContents() throws(RegExpSyntaxError) -> RegExpStringSet {
    if peek() == 0x5D {
      position += 1
      return RegExpStringSet(expression: .ranges(RegExpRanges()), strings: [])
    }
    var result = try parseClassSetOperand(allowRange: true)
    if looking(at: "&&") || looking(at: "--") {
      let isIntersection = looking(at: "&&")
      if case .range = result.kind { throw error("Invalid set operation in character class") }
      while true {
        if peek() == 0x5D {
          position += 1
          return result.set
        }
        guard looking(at: isIntersection ? "&&" : "--") else {
          throw error(atEnd ? "Unterminated character class" : "Invalid set operation in character class")
        }
        position += 2
        if peek() == 0x26 && isIntersection { throw error("Invalid character in character class") }
        let operand = try parseClassSetOperand(allowRange: false)
        result.set =
          isIntersection ? result.set.intersecting(operand.set) : result.set.subtracting(operand.set)
      }
    }
    var union = result.set
    while true {
      guard let unit = peek() else { throw error("Unterminated character class") }
      if unit == 0x5D {
        position += 1
        return union
      }
      if looking(at: "&&") || looking(at: "--") { throw error("Invalid set operation in character class") }
      let operand = try parseClassSetOperand(allowRange: true)
      union = union.union(operand.set)
    }
  }

  private struct ClassSetOperand {
    enum Kind { case character, range, other }
    var kind: Kind
    var set: RegExpStringSet
  }

  private mutating func parseClassSetOperand(allowRange: Bool) throws(RegExpSyntaxError) -> ClassSetOperand {
    guard let unit = peek() else { throw error("Unterminated character class") }
    if unit == 0x5B {
      position += 1
      nesting += 1
      defer { nesting -= 1 }
      if nesting > Self.maximumNesting { throw error("Regular expression too large") }
      let negated = peek() == 0x5E
      if negated { position += 1 }
      var inner = try parseClassSetContents()
      if negated {
        if !inner.strings.isEmpty { throw error("Negated character class may contain strings") }
        inner = RegExpStringSet(expression: .complement(inner.expression), strings: [])
      }
      return ClassSetOperand(kind: .other, set: inner)
    }
    if unit == 0x5C {
      switch peek(1) {
      case 0x64, 0x44, 0x73, 0x53, 0x77, 0x57:
        position += 2
        return ClassSetOperand(
          kind: .other, set: RegExpStringSet(expression: classEscapeExpression(peek(-1)!), strings: []))
      case 0x70, 0x50:
        let negated = peek(1) == 0x50
        position += 2
        let expression = try parsePropertyEscape(negated: negated, inClass: true)
        return ClassSetOperand(kind: .other, set: RegExpStringSet(expression: expression, strings: []))
      case 0x71:
        position += 2
        return ClassSetOperand(kind: .other, set: try parseClassStringDisjunction())
      default:
        break
      }
    }
    let low = try parseClassSetCharacter()
    if allowRange && peek() == 0x2D && peek(1) != 0x2D {
      position += 1
      let high = try parseClassSetCharacter()
      if low > high { throw error("Range out of order in character class") }
      return ClassSetOperand(
        kind: .range, set: RegExpStringSet(expression: .ranges(RegExpRanges(low, high)), strings: []))
    }
    return ClassSetOperand(
      kind: .character, set: RegExpStringSet(expression: .ranges(RegExpRanges(low, low)), strings: []))
  }

  /// A single character of a `v`-mode class, where syntax characters and doubled punctuators must be
  /// escaped.
  private mutating func parseClassSetCharacter() throws(RegExpSyntaxError) -> UInt32 {
    guard let unit = peek() else { throw error("Unterminated character class") }
    if unit == 0x5C {
      position += 1
      guard let next = peek() else { throw error("\\ at end of pattern") }
      if next == 0x62 {
        position += 1
        return 8
      }
      if next == 0x30 && !(peek(1).map(Self.isDecimalDigit) ?? false) {
        position += 1
        return 0
      }
      // ClassSetReservedPunctuator may be escaped in v mode.
      switch next {
      case 0x26, 0x2D, 0x21, 0x23, 0x25, 0x2C, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x40, 0x60, 0x7E:
        position += 1
        return next
      default:
        return try parseCharacterEscape(inClass: true)
      }
    }
    switch unit {
    case 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x2D, 0x7C:
      throw error("Invalid character in character class")
    default:
      break
    }
    let doubled: Set<UInt32> = [
      0x26, 0x21, 0x23, 0x24, 0x25, 0x2A, 0x2B, 0x2C, 0x2E, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F, 0x40, 0x5E,
      0x60,
      0x7E,
    ]
    if doubled.contains(unit) && peek(1) == unit { throw error("Invalid set operation in character class") }
    return nextCharacter()
  }

  /// `{a|bc|…}` after `\q`.
  private mutating func parseClassStringDisjunction() throws(RegExpSyntaxError) -> RegExpStringSet {
    guard peek() == 0x7B else { throw error("Invalid escape") }
    position += 1
    var strings: [[UInt32]] = []
    var current: [UInt32] = []
    while true {
      guard let unit = peek() else { throw error("Unterminated character class") }
      if unit == 0x7D {
        position += 1
        strings.append(current)
        break
      }
      if unit == 0x7C {
        position += 1
        strings.append(current)
        current = []
        continue
      }
      if unit == 0x5C {
        position += 1
        guard peek() != nil else { throw error("\\ at end of pattern") }
        if peek() == 0x62 {
          position += 1
          current.append(8)
        } else {
          current.append(try parseCharacterEscape(inClass: true))
        }
      } else {
        current.append(try parseClassSetCharacter())
      }
    }
    var set = RegExpStringSet(expression: .ranges(RegExpRanges()), strings: [])
    var singles = RegExpRangeBuilder()
    for string in strings {
      if string.count == 1 { singles.add(string[0], string[0]) } else { set.strings.insert(string) }
    }
    set.expression = .ranges(singles.build())
    return set
  }
}

/// A `v`-mode class: a set of single characters and a set of strings (of any length but one).
internal struct RegExpStringSet {
  var expression: RegExpSetExpression
  var strings: Set<[UInt32]>

  func union(_ other: RegExpStringSet) -> RegExpStringSet {
    RegExpStringSet(
      expression: .union([expression, other.expression]), strings: strings.union(other.strings))
  }

  func intersecting(_ other: RegExpStringSet) -> RegExpStringSet {
    RegExpStringSet(
      expression: .intersection(expression, other.expression), strings: strings.intersection(other.strings))
  }

  func subtracting(_ other: RegExpStringSet) -> RegExpStringSet {
    RegExpStringSet(
      expression: .subtraction(expression, other.expression), strings: strings.subtracting(other.strings))
  }
}
