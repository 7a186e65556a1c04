/// What the parser saves on entering a function and restores on leaving it.
struct FunctionState {
  var labels: [Label]
  var yieldPosition: Int
  var awaitPosition: Int
  var awaitIdentifierPosition: Int
  var strict: Bool
}

extension Parser {
  mutating func enterFunction(_ flags: Scope.Flags) -> FunctionState {
    let saved = FunctionState(
      labels: labels, yieldPosition: yieldPosition, awaitPosition: awaitPosition,
      awaitIdentifierPosition: awaitIdentifierPosition, strict: strict)
    labels = []
    yieldPosition = -1
    awaitPosition = -1
    awaitIdentifierPosition = -1
    enterScope(flags)
    return saved
  }

  mutating func exitFunction(_ saved: FunctionState) {
    exitScope()
    labels = saved.labels
    yieldPosition = saved.yieldPosition
    awaitPosition = saved.awaitPosition
    awaitIdentifierPosition = saved.awaitIdentifierPosition
    strict = saved.strict
  }

  static func functionFlags(isAsync: Bool, isGenerator: Bool) -> Scope.Flags {
    var flags: Scope.Flags = .function
    if isAsync { flags.insert(.async) }
    if isGenerator { flags.insert(.generator) }
    return flags
  }

  // MARK: Functions

  /// After `function` has been seen (and `async` consumed): a declaration or an expression.
  mutating func parseFunction(
    start: UInt32, isStatement: Bool, isAsync: Bool, inSingleStatement: Bool, allowsAnonymous: Bool = false
  ) throws(SyntaxError) -> NodeID {
    try next()  // 'function'
    let isGenerator = try eat(.star)
    if inSingleStatement && (isGenerator || isAsync) {
      throw SyntaxError(
        .declarationNotAllowedHere, "generator and async function declarations need a block here",
        at: Int(start)..<Int(previousEnd), help: "wrap the declaration in a block")
    }
    var id = NodeID.none
    if isStatement && (token.kind != .lParen || !allowsAnonymous) {
      id = try parseBindingIdentifier()
      let plain = !strict && !isGenerator && !isAsync
      let bindingKind: BindingKind =
        plain ? .function : (treatsFunctionsAsVar(scopes[scopes.count - 1].flags) ? .var : .lexical)
      try declare(Atom(node(id).a), as: bindingKind, at: range(id))
    }
    var flags: NodeFlags = []
    if isAsync { flags.insert(.async) }
    if isGenerator { flags.insert(.generator) }
    let saved = enterFunction(Parser.functionFlags(isAsync: isAsync, isGenerator: isGenerator))
    defer { exitFunction(saved) }
    if !isStatement && token.kind == .identifier {
      // A function expression's name belongs to the function itself, so its own rules apply.
      id = try parseBindingIdentifier()
    }
    let parameters = try parseFormalParameters()
    let body = try parseFunctionBody(
      parameters: parameters.list, nonSimple: parameters.nonSimple, isArrow: false, isMethod: false, name: id)
    if parameters.nonSimple { flags.insert(.nonSimpleParameters) }
    if strict { flags.insert(.strict) }
    return finish(
      isStatement ? .functionDeclaration : .functionExpression, start, a: id.index,
      b: parameters.list.start, c: parameters.list.count, d: body.index, flags: flags)
  }

  mutating func parseFormalParameters() throws(SyntaxError) -> (
    list: (start: UInt32, count: UInt32), nonSimple: Bool
  ) {
    try expect(.lParen)
    let mark = listMark
    var nonSimple = false
    while token.kind != .rParen {
      if token.kind == .ellipsis {
        listScratch.append(try parseBindingRest(closing: .rParen))
        nonSimple = true
        break
      }
      let parameter = try parseBindingElement()
      if kind(parameter) != .identifier { nonSimple = true }
      listScratch.append(parameter)
      if token.kind != .rParen { try expect(.comma) }
    }
    try expect(.rParen)
    let list = commitList(from: mark)
    for parameter in listItems(list.start, list.count) {
      try declareBindings(parameter, as: .var, isLexicalDeclaration: false)
    }
    if yieldPosition >= 0 {
      throw SyntaxError(
        .invalidAwaitOrYield, "'yield' expressions are not allowed in parameters",
        at: yieldPosition..<yieldPosition + 5, help: "compute the default value inside the body")
    }
    if awaitPosition >= 0 {
      throw SyntaxError(
        .invalidAwaitOrYield, "'await' expressions are not allowed in parameters",
        at: awaitPosition..<awaitPosition + 5, help: "compute the default value inside the body")
    }
    return (list, nonSimple)
  }

