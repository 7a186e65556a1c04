/// Errors that depend on whether an object or array literal ends up as an expression or as a
/// destructuring pattern; they are reported only once that is known.
struct CoverErrors {
  /// `{a = 1}`: valid only as a pattern.
  var shorthandAssign = -1
  /// A second `__proto__: v` in one object literal: invalid only as an expression.
  var doubleProto = -1
}

extension Parser {
  mutating func parseExpression(noIn: Bool = false) throws(SyntaxError) -> NodeID {
    var cover = CoverErrors()
    let expression = try parseExpression(noIn: noIn, cover: &cover)
    try checkCoverErrors(cover, allowsPattern: false)
    return expression
  }

  mutating func parseExpression(noIn: Bool, cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    let start = token.start
    let first = try parseAssignment(noIn: noIn, cover: &cover)
    guard token.kind == .comma else { return first }
    let mark = listMark
    listScratch.append(first)
    while try eat(.comma) {
      listScratch.append(try parseAssignment(noIn: noIn, cover: &cover))
    }
    let list = commitList(from: mark)
    return finish(.sequenceExpression, start, a: list.start, b: list.count)
  }

  /// Reports what the cover grammar recorded; in a pattern both recorded forms are valid.
  mutating func checkCoverErrors(_ cover: CoverErrors, allowsPattern: Bool) throws(SyntaxError) {
    if allowsPattern { return }
    if cover.shorthandAssign >= 0 {
      throw SyntaxError(
        .invalidDestructuring, "'=' in an object literal is only valid in a destructuring pattern",
        at: cover.shorthandAssign..<cover.shorthandAssign + 1, help: "use ':' to give the property a value")
    }
    if cover.doubleProto >= 0 {
      throw SyntaxError(
        .duplicateDeclaration, "duplicate '__proto__' property in object literal",
        at: cover.doubleProto..<cover.doubleProto + 9,
        help: "an object literal may set its prototype only once")
    }
  }

  mutating func parseAssignment(noIn: Bool = false) throws(SyntaxError) -> NodeID {
    var cover = CoverErrors()
    let expression = try parseAssignment(noIn: noIn, cover: &cover)
    try checkCoverErrors(cover, allowsPattern: false)
    return expression
  }

  /// AssignmentExpression, including arrow functions, `yield`, and destructuring assignment.
  mutating func parseAssignment(noIn: Bool, cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    try enter()
    defer { leave() }
    if atContextual(.kYield) && inGenerator { return try parseYield(noIn: noIn) }
    let start = token.start
    if token.kind == .lParen || token.kind == .identifier { potentialArrowAt = Int(start) }
    var inner = CoverErrors()
    let left = try parseConditional(noIn: noIn, cover: &inner)
    if token.kind.isAssignmentOperator {
      let op = assignmentOperator(token.kind)
      if op == .assign {
        try toAssignable(left, isBinding: false, cover: &inner)
      } else {
        try checkSimpleAssignmentTarget(
          left, logical: op == .logicalAndAssign || op == .logicalOrAssign || op == .coalesceAssign)
      }
      // What the left side's literals recorded is valid now that it is a pattern.
      try next()
      let right = try parseAssignment(noIn: noIn)
      return finish(.assignmentExpression, start, a: left.index, b: right.index, op: op.rawValue)
    }
    if inner.shorthandAssign >= 0 && cover.shorthandAssign < 0 {
      cover.shorthandAssign = inner.shorthandAssign
    }
    if inner.doubleProto >= 0 && cover.doubleProto < 0 { cover.doubleProto = inner.doubleProto }
    return left
  }

  func assignmentOperator(_ kind: TokenKind) -> Operator {
    switch kind {
    case .plusAssign: .addAssign
    case .minusAssign: .subtractAssign
    case .starAssign: .multiplyAssign
    case .slashAssign: .divideAssign
    case .percentAssign: .remainderAssign
    case .starStarAssign: .exponentAssign
    case .shlAssign: .shiftLeftAssign
    case .sarAssign: .shiftRightAssign
    case .shrAssign: .shiftRightUnsignedAssign
    case .ampAssign: .bitwiseAndAssign
    case .pipeAssign: .bitwiseOrAssign
    case .caretAssign: .bitwiseXorAssign
    case .ampAmpAssign: .logicalAndAssign
    case .pipePipeAssign: .logicalOrAssign
    case .questionQuestionAssign: .coalesceAssign
    default: .assign
    }
  }

