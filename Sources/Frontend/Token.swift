/// The kinds of token the lexer produces.
public enum TokenKind: UInt8, Sendable {
  case eof
  case identifier  // also contextual words and escaped reserved words (see `Token.atom`)
  case privateName  // #name
  case number
  case bigint
  case string
  case template  // a template span; `Token.templateEnd` tells whether it ends with ` or ${
  case regexp

  // Reserved words, in `Atom.Known` order.
  case kBreak, kCase, kCatch, kClass, kConst, kContinue, kDebugger, kDefault, kDelete, kDo, kElse
  case kEnum, kExport, kExtends, kFalse, kFinally, kFor, kFunction, kIf, kImport, kIn, kInstanceof
  case kNew, kNull, kReturn, kSuper, kSwitch, kThis, kThrow, kTrue, kTry, kTypeof, kVar, kVoid
  case kWhile, kWith

  // Punctuators.
  case lBrace, rBrace, lParen, rParen, lBracket, rBracket
  case dot, ellipsis, semicolon, comma, colon, question, questionDot, arrow
  case lt, gt, le, ge, eq, ne, eqStrict, neStrict
  case plus, minus, star, slash, percent, starStar
  case plusPlus, minusMinus
  case shl, sar, shr, amp, pipe, caret, bang, tilde
  case ampAmp, pipePipe, questionQuestion
  case assign, plusAssign, minusAssign, starAssign, slashAssign, percentAssign, starStarAssign
  case shlAssign, sarAssign, shrAssign, ampAssign, pipeAssign, caretAssign
  case ampAmpAssign, pipePipeAssign, questionQuestionAssign

  static let firstKeyword = TokenKind.kBreak
  static let lastKeyword = TokenKind.kWith

  @inline(__always) var isKeyword: Bool {
    rawValue >= TokenKind.firstKeyword.rawValue && rawValue <= TokenKind.lastKeyword.rawValue
  }

  /// Identifier names include reserved words (they are valid property names).
  @inline(__always) var isIdentifierName: Bool { self == .identifier || isKeyword }

  @inline(__always) var isAssignmentOperator: Bool {
    rawValue >= TokenKind.assign.rawValue && rawValue <= TokenKind.questionQuestionAssign.rawValue
  }

  static func keyword(forAtom atom: Atom) -> TokenKind {
    TokenKind(rawValue: TokenKind.firstKeyword.rawValue + UInt8(atom.id))!
  }

  /// How the token is written, for messages.
  public var spelling: String {
    switch self {
    case .eof: "end of input"
    case .identifier: "identifier"
    case .privateName: "private name"
    case .number: "number"
    case .bigint: "BigInt"
    case .string: "string"
    case .template: "template"
    case .regexp: "regular expression"
    case .lBrace: "{"
    case .rBrace: "}"
    case .lParen: "("
    case .rParen: ")"
    case .lBracket: "["
    case .rBracket: "]"
    case .dot: "."
    case .ellipsis: "..."
    case .semicolon: ";"
    case .comma: ","
    case .colon: ":"
    case .question: "?"
    case .questionDot: "?."
    case .arrow: "=>"
    case .lt: "<"
    case .gt: ">"
    case .le: "<="
    case .ge: ">="
    case .eq: "=="
    case .ne: "!="
    case .eqStrict: "==="
    case .neStrict: "!=="
    case .plus: "+"
    case .minus: "-"
    case .star: "*"
    case .slash: "/"
    case .percent: "%"
    case .starStar: "**"
    case .plusPlus: "++"
    case .minusMinus: "--"
    case .shl: "<<"
    case .sar: ">>"
    case .shr: ">>>"
    case .amp: "&"
    case .pipe: "|"
    case .caret: "^"
    case .bang: "!"
    case .tilde: "~"
    case .ampAmp: "&&"
    case .pipePipe: "||"
    case .questionQuestion: "??"
    case .assign: "="
    case .plusAssign: "+="
    case .minusAssign: "-="
    case .starAssign: "*="
    case .slashAssign: "/="
    case .percentAssign: "%="
    case .starStarAssign: "**="
    case .shlAssign: "<<="
    case .sarAssign: ">>="
    case .shrAssign: ">>>="
    case .ampAssign: "&="
    case .pipeAssign: "|="
    case .caretAssign: "^="
    case .ampAmpAssign: "&&="
    case .pipePipeAssign: "||="
    case .questionQuestionAssign: "??="
    default: Atom.Known(rawValue: UInt32(rawValue - TokenKind.firstKeyword.rawValue))!.spelling
    }
  }
}

/// One token: its kind, its byte range, and what the parser needs to know about it.
public struct Token: Sendable {
  public var kind: TokenKind = .eof
  /// A line terminator appeared between the previous token and this one (for ASI and restricted productions).
  public var newlineBefore = false
  /// The identifier or keyword contained a `\u` escape, or a string contained an escape.
  public var escaped = false
  /// A string with a legacy octal escape (`\01`) or `\8`/`\9`, or a legacy octal number (`017`, `08`):
  /// valid only in sloppy code, so the parser checks it against the strictness where it is used.
  public var legacyOctal = false
  /// For templates: the span ends with `` ` `` (true) or `${` (false).
  public var templateEnd = false
  /// For templates: the offset of an escape that has no cooked value (allowed only when tagged), or -1.
  public var invalidEscapeOffset: Int32 = -1
  public var start: UInt32 = 0
  public var end: UInt32 = 0
  /// For identifiers and keywords: the interned name (escapes decoded).
  public var atom = Atom(UInt32.max)
  /// For legacy octal strings, the offset of the escape (for the error's location).
  public var octalOffset: UInt32 = 0
}