  /// `{ directives statements }` of a function, with the checks that depend on its strictness.
  mutating func parseFunctionBody(
    parameters: (start: UInt32, count: UInt32), nonSimple: Bool, isArrow: Bool, isMethod: Bool, name: NodeID
  ) throws(SyntaxError) -> NodeID {
    let start = token.start
    try expect(.lBrace)
    let wasStrict = strict
    let mark = listMark
    let directiveStart = token.start
    let useStrict = try parseDirectivePrologue(into: mark)
    if useStrict && nonSimple {
      throw SyntaxError(
        .useStrictWithComplexParameters,
        "\"use strict\" is not allowed in a function with default, destructured or rest parameters",
        at: Int(directiveStart)..<Int(directiveStart) + 12,
        help: "move \"use strict\" to the enclosing scope, or use plain parameters")
    }
    try checkParameters(
      parameters, allowsDuplicates: !strict && !isArrow && !isMethod && !nonSimple,
      recheckStrict: strict && !wasStrict)
    if strict && !wasStrict && !name.isNone {
      try checkIdentifier(Atom(node(name).a), at: range(name), isBinding: true)
    }
    while token.kind != .rBrace {
      if token.kind == .eof { throw unexpected(expected: "'}'") }
      listScratch.append(try parseStatement(.statementList))
    }
    try next()
    let body = commitList(from: mark)
    return finish(.blockStatement, start, a: body.start, b: body.count)
  }

  /// Duplicate parameter names, and the strict-mode rules once a body turned out to be strict.
  mutating func checkParameters(
    _ parameters: (start: UInt32, count: UInt32), allowsDuplicates: Bool, recheckStrict: Bool
  )
    throws(SyntaxError)
  {
    var names: [(atom: Atom, range: Range<Int>)] = []
    for parameter in listItems(parameters.start, parameters.count) { boundNames(parameter, into: &names) }
    if recheckStrict {
      for (atom, range) in names { try checkIdentifier(atom, at: range, isBinding: true) }
    }
    guard !allowsDuplicates, names.count > 1 else { return }
    var seen = Set<Atom>()
    for (atom, range) in names where !seen.insert(atom).inserted {
      throw SyntaxError(
        .duplicateParameter, "duplicate parameter name '\(spelling(atom))'", at: range,
        help:
          "parameter names must be unique in strict code, arrow functions, methods and functions with default or rest parameters"
      )
    }
  }

  /// The directive prologue of a function body; returns whether it has "use strict".
  mutating func parseDirectivePrologue(into mark: Int) throws(SyntaxError) -> Bool {
    var useStrict = false
    var firstOctalEscape: Int? = nil
    while token.kind == .string {
      let stringToken = token
      let statement = try parseStatement(.statementList)
      listScratch.append(statement)
      let n = node(statement)
      guard n.kind == .expressionStatement, kind(NodeID(n.a)) == .stringLiteral,
        node(NodeID(n.a)).end == stringToken.end, !node(NodeID(n.a)).flags.contains(.parenthesized)
      else { break }
      nodes[Int(statement.index)].flags.insert(.directive)
      if stringToken.legacyOctal && firstOctalEscape == nil {
        firstOctalEscape = Int(stringToken.octalOffset)
      }
      if sourceBytes(Int(stringToken.start) + 1..<Int(stringToken.end) - 1).elementsEqual("use strict".utf8) {
        useStrict = true
        if !strict {
          strict = true
          if let offset = firstOctalEscape {
            throw SyntaxError(
              .legacyOctalInStrictMode, "octal escape sequences are not allowed in strict mode",
              at: offset..<offset + 2, help: "use a \\x or \\u escape instead")
          }
        }
      }
    }
    return useStrict
  }

  // MARK: Arrow functions