  mutating func parseYield(noIn: Bool) throws(SyntaxError) -> NodeID {
    let start = token.start
    if token.escaped {
      throw SyntaxError(
        .reservedWord, "'yield' cannot contain escapes", at: tokenRange, help: "write 'yield' plainly")
    }
    if yieldPosition < 0 { yieldPosition = Int(start) }
    try next()
    var argument = NodeID.none
    var flags: NodeFlags = []
    if !(token.kind == .semicolon || canInsertSemicolon
      || (token.kind != .star && !startsExpression(token.kind)))
    {
      if try eat(.star) { flags.insert(.delegate) }
      argument = try parseAssignment(noIn: noIn)
    }
    return finish(.yieldExpression, start, a: argument.index, flags: flags)
  }

  func startsExpression(_ kind: TokenKind) -> Bool {
    switch kind {
    case .identifier, .privateName, .number, .bigint, .string, .template, .regexp, .kThis, .kFunction,
      .kClass,
      .kNew, .kTypeof, .kVoid, .kDelete, .kSuper, .kNull, .kTrue, .kFalse, .kImport, .lParen, .lBracket,
      .lBrace,
      .plus, .minus, .bang, .tilde, .plusPlus, .minusMinus, .slash, .slashAssign, .lt:
      true
    default: false
    }
  }

  mutating func parseConditional(noIn: Bool, cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    let start = token.start
    let test = try parseBinaryExpression(noIn: noIn, cover: &cover)
    guard token.kind == .question else { return test }
    try checkCoverErrors(cover, allowsPattern: false)
    try next()
    let consequent = try parseAssignment()
    try expect(.colon)
    let alternate = try parseAssignment(noIn: noIn)
    return finish(.conditionalExpression, start, a: test.index, b: consequent.index, c: alternate.index)
  }

  // MARK: Binary operators

  /// Precedence and operator of a binary token; `??` shares the lowest level with `||`.
  func binaryOperator(_ kind: TokenKind, noIn: Bool) -> (precedence: Int, op: Operator)? {
    switch kind {
    case .questionQuestion: (1, .coalesce)
    case .pipePipe: (1, .logicalOr)
    case .ampAmp: (2, .logicalAnd)
    case .pipe: (3, .bitwiseOr)
    case .caret: (4, .bitwiseXor)
    case .amp: (5, .bitwiseAnd)
    case .eq: (6, .equal)
    case .ne: (6, .notEqual)
    case .eqStrict: (6, .strictEqual)
    case .neStrict: (6, .strictNotEqual)
    case .lt: (7, .less)
    case .gt: (7, .greater)
    case .le: (7, .lessEqual)
    case .ge: (7, .greaterEqual)
    case .kInstanceof: (7, .instanceof)
    case .kIn: noIn ? nil : (7, .in)
    case .shl: (8, .shiftLeft)
    case .sar: (8, .shiftRight)
    case .shr: (8, .shiftRightUnsigned)
    case .plus: (9, .add)
    case .minus: (9, .subtract)
    case .star: (10, .multiply)
    case .slash: (10, .divide)
    case .percent: (10, .remainder)
    default: nil
    }
  }

  mutating func parseBinaryExpression(noIn: Bool, cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    let start = token.start
    let left: NodeID
    if token.kind == .privateName {
      // `#x in object` is the only place a private name stands alone.
      left = try parsePrivateName()
      if token.kind != .kIn || noIn {
        throw SyntaxError(
          .invalidPrivateName, "a private name can only stand alone on the left of 'in'",
          at: range(left),
          help: "write this.\(String(decoding: sourceBytes(range(left)), as: UTF8.self)) to read the field")
      }
    } else {
      left = try parseUnary(cover: &cover, sawUnary: false, inUpdate: false)
      if kind(left) == .arrowFunctionExpression && node(left).start == start
        && !node(left).flags.contains(.parenthesized)
      {
        return left
      }
    }
    return try parseBinaryRest(left: left, start: start, minimumPrecedence: 0, noIn: noIn, cover: &cover)
  }

  mutating func parseBinaryRest(
    left: NodeID, start: UInt32, minimumPrecedence: Int, noIn: Bool, cover: inout CoverErrors
  )
    throws(SyntaxError) -> NodeID
  {
    var left = left
    while let (precedence, op) = binaryOperator(token.kind, noIn: noIn), precedence > minimumPrecedence {
      try checkCoverErrors(cover, allowsPattern: false)
      let isLogical = op == .logicalOr || op == .logicalAnd
      let isCoalesce = op == .coalesce
      try next()
      try enter()
      let rightStart = token.start
      var rightCover = CoverErrors()
      var right: NodeID
      if token.kind == .privateName && precedence < 7 {
        // `a && #x in o`: the private name is the left operand of a tighter `in`.
        right = try parsePrivateName()
        if token.kind != .kIn || noIn { throw unexpected(expected: "'in'") }
      } else {
        right = try parseUnary(cover: &rightCover, sawUnary: false, inUpdate: false)
      }
      try checkCoverErrors(rightCover, allowsPattern: false)
      // `??` binds its right operand as tightly as `&&` does, so a following `||` or `&&` is caught below.
      right = try parseBinaryRest(
        left: right, start: rightStart, minimumPrecedence: isCoalesce ? 2 : precedence, noIn: noIn,
        cover: &rightCover)
      leave()
      let kind: NodeKind = isLogical || isCoalesce ? .logicalExpression : .binaryExpression
      left = finish(kind, start, a: left.index, b: right.index, op: op.rawValue)
      if (isLogical && token.kind == .questionQuestion)
        || (isCoalesce && (token.kind == .pipePipe || token.kind == .ampAmp))
      {
        throw SyntaxError(
          .mixedOperators, "'??' cannot be mixed with '||' or '&&' without parentheses", at: tokenRange,
          help: "add parentheses to say which operator applies first")
      }
    }
    return left
  }

