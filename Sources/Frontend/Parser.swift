/// A recursive-descent parser for ECMAScript 2023 with the specification's early errors.
///
/// It stops at the first error, as engines do. Lexer and parser state are plain structs with
/// mutating methods, and nodes go into a flat arena: both were measured to matter in Swift
/// (see shared/swift-parser-notes.md). Recursion is bounded by `maximumDepth`, and the entry point
/// runs on a thread with a stack large enough for that depth.
struct Parser {
  var lexer: Lexer
  var token = Token()
  var previousEnd: UInt32 = 0
  var nodes: [Node]
  var lists: [NodeID] = []
  var listScratch: [NodeID] = []
  let goal: SourceGoal
  var strict: Bool
  var depth = 0
  static let maximumDepth = 1500

  var scopes: [Scope] = []
  var labels: [Label] = []
  var privateNameScopes: [PrivateNameScope] = []
  /// Offsets of the first `yield`/`await` expression and `await` identifier in the current function
  /// or in parameters being parsed, for the rules on arrow-function and generator parameters.
  var yieldPosition = -1
  var awaitPosition = -1
  var awaitIdentifierPosition = -1
  /// Where an arrow function may start: an AssignmentExpression's first token.
  var potentialArrowAt = -1
  /// The start of a `for await` head's left side, where `async of` is a name followed by `of`.
  var forAwaitHeadStart = -1

  /// Module bookkeeping: exported names with where they were exported, and local names exported
  /// by `export { x }` that must be declared somewhere in the module.
  var exportedNames: [Atom: Int] = [:]
  var localExports: [(atom: Atom, range: Range<Int>)] = []

  init(bytes: UnsafePointer<UInt8>, length: Int, goal: SourceGoal) {
    lexer = Lexer(p: bytes, length: length, isModule: goal.isModule)
    self.goal = goal
    strict = goal.isModule
    nodes = [Node(kind: .invalid, start: 0, end: 0)]
    nodes.reserveCapacity(length / 6 + 16)
    lists.reserveCapacity(length / 16 + 16)
  }

  // MARK: Tokens

  @inline(__always) mutating func next() throws(SyntaxError) {
    previousEnd = token.end
    token = try lexer.next()
  }

  @inline(__always) func at(_ kind: TokenKind) -> Bool { token.kind == kind }

  @inline(__always) mutating func eat(_ kind: TokenKind) throws(SyntaxError) -> Bool {
    if token.kind == kind {
      try next()
      return true
    }
    return false
  }

  mutating func expect(_ kind: TokenKind) throws(SyntaxError) {
    if token.kind != kind { throw unexpected(expected: "'\(kind.spelling)'") }
    try next()
  }

  /// True at an identifier token spelling `word` without escapes (a contextual keyword).
  @inline(__always) func atContextual(_ word: Atom.Known) -> Bool {
    token.kind == .identifier && token.atom.id == word.rawValue && !token.escaped
  }

  /// The token after the current one, without consuming anything.
  mutating func peek() throws(SyntaxError) -> Token {
    let saved = lexer.checkpoint
    defer { lexer.restore(saved) }
    return try lexer.next()
  }

  /// Automatic semicolon insertion: a `;`, or a line break, `}` or the end of input.
  mutating func semicolon() throws(SyntaxError) {
    if try eat(.semicolon) { return }
    if token.kind == .rBrace || token.kind == .eof || token.newlineBefore { return }
    throw unexpected(expected: "';'")
  }

  var canInsertSemicolon: Bool {
    token.kind == .eof || token.kind == .rBrace || token.newlineBefore
  }

  var tokenRange: Range<Int> { Int(token.start)..<Int(token.end) }

  func unexpected(expected: String? = nil) -> SyntaxError {
    let found: String
    switch token.kind {
    case .eof: found = "end of input"
    case .identifier, .privateName: found = "'\(String(decoding: sourceBytes(tokenRange), as: UTF8.self))'"
    case .string, .number, .bigint, .template, .regexp:
      let text = String(decoding: sourceBytes(tokenRange), as: UTF8.self)
      found = text.count > 40 ? token.kind.spelling : "\(token.kind.spelling) \(text)"
    default: found = "'\(token.kind.spelling)'"
    }
    let message = expected.map { "expected \($0), found \(found)" } ?? "unexpected \(found)"
    var help: String? = nil
    if goal.isModule && (token.kind == .lt || token.kind == .minusMinus) {
      let bytes = sourceBytes(Int(token.start)..<min(Int(token.start) + 4, lexer.length))
      if bytes.starts(with: Array("<!--".utf8)) || bytes.starts(with: Array("-->".utf8)) {
        return SyntaxError(
          .htmlCommentInModule, "HTML-like comments are not allowed in modules", at: tokenRange,
          help: "use // or /* */ comments")
      }
    }
    if token.kind == .eof { help = "the file ends before this construct is complete" }
    return SyntaxError(
      .unexpectedToken, message,
      at: tokenRange.isEmpty ? tokenRange.lowerBound..<tokenRange.lowerBound : tokenRange, help: help)
  }