  mutating func parseParenthesized(canBeArrow: Bool) throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let oldYield = yieldPosition
    let oldAwait = awaitPosition
    yieldPosition = -1
    awaitPosition = -1
    var cover = CoverErrors()
    let mark = listMark
    var trailingComma = -1
    var restStart = -1
    while token.kind != .rParen {
      if token.kind == .ellipsis {
        restStart = Int(token.start)
        listScratch.append(try parseBindingRest(closing: .rParen))
        break
      }
      listScratch.append(try parseAssignment(noIn: false, cover: &cover))
      if token.kind != .rParen {
        if token.kind == .comma { trailingComma = Int(token.start) }
        try expect(.comma)
        if token.kind != .rParen { trailingComma = -1 }
      }
    }
    let closeRange = tokenRange
    try expect(.rParen)
    let items = commitList(from: mark)
    if canBeArrow && token.kind == .arrow && !token.newlineBefore {
      try checkCoverErrors(cover, allowsPattern: true)
      try checkArrowParameterPositions(isAsync: false)
      yieldPosition = oldYield
      awaitPosition = oldAwait
      return try parseArrow(start: start, parameters: items, isAsync: false)
    }
    if items.count == 0 {
      throw SyntaxError(
        .unexpectedToken, "empty parentheses are only valid as arrow function parameters",
        at: closeRange, help: "put an expression inside, or add '=> body' after them")
    }
    if restStart >= 0 {
      throw SyntaxError(
        .unexpectedToken, "'...' in parentheses is only valid in arrow function parameters",
        at: restStart..<restStart + 3, help: "add '=> body' after the parentheses")
    }
    if trailingComma >= 0 {
      throw SyntaxError(
        .unexpectedToken, "a trailing comma in parentheses is only valid in arrow function parameters",
        at: trailingComma..<trailingComma + 1, help: "remove the comma")
    }
    try checkCoverErrors(cover, allowsPattern: false)
    if oldYield >= 0 { yieldPosition = oldYield }
    if oldAwait >= 0 { awaitPosition = oldAwait }
    let expression: NodeID
    if items.count == 1 {
      expression = lists[Int(items.start)]
    } else {
      let first = node(lists[Int(items.start)])
      expression = add(
        Node(
          kind: .sequenceExpression, start: first.start,
          end: nodes[Int(lists[Int(items.start + items.count - 1)].index)].end, a: items.start, b: items.count
        ))
    }
    nodes[Int(expression.index)].flags.insert(.parenthesized)
    return expression
  }

  func checkArrowParameterPositions(isAsync: Bool) throws(SyntaxError) {
    if yieldPosition >= 0 {
      throw SyntaxError(
        .invalidAwaitOrYield, "'yield' expressions are not allowed in arrow function parameters",
        at: yieldPosition..<yieldPosition + 5, help: "compute the value before the arrow function")
    }
    if awaitPosition >= 0 {
      throw SyntaxError(
        .invalidAwaitOrYield, "'await' expressions are not allowed in arrow function parameters",
        at: awaitPosition..<awaitPosition + 5, help: "compute the value before the arrow function")
    }
    if isAsync && awaitIdentifierPosition >= 0 {
      throw SyntaxError(
        .invalidAwaitOrYield, "'await' cannot be a name in the parameters of an async arrow function",
        at: awaitIdentifierPosition..<awaitIdentifierPosition + 5, help: "choose another name")
    }
  }

  /// `params => body`, with the parameters already parsed as expressions.
  mutating func parseArrow(start: UInt32, parameters: (start: UInt32, count: UInt32), isAsync: Bool)
    throws(SyntaxError)
    -> NodeID
  {
    var flags = Parser.functionFlags(isAsync: isAsync, isGenerator: false)
    flags.insert(.arrow)
    let saved = enterFunction(flags)
    defer { exitFunction(saved) }
    var nonSimple = false
    var cover = CoverErrors()
    for parameter in listItems(parameters.start, parameters.count) {
      let k = kind(parameter)
      if k == .spreadElement {
        if node(parameter).flags.contains(.tail) {
          throw SyntaxError(
            .invalidDestructuring, "a rest parameter must be last", at: range(parameter),
            help: "remove the comma after the rest parameter")
        }
        let argument = NodeID(node(parameter).a)
        if kind(argument) == .assignmentExpression {
          throw SyntaxError(
            .invalidDestructuring, "a rest parameter cannot have a default value", at: range(argument),
            help: "remove the default")
        }
        try toAssignable(argument, isBinding: true, cover: &cover)
        nodes[Int(parameter.index)].kind = .restElement
      } else if k != .restElement {
        try toAssignable(parameter, isBinding: true, cover: &cover)
      }
      if kind(parameter) != .identifier { nonSimple = true }
    }
    if isAsync { try checkArrowParameterPositions(isAsync: true) }
    for parameter in listItems(parameters.start, parameters.count) {
      try declareBindings(parameter, as: .var, isLexicalDeclaration: false)
    }
    try next()  // '=>'
    var nodeFlags: NodeFlags = isAsync ? .async : []
    if nonSimple { nodeFlags.insert(.nonSimpleParameters) }
    let body: NodeID
    if token.kind == .lBrace {
      body = try parseFunctionBody(
        parameters: parameters, nonSimple: nonSimple, isArrow: true, isMethod: false, name: .none)
    } else {
      try checkParameters(parameters, allowsDuplicates: false, recheckStrict: false)
      body = try parseAssignment()
      nodeFlags.insert(.expressionBody)
    }
    if strict { nodeFlags.insert(.strict) }
    return finish(
      .arrowFunctionExpression, start, b: parameters.start, c: parameters.count, d: body.index,
      flags: nodeFlags)
  }

  // MARK: Methods

  /// A method's parameters and body, from `(`; returns a function expression.
  mutating func parseMethod(
    kind: PropertyKind, isAsync: Bool, isGenerator: Bool, isClassMember: Bool, isDerived: Bool
  )
    throws(SyntaxError) -> NodeID
  {
    let start = token.start
    var flags = Parser.functionFlags(isAsync: isAsync, isGenerator: isGenerator)
    flags.insert(.superProperty)
    if kind == .constructor && isDerived { flags.insert(.superCall) }
    let saved = enterFunction(flags)
    defer { exitFunction(saved) }
    let parameters = try parseFormalParameters()
    let items = listItems(parameters.list.start, parameters.list.count)
    if kind == .getter && !items.isEmpty {
      throw SyntaxError(
        .invalidAccessorParameters, "a getter cannot have parameters", at: Int(start)..<Int(previousEnd),
        help: "remove the parameters; use a method if it needs arguments")
    }
    if kind == .setter && (items.count != 1 || self.kind(items.first!) == .restElement) {
      throw SyntaxError(
        .invalidAccessorParameters, "a setter must have exactly one parameter, not a rest parameter",
        at: Int(start)..<Int(previousEnd), help: "write set name(value) { ... }")
    }
    let body = try parseFunctionBody(
      parameters: parameters.list, nonSimple: parameters.nonSimple, isArrow: false, isMethod: true,
      name: .none)
    var nodeFlags: NodeFlags = []
    if isAsync { nodeFlags.insert(.async) }
    if isGenerator { nodeFlags.insert(.generator) }
    if parameters.nonSimple { nodeFlags.insert(.nonSimpleParameters) }
    if strict { nodeFlags.insert(.strict) }
    return finish(
      .functionExpression, start, b: parameters.list.start, c: parameters.list.count, d: body.index,
      flags: nodeFlags)
  }

  // MARK: Classes

  mutating func parseClass(isStatement: Bool, allowsAnonymous: Bool = false) throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let wasStrict = strict
    strict = true  // all parts of a class are strict mode code
    defer { strict = wasStrict }
    var id = NodeID.none
    if token.kind == .identifier {
      id = try parseBindingIdentifier()
      if Atom(node(id).a) == Atom.Known.kLet.atom {
        throw SyntaxError(
          .reservedWord, "'let' cannot be a class name", at: range(id), help: "choose another name")
      }
      if isStatement { try declare(Atom(node(id).a), as: .lexical, at: range(id)) }
    } else if isStatement && !allowsAnonymous {
      throw unexpected(expected: "a class name")
    }
    var superClass = NodeID.none
    if try eat(.kExtends) {
      var cover = CoverErrors()
      superClass = try parseSubscriptsExpression(cover: &cover)
      try checkCoverErrors(cover, allowsPattern: false)
    }
    let bodyStart = token.start
    try expect(.lBrace)
    privateNameScopes.append(PrivateNameScope())
    let mark = listMark
    var sawConstructor = false
    while token.kind != .rBrace {
      if try eat(.semicolon) { continue }
      if token.kind == .eof { throw unexpected(expected: "'}'") }
      let element = try parseClassElement(isDerived: !superClass.isNone)
      let e = node(element)
      if e.kind == .methodDefinition && e.op == PropertyKind.constructor.rawValue {
        if sawConstructor {
          throw SyntaxError(
            .invalidClassElement, "a class may have only one constructor", at: range(NodeID(e.a)),
            help: "merge the constructors into one")
        }
        sawConstructor = true
      }
      listScratch.append(element)
    }
    try next()
    try exitPrivateNameScope()
    let elements = commitList(from: mark)
    let body = finish(.classBody, bodyStart, a: elements.start, b: elements.count)
    return finish(
      isStatement ? .classDeclaration : .classExpression, start, a: id.index, b: superClass.index,
      c: body.index)
  }

  func startsClassElementName(_ t: Token) -> Bool {
    t.kind.isIdentifierName || t.kind == .privateName || t.kind == .string || t.kind == .number
      || t.kind == .bigint
      || t.kind == .lBracket
  }

  mutating func parseClassElement(isDerived: Bool) throws(SyntaxError) -> NodeID {
    let start = token.start
    var isStatic = false
    var isAsync = false
    var isGenerator = false
    var kind = PropertyKind.method
    var keyWord: Token? = nil  // a modifier word that turned out to be the element's name

    if atContextual(.kStatic) {
      let word = token
      try next()
      if token.kind == .lBrace { return try parseStaticBlock(start: start) }
      if startsClassElementName(token) || token.kind == .star {
        isStatic = true
      } else {
        keyWord = word
      }
    }
    if keyWord == nil && atContextual(.kAsync) {
      let word = token
      try next()
      if (startsClassElementName(token) || token.kind == .star) && !token.newlineBefore {
        isAsync = true
      } else {
        keyWord = word
      }
    }
    if keyWord == nil && token.kind == .star {
      try next()
      isGenerator = true
    }
    if keyWord == nil && !isAsync && !isGenerator && (atContextual(.kGet) || atContextual(.kSet)) {
      let word = token
      try next()
      if startsClassElementName(token) {
        kind = word.atom == Atom.Known.kGet.atom ? .getter : .setter
      } else {
        keyWord = word
      }
    }

    let key: NodeID
    var computed = false
    if let keyWord {
      key = add(Node(kind: .identifier, start: keyWord.start, end: keyWord.end, a: keyWord.atom.id))
    } else {
      (key, computed) = try parsePropertyKey(allowPrivate: true)
    }
    let keyNode = node(key)
    let isPrivate = keyNode.kind == .privateIdentifier
    func keyIs(_ word: String) -> Bool {
      if computed { return false }
      if keyNode.kind == .identifier || isPrivate {
        return lexer.atoms.bytes(Atom(keyNode.a)).elementsEqual(word.utf8)
      }
      if keyNode.kind == .stringLiteral {
        return sourceBytes(Int(keyNode.start) + 1..<Int(keyNode.end) - 1).elementsEqual(word.utf8)
      }
      return false
    }
    if isPrivate && keyIs("constructor") {
      throw SyntaxError(
        .invalidClassElement, "'#constructor' is not a valid private name", at: range(key),
        help: "choose another name")
    }
    if isStatic && !isPrivate && keyIs("prototype") {
      throw SyntaxError(
        .invalidClassElement, "a class cannot have a static member named 'prototype'", at: range(key),
        help: "choose another name")
    }
    var flags: NodeFlags = computed ? .computed : []
    if isStatic { flags.insert(.isStatic) }

    if token.kind == .lParen || kind != .method || isGenerator || isAsync {
      let isConstructor = !isStatic && !isPrivate && keyIs("constructor")
      if isConstructor && (kind != .method || isGenerator || isAsync) {
        throw SyntaxError(
          .invalidClassElement, "a class constructor cannot be a getter, setter, generator or async method",
          at: range(key), help: "make it a plain constructor(...) { ... }")
      }
      if isConstructor { kind = .constructor }
      if isPrivate {
        let privateKind: PrivateNameScope.Kind =
          switch kind {
          case .getter: isStatic ? .staticGetter : .getter
          case .setter: isStatic ? .staticSetter : .setter
          default: isStatic ? .staticMember : .method
          }
        try declarePrivateName(Atom(keyNode.a), kind: privateKind, at: range(key))
      }
      let function = try parseMethod(
        kind: kind, isAsync: isAsync, isGenerator: isGenerator, isClassMember: true, isDerived: isDerived)
      return finish(
        .methodDefinition, start, a: key.index, b: function.index, op: kind.rawValue, flags: flags)
    }

    if keyIs("constructor") && !isPrivate {
      throw SyntaxError(
        .invalidClassElement, "a class field cannot be named 'constructor'", at: range(key),
        help: "choose another name")
    }
    if isPrivate {
      try declarePrivateName(Atom(keyNode.a), kind: isStatic ? .staticMember : .field, at: range(key))
    }
    var value = NodeID.none
    if try eat(.assign) {
      let saved = enterFunction([.classFieldInit, .superProperty])
      value = try parseAssignment()
      exitFunction(saved)
    }
    try semicolon()
    return finish(.propertyDefinition, start, a: key.index, b: value.index, flags: flags)
  }

  mutating func parseStaticBlock(start: UInt32) throws(SyntaxError) -> NodeID {
    try next()  // '{'
    let saved = enterFunction([.staticBlock, .superProperty])
    defer { exitFunction(saved) }
    let mark = listMark
    while token.kind != .rBrace {
      if token.kind == .eof { throw unexpected(expected: "'}'") }
      listScratch.append(try parseStatement(.statementList))
    }
    try next()
    let body = commitList(from: mark)
    return finish(.staticBlock, start, a: body.start, b: body.count)
  }
}