  // MARK: Unary and update

  mutating func parseUnary(cover: inout CoverErrors, sawUnary: Bool, inUpdate: Bool) throws(SyntaxError)
    -> NodeID
  {
    try enter()
    defer { leave() }
    let start = token.start
    var sawUnary = sawUnary
    var expression: NodeID
    if atContextual(.kAwait) && canAwait {
      expression = try parseAwait()
      sawUnary = true
    } else if let op = prefixOperator(token.kind) {
      let isUpdate = op == .increment || op == .decrement
      try next()
      var inner = CoverErrors()
      let argument = try parseUnary(cover: &inner, sawUnary: true, inUpdate: isUpdate)
      try checkCoverErrors(inner, allowsPattern: false)
      if isUpdate {
        try checkSimpleAssignmentTarget(argument, logical: false)
        expression = finish(.updateExpression, start, a: argument.index, op: op.rawValue, flags: .prefix)
      } else {
        if op == .delete { try checkDelete(argument) }
        sawUnary = true
        expression = finish(.unaryExpression, start, a: argument.index, op: op.rawValue)
      }
    } else {
      expression = try parseSubscriptsExpression(cover: &cover)
      while (token.kind == .plusPlus || token.kind == .minusMinus) && !token.newlineBefore {
        try checkCoverErrors(cover, allowsPattern: false)
        try checkSimpleAssignmentTarget(expression, logical: false)
        let op: Operator = token.kind == .plusPlus ? .increment : .decrement
        try next()
        expression = finish(.updateExpression, start, a: expression.index, op: op.rawValue)
      }
    }
    if !inUpdate && token.kind == .starStar {
      if sawUnary {
        throw SyntaxError(
          .mixedOperators, "a unary expression cannot be the left operand of '**'", at: tokenRange,
          help: "add parentheses: (-a) ** b or -(a ** b)")
      }
      try checkCoverErrors(cover, allowsPattern: false)
      try next()
      var inner = CoverErrors()
      let right = try parseUnary(cover: &inner, sawUnary: false, inUpdate: false)
      try checkCoverErrors(inner, allowsPattern: false)
      return finish(
        .binaryExpression, start, a: expression.index, b: right.index, op: Operator.exponent.rawValue)
    }
    return expression
  }

  func prefixOperator(_ kind: TokenKind) -> Operator? {
    switch kind {
    case .minus: .negate
    case .plus: .plus
    case .bang: .logicalNot
    case .tilde: .bitwiseNot
    case .kTypeof: .typeof
    case .kVoid: .void
    case .kDelete: .delete
    case .plusPlus: .increment
    case .minusMinus: .decrement
    default: nil
    }
  }

  func checkDelete(_ argument: NodeID) throws(SyntaxError) {
    var target = argument
    if kind(target) == .chainExpression { target = NodeID(node(target).a) }
    if strict && kind(argument) == .identifier {
      throw SyntaxError(
        .strictModeRestriction, "cannot delete a variable in strict mode", at: range(argument),
        help: "only object properties can be deleted; set the variable to undefined instead")
    }
    if kind(target) == .memberExpression && kind(NodeID(node(target).b)) == .privateIdentifier {
      throw SyntaxError(
        .invalidPrivateName, "private fields cannot be deleted", at: range(argument),
        help: "set the field to undefined instead")
    }
  }

  mutating func parseAwait() throws(SyntaxError) -> NodeID {
    let start = token.start
    if token.escaped {
      throw SyntaxError(
        .reservedWord, "'await' cannot contain escapes", at: tokenRange, help: "write 'await' plainly")
    }
    if awaitPosition < 0 { awaitPosition = Int(start) }
    try next()
    var cover = CoverErrors()
    let argument = try parseUnary(cover: &cover, sawUnary: true, inUpdate: false)
    try checkCoverErrors(cover, allowsPattern: false)
    return finish(.awaitExpression, start, a: argument.index)
  }

