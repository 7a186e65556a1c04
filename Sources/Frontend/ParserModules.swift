extension Parser {
  mutating func expectContextual(_ word: Atom.Known) throws(SyntaxError) {
    guard atContextual(word) else { throw unexpected(expected: "'\(word.spelling)'") }
    try next()
  }

  mutating func parseModuleSpecifier() throws(SyntaxError) -> NodeID {
    guard token.kind == .string else { throw unexpected(expected: "a module specifier string") }
    let start = token.start
    try next()
    return finish(.stringLiteral, start)
  }

  /// ModuleExportName: an identifier name or a string.
  mutating func parseModuleExportName() throws(SyntaxError) -> NodeID {
    if token.kind == .string {
      let start = token.start
      let body = sourceBytes(Int(token.start) + 1..<Int(token.end) - 1)
      if !isWellFormedUTF16(LiteralDecoder.stringValue(body)) {
        throw SyntaxError(
          .unexpectedToken, "a module export name must not contain a lone surrogate", at: tokenRange,
          help: "use a complete surrogate pair, or a different name")
      }
      try next()
      return finish(.stringLiteral, start)
    }
    return try parseIdentifierName()
  }

  /// The atom an export name is compared by (identifiers by name, strings by their raw contents).
  mutating func exportKey(_ id: NodeID) -> Atom {
    let n = node(id)
    if n.kind == .identifier { return Atom(n.a) }
    let raw = sourceBytes(Int(n.start) + 1..<Int(n.end) - 1)
    return lexer.atoms.intern(raw.baseAddress ?? UnsafePointer(bitPattern: 1)!, raw.count)
  }

  mutating func recordExport(_ atom: Atom, at range: Range<Int>) throws(SyntaxError) {
    if exportedNames[atom] != nil {
      throw SyntaxError(
        .duplicateExport, "duplicate export of '\(spelling(atom))'", at: range,
        help: "each name can be exported once; rename one with 'as'")
    }
    exportedNames[atom] = range.lowerBound
  }

  // MARK: Import

  mutating func parseImport() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    let mark = listMark
    if token.kind != .string {
      if token.kind == .identifier {
        let specifierStart = token.start
        let local = try parseBindingIdentifier()
        try declare(Atom(node(local).a), as: .lexical, at: range(local))
        listScratch.append(finish(.importDefaultSpecifier, specifierStart, b: local.index))
        if token.kind != .comma {
          try expectContextual(.kFrom)
          return try finishImport(start: start, mark: mark)
        }
        try next()
      }
      if token.kind == .star {
        let specifierStart = token.start
        try next()
        try expectContextual(.kAs)
        let local = try parseBindingIdentifier()
        try declare(Atom(node(local).a), as: .lexical, at: range(local))
        listScratch.append(finish(.importNamespaceSpecifier, specifierStart, b: local.index))
      } else if token.kind == .lBrace {
        try next()
        while token.kind != .rBrace {
          let specifierStart = token.start
          let importedToken = token
          let imported = try parseModuleExportName()
          var local: NodeID
          if atContextual(.kAs) {
            try next()
            local = try parseBindingIdentifier()
          } else {
            guard importedToken.kind == .identifier else {
              throw SyntaxError(
                .reservedWord,
                "'\(String(decoding: sourceBytes(range(imported)), as: UTF8.self))' cannot be imported without 'as'",
                at: range(imported), help: "give it a local name: import { name as local }")
            }
            try checkIdentifier(importedToken.atom, at: range(imported), isBinding: true)
            local = add(
              Node(
                kind: .identifier, start: importedToken.start, end: importedToken.end,
                a: importedToken.atom.id))
          }
          try declare(Atom(node(local).a), as: .lexical, at: range(local))
          listScratch.append(finish(.importSpecifier, specifierStart, a: imported.index, b: local.index))
          if token.kind != .rBrace { try expect(.comma) }
        }
        try next()
      } else {
        throw unexpected(expected: "an import binding, '*' or '{'")
      }
      try expectContextual(.kFrom)
    }
    return try finishImport(start: start, mark: mark)
  }

  mutating func finishImport(start: UInt32, mark: Int) throws(SyntaxError) -> NodeID {
    let source = try parseModuleSpecifier()
    try semicolon()
    let specifiers = commitList(from: mark)
    return finish(.importDeclaration, start, a: source.index, b: specifiers.start, c: specifiers.count)
  }

  // MARK: Export

  mutating func parseExport() throws(SyntaxError) -> NodeID {
    let start = token.start
    try next()
    if token.kind == .star {
      try next()
      var exported = NodeID.none
      if atContextual(.kAs) {
        try next()
        exported = try parseModuleExportName()
        try recordExport(exportKey(exported), at: range(exported))
      }
      try expectContextual(.kFrom)
      let source = try parseModuleSpecifier()
      try semicolon()
      return finish(.exportAllDeclaration, start, a: exported.index, d: source.index)
    }
    if token.kind == .kDefault {
      let defaultRange = tokenRange
      try recordExport(Atom.Known.kDefault.atom, at: defaultRange)
      try next()
      let declaration: NodeID
      let declarationStart = token.start
      if token.kind == .kFunction {
        declaration = try parseFunction(
          start: declarationStart, isStatement: true, isAsync: false, inSingleStatement: false,
          allowsAnonymous: true)
      } else if atContextual(.kAsync), try peek().kind == .kFunction, try !peek().newlineBefore {
        try next()
        declaration = try parseFunction(
          start: declarationStart, isStatement: true, isAsync: true, inSingleStatement: false,
          allowsAnonymous: true)
      } else if token.kind == .kClass {
        declaration = try parseClass(isStatement: true, allowsAnonymous: true)
      } else {
        declaration = try parseAssignment()
        try semicolon()
      }
      return finish(.exportDefaultDeclaration, start, a: declaration.index)
    }
    var startsDeclaration =
      token.kind == .kVar || token.kind == .kConst || token.kind == .kFunction || token.kind == .kClass
      || atContextual(.kLet)
    if !startsDeclaration && atContextual(.kAsync) { startsDeclaration = try peek().kind == .kFunction }
    if startsDeclaration {
      let declaration = try parseStatement(.statementList)
      var names: [(atom: Atom, range: Range<Int>)] = []
      let d = node(declaration)
      switch d.kind {
      case .variableDeclaration:
        for declarator in listItems(d.a, d.b) { boundNames(NodeID(node(declarator).a), into: &names) }
      case .functionDeclaration, .classDeclaration:
        boundNames(NodeID(d.a), into: &names)
      default:
        throw SyntaxError(
          .unexpectedToken, "expected a declaration after 'export'", at: range(declaration),
          help: "export a declaration, or use export { name }")
      }
      for (atom, range) in names { try recordExport(atom, at: range) }
      return finish(.exportNamedDeclaration, start, a: declaration.index)
    }
    guard token.kind == .lBrace else {
      throw unexpected(expected: "a declaration, '*', 'default' or '{' after 'export'")
    }
    try next()
    let mark = listMark
    var locals: [(token: Token, range: Range<Int>)] = []
    while token.kind != .rBrace {
      let specifierStart = token.start
      let localToken = token
      let local = try parseModuleExportName()
      var exported = local
      if atContextual(.kAs) {
        try next()
        exported = try parseModuleExportName()
      }
      try recordExport(exportKey(exported), at: range(exported))
      locals.append((localToken, range(local)))
      listScratch.append(finish(.exportSpecifier, specifierStart, a: local.index, b: exported.index))
      if token.kind != .rBrace { try expect(.comma) }
    }
    try next()
    var source = NodeID.none
    if atContextual(.kFrom) {
      try next()
      source = try parseModuleSpecifier()
    } else {
      // Without `from`, each local must be a name declared in this module.
      for (localToken, range) in locals {
        guard localToken.kind == .identifier else {
          throw SyntaxError(
            .undeclaredExport,
            "'\(String(decoding: sourceBytes(range), as: UTF8.self))' is not a local name that can be exported",
            at: range, help: "export a declared variable, or re-export with 'from'")
        }
        try checkIdentifier(localToken.atom, at: range, isBinding: false)
        localExports.append((localToken.atom, range))
      }
    }
    try semicolon()
    let specifiers = commitList(from: mark)
    return finish(.exportNamedDeclaration, start, b: specifiers.start, c: specifiers.count, d: source.index)
  }

  /// `export { x }` needs `x` declared at the top level of the module.
  func checkLocalExports() throws(SyntaxError) {
    let top = scopes[0]
    for (atom, range) in localExports {
      if !top.varNames.contains(atom) && !top.lexicalNames.contains(atom) && !top.functionNames.contains(atom)
      {
        throw SyntaxError(
          .undeclaredExport, "exported name '\(spelling(atom))' is not declared in this module",
          at: range, help: "declare it, import it, or re-export it with 'from'")
      }
    }
  }

  func isWellFormedUTF16(_ units: [UInt16]) -> Bool {
    var i = 0
    while i < units.count {
      let u = units[i]
      if u >= 0xD800 && u <= 0xDBFF {
        guard i + 1 < units.count, units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF else { return false }
        i += 2
        continue
      }
      if u >= 0xDC00 && u <= 0xDFFF { return false }
      i += 1
    }
    return true
  }
}
