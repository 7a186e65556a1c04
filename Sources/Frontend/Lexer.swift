/// Turns source bytes into tokens on demand.
///
/// The parser drives it: the lexer cannot tell a regular expression from a division, or the rest
/// of a template from a closing brace, so the parser asks for a rescan where the grammar says which.
/// The source is NUL-padded, so looking a few bytes ahead needs no bounds check; a NUL before
/// `length` is a real NUL byte in the file.
struct Lexer {
  let p: UnsafePointer<UInt8>
  let length: Int
  /// Module code has no HTML-like comments.
  let isModule: Bool
  var pos = 0
  var atoms = AtomTable()
  /// The end of the last token returned, for the "`-->` at the start of input" rule.
  var hasProducedToken = false
  private var scratch: [UInt8] = []
  /// ByteClass.table, read without checks in the hot loops.
  let classes = ByteClass.pointer

  init(p: UnsafePointer<UInt8>, length: Int, isModule: Bool) {
    self.p = p
    self.length = length
    self.isModule = isModule
    if p[0] == UInt8(ascii: "#") && p[1] == UInt8(ascii: "!") {
      pos = 2
      skipLineComment()
    }
  }

  @inline(__always) private func error(
    _ code: DiagnosticCode, _ message: String, _ start: Int, _ end: Int? = nil
  )
    -> SyntaxError
  {
    SyntaxError(code, message, at: start..<max(start, end ?? min(start + 1, length)))
  }

  // MARK: Trivia

  /// Skips white space and comments; returns whether a line terminator was crossed.
  private mutating func skipTrivia() throws(SyntaxError) -> Bool {
    var newline = false
    while true {
      let c = p[pos]
      switch c {
      case 0x20, 0x09, 0x0B, 0x0C:
        pos += 1
      case 0x0A, 0x0D:
        pos += 1
        newline = true
      case UInt8(ascii: "/"):
        let next = p[pos + 1]
        if next == UInt8(ascii: "/") {
          pos += 2
          skipLineComment()
        } else if next == UInt8(ascii: "*") {
          if try skipBlockComment() { newline = true }
        } else {
          return newline
        }
      case UInt8(ascii: "<"):
        // Annex B: `<!--` starts a single-line comment in scripts.
        if !isModule && p[pos + 1] == UInt8(ascii: "!") && p[pos + 2] == UInt8(ascii: "-")
          && p[pos + 3] == UInt8(ascii: "-")
        {
          pos += 4
          skipLineComment()
        } else {
          return newline
        }
      case UInt8(ascii: "-"):
        // Annex B: `-->` at the start of a line (or of the input) starts a single-line comment in scripts.
        if !isModule && (newline || !hasProducedToken) && p[pos + 1] == UInt8(ascii: "-")
          && p[pos + 2] == UInt8(ascii: ">")
        {
          pos += 3
          skipLineComment()
        } else {
          return newline
        }
      default:
        guard c >= 0x80 else { return newline }
        let (scalar, width) = decodeScalar(p, pos)
        if scalar == 0x2028 || scalar == 0x2029 {
          newline = true
        } else if !UnicodeClasses.isWhitespace(scalar) {
          return newline
        }
        pos += width
      }
    }
  }

  private mutating func skipLineComment() {
    while true {
      let c = p[pos]
      if c == 0x0A || c == 0x0D { return }
      if c == 0 && pos >= length { return }
      if c == 0xE2 && p[pos + 1] == 0x80 && (p[pos + 2] == 0xA8 || p[pos + 2] == 0xA9) { return }
      pos += 1
    }
  }

  /// Returns whether the comment contained a line terminator.
  private mutating func skipBlockComment() throws(SyntaxError) -> Bool {
    let start = pos
    pos += 2
    var newline = false
    while true {
      let c = p[pos]
      if c == UInt8(ascii: "*") && p[pos + 1] == UInt8(ascii: "/") {
        pos += 2
        return newline
      }
      if c == 0 && pos >= length {
        throw error(.unterminatedComment, "unterminated comment", start, start + 2)
      }
      if c == 0x0A || c == 0x0D
        || (c == 0xE2 && p[pos + 1] == 0x80 && (p[pos + 2] == 0xA8 || p[pos + 2] == 0xA9))
      {
        newline = true
      }
      pos += 1
    }
  }

  // MARK: Tokens

  /// Where the lexer is, so the parser can look ahead and come back.
  struct Checkpoint {
    var pos: Int
    var hasProducedToken: Bool
  }