  // MARK: Calls and member access

  mutating func parseSubscriptsExpression(cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    let start = token.start
    let base = try parsePrimary(cover: &cover)
    if kind(base) == .arrowFunctionExpression && !node(base).flags.contains(.parenthesized) { return base }
    return try parseSubscripts(base: base, start: start, noCalls: false)
  }

  mutating func parseSubscripts(base: NodeID, start: UInt32, noCalls: Bool) throws(SyntaxError) -> NodeID {
    let baseNode = node(base)
    let maybeAsyncArrow =
      baseNode.kind == .identifier && baseNode.a == Atom.Known.kAsync.rawValue
      && baseNode.end - baseNode.start == 5 && previousEnd == baseNode.end
      && potentialArrowAt == Int(baseNode.start)
      && !token.newlineBefore
    var base = base
    var inChain = false
    var isFirstLink = true
    while true {
      defer { isFirstLink = false }
      var optional = false
      if token.kind == .questionDot {
        if noCalls {
          throw SyntaxError(
            .invalidOptionalChain, "optional chaining cannot appear in the callee of 'new'", at: tokenRange,
            help: "wrap the callee in parentheses")
        }
        optional = true
        inChain = true
        try next()
      }
      if token.kind == .lBracket {
        try next()
        let property = try parseExpression()
        try expect(.rBracket)
        base = finish(
          .memberExpression, start, a: base.index, b: property.index,
          flags: optional ? [.computed, .optional] : .computed)
      } else if (optional && token.kind != .lParen && token.kind != .template) || token.kind == .dot {
        if !optional { try next() }
        let property: NodeID
        if token.kind == .privateName {
          if kind(base) == .superExpression {
            throw SyntaxError(
              .invalidPrivateName, "private names cannot be accessed on 'super'", at: tokenRange,
              help: "use this.#name")
          }
          property = try parsePrivateName()
        } else {
          property = try parseIdentifierName()
        }
        base = finish(
          .memberExpression, start, a: base.index, b: property.index, flags: optional ? .optional : [])
      } else if !noCalls && token.kind == .lParen {
        let oldYield = yieldPosition
        let oldAwait = awaitPosition
        let oldAwaitIdentifier = awaitIdentifierPosition
        yieldPosition = -1
        awaitPosition = -1
        awaitIdentifierPosition = -1
        var argumentsCover = CoverErrors()
        let arguments = try parseArguments(cover: &argumentsCover)
        if maybeAsyncArrow && isFirstLink && !optional && token.kind == .arrow && !token.newlineBefore {
          try checkCoverErrors(argumentsCover, allowsPattern: true)
          try checkArrowParameterPositions(isAsync: true)
          yieldPosition = oldYield
          awaitPosition = oldAwait
          awaitIdentifierPosition = oldAwaitIdentifier
          return try parseArrow(start: start, parameters: arguments, isAsync: true)
        }
        try checkCoverErrors(argumentsCover, allowsPattern: false)
        if oldYield >= 0 { yieldPosition = oldYield }
        if oldAwait >= 0 { awaitPosition = oldAwait }
        if oldAwaitIdentifier >= 0 { awaitIdentifierPosition = oldAwaitIdentifier }
        base = finish(
          .callExpression, start, a: base.index, b: arguments.start, c: arguments.count,
          flags: optional ? .optional : [])
      } else if token.kind == .template {
        if inChain {
          throw SyntaxError(
            .invalidOptionalChain, "a tagged template cannot be used in an optional chain", at: tokenRange,
            help: "wrap the optional chain in parentheses before tagging")
        }
        let quasi = try parseTemplate(tagged: true)
        base = finish(.taggedTemplateExpression, start, a: base.index, b: quasi.index)
      } else {
        break
      }
    }
    if inChain { base = finish(.chainExpression, start, a: base.index) }
    return base
  }

  /// `...expression` in arguments, array and object literals. A comma after it is recorded on the
  /// node (`.tail`), because the same literal as a pattern makes that comma an error.
  mutating func parseSpreadElement(cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let argument = try parseAssignment(noIn: false, cover: &cover)
    let spread = finish(.spreadElement, start, a: argument.index)
    if token.kind == .comma { nodes[Int(spread.index)].flags.insert(.tail) }
    return spread
  }

  /// `(a, ...b,)`: the arguments of a call, with spread and a trailing comma allowed.
  mutating func parseArguments(cover: inout CoverErrors) throws(SyntaxError) -> (start: UInt32, count: UInt32)
  {
    try expect(.lParen)
    let mark = listMark
    while token.kind != .rParen {
      if token.kind == .ellipsis {
        listScratch.append(try parseSpreadElement(cover: &cover))
      } else {
        listScratch.append(try parseAssignment(noIn: false, cover: &cover))
      }
      if token.kind != .rParen { try expect(.comma) }
    }
    try next()
    return commitList(from: mark)
  }

