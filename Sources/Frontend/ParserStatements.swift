extension Parser {
  mutating func parseStatement(_ context: StatementContext) throws(SyntaxError) -> NodeID {
    try enter()
    defer { leave() }
    let start = token.start
    switch token.kind {
    case .kBreak, .kContinue: return try parseBreakOrContinue()
    case .kDebugger:
      try next()
      try semicolon()
      return finish(.debuggerStatement, start)
    case .kDo: return try parseDoWhile()
    case .kFor: return try parseFor()
    case .kFunction:
      if context != .statementList && (strict || (context != .ifBody && context != .labelled)) {
        throw declarationNotAllowed(
          "function declarations",
          help: strict
            ? "wrap the declaration in a block: { function f() {} }"
            : "wrap the declaration in a block")
      }
      return try parseFunction(
        start: start, isStatement: true, isAsync: false, inSingleStatement: context != .statementList)
    case .kClass:
      if context != .statementList { throw declarationNotAllowed("class declarations") }
      return try parseClass(isStatement: true)
    case .kIf: return try parseIf()
    case .kReturn: return try parseReturn()
    case .kSwitch: return try parseSwitch()
    case .kThrow: return try parseThrow()
    case .kTry: return try parseTry()
    case .kConst, .kVar:
      let kind: DeclarationKind = token.kind == .kVar ? .var : .const
      if kind == .const && context != .statementList { throw declarationNotAllowed("lexical declarations") }
      try next()
      let declaration = try parseVariableDeclarations(kind: kind, start: start, inForHead: false)
      try semicolon()
      nodes[Int(declaration.index)].end = previousEnd
      return declaration
    case .kWhile: return try parseWhile()
    case .kWith: return try parseWith()
    case .lBrace: return try parseBlock()
    case .semicolon:
      try next()
      return finish(.emptyStatement, start)
    case .kImport:
      let following = try peek()
      if following.kind == .lParen || following.kind == .dot { break }
      try checkModuleItemPosition(context, what: "import declarations")
      return try parseImport()
    case .kExport:
      try checkModuleItemPosition(context, what: "export declarations")
      return try parseExport()
    case .identifier:
      if atContextual(.kLet) && context != .statementList {
        // `if (x) let y` can only be a misplaced declaration; across a line break `let` is a name.
        let following = try peek()
        if following.kind == .lBracket
          || (!following.newlineBefore && (following.kind == .identifier || following.kind == .lBrace))
        {
          throw declarationNotAllowed("lexical declarations")
        }
      }
      if atContextual(.kLet), try isLetDeclaration(inStatementList: context == .statementList) {
        if context != .statementList { throw declarationNotAllowed("lexical declarations") }
        try next()
        let declaration = try parseVariableDeclarations(kind: .let, start: start, inForHead: false)
        try semicolon()
        nodes[Int(declaration.index)].end = previousEnd
        return declaration
      }
      if atContextual(.kAsync) {
        let following = try peek()
        if following.kind == .kFunction && !following.newlineBefore {
          if context != .statementList { throw declarationNotAllowed("async function declarations") }
          try next()
          return try parseFunction(start: start, isStatement: true, isAsync: true, inSingleStatement: false)
        }
      }
    default:
      break
    }
    return try parseExpressionOrLabelledStatement(context)
  }

  func declarationNotAllowed(_ what: String, help: String = "wrap the declaration in a block") -> SyntaxError
  {
    SyntaxError(
      .declarationNotAllowedHere, "\(what) are not allowed as the body of a single-statement context",
      at: tokenRange, help: help)
  }

  mutating func checkModuleItemPosition(_ context: StatementContext, what: String) throws(SyntaxError) {
    guard goal.isModule else {
      throw SyntaxError(
        .moduleSyntaxOutsideModule, "\(what) may only appear in a module", at: tokenRange,
        help: goal == .commonJS
          ? "this file is CommonJS; use require(), or name it .mjs or set \"type\": \"module\" in package.json"
          : "parse the file as a module")
    }
    guard context == .statementList && scopes.count == 1 && depth == 1 else {
      throw SyntaxError(
        .moduleSyntaxOutsideModule, "\(what) may only appear at the top level of a module", at: tokenRange,
        help: "move it out of the block or function; for conditional loading, import unconditionally")
    }
  }

  /// Whether `let` here starts a lexical declaration rather than naming a variable (sloppy code).
  mutating func isLetDeclaration(inStatementList: Bool) throws(SyntaxError) -> Bool {
    let following = try peek()
    switch following.kind {
    case .lBracket: return true  // `let [` can never start an expression statement
    case .lBrace, .identifier: return inStatementList
    default:
      // `let` before a reserved word on the same line is a declaration with an invalid name,
      // reported at the name; across a line break it is the identifier `let` and a new statement.
      return inStatementList && following.kind.isKeyword && following.kind != .kIn
        && following.kind != .kInstanceof && !following.newlineBefore
    }
  }

  mutating func parseExpressionOrLabelledStatement(_ context: StatementContext) throws(SyntaxError) -> NodeID
  {
    let start = token.start
    let startToken = token
    let expression = try parseExpression()
    if startToken.kind == .identifier && kind(expression) == .identifier
      && range(expression) == Int(startToken.start)..<Int(startToken.end)
      && token.kind == .colon
    {
      return try parseLabelledStatement(label: expression, start: start, context: context)
    }
    try semicolon()
    return finish(.expressionStatement, start, a: expression.index)
  }

  mutating func parseLabelledStatement(label: NodeID, start: UInt32, context: StatementContext)
    throws(SyntaxError) -> NodeID
  {
    try next()  // ':'
    let atom = Atom(node(label).a)
    if labels.contains(where: { $0.atom == atom }) {
      throw SyntaxError(
        .invalidLabel, "label '\(spelling(atom))' is already declared", at: range(label),
        help: "use a different name for the inner label")
    }
    let kind: Label.Kind =
      switch token.kind {
      case .kFor, .kWhile, .kDo: .loop
      case .kSwitch: .switchStatement
      default: .plain
      }
    // Labels stacked on one statement (`a: b: while ...`) all take the statement's kind.
    var i = labels.count - 1
    while i >= 0 && labels[i].statementStart == start {
      labels[i].statementStart = token.start
      labels[i].kind = kind
      i -= 1
    }
    labels.append(Label(atom: atom, kind: kind, statementStart: token.start))
    let body = try parseStatement(.labelled)
    labels.removeLast()
    if self.kind(body) == .functionDeclaration {
      let function = node(body)
      if strict || !function.flags.isDisjoint(with: [.async, .generator]) {
        throw SyntaxError(
          .declarationNotAllowedHere,
          "a labelled function declaration is only allowed for plain functions in sloppy code",
          at: range(body), help: "remove the label")
      }
    }
    return finish(.labeledStatement, start, a: label.index, b: body.index)
  }

  mutating func parseBlock() throws(SyntaxError) -> NodeID {
    let start = token.start
    try expect(.lBrace)
    enterScope([])
    let mark = listMark
    while token.kind != .rBrace {
      if token.kind == .eof { throw unexpected(expected: "'}'") }
      listScratch.append(try parseStatement(.statementList))
    }
    exitScope()
    try next()
    let body = commitList(from: mark)
    return finish(.blockStatement, start, a: body.start, b: body.count)
  }

  // MARK: Variable declarations

  /// After `var`, `let` or `const`: the declarator list (no semicolon).
  mutating func parseVariableDeclarations(kind: DeclarationKind, start: UInt32, inForHead: Bool)
    throws(SyntaxError) -> NodeID
  {
    let mark = listMark
    repeat {
      let declaratorStart = token.start
      let target = try parseBindingTarget()
      try declareBindings(target, as: kind == .var ? .var : .lexical, isLexicalDeclaration: kind != .var)
      var initializer = NodeID.none
      if try eat(.assign) {
        initializer = try parseAssignment(noIn: inForHead)
      } else if !inForHead || !(token.kind == .kIn || atContextual(.kOf)) {
        if kind == .const {
          throw SyntaxError(
            .unexpectedToken, "missing initializer in const declaration", at: range(target),
            help: "give the constant a value: const x = ...")
        }
        if self.kind(target) != .identifier {
          throw SyntaxError(
            .unexpectedToken, "missing initializer in destructuring declaration", at: range(target),
            help: "destructure a value: let { a } = object")
        }
      }
      listScratch.append(finish(.variableDeclarator, declaratorStart, a: target.index, b: initializer.index))
    } while try eat(.comma)
    let list = commitList(from: mark)
    return finish(.variableDeclaration, start, a: list.start, b: list.count, op: kind.rawValue)
  }

  // MARK: Control flow

  mutating func parseIf() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    try expect(.lParen)
    let test = try parseExpression()
    try expect(.rParen)
    let consequent = try parseIfBody()
    var alternate = NodeID.none
    if try eat(.kElse) { alternate = try parseIfBody() }
    return finish(.ifStatement, start, a: test.index, b: consequent.index, c: alternate.index)
  }

  /// Annex B lets a sloppy `if` clause be a plain function declaration, as if wrapped in a block.
  mutating func parseIfBody() throws(SyntaxError) -> NodeID {
    if token.kind == .kFunction && !strict {
      enterScope([])
      defer { exitScope() }
      return try parseStatement(.ifBody)
    }
    let body = try parseStatement(.singleStatement)
    try rejectLabelledFunction(body)
    return body
  }

  /// IsLabelledFunction: a labelled function may not be the body of `if` or of a loop.
  func rejectLabelledFunction(_ body: NodeID) throws(SyntaxError) {
    var current = body
    while kind(current) == .labeledStatement { current = NodeID(node(current).b) }
    if kind(current) == .functionDeclaration && current != body {
      throw SyntaxError(
        .declarationNotAllowedHere, "a labelled function cannot be the body of a statement",
        at: range(current),
        help: "wrap it in a block")
    }
  }

  mutating func parseLoopBody() throws(SyntaxError) -> NodeID {
    labels.append(Label(atom: Atom(UInt32.max), kind: .loop, statementStart: UInt32.max))
    defer { labels.removeLast() }
    let body = try parseStatement(.singleStatement)
    try rejectLabelledFunction(body)
    return body
  }

  mutating func parseWhile() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    try expect(.lParen)
    let test = try parseExpression()
    try expect(.rParen)
    let body = try parseLoopBody()
    return finish(.whileStatement, start, a: test.index, d: body.index)
  }

  mutating func parseDoWhile() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let body = try parseLoopBody()
    try expect(.kWhile)
    try expect(.lParen)
    let test = try parseExpression()
    try expect(.rParen)
    _ = try eat(.semicolon)  // a semicolon is inserted after `do ... while (...)` even on the same line
    return finish(.doWhileStatement, start, a: test.index, d: body.index)
  }

  mutating func parseFor() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    var isAwait = false
    if atContextual(.kAwait) {
      guard canAwait else {
        throw SyntaxError(
          .invalidForLoopHead, "'for await' is only valid in async functions and at the top level of modules",
          at: tokenRange, help: "make the enclosing function async")
      }
      isAwait = true
      try next()
    }
    try expect(.lParen)
    enterScope([])
    defer { exitScope() }

    var initializer = NodeID.none
    if token.kind == .semicolon {
      if isAwait { throw forAwaitNeedsOf() }
      return try parseForRest(start: start, initializer: initializer)
    }
    let initStart = token.start
    var declarationKind: DeclarationKind? = nil
    if token.kind == .kVar {
      declarationKind = .var
    } else if token.kind == .kConst {
      declarationKind = .const
    } else if atContextual(.kLet), try isLetDeclaration(inStatementList: true) {
      declarationKind = .let
    }
    if let declarationKind {
      try next()
      initializer = try parseVariableDeclarations(kind: declarationKind, start: initStart, inForHead: true)
      let declarators = listItems(node(initializer).a, node(initializer).b)
      if token.kind == .kIn || atContextual(.kOf) {
        let isOf = token.kind != .kIn
        guard declarators.count == 1 else {
          throw SyntaxError(
            .invalidForLoopHead,
            "only one variable may be declared in the head of a for-\(isOf ? "of" : "in") loop",
            at: range(initializer), help: "declare the other variables before the loop")
        }
        let declarator = node(declarators.first!)
        if declarator.b != 0 {
          // Annex B keeps `for (var x = 1 in o)` in sloppy code.
          let annexB =
            !isOf && !strict && declarationKind == .var && kind(NodeID(declarator.a)) == .identifier
          if !annexB {
            throw SyntaxError(
              .invalidForLoopHead,
              "for-\(isOf ? "of" : "in") loop variable declaration may not have an initializer",
              at: range(declarators.first!), help: "assign the variable inside the loop body")
          }
        }
        return try parseForInOf(start: start, left: initializer, isOf: isOf, isAwait: isAwait)
      }
      if isAwait { throw forAwaitNeedsOf() }
      for declarator in declarators where node(declarator).b == 0 {
        let target = NodeID(node(declarator).a)
        if declarationKind == .const || kind(target) != .identifier {
          throw SyntaxError(
            .unexpectedToken, "missing initializer in declaration", at: range(target),
            help: "give the variable a value")
        }
      }
      return try parseForRest(start: start, initializer: initializer)
    }

    let startsWithLet = atContextual(.kLet)
    let startsWithAsync = atContextual(.kAsync)
    var cover = CoverErrors()
    // In `for await (async of x)`, `async of` is not the start of an arrow function.
    if isAwait { forAwaitHeadStart = Int(token.start) }
    initializer = try parseExpression(noIn: true, cover: &cover)
    forAwaitHeadStart = -1
    if token.kind == .kIn || atContextual(.kOf) {
      let isOf = token.kind != .kIn
      if isOf && startsWithLet {
        throw SyntaxError(
          .invalidForLoopHead, "the left side of a for-of loop may not start with 'let'",
          at: range(initializer), help: "declare it: for (let x of ...)")
      }
      if isOf && startsWithAsync && !isAwait && kind(initializer) == .identifier
        && !node(initializer).flags.contains(.parenthesized)
      {
        throw SyntaxError(
          .invalidForLoopHead, "the left side of a for-of loop may not be 'async'",
          at: range(initializer), help: "wrap it in parentheses: for ((async) of ...)")
      }
      try toAssignable(initializer, isBinding: false, cover: &cover)
      return try parseForInOf(start: start, left: initializer, isOf: isOf, isAwait: isAwait)
    }
    try checkCoverErrors(cover, allowsPattern: false)
    if isAwait { throw forAwaitNeedsOf() }
    return try parseForRest(start: start, initializer: initializer)
  }

  func forAwaitNeedsOf() -> SyntaxError {
    SyntaxError(
      .invalidForLoopHead, "'for await' requires a for-of loop", at: tokenRange,
      help: "write: for await (const x of iterable)")
  }

  mutating func parseForRest(start: UInt32, initializer: NodeID) throws(SyntaxError) -> NodeID {
    try expect(.semicolon)
    let test = token.kind == .semicolon ? NodeID.none : try parseExpression()
    try expect(.semicolon)
    let update = token.kind == .rParen ? NodeID.none : try parseExpression()
    try expect(.rParen)
    let body = try parseLoopBody()
    return finish(.forStatement, start, a: initializer.index, b: test.index, c: update.index, d: body.index)
  }

  mutating func parseForInOf(start: UInt32, left: NodeID, isOf: Bool, isAwait: Bool) throws(SyntaxError)
    -> NodeID
  {
    if isAwait && !isOf { throw forAwaitNeedsOf() }
    try next()
    let right = isOf ? try parseAssignment() : try parseExpression()
    try expect(.rParen)
    let body = try parseLoopBody()
    return finish(
      isOf ? .forOfStatement : .forInStatement, start, a: left.index, b: right.index, d: body.index,
      flags: isAwait ? .await : [])
  }

  mutating func parseBreakOrContinue() throws(SyntaxError) -> NodeID {
    let start = token.start
    let isBreak = token.kind == .kBreak
    let keywordRange = tokenRange
    try next()
    var label = NodeID.none
    if token.kind == .identifier && !token.newlineBefore {
      label = try parseIdentifierReference()
      let atom = Atom(node(label).a)
      guard let target = labels.last(where: { $0.atom == atom }) else {
        throw SyntaxError(
          .invalidLabel, "undefined label '\(spelling(atom))'", at: range(label),
          help: "break and continue can only name a label of an enclosing statement")
      }
      if !isBreak && target.kind != .loop {
        throw SyntaxError(
          .invalidBreakOrContinue, "'continue' must name the label of a loop", at: range(label),
          help: "continue can only jump to the next iteration of a labelled loop")
      }
    } else if isBreak {
      if !labels.contains(where: { $0.kind != .plain && $0.statementStart == UInt32.max }) {
        throw SyntaxError(
          .invalidBreakOrContinue, "'break' outside a loop or switch", at: keywordRange,
          help: "use return to leave a function, or label the statement to break out of")
      }
    } else if !labels.contains(where: { $0.kind == .loop && $0.statementStart == UInt32.max }) {
      throw SyntaxError(
        .invalidBreakOrContinue, "'continue' outside a loop", at: keywordRange,
        help: "continue is only valid inside for, while and do-while loops")
    }
    try semicolon()
    return finish(isBreak ? .breakStatement : .continueStatement, start, a: label.index)
  }

  mutating func parseReturn() throws(SyntaxError) -> NodeID {
    let start = token.start
    // CommonJS code runs inside Node's wrapper function, but a class static block is no function.
    if !inFunction && !(goal == .commonJS && varScopeFlags.contains(.top)) {
      throw SyntaxError(
        .returnOutsideFunction, "'return' outside a function", at: tokenRange,
        help: goal == .module
          ? "a module's top level cannot return; export a value instead"
          : "a script's top level cannot return")
    }
    try next()
    var argument = NodeID.none
    if token.kind != .semicolon && !canInsertSemicolon { argument = try parseExpression() }
    try semicolon()
    return finish(.returnStatement, start, a: argument.index)
  }

  mutating func parseThrow() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    if token.newlineBefore {
      throw SyntaxError(
        .unexpectedToken, "a line break is not allowed after 'throw'", at: Int(start)..<Int(start) + 5,
        help: "put the thrown expression on the same line as 'throw'")
    }
    let argument = try parseExpression()
    try semicolon()
    return finish(.throwStatement, start, a: argument.index)
  }

  mutating func parseWith() throws(SyntaxError) -> NodeID {
    let start = token.start
    if strict {
      throw SyntaxError(
        .strictModeRestriction, "'with' is not allowed in strict mode", at: tokenRange,
        help: goal.isModule
          ? "modules are always strict; use a local variable for the object"
          : "use a local variable for the object")
    }
    try next()
    try expect(.lParen)
    let object = try parseExpression()
    try expect(.rParen)
    let body = try parseStatement(.singleStatement)
    try rejectLabelledFunction(body)
    return finish(.withStatement, start, a: object.index, b: body.index)
  }

  mutating func parseSwitch() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    try expect(.lParen)
    let discriminant = try parseExpression()
    try expect(.rParen)
    try expect(.lBrace)
    enterScope([])
    labels.append(Label(atom: Atom(UInt32.max), kind: .switchStatement, statementStart: UInt32.max))
    let casesMark = listMark
    var sawDefault = false
    while token.kind != .rBrace {
      let caseStart = token.start
      var test = NodeID.none
      if try eat(.kCase) {
        test = try parseExpression()
      } else if token.kind == .kDefault {
        if sawDefault {
          throw SyntaxError(
            .unexpectedToken, "a switch may have only one default clause", at: tokenRange,
            help: "merge the two default clauses")
        }
        sawDefault = true
        try next()
      } else {
        throw unexpected(expected: "'case', 'default' or '}'")
      }
      try expect(.colon)
      let bodyMark = listMark
      while token.kind != .kCase && token.kind != .kDefault && token.kind != .rBrace {
        if token.kind == .eof { throw unexpected(expected: "'}'") }
        listScratch.append(try parseStatement(.statementList))
      }
      let consequent = commitList(from: bodyMark)
      listScratch.append(
        finish(.switchCase, caseStart, a: test.index, b: consequent.start, c: consequent.count))
    }
    try next()
    labels.removeLast()
    exitScope()
    let cases = commitList(from: casesMark)
    return finish(.switchStatement, start, a: discriminant.index, b: cases.start, c: cases.count)
  }

  mutating func parseTry() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let block = try parseBlock()
    var handler = NodeID.none
    if token.kind == .kCatch {
      let catchStart = token.start
      try next()
      var param = NodeID.none
      if try eat(.lParen) {
        param = try parseBindingTarget()
        let simple = kind(param) == .identifier
        enterScope(simple ? .simpleCatch : [])
        try declareBindings(param, as: simple ? .simpleCatch : .lexical, isLexicalDeclaration: false)
        try expect(.rParen)
      } else {
        enterScope([])
      }
      // The catch body shares the parameter's scope, so `let e` in it conflicts with the parameter.
      let bodyStart = token.start
      try expect(.lBrace)
      let mark = listMark
      while token.kind != .rBrace {
        if token.kind == .eof { throw unexpected(expected: "'}'") }
        listScratch.append(try parseStatement(.statementList))
      }
      try next()
      exitScope()
      let list = commitList(from: mark)
      let body = finish(.blockStatement, bodyStart, a: list.start, b: list.count)
      handler = finish(.catchClause, catchStart, a: param.index, b: body.index)
    }
    var finalizer = NodeID.none
    if try eat(.kFinally) { finalizer = try parseBlock() }
    if handler.isNone && finalizer.isNone {
      throw SyntaxError(
        .unexpectedToken, "'try' needs a 'catch' or 'finally' clause", at: tokenRange,
        help: "add catch (error) { ... } or finally { ... }")
    }
    return finish(.tryStatement, start, a: block.index, b: handler.index, c: finalizer.index)
  }
}