  func sourceBytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: lexer.p + range.lowerBound, count: range.count)
  }

  func spelling(_ atom: Atom) -> String { lexer.atoms.name(atom) }

  // MARK: Nodes

  @inline(__always) mutating func add(_ node: Node) -> NodeID {
    nodes.append(node)
    return NodeID(UInt32(nodes.count - 1))
  }

  @inline(__always) mutating func finish(
    _ kind: NodeKind, _ start: UInt32, a: UInt32 = 0, b: UInt32 = 0, c: UInt32 = 0, d: UInt32 = 0,
    op: UInt8 = 0, flags: NodeFlags = []
  ) -> NodeID {
    add(Node(kind: kind, op: op, flags: flags, start: start, end: previousEnd, a: a, b: b, c: c, d: d))
  }

  @inline(__always) func node(_ id: NodeID) -> Node { nodes[Int(id.index)] }

  @inline(__always) func kind(_ id: NodeID) -> NodeKind { nodes[Int(id.index)].kind }

  func range(_ id: NodeID) -> Range<Int> { Int(nodes[Int(id.index)].start)..<Int(nodes[Int(id.index)].end) }

  /// Lists are gathered on a scratch stack and copied out when complete, since they nest.
  @inline(__always) var listMark: Int { listScratch.count }

  mutating func commitList(from mark: Int) -> (start: UInt32, count: UInt32) {
    let start = UInt32(lists.count)
    let count = listScratch.count - mark
    lists.append(contentsOf: listScratch[mark...])
    listScratch.removeSubrange(mark...)
    return (start, UInt32(count))
  }

  func listItems(_ start: UInt32, _ count: UInt32) -> ArraySlice<NodeID> {
    lists[Int(start)..<Int(start + count)]
  }

  // MARK: Depth

  mutating func enter() throws(SyntaxError) {
    depth += 1
    if depth > Parser.maximumDepth {
      throw SyntaxError(
        .nestingTooDeep, "nesting is deeper than \(Parser.maximumDepth) levels", at: tokenRange,
        help: "split the expression or statement into smaller parts")
    }
  }

  @inline(__always) mutating func leave() { depth -= 1 }

  // MARK: Program

  mutating func parseProgram() throws(SyntaxError) -> NodeID {
    try next()
    enterScope(.top)
    if goal == .commonJS {
      // Node's wrapper function declares these as parameters, so a top-level `let require` is a
      // redeclaration while `var require` is not.
      for name in ["exports", "require", "module", "__filename", "__dirname"] {
        scopes[0].varNames.append(lexer.atoms.intern(Array(name.utf8)))
      }
    }
    let mark = listMark
    _ = try parseDirectivePrologue(into: mark)
    while token.kind != .eof {
      listScratch.append(try parseStatement(.statementList))
    }
    if goal.isModule { try checkLocalExports() }
    exitScope()
    let body = commitList(from: mark)
    let id = add(
      Node(
        kind: .program, flags: strict ? .strict : [], start: 0, end: UInt32(lexer.length), a: body.start,
        b: body.count))
    return id
  }
}

/// What kind of statement position the parser is in: where declarations may appear.
enum StatementContext {
  /// A statement list (program, block, function body, case clause): declarations allowed.
  case statementList
  /// The body of `if`, `while`, `for`, `with`, or a label: only statements (and Annex B exceptions).
  case singleStatement
  /// The body of `if` in sloppy code, where Annex B allows a plain function declaration.
  case ifBody
  /// The body of a labelled statement, which may be a function in sloppy code.
  case labelled
}

struct Label {
  var atom: Atom
  var kind: Kind
  var statementStart: UInt32
  enum Kind { case loop, switchStatement, plain }
}