  // MARK: Primary expressions

  mutating func parsePrimary(cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    let start = token.start
    switch token.kind {
    case .kThis:
      try next()
      return finish(.thisExpression, start)
    case .kSuper:
      let superRange = tokenRange
      try next()
      if token.kind == .lParen {
        if !allowsSuperCall {
          throw SyntaxError(
            .invalidSuper, "'super()' is only valid in the constructor of a derived class", at: superRange,
            help: "call super() from the constructor of a class that extends another")
        }
      } else if token.kind == .dot || token.kind == .lBracket {
        if !allowsSuperProperty {
          throw SyntaxError(
            .invalidSuper, "'super' property access is only valid in methods", at: superRange,
            help: "use a method (not a function) to reach the prototype with super")
        }
      } else {
        throw SyntaxError(
          .invalidSuper, "'super' must be followed by a call or a property access", at: superRange,
          help: "write super(...), super.name or super[name]")
      }
      return finish(.superExpression, start)
    case .identifier:
      return try parseIdentifierPrimary()
    case .kFunction:
      return try parseFunction(start: start, isStatement: false, isAsync: false, inSingleStatement: false)
    case .kClass:
      return try parseClass(isStatement: false)
    case .number, .bigint:
      if token.legacyOctal && strict {
        throw SyntaxError(
          .legacyOctalInStrictMode,
          "legacy octal and leading-zero decimal literals are not allowed in strict mode",
          at: tokenRange, help: "use the 0o prefix for octal (0o17), or drop the leading zero")
      }
      let kind: NodeKind = token.kind == .number ? .numericLiteral : .bigIntLiteral
      try next()
      return finish(kind, start)
    case .string:
      if token.legacyOctal && strict {
        let offset = Int(token.octalOffset)
        throw SyntaxError(
          .legacyOctalInStrictMode, "octal escape sequences are not allowed in strict mode",
          at: offset..<offset + 2,
          help: "use a \\x or \\u escape instead, such as \\x00")
      }
      let flags: NodeFlags = token.escaped ? .tail : []
      try next()
      return finish(.stringLiteral, start, flags: flags)
    case .kNull:
      try next()
      return finish(.nullLiteral, start)
    case .kTrue, .kFalse:
      let value: UInt8 = token.kind == .kTrue ? 1 : 0
      try next()
      return finish(.booleanLiteral, start, op: value)
    case .slash, .slashAssign:
      token = try lexer.rescanRegExp(token)
      try next()
      return finish(.regExpLiteral, start)
    case .lParen:
      return try parseParenthesized(canBeArrow: potentialArrowAt == Int(start))
    case .lBracket:
      return try parseArrayLiteral(cover: &cover)
    case .lBrace:
      return try parseObjectLiteral(cover: &cover)
    case .template:
      return try parseTemplate(tagged: false)
    case .kNew:
      return try parseNew()
    case .kImport:
      return try parseImportCallOrMeta()
    default:
      throw unexpected()
    }
  }

  mutating func parseIdentifierPrimary() throws(SyntaxError) -> NodeID {
    let start = token.start
    let canBeArrow = potentialArrowAt == Int(start)
    let isAsyncWord = atContextual(.kAsync)
    if isAsyncWord {
      let following = try peek()
      if following.kind == .kFunction && !following.newlineBefore {
        try next()
        return try parseFunction(start: start, isStatement: false, isAsync: true, inSingleStatement: false)
      }
      let asyncOfInForAwait =
        Int(start) == forAwaitHeadStart && following.kind == .identifier && !following.escaped
        && following.atom == Atom.Known.kOf.atom
      if canBeArrow && following.kind == .identifier && !following.newlineBefore && !asyncOfInForAwait {
        // `async x => ...`
        try next()
        let oldAwaitIdentifier = awaitIdentifierPosition
        awaitIdentifierPosition = -1
        let parameter = try parseIdentifierReference()
        if token.kind != .arrow || token.newlineBefore { throw unexpected(expected: "'=>'") }
        try checkArrowParameterPositions(isAsync: true)
        awaitIdentifierPosition = oldAwaitIdentifier
        let mark = listMark
        listScratch.append(parameter)
        let parameters = commitList(from: mark)
        return try parseArrow(start: start, parameters: parameters, isAsync: true)
      }
    }
    let identifier = try parseIdentifierReference()
    if canBeArrow && token.kind == .arrow && !token.newlineBefore {
      let mark = listMark
      listScratch.append(identifier)
      let parameters = commitList(from: mark)
      return try parseArrow(start: start, parameters: parameters, isAsync: false)
    }
    return identifier
  }

