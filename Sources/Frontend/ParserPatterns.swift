extension Parser {
  // MARK: Binding patterns (declarations and parameters)

  /// A BindingIdentifier or a binding pattern.
  mutating func parseBindingTarget() throws(SyntaxError) -> NodeID {
    try enter()
    defer { leave() }
    switch token.kind {
    case .lBracket: return try parseArrayBindingPattern()
    case .lBrace: return try parseObjectBindingPattern()
    default: return try parseBindingIdentifier()
    }
  }

  mutating func parseBindingIdentifier() throws(SyntaxError) -> NodeID {
    try parseIdentifier(isBinding: true)
  }

  /// A binding target with an optional `= default`.
  mutating func parseBindingElement() throws(SyntaxError) -> NodeID {
    let start = token.start
    let target = try parseBindingTarget()
    guard try eat(.assign) else { return target }
    let value = try parseAssignment()
    return finish(.assignmentPattern, start, a: target.index, b: value.index)
  }

  mutating func parseBindingRest(closing: TokenKind) throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let argument = try parseBindingTarget()
    if token.kind == .assign {
      throw SyntaxError(
        .invalidDestructuring, "a rest element cannot have a default value", at: tokenRange,
        help: "remove the default")
    }
    if token.kind != closing {
      throw SyntaxError(
        .invalidDestructuring, "a rest element must be last", at: tokenRange,
        help: "move the rest element to the end, with no comma after it")
    }
    return finish(.restElement, start, a: argument.index)
  }

  mutating func parseArrayBindingPattern() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let mark = listMark
    while token.kind != .rBracket {
      if token.kind == .comma {
        try next()
        listScratch.append(.none)
        continue
      }
      if token.kind == .ellipsis {
        listScratch.append(try parseBindingRest(closing: .rBracket))
        break
      }
      listScratch.append(try parseBindingElement())
      if token.kind != .rBracket { try expect(.comma) }
    }
    try expect(.rBracket)
    let list = commitList(from: mark)
    return finish(.arrayPattern, start, a: list.start, b: list.count)
  }

  mutating func parseObjectBindingPattern() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let mark = listMark
    while token.kind != .rBrace {
      if token.kind == .ellipsis {
        let restStart = token.start
        try next()
        let argument = try parseBindingIdentifier()
        if token.kind != .rBrace {
          throw SyntaxError(
            .invalidDestructuring, "a rest element must be last", at: tokenRange,
            help: "move the rest element to the end, with no comma after it")
        }
        listScratch.append(finish(.restElement, restStart, a: argument.index))
        break
      }
      let propertyStart = token.start
      let keyToken = token
      let (key, computed) = try parsePropertyKey(allowPrivate: false)
      if try eat(.colon) {
        let value = try parseBindingElement()
        listScratch.append(
          finish(.property, propertyStart, a: key.index, b: value.index, flags: computed ? .computed : []))
      } else {
        guard !computed, keyToken.kind == .identifier || keyToken.kind.isKeyword else {
          throw unexpected(expected: "':'")
        }
        if keyToken.kind.isKeyword {
          throw SyntaxError(
            .reservedWord, "'\(keyToken.kind.spelling)' is a reserved word and cannot be used as a name",
            at: Int(keyToken.start)..<Int(keyToken.end),
            help: "rename it: { \(keyToken.kind.spelling): name }")
        }
        try checkIdentifier(keyToken.atom, at: Int(keyToken.start)..<Int(keyToken.end), isBinding: true)
        var value = add(
          Node(kind: .identifier, start: keyToken.start, end: keyToken.end, a: keyToken.atom.id))
        if try eat(.assign) {
          let defaultValue = try parseAssignment()
          value = finish(.assignmentPattern, keyToken.start, a: value.index, b: defaultValue.index)
        }
        listScratch.append(finish(.property, propertyStart, a: key.index, b: value.index, flags: .shorthand))
      }
      if token.kind != .rBrace { try expect(.comma) }
    }
    try next()
    let list = commitList(from: mark)
    return finish(.objectPattern, start, a: list.start, b: list.count)
  }

  // MARK: Bound names

  /// The identifiers a pattern binds, in source order.
  func boundNames(_ pattern: NodeID, into names: inout [(atom: Atom, range: Range<Int>)]) {
    guard !pattern.isNone else { return }
    let n = node(pattern)
    switch n.kind {
    case .identifier:
      names.append((Atom(n.a), range(pattern)))
    case .arrayPattern:
      for element in listItems(n.a, n.b) { boundNames(element, into: &names) }
    case .objectPattern:
      for property in listItems(n.a, n.b) {
        let p = node(property)
        boundNames(NodeID(p.kind == .restElement ? p.a : p.b), into: &names)
      }
    case .assignmentPattern:
      boundNames(NodeID(n.a), into: &names)
    case .restElement:
      boundNames(NodeID(n.a), into: &names)
    default:
      break
    }
  }

  mutating func declareBindings(_ pattern: NodeID, as kind: BindingKind, isLexicalDeclaration: Bool)
    throws(SyntaxError)
  {
    var names: [(atom: Atom, range: Range<Int>)] = []
    boundNames(pattern, into: &names)
    for (atom, range) in names {
      if isLexicalDeclaration && atom == Atom.Known.kLet.atom {
        throw SyntaxError(
          .reservedWord, "'let' cannot be the name of a lexical declaration", at: range,
          help: "choose another name")
      }
      try declare(atom, as: kind, at: range)
    }
  }

  // MARK: Cover grammar: expressions reinterpreted as patterns

  /// Turns an expression parsed from the cover grammar into an assignment or binding pattern,
  /// rewriting node kinds in place, and reports what is not a valid target.
  mutating func toAssignable(_ id: NodeID, isBinding: Bool, cover: inout CoverErrors) throws(SyntaxError) {
    try enter()
    defer { leave() }
    let n = node(id)
    let parenthesized = n.flags.contains(.parenthesized)
    switch n.kind {
    case .identifier:
      if parenthesized && isBinding { throw parenthesizedPattern(id) }
      if Atom(n.a) == Atom.Known.kAwait.atom && isBinding && awaitIdentifierPosition < 0 {
        awaitIdentifierPosition = Int(n.start)
      }
      try checkAssignedIdentifier(id, isBinding: isBinding)
    case .memberExpression:
      if isBinding { throw invalidTarget(id, binding: true) }
    case .objectExpression, .objectPattern:
      if parenthesized { throw parenthesizedPattern(id) }
      nodes[Int(id.index)].kind = .objectPattern
      let members = listItems(n.a, n.b)
      for (index, member) in members.enumerated() {
        let m = node(member)
        if m.kind == .spreadElement || m.kind == .restElement {
          if index != members.count - 1 || m.flags.contains(.tail) {
            throw SyntaxError(
              .invalidDestructuring, "a rest element must be last", at: range(member),
              help: "move the rest element to the end, with no comma after it")
          }
          let argument = NodeID(m.a)
          let argumentKind = kind(argument)
          if argumentKind != .identifier && (isBinding || argumentKind != .memberExpression) {
            throw SyntaxError(
              .invalidDestructuring, "the rest element of an object pattern must be a simple name",
              at: range(argument), help: "destructure the rest object in a second step")
          }
          try toAssignable(argument, isBinding: isBinding, cover: &cover)
          nodes[Int(member.index)].kind = .restElement
        } else if m.kind == .property {
          if m.op != PropertyKind.initializer.rawValue || m.flags.contains(.method) {
            throw SyntaxError(
              .invalidDestructuring, "a method cannot be a destructuring target", at: range(member),
              help: "use 'name: target' in a pattern")
          }
          try toAssignable(NodeID(m.b), isBinding: isBinding, cover: &cover)
        }
      }
    case .arrayExpression, .arrayPattern:
      if parenthesized { throw parenthesizedPattern(id) }
      nodes[Int(id.index)].kind = .arrayPattern
      let elements = listItems(n.a, n.b)
      for (index, element) in elements.enumerated() where !element.isNone {
        let e = node(element)
        if e.kind == .spreadElement || e.kind == .restElement {
          if index != elements.count - 1 || e.flags.contains(.tail) {
            throw SyntaxError(
              .invalidDestructuring, "a rest element must be last", at: range(element),
              help: "move the rest element to the end, with no comma after it")
          }
          let argument = NodeID(e.a)
          if kind(argument) == .assignmentExpression || kind(argument) == .assignmentPattern {
            throw SyntaxError(
              .invalidDestructuring, "a rest element cannot have a default value", at: range(argument),
              help: "remove the default")
          }
          try toAssignable(argument, isBinding: isBinding, cover: &cover)
          nodes[Int(element.index)].kind = .restElement
        } else {
          try toAssignable(element, isBinding: isBinding, cover: &cover)
        }
      }
    case .assignmentExpression:
      if n.op != Operator.assign.rawValue {
        throw SyntaxError(
          .invalidDestructuring, "only '=' can give a default value in a pattern", at: range(id),
          help: "write target = defaultValue")
      }
      if parenthesized { throw parenthesizedPattern(id) }
      nodes[Int(id.index)].kind = .assignmentPattern
      nodes[Int(id.index)].op = 0
      // The left side was already made assignable when the assignment was parsed; a binding
      // pattern needs the stricter binding checks.
      if isBinding { try toAssignable(NodeID(n.a), isBinding: true, cover: &cover) }
    case .assignmentPattern:
      // A shorthand default (`{ eval = 0 } = o`) was built as a pattern without the target checks.
      if isBinding {
        try toAssignable(NodeID(n.a), isBinding: true, cover: &cover)
      } else if kind(NodeID(n.a)) == .identifier {
        try checkAssignedIdentifier(NodeID(n.a), isBinding: false)
      }
    default:
      throw invalidTarget(id, binding: isBinding)
    }
  }

  func parenthesizedPattern(_ id: NodeID) -> SyntaxError {
    SyntaxError(
      .invalidDestructuring, "a destructuring pattern cannot be parenthesized", at: range(id),
      help: "remove the parentheses")
  }

  func invalidTarget(_ id: NodeID, binding: Bool) -> SyntaxError {
    if kind(id) == .chainExpression {
      return SyntaxError(
        .invalidOptionalChain, "an optional chain cannot be assigned to", at: range(id),
        help: "assign through a plain member access: a.b = value")
    }
    return SyntaxError(
      .invalidAssignmentTarget, binding ? "invalid binding target" : "invalid assignment target",
      at: range(id),
      help: binding
        ? "parameters and declarations bind names or destructuring patterns"
        : "assign to a variable, a property, or a destructuring pattern")
  }

  /// An identifier that is assigned to: `eval` and `arguments` may not be in strict code.
  mutating func checkAssignedIdentifier(_ id: NodeID, isBinding: Bool) throws(SyntaxError) {
    let atom = Atom(node(id).a)
    if strict && (atom == Atom.Known.kEval.atom || atom == Atom.Known.kArguments.atom) {
      throw SyntaxError(
        .strictModeRestriction, "cannot assign to '\(spelling(atom))' in strict mode", at: range(id),
        help: "choose another name")
    }
    if isBinding { try checkIdentifier(atom, at: range(id), isBinding: true) }
  }

  /// Targets of `+=`, `++` and friends: a name or a property, never a pattern.
  mutating func checkSimpleAssignmentTarget(_ id: NodeID, logical: Bool) throws(SyntaxError) {
    switch kind(id) {
    case .identifier: try checkAssignedIdentifier(id, isBinding: false)
    case .memberExpression: break
    default: throw invalidTarget(id, binding: false)
    }
  }
}