  var checkpoint: Checkpoint { Checkpoint(pos: pos, hasProducedToken: hasProducedToken) }

  mutating func restore(_ checkpoint: Checkpoint) {
    pos = checkpoint.pos
    hasProducedToken = checkpoint.hasProducedToken
  }

  mutating func next() throws(SyntaxError) -> Token {
    var token = Token()
    token.newlineBefore = try skipTrivia()
    hasProducedToken = true
    let start = pos
    token.start = UInt32(start)
    let c = p[pos]
    switch c {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "$"),
      UInt8(ascii: "_"), UInt8(ascii: "\\"):
      try scanIdentifier(&token)
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      try scanNumber(&token)
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      try scanString(&token, quote: c)
    case UInt8(ascii: "`"):
      pos += 1
      try scanTemplateSpan(&token)
    case UInt8(ascii: "#"):
      pos += 1
      let c1 = p[pos]
      let startsName: Bool
      if c1 < 0x80 {
        startsName = classes[Int(c1)] & ByteClass.identifierStart != 0 || c1 == UInt8(ascii: "\\")
      } else {
        startsName = UnicodeClasses.isIdentifierStart(decodeScalar(p, pos).scalar)
      }
      guard startsName else { throw error(.unexpectedCharacter, "unexpected character '#'", start) }
      try scanIdentifier(&token)
      token.kind = .privateName
      token.start = UInt32(start)
    case UInt8(ascii: "."):
      if classes[Int(p[pos + 1])] & ByteClass.decimalDigit != 0 {
        try scanNumber(&token)
      } else if p[pos + 1] == UInt8(ascii: ".") && p[pos + 2] == UInt8(ascii: ".") {
        pos += 3
        token.kind = .ellipsis
      } else {
        pos += 1
        token.kind = .dot
      }
    case 0 where pos >= length:
      token.kind = .eof
    default:
      if c >= 0x80 {
        let (scalar, _) = decodeScalar(p, pos)
        if UnicodeClasses.isIdentifierStart(scalar) {
          try scanIdentifier(&token)
        } else {
          throw error(
            .unexpectedCharacter,
            "unexpected character U+\(String(scalar, radix: 16, uppercase: true).leftPadded(4))",
            start, start + decodeScalar(p, pos).width)
        }
      } else {
        token.kind = try scanPunctuator(c)
      }
    }
    token.end = UInt32(pos)
    return token
  }

  private mutating func scanPunctuator(_ c: UInt8) throws(SyntaxError) -> TokenKind {
    let c1 = p[pos + 1]
    let c2 = p[pos + 2]
    let eq = UInt8(ascii: "=")
    func take(_ n: Int, _ kind: TokenKind) -> TokenKind {
      pos += n
      return kind
    }
    switch c {
    case UInt8(ascii: "{"): return take(1, .lBrace)
    case UInt8(ascii: "}"): return take(1, .rBrace)
    case UInt8(ascii: "("): return take(1, .lParen)
    case UInt8(ascii: ")"): return take(1, .rParen)
    case UInt8(ascii: "["): return take(1, .lBracket)
    case UInt8(ascii: "]"): return take(1, .rBracket)
    case UInt8(ascii: ";"): return take(1, .semicolon)
    case UInt8(ascii: ","): return take(1, .comma)
    case UInt8(ascii: ":"): return take(1, .colon)
    case UInt8(ascii: "~"): return take(1, .tilde)
    case UInt8(ascii: "?"):
      if c1 == UInt8(ascii: "?") {
        return c2 == eq ? take(3, .questionQuestionAssign) : take(2, .questionQuestion)
      }
      // `a?.5:b` is a conditional, not an optional chain.
      if c1 == UInt8(ascii: ".") && classes[Int(c2)] & ByteClass.decimalDigit == 0 {
        return take(2, .questionDot)
      }
      return take(1, .question)
    case UInt8(ascii: "<"):
      if c1 == UInt8(ascii: "<") { return c2 == eq ? take(3, .shlAssign) : take(2, .shl) }
      return c1 == eq ? take(2, .le) : take(1, .lt)
    case UInt8(ascii: ">"):
      if c1 == UInt8(ascii: ">") {
        if c2 == UInt8(ascii: ">") { return p[pos + 3] == eq ? take(4, .shrAssign) : take(3, .shr) }
        return c2 == eq ? take(3, .sarAssign) : take(2, .sar)
      }
      return c1 == eq ? take(2, .ge) : take(1, .gt)
    case UInt8(ascii: "="):
      if c1 == eq { return c2 == eq ? take(3, .eqStrict) : take(2, .eq) }
      return c1 == UInt8(ascii: ">") ? take(2, .arrow) : take(1, .assign)
    case UInt8(ascii: "!"):
      if c1 == eq { return c2 == eq ? take(3, .neStrict) : take(2, .ne) }
      return take(1, .bang)
    case UInt8(ascii: "+"):
      if c1 == UInt8(ascii: "+") { return take(2, .plusPlus) }
      return c1 == eq ? take(2, .plusAssign) : take(1, .plus)
    case UInt8(ascii: "-"):
      if c1 == UInt8(ascii: "-") { return take(2, .minusMinus) }
      return c1 == eq ? take(2, .minusAssign) : take(1, .minus)
    case UInt8(ascii: "*"):
      if c1 == UInt8(ascii: "*") { return c2 == eq ? take(3, .starStarAssign) : take(2, .starStar) }
      return c1 == eq ? take(2, .starAssign) : take(1, .star)
    case UInt8(ascii: "/"):
      return c1 == eq ? take(2, .slashAssign) : take(1, .slash)
    case UInt8(ascii: "%"):
      return c1 == eq ? take(2, .percentAssign) : take(1, .percent)
    case UInt8(ascii: "&"):
      if c1 == UInt8(ascii: "&") { return c2 == eq ? take(3, .ampAmpAssign) : take(2, .ampAmp) }
      return c1 == eq ? take(2, .ampAssign) : take(1, .amp)
    case UInt8(ascii: "|"):
      if c1 == UInt8(ascii: "|") { return c2 == eq ? take(3, .pipePipeAssign) : take(2, .pipePipe) }
      return c1 == eq ? take(2, .pipeAssign) : take(1, .pipe)
    case UInt8(ascii: "^"):
      return c1 == eq ? take(2, .caretAssign) : take(1, .caret)
    case 0:
      throw error(.unexpectedCharacter, "unexpected NUL byte", pos)
    default:
      let shown =
        c >= 0x20 && c < 0x7F
        ? "'\(Character(Unicode.Scalar(c)))'" : "U+00\(String(c, radix: 16, uppercase: true).leftPadded(2))"
      throw error(.unexpectedCharacter, "unexpected character \(shown)", pos)
    }
  }

  // MARK: Identifiers

  private mutating func scanIdentifier(_ token: inout Token) throws(SyntaxError) {
    let start = pos
    // Hash while scanning, so the atom table need not read the bytes a second time.
    var hash = AtomTable.fnvOffset
    var c = p[pos]
    while classes[Int(c)] & ByteClass.identifierPart != 0 {
      hash = (hash ^ UInt32(c)) &* AtomTable.fnvPrime
      pos += 1
      c = p[pos]
    }
    if c == UInt8(ascii: "\\") || c >= 0x80 {
      try scanIdentifierSlowly(&token, from: start)
      return
    }
    let atom = atoms.intern(p + start, pos - start, hash: Int(hash))
    token.atom = atom
    token.kind = atom.isReservedWord ? TokenKind.keyword(forAtom: atom) : .identifier
  }

  /// Identifiers with `\u` escapes or non-ASCII characters: decode into a scratch buffer.
  private mutating func scanIdentifierSlowly(_ token: inout Token, from start: Int) throws(SyntaxError) {
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: UnsafeBufferPointer(start: p + start, count: pos - start))
    var escaped = false
    while true {
      let c = p[pos]
      let isFirst = scratch.isEmpty
      if c < 0x80 && classes[Int(c)] & ByteClass.identifierPart != 0 {
        if isFirst && classes[Int(c)] & ByteClass.identifierStart == 0 { break }
        scratch.append(c)
        pos += 1
      } else if c == UInt8(ascii: "\\") {
        let escapeStart = pos
        guard p[pos + 1] == UInt8(ascii: "u") else {
          throw error(
            .invalidEscape, "only \\u escapes are allowed in identifiers", escapeStart, escapeStart + 2)
        }
        pos += 2
        let scalar = try scanUnicodeEscapeBody(escapeStart: escapeStart)
        let valid =
          isFirst ? UnicodeClasses.isIdentifierStart(scalar) : UnicodeClasses.isIdentifierPart(scalar)
        guard valid else {
          throw error(.invalidEscape, "escape does not produce an identifier character", escapeStart, pos)
        }
        appendUTF8(scalar, to: &scratch)
        escaped = true
      } else if c >= 0x80 {
        let (scalar, width) = decodeScalar(p, pos)
        let valid =
          isFirst ? UnicodeClasses.isIdentifierStart(scalar) : UnicodeClasses.isIdentifierPart(scalar)
        if !valid { break }
        scratch.append(contentsOf: UnsafeBufferPointer(start: p + pos, count: width))
        pos += width
      } else {
        break
      }
    }
    let atom = atoms.intern(scratch)
    token.atom = atom
    token.escaped = escaped
    // An escaped reserved word is not that keyword; the parser rejects it where a name is needed.
    token.kind = atom.isReservedWord && !escaped ? TokenKind.keyword(forAtom: atom) : .identifier
  }

  /// After `\u`: four hex digits or `{hex}`; returns the code point.
  private mutating func scanUnicodeEscapeBody(escapeStart: Int) throws(SyntaxError) -> UInt32 {
    if p[pos] == UInt8(ascii: "{") {
      pos += 1
      var value: UInt32 = 0
      var digits = 0
      while let d = hexValue(p[pos]) {
        value = value * 16 + d
        if value > 0x10FFFF {
          throw error(.invalidEscape, "code point out of range in \\u{...} escape", escapeStart, pos + 1)
        }
        digits += 1
        pos += 1
      }
      guard digits > 0, p[pos] == UInt8(ascii: "}") else {
        throw error(.invalidEscape, "invalid \\u{...} escape", escapeStart, pos)
      }
      pos += 1
      return value
    }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let d = hexValue(p[pos]) else {
        throw error(.invalidEscape, "\\u must be followed by four hexadecimal digits", escapeStart, pos)
      }
      value = value * 16 + d
      pos += 1
    }
    return value
  }

  @inline(__always) private func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(c - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(c - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(c - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  // MARK: Numbers

  private mutating func scanNumber(_ token: inout Token) throws(SyntaxError) {
    let start = pos
    token.kind = .number
    var canBeBigInt = true
    if p[pos] == UInt8(ascii: "0") {
      let marker = p[pos + 1] | 0x20
      if marker == UInt8(ascii: "x") || marker == UInt8(ascii: "o") || marker == UInt8(ascii: "b") {
        let radix = marker == UInt8(ascii: "x") ? 16 : marker == UInt8(ascii: "o") ? 8 : 2
        pos += 2
        if try scanDigits(radix: radix) == 0 {
          throw error(
            .invalidNumber, "expected digits after '0\(Character(Unicode.Scalar(marker)))'", start, pos)
        }
        try finishNumber(&token, start: start, canBeBigInt: true)
        return
      }
      let c1 = p[pos + 1]
      if c1 == UInt8(ascii: "_") {
        throw error(.invalidNumber, "numeric separators are not allowed after a leading 0", pos + 1)
      }
      if classes[Int(c1)] & ByteClass.decimalDigit != 0 {
        // LegacyOctalIntegerLiteral or NonOctalDecimalIntegerLiteral: sloppy code only.
        token.legacyOctal = true
        pos += 1
        var isOctal = true
        while classes[Int(p[pos])] & ByteClass.decimalDigit != 0 {
          if p[pos] >= UInt8(ascii: "8") { isOctal = false }
          pos += 1
        }
        if p[pos] == UInt8(ascii: "_") {
          throw error(.invalidNumber, "numeric separators are not allowed in legacy octal literals", pos)
        }
        if isOctal {
          try finishNumber(&token, start: start, canBeBigInt: false)
          return
        }
        canBeBigInt = false
      }
    }
    if p[pos] != UInt8(ascii: ".") {
      _ = try scanDigits(radix: 10)
    }
    if p[pos] == UInt8(ascii: ".") {
      canBeBigInt = false
      pos += 1
      if p[pos] == UInt8(ascii: "_") {
        throw error(.invalidNumber, "numeric separators must be between digits", pos)
      }
      _ = try scanDigits(radix: 10)
    }
    if p[pos] | 0x20 == UInt8(ascii: "e") {
      canBeBigInt = false
      pos += 1
      if p[pos] == UInt8(ascii: "+") || p[pos] == UInt8(ascii: "-") { pos += 1 }
      if try scanDigits(radix: 10) == 0 {
        throw error(.invalidNumber, "expected digits in the exponent", start, pos)
      }
    }
    try finishNumber(&token, start: start, canBeBigInt: canBeBigInt)
  }

  private mutating func finishNumber(_ token: inout Token, start: Int, canBeBigInt: Bool) throws(SyntaxError)
  {
    if p[pos] == UInt8(ascii: "n") {
      guard canBeBigInt else {
        throw error(.invalidNumber, "a BigInt literal must be an integer without a leading 0", start, pos + 1)
      }
      pos += 1
      token.kind = .bigint
    }
    let c = p[pos]
    let runsOn: Bool
    if c < 0x80 {
      runsOn =
        classes[Int(c)] & (ByteClass.identifierStart | ByteClass.decimalDigit) != 0
        || c == UInt8(ascii: "\\")
    } else {
      runsOn = UnicodeClasses.isIdentifierStart(decodeScalar(p, pos).scalar)
    }
    if runsOn {
      throw error(.invalidNumber, "an identifier or digit cannot immediately follow a number", pos)
    }
  }

  /// Scans digits of a radix with `_` separators between digits; returns how many digits.
  private mutating func scanDigits(radix: Int) throws(SyntaxError) -> Int {
    var count = 0
    var previousWasDigit = false
    while true {
      let c = p[pos]
      if c == UInt8(ascii: "_") {
        guard previousWasDigit, digitValue(p[pos + 1]) < radix else {
          throw error(.invalidNumber, "numeric separators must be between digits", pos)
        }
        previousWasDigit = false
        pos += 1
        continue
      }
      guard digitValue(c) < radix else { return count }
      previousWasDigit = true
      count += 1
      pos += 1
    }
  }

  @inline(__always) private func digitValue(_ c: UInt8) -> Int {
    hexValue(c).map(Int.init) ?? 99
  }

  // MARK: Strings and templates

  private mutating func scanString(_ token: inout Token, quote: UInt8) throws(SyntaxError) {
    let start = pos
    token.kind = .string
    pos += 1
    while true {
      let c = p[pos]
      if c == quote {
        pos += 1
        return
      }
      switch c {
      case UInt8(ascii: "\\"):
        token.escaped = true
        try scanEscape(&token, inTemplate: false)
      case 0x0A, 0x0D:
        throw error(.unterminatedString, "unterminated string literal", start, pos)
      case 0 where pos >= length:
        throw error(.unterminatedString, "unterminated string literal", start, pos)
      default:
        pos += 1
      }
    }
  }

  /// Scans one escape sequence after its backslash. In templates an escape that is not valid is
  /// recorded rather than rejected: tagged templates allow it (their cooked value is undefined).
  private mutating func scanEscape(_ token: inout Token, inTemplate: Bool) throws(SyntaxError) {
    let escapeStart = pos
    pos += 1
    let c = p[pos]
    func invalid(_ message: String, end: Int) throws(SyntaxError) {
      if inTemplate {
        if token.invalidEscapeOffset < 0 { token.invalidEscapeOffset = Int32(escapeStart) }
        return
      }
      throw error(.invalidEscape, message, escapeStart, end)
    }
    switch c {
    case 0x0D:
      pos += 1
      if p[pos] == 0x0A { pos += 1 }
    case UInt8(ascii: "x"):
      pos += 1
      if hexValue(p[pos]) != nil && hexValue(p[pos + 1]) != nil {
        pos += 2
      } else {
        try invalid("\\x must be followed by two hexadecimal digits", end: pos)
      }
    case UInt8(ascii: "u"):
      pos += 1
      let save = pos
      do {
        _ = try scanUnicodeEscapeBody(escapeStart: escapeStart)
      } catch {
        if !inTemplate { throw error }
        pos = save
        if token.invalidEscapeOffset < 0 { token.invalidEscapeOffset = Int32(escapeStart) }
      }
    case UInt8(ascii: "0") where classes[Int(p[pos + 1])] & ByteClass.decimalDigit == 0:
      pos += 1  // \0 is the null character
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      if inTemplate {
        try invalid("", end: pos + 1)
        pos += 1
        return
      }
      // LegacyOctalEscapeSequence or NonOctalDecimalEscapeSequence: sloppy code only.
      if !token.legacyOctal {
        token.legacyOctal = true
        token.octalOffset = UInt32(escapeStart)
      }
      if c >= UInt8(ascii: "8") {
        pos += 1
        return
      }
      let maxDigits = c <= UInt8(ascii: "3") ? 3 : 2
      var digits = 0
      while digits < maxDigits && p[pos] >= UInt8(ascii: "0") && p[pos] <= UInt8(ascii: "7") {
        pos += 1
        digits += 1
      }
    case 0 where pos >= length:
      return  // the caller reports the unterminated literal
    default:
      pos += c < 0x80 ? 1 : decodeScalar(p, pos).width
    }
  }

  /// Scans a template span after `` ` `` or `}` up to and including `` ` `` or `${`.
  private mutating func scanTemplateSpan(_ token: inout Token) throws(SyntaxError) {
    token.kind = .template
    let start = Int(token.start)
    while true {
      let c = p[pos]
      switch c {
      case UInt8(ascii: "`"):
        pos += 1
        token.templateEnd = true
        return
      case UInt8(ascii: "$") where p[pos + 1] == UInt8(ascii: "{"):
        pos += 2
        token.templateEnd = false
        return
      case UInt8(ascii: "\\"):
        token.escaped = true
        try scanEscape(&token, inTemplate: true)
      case 0 where pos >= length:
        throw error(.unterminatedTemplate, "unterminated template literal", start, start + 1)
      default:
        pos += 1
      }
    }
  }

  /// Called by the parser at the `}` that closes a template substitution.
  mutating func rescanTemplateContinuation(_ brace: Token) throws(SyntaxError) -> Token {
    var token = Token()
    token.start = brace.start
    token.newlineBefore = brace.newlineBefore
    pos = Int(brace.start) + 1
    try scanTemplateSpan(&token)
    token.end = UInt32(pos)
    return token
  }

  // MARK: Regular expressions

  /// Called by the parser where an expression starts with `/` or `/=`.
  mutating func rescanRegExp(_ slash: Token) throws(SyntaxError) -> Token {
    let start = Int(slash.start)
    pos = start + 1
    var inClass = false
    while true {
      let c = p[pos]
      if c == 0x0A || c == 0x0D || (c == 0 && pos >= length)
        || (c == 0xE2 && p[pos + 1] == 0x80 && (p[pos + 2] == 0xA8 || p[pos + 2] == 0xA9))
      {
        throw error(.unterminatedRegExp, "unterminated regular expression", start, pos)
      }
      if c == UInt8(ascii: "\\") {
        pos += 1
        let e = p[pos]
        if e == 0x0A || e == 0x0D || (e == 0 && pos >= length)
          || (e == 0xE2 && p[pos + 1] == 0x80 && (p[pos + 2] == 0xA8 || p[pos + 2] == 0xA9))
        {
          throw error(.unterminatedRegExp, "unterminated regular expression", start, pos)
        }
        pos += e < 0x80 ? 1 : decodeScalar(p, pos).width
        continue
      }
      if c == UInt8(ascii: "[") {
        inClass = true
      } else if c == UInt8(ascii: "]") {
        inClass = false
      } else if c == UInt8(ascii: "/") && !inClass {
        break
      }
      pos += c < 0x80 ? 1 : decodeScalar(p, pos).width
    }
    let bodyEnd = pos
    pos += 1
    let flagsStart = pos
    while true {
      let c = p[pos]
      if c < 0x80 {
        if c == UInt8(ascii: "\\") {
          throw error(.invalidRegExp, "escapes are not allowed in regular expression flags", pos, pos + 1)
        }
        if classes[Int(c)] & ByteClass.identifierPart == 0 { break }
        pos += 1
      } else {
        let (scalar, width) = decodeScalar(p, pos)
        if !UnicodeClasses.isIdentifierPart(scalar) { break }
        pos += width
      }
    }
    let pattern = Array(UnsafeBufferPointer(start: p + start + 1, count: bodyEnd - start - 1))
    let flags = Array(UnsafeBufferPointer(start: p + flagsStart, count: pos - flagsStart))
    if let failure = RegExpValidator.validate(pattern: pattern, flags: flags) {
      let errorStart = start + 1 + failure.offset
      throw error(
        .invalidRegExp, "invalid regular expression: \(failure.message)", errorStart,
        min(pos, errorStart + max(1, failure.length)))
    }
    var token = Token()
    token.kind = .regexp
    token.start = slash.start
    token.newlineBefore = slash.newlineBefore
    token.end = UInt32(pos)
    return token
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