  /// An identifier in an expression, with the checks on reserved and contextual words.
  mutating func parseIdentifierReference() throws(SyntaxError) -> NodeID {
    try parseIdentifier(isBinding: false)
  }

  /// An identifier reference or binding identifier; escapes are recorded as `.tail`.
  mutating func parseIdentifier(isBinding: Bool) throws(SyntaxError) -> NodeID {
    guard token.kind == .identifier else {
      if token.kind.isKeyword {
        throw SyntaxError(
          .reservedWord, "'\(token.kind.spelling)' is a reserved word and cannot be used as a name",
          at: tokenRange, help: "choose another name")
      }
      throw unexpected(expected: "an identifier")
    }
    try checkIdentifier(token.atom, at: tokenRange, isBinding: isBinding)
    let start = token.start
    let atom = token.atom
    let flags: NodeFlags = token.escaped ? .tail : []
    try next()
    return finish(.identifier, start, a: atom.id, flags: flags)
  }

  /// The rules shared by identifier references and binding identifiers.
  mutating func checkIdentifier(_ atom: Atom, at range: Range<Int>, isBinding: Bool) throws(SyntaxError) {
    if atom.isReservedWord {
      throw SyntaxError(
        .reservedWord,
        "'\(spelling(atom))' is a reserved word and cannot be used as a name (even with escapes)",
        at: range, help: "choose another name")
    }
    if strict && atom.isStrictReservedWord {
      throw SyntaxError(
        .reservedWord, "'\(spelling(atom))' is reserved in strict mode", at: range,
        help: "choose another name")
    }
    switch Atom.Known(rawValue: atom.id) {
    case .kYield:
      if inGenerator {
        throw SyntaxError(
          .invalidAwaitOrYield, "'yield' cannot be used as a name inside a generator", at: range,
          help: "choose another name")
      }
    case .kAwait:
      if awaitIdentifierPosition < 0 { awaitIdentifierPosition = range.lowerBound }
      if goal.isModule {
        throw SyntaxError(
          .reservedWord, "'await' is reserved in modules", at: range, help: "choose another name")
      }
      if canAwait || inAsync {
        throw SyntaxError(
          .invalidAwaitOrYield, "'await' cannot be used as a name inside an async function", at: range,
          help: "choose another name")
      }
      if inStaticBlock || thisScopeFlags.contains(.classFieldInit) {
        throw SyntaxError(
          .invalidAwaitOrYield,
          "'await' cannot be used as a name in a class static block or field initializer",
          at: range, help: "choose another name")
      }
    case .kArguments:
      if !isBinding && inClassInitializer {
        throw SyntaxError(
          .argumentsInClassInitializer,
          "'arguments' is not allowed in class field initializers or static blocks",
          at: range, help: "pass the values in explicitly")
      }
      if isBinding && strict {
        throw SyntaxError(
          .strictModeRestriction, "cannot bind 'arguments' in strict mode", at: range,
          help: "choose another name")
      }
    case .kEval:
      if isBinding && strict {
        throw SyntaxError(
          .strictModeRestriction, "cannot bind 'eval' in strict mode", at: range, help: "choose another name")
      }
    default:
      break
    }
  }

  /// After `.` or `?.`: any identifier name, reserved words included.
  mutating func parseIdentifierName() throws(SyntaxError) -> NodeID {
    guard token.kind.isIdentifierName else { throw unexpected(expected: "a property name") }
    let start = token.start
    let atom = token.atom
    try next()
    return finish(.identifier, start, a: atom.id)
  }

  mutating func parsePrivateName() throws(SyntaxError) -> NodeID {
    let start = token.start
    let atom = token.atom
    try usePrivateName(atom, at: tokenRange)
    try next()
    return finish(.privateIdentifier, start, a: atom.id)
  }

  mutating func parseNew() throws(SyntaxError) -> NodeID {
    let start = token.start
    let newRange = tokenRange
    try next()
    if token.kind == .dot {
      try next()
      guard atContextual(.kTarget) else { throw unexpected(expected: "'target'") }
      try next()
      if !allowsNewTarget {
        throw SyntaxError(
          .newTargetOutsideFunction, "'new.target' is only valid inside functions",
          at: Int(start)..<Int(previousEnd), help: "use it inside a function or class body")
      }
      return finish(.metaProperty, start, op: MetaPropertyKind.newTarget.rawValue)
    }
    // `new import(x)` is an error; `new import.meta()` is valid syntax (a TypeError at run time).
    if token.kind == .kImport, try peek().kind != .dot {
      throw SyntaxError(
        .unexpectedToken, "'import()' cannot be used with 'new'", at: newRange, help: "remove 'new'")
    }

    let calleeStart = token.start
    var cover = CoverErrors()
    let primary = try parsePrimary(cover: &cover)
    try checkCoverErrors(cover, allowsPattern: false)
    let callee = try parseSubscripts(base: primary, start: calleeStart, noCalls: true)
    var arguments: (start: UInt32, count: UInt32) = (0, 0)
    if token.kind == .lParen {
      var argumentsCover = CoverErrors()
      arguments = try parseArguments(cover: &argumentsCover)
      try checkCoverErrors(argumentsCover, allowsPattern: false)
    }
    return finish(.newExpression, start, a: callee.index, b: arguments.start, c: arguments.count)
  }

  mutating func parseImportCallOrMeta() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    if token.kind == .dot {
      try next()
      guard atContextual(.kMeta) else { throw unexpected(expected: "'meta'") }
      try next()
      if !goal.isModule {
        throw SyntaxError(
          .moduleSyntaxOutsideModule, "'import.meta' may only appear in a module",
          at: Int(start)..<Int(previousEnd), help: "use __filename in CommonJS, or make the file a module")
      }
      return finish(.metaProperty, start, op: MetaPropertyKind.importMeta.rawValue)
    }
    guard token.kind == .lParen else { throw unexpected(expected: "'(' or '.' after 'import'") }
    try next()
    let source = try parseAssignment()
    if token.kind == .comma {
      throw SyntaxError(
        .unexpectedToken, "'import()' takes exactly one argument", at: tokenRange,
        help: "remove the extra arguments")
    }
    try expect(.rParen)
    return finish(.importExpression, start, a: source.index)
  }

  // MARK: Literals

  mutating func parseTemplate(tagged: Bool) throws(SyntaxError) -> NodeID {
    let start = token.start
    let mark = listMark
    while true {
      let span = token
      if span.invalidEscapeOffset >= 0 && !tagged {
        let offset = Int(span.invalidEscapeOffset)
        throw SyntaxError(
          .invalidEscape, "invalid escape sequence in template literal", at: offset..<offset + 2,
          help: "escape the backslash (\\\\), or use a tagged template with String.raw")
      }
      var flags: NodeFlags = span.templateEnd ? .tail : []
      if span.invalidEscapeOffset >= 0 { flags.insert(.invalidCooked) }
      let element = add(
        Node(
          kind: .templateElement, flags: flags, start: span.start + 1,
          end: span.end - (span.templateEnd ? 1 : 2)))
      listScratch.append(element)
      try next()
      if span.templateEnd { break }
      listScratch.append(try parseExpression())
      guard token.kind == .rBrace else {
        throw unexpected(expected: "'}' to close the template substitution")
      }
      do throws(SyntaxError) {
        token = try lexer.rescanTemplateContinuation(token)
      } catch {
        // Point at the template's opening backquote, which is what is left unclosed.
        throw SyntaxError(error.code, error.message, at: Int(start)..<Int(start) + 1, help: error.help)
      }
    }
    let list = commitList(from: mark)
    return finish(.templateLiteral, start, a: list.start, b: list.count)
  }

  mutating func parseArrayLiteral(cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let mark = listMark
    while token.kind != .rBracket {
      if token.kind == .comma {
        try next()
        listScratch.append(.none)  // a hole
        continue
      }
      if token.kind == .ellipsis {
        listScratch.append(try parseSpreadElement(cover: &cover))
      } else {
        listScratch.append(try parseAssignment(noIn: false, cover: &cover))
      }
      if token.kind != .rBracket { try expect(.comma) }
    }
    try next()
    let list = commitList(from: mark)
    return finish(.arrayExpression, start, a: list.start, b: list.count)
  }

  mutating func parseObjectLiteral(cover: inout CoverErrors) throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let mark = listMark
    var sawProto = false
    while token.kind != .rBrace {
      listScratch.append(try parseObjectMember(cover: &cover, sawProto: &sawProto))
      if token.kind != .rBrace { try expect(.comma) }
    }
    try next()
    let list = commitList(from: mark)
    return finish(.objectExpression, start, a: list.start, b: list.count)
  }

  mutating func parseObjectMember(cover: inout CoverErrors, sawProto: inout Bool) throws(SyntaxError)
    -> NodeID
  {
    let start = token.start
    if token.kind == .ellipsis { return try parseSpreadElement(cover: &cover) }
    var isAsync = false
    var isGenerator = false
    var accessor: PropertyKind? = nil
    if atContextual(.kAsync) || atContextual(.kGet) || atContextual(.kSet) {
      let following = try peek()
      let modifies =
        following.kind.isIdentifierName || following.kind == .string || following.kind == .number
        || following.kind == .bigint || following.kind == .lBracket || following.kind == .star
        || following.kind == .privateName
      if modifies {
        if atContextual(.kAsync) {
          if following.newlineBefore { throw unexpected(expected: "',' or '}'") }
          isAsync = true
        } else if following.kind != .star {
          accessor = atContextual(.kGet) ? .getter : .setter
        } else {
          throw unexpected(expected: "',' or '}'")
        }
        try next()
      }
    }
    if token.kind == .star {
      isGenerator = true
      try next()
    }
    let keyToken = token
    let (key, computed) = try parsePropertyKey(allowPrivate: false)
    var flags: NodeFlags = computed ? .computed : []
    if let accessor {
      let function = try parseMethod(
        kind: accessor, isAsync: false, isGenerator: false, isClassMember: false, isDerived: false)
      return finish(.property, start, a: key.index, b: function.index, op: accessor.rawValue, flags: flags)
    }
    if token.kind == .lParen {
      let function = try parseMethod(
        kind: .method, isAsync: isAsync, isGenerator: isGenerator, isClassMember: false, isDerived: false)
      flags.insert(.method)
      return finish(
        .property, start, a: key.index, b: function.index, op: PropertyKind.initializer.rawValue, flags: flags
      )
    }
    if isAsync || isGenerator { throw unexpected(expected: "'('") }
    if try eat(.colon) {
      if !computed && isProtoKey(key) {
        if sawProto {
          if cover.doubleProto < 0 { cover.doubleProto = Int(node(key).start) }
        } else {
          sawProto = true
        }
      }
      let value = try parseAssignment(noIn: false, cover: &cover)
      return finish(.property, start, a: key.index, b: value.index, flags: flags)
    }
    // Shorthand `{a}` or, in a pattern, `{a = 1}`.
    guard keyToken.kind == .identifier || keyToken.kind.isKeyword, !computed else {
      throw unexpected(expected: "':'")
    }
    if keyToken.kind.isKeyword {
      throw SyntaxError(
        .reservedWord,
        "'\(keyToken.kind.spelling)' is a reserved word and cannot be used as a shorthand property",
        at: Int(keyToken.start)..<Int(keyToken.end), help: "write '\(keyToken.kind.spelling): value'")
    }
    try checkIdentifier(keyToken.atom, at: Int(keyToken.start)..<Int(keyToken.end), isBinding: false)
    var value = add(
      Node(
        kind: .identifier, flags: keyToken.escaped ? .tail : [], start: keyToken.start, end: keyToken.end,
        a: keyToken.atom.id))
    if token.kind == .assign {
      if cover.shorthandAssign < 0 { cover.shorthandAssign = Int(token.start) }
      try next()
      let defaultValue = try parseAssignment()
      value = finish(.assignmentPattern, keyToken.start, a: value.index, b: defaultValue.index)
    }
    flags.insert(.shorthand)
    return finish(.property, start, a: key.index, b: value.index, flags: flags)
  }

  func isProtoKey(_ key: NodeID) -> Bool {
    let n = node(key)
    if n.kind == .identifier { return lexer.atoms.bytes(Atom(n.a)).elementsEqual("__proto__".utf8) }
    if n.kind == .stringLiteral {
      let raw = sourceBytes(Int(n.start) + 1..<Int(n.end) - 1)
      return raw.elementsEqual("__proto__".utf8)
    }
    return false
  }

  /// A property name: identifier name, string, number, BigInt, `[computed]`, or (in classes) `#private`.
  mutating func parsePropertyKey(allowPrivate: Bool) throws(SyntaxError) -> (NodeID, computed: Bool) {
    let start = token.start
    switch token.kind {
    case .string:
      if token.legacyOctal && strict {
        let offset = Int(token.octalOffset)
        throw SyntaxError(
          .legacyOctalInStrictMode, "octal escape sequences are not allowed in strict mode",
          at: offset..<offset + 2, help: "use a \\x or \\u escape instead")
      }
      try next()
      return (finish(.stringLiteral, start), false)
    case .number, .bigint:
      if token.legacyOctal && strict {
        throw SyntaxError(
          .legacyOctalInStrictMode, "legacy octal literals are not allowed in strict mode", at: tokenRange,
          help: "use the 0o prefix for octal")
      }
      let kind: NodeKind = token.kind == .number ? .numericLiteral : .bigIntLiteral
      try next()
      return (finish(kind, start), false)
    case .lBracket:
      try next()
      let expression = try parseAssignment()
      try expect(.rBracket)
      return (expression, true)
    case .privateName where allowPrivate:
      let atom = token.atom
      try next()
      return (finish(.privateIdentifier, start, a: atom.id), false)
    default:
      guard token.kind.isIdentifierName else { throw unexpected(expected: "a property name") }
      let atom = token.atom
      try next()
      return (finish(.identifier, start, a: atom.id), false)
    }
  }
}
