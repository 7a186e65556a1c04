/// Prints an AST back as JavaScript, for golden tests of the stages that rewrite modules.
///
/// Parentheses are printed where the source had them (the `.parenthesized` flag), which is exact
/// for unchanged code; substitutions must therefore be primary expressions or whole statements.
/// Literals are printed as written. Comments are not kept.
public struct ASTPrinter {
  let ast: AST
  /// Text printed instead of a node (an identifier that became a handle, a folded `typeof`).
  public var substitutions: [NodeID: String] = [:]
  /// Tests known at compile time: `if`, `?:`, `&&` and `||` print only the branch that can run.
  public var constantTests: [NodeID: Bool] = [:]
  private var out = ""
  private var indent = 0

  public init(ast: AST) { self.ast = ast }

  public mutating func print(_ id: NodeID) -> String {
    out = ""
    indent = 0
    if ast.kind(id) == .program {
      for statement in list(ast[id].a, ast[id].b) { statementLine(statement) }
    } else {
      statementLine(id)
    }
    return out
  }

  /// Prints a list of statements at an indentation level (a function body's, for example).
  public mutating func printStatements(_ statements: ArraySlice<NodeID>, indent level: Int) -> String {
    out = ""
    indent = level
    for statement in statements { statementLine(statement) }
    return out
  }

  private func list(_ start: UInt32, _ count: UInt32) -> ArraySlice<NodeID> {
    ast.list(start: start, count: count)
  }
  private func child(_ raw: UInt32) -> NodeID { NodeID(raw) }
  private func text(_ id: NodeID) -> String { String(ast.sourceText(id)) }

  private var pad: String { String(repeating: "  ", count: indent) }

  /// One line at the current indentation. Text with line breaks (functions, classes, templates)
  /// already carries its inner indentation, and is never re-indented: that would change strings.
  private mutating func line(_ s: String) {
    out += pad + s + "\n"
  }

  // MARK: Statements

  private mutating func statementLine(_ id: NodeID) {
    if let substitute = substitutions[id] {
      if !substitute.isEmpty { line(substitute) }
      return
    }
    let n = ast[id]
    switch n.kind {
    case .blockStatement, .staticBlock:
      line((n.kind == .staticBlock ? "static " : "") + "{")
      body(list(n.a, n.b))
      line("}")
    case .ifStatement:
      if let value = constantTests[child(n.a)] {
        let live = child(value ? n.b : n.c)
        line("/* folded: \(expression(child(n.a))) is \(value) */")
        if !live.isNone { statementLine(live) }
        return
      }
      line("if (\(expression(child(n.a)))) " + blockOpener(child(n.b)))
      nested(child(n.b))
      if !child(n.c).isNone {
        line("else " + blockOpener(child(n.c)))
        nested(child(n.c))
      }
    case .forStatement:
      let initializer = child(n.a).isNone ? "" : forHead(child(n.a))
      let test = child(n.b).isNone ? "" : " " + expression(child(n.b))
      let update = child(n.c).isNone ? "" : " " + expression(child(n.c))
      line("for (\(initializer);\(test);\(update)) " + blockOpener(child(n.d)))
      nested(child(n.d))
    case .forInStatement, .forOfStatement:
      let keyword = n.kind == .forInStatement ? "in" : "of"
      let awaitText = n.flags.contains(.await) ? "await " : ""
      line(
        "for \(awaitText)(\(forHead(child(n.a))) \(keyword) \(expression(child(n.b)))) "
          + blockOpener(child(n.d)))
      nested(child(n.d))
    case .whileStatement:
      line("while (\(expression(child(n.a)))) " + blockOpener(child(n.d)))
      nested(child(n.d))
    case .doWhileStatement:
      line("do " + blockOpener(child(n.d)))
      nested(child(n.d))
      line("while (\(expression(child(n.a))));")
    case .tryStatement:
      line("try {")
      body(list(ast[child(n.a)].a, ast[child(n.a)].b))
      if !child(n.b).isNone {
        let handler = ast[child(n.b)]
        let parameter = child(handler.a).isNone ? "" : "(\(expression(child(handler.a)))) "
        line("} catch \(parameter){")
        body(list(ast[child(handler.b)].a, ast[child(handler.b)].b))
      }
      if !child(n.c).isNone {
        line("} finally {")
        body(list(ast[child(n.c)].a, ast[child(n.c)].b))
      }
      line("}")
    case .switchStatement:
      line("switch (\(expression(child(n.a)))) {")
      indent += 1
      for switchCase in list(n.b, n.c) {
        let c = ast[switchCase]
        line(child(c.a).isNone ? "default:" : "case \(expression(child(c.a))):")
        body(list(c.b, c.c))
      }
      indent -= 1
      line("}")
    case .labeledStatement:
      line("\(text(child(n.a))):")
      statementLine(child(n.b))
    case .withStatement:
      line("with (\(expression(child(n.a)))) " + blockOpener(child(n.b)))
      nested(child(n.b))
    case .functionDeclaration, .classDeclaration:
      emitMultiline(expression(id))
    case .variableDeclaration:
      line(forHead(id) + ";")
    case .expressionStatement:
      emitMultiline(expression(child(n.a)) + ";")
    case .returnStatement:
      line(child(n.a).isNone ? "return;" : "return \(expression(child(n.a)));")
    case .throwStatement:
      line("throw \(expression(child(n.a)));")
    case .breakStatement, .continueStatement:
      let keyword = n.kind == .breakStatement ? "break" : "continue"
      line(child(n.a).isNone ? "\(keyword);" : "\(keyword) \(text(child(n.a)));")
    case .emptyStatement:
      line(";")
    case .debuggerStatement:
      line("debugger;")
    case .importDeclaration, .exportAllDeclaration:
      line(text(id).hasSuffix(";") ? text(id) : text(id) + ";")
    case .exportNamedDeclaration:
      if !child(n.a).isNone {
        let declaration = printedStatement(child(n.a))
        emitMultiline("export " + declaration)
      } else {
        line(text(id).hasSuffix(";") ? text(id) : text(id) + ";")
      }
    case .exportDefaultDeclaration:
      let declaration = child(n.a)
      let kind = ast.kind(declaration)
      let printed =
        kind == .functionDeclaration || kind == .classDeclaration
        ? expression(declaration) : expression(declaration) + ";"
      emitMultiline("export default " + printed)
    default:
      emitMultiline(expression(id) + ";")
    }
  }

  /// A statement printed at the current indentation, without its leading indentation.
  private mutating func printedStatement(_ id: NodeID) -> String {
    let saved = out
    out = ""
    statementLine(id)
    var text = out.hasSuffix("\n") ? String(out.dropLast()) : out
    text.removeFirst(min(pad.count, text.count))
    out = saved
    return text
  }

  private mutating func emitMultiline(_ text: String) {
    line(text)
  }

  private func blockOpener(_ body: NodeID) -> String { ast.kind(body) == .blockStatement ? "{" : "" }

  private mutating func nested(_ body: NodeID) {
    if ast.kind(body) == .blockStatement {
      self.body(list(ast[body].a, ast[body].b))
      line("}")
    } else {
      indent += 1
      statementLine(body)
      indent -= 1
    }
  }

  private mutating func body(_ statements: ArraySlice<NodeID>) {
    indent += 1
    for statement in statements { statementLine(statement) }
    indent -= 1
  }

  private mutating func forHead(_ id: NodeID) -> String {
    let n = ast[id]
    guard n.kind == .variableDeclaration else { return expression(id) }
    let kind = String(describing: DeclarationKind(rawValue: n.op)!)
    let declarators = list(n.a, n.b).map { declarator -> String in
      let d = ast[declarator]
      let target = expression(child(d.a))
      return child(d.b).isNone ? target : "\(target) = \(expression(child(d.b)))"
    }
    return "\(kind) \(declarators.joined(separator: ", "))"
  }

  // MARK: Expressions

  private mutating func expression(_ id: NodeID) -> String {
    guard !id.isNone else { return "" }
    if let substitute = substitutions[id] { return substitute }
    let n = ast[id]
    let printed = bareExpression(id, n)
    return n.flags.contains(.parenthesized) ? "(\(printed))" : printed
  }

  private mutating func bareExpression(_ id: NodeID, _ n: Node) -> String {
    switch n.kind {
    case .identifier, .privateIdentifier, .thisExpression, .superExpression, .nullLiteral, .booleanLiteral,
      .numericLiteral, .bigIntLiteral, .stringLiteral, .regExpLiteral, .metaProperty:
      return text(id)
    case .templateLiteral:
      var s = "`"
      for (index, part) in list(n.a, n.b).enumerated() {
        if index % 2 == 0 {
          s += text(part)
        } else {
          s += "${\(expression(part))}"
        }
      }
      return s + "`"
    case .taggedTemplateExpression:
      return expression(child(n.a)) + expression(child(n.b))
    case .arrayExpression, .arrayPattern:
      let elements = list(n.a, n.b).map { $0.isNone ? "" : expression($0) }
      let trailingHole = list(n.a, n.b).last?.isNone == true ? "," : ""
      return "[" + elements.joined(separator: ", ") + trailingHole + "]"
    case .objectExpression, .objectPattern:
      let members = list(n.a, n.b).map { member($0) }
      return members.isEmpty ? "{}" : "{ " + members.joined(separator: ", ") + " }"
    case .spreadElement, .restElement:
      return "..." + expression(child(n.a))
    case .assignmentPattern:
      return "\(expression(child(n.a))) = \(expression(child(n.b)))"
    case .sequenceExpression:
      return list(n.a, n.b).map { expression($0) }.joined(separator: ", ")
    case .unaryExpression:
      let op = Operator(rawValue: n.op)!.spelling
      let argument = expression(child(n.a))
      return op.first!.isLetter ? "\(op) \(argument)" : op + argument
    case .updateExpression:
      let op = Operator(rawValue: n.op)!.spelling
      return n.flags.contains(.prefix) ? op + expression(child(n.a)) : expression(child(n.a)) + op
    case .binaryExpression, .assignmentExpression:
      return "\(expression(child(n.a))) \(Operator(rawValue: n.op)!.spelling) \(expression(child(n.b)))"
    case .logicalExpression:
      if let value = constantTests[child(n.a)] {
        // `false && x` is false and `true || x` is true: x is never evaluated.
        return "/* folded */ \(value)"
      }
      return "\(expression(child(n.a))) \(Operator(rawValue: n.op)!.spelling) \(expression(child(n.b)))"
    case .conditionalExpression:
      if let value = constantTests[child(n.a)] {
        return "/* folded */ " + expression(child(value ? n.b : n.c))
      }
      return "\(expression(child(n.a))) ? \(expression(child(n.b))) : \(expression(child(n.c)))"
    case .callExpression, .newExpression:
      let arguments = list(n.b, n.c).map { expression($0) }.joined(separator: ", ")
      let optional = n.flags.contains(.optional) ? "?." : ""
      if n.kind == .newExpression { return "new \(expression(child(n.a)))(\(arguments))" }
      return "\(expression(child(n.a)))\(optional)(\(arguments))"
    case .memberExpression:
      let object = expression(child(n.a))
      let optional = n.flags.contains(.optional)
      if n.flags.contains(.computed) { return "\(object)\(optional ? "?." : "")[\(expression(child(n.b)))]" }
      return "\(object)\(optional ? "?." : ".")\(text(child(n.b)))"
    case .chainExpression:
      return expression(child(n.a))
    case .yieldExpression:
      let star = n.flags.contains(.delegate) ? "*" : ""
      return child(n.a).isNone ? "yield\(star)" : "yield\(star) \(expression(child(n.a)))"
    case .awaitExpression:
      return "await \(expression(child(n.a)))"
    case .importExpression:
      return "import(\(expression(child(n.a))))"
    case .functionDeclaration, .functionExpression, .arrowFunctionExpression:
      return function(id, n)
    case .classDeclaration, .classExpression:
      return classText(id, n)
    default:
      return text(id)
    }
  }

  private mutating func member(_ id: NodeID) -> String {
    let n = ast[id]
    switch n.kind {
    case .spreadElement, .restElement:
      return "..." + expression(child(n.a))
    case .property:
      let key = propertyKey(child(n.a), computed: n.flags.contains(.computed))
      let kind = PropertyKind(rawValue: n.op)!
      if kind == .getter || kind == .setter || n.flags.contains(.method) {
        let prefix = kind == .getter ? "get " : kind == .setter ? "set " : ""
        return prefix + methodText(key, child(n.b))
      }
      if n.flags.contains(.shorthand) { return expression(child(n.b)) }
      return "\(key): \(expression(child(n.b)))"
    default:
      return expression(id)
    }
  }

  private mutating func propertyKey(_ key: NodeID, computed: Bool) -> String {
    computed ? "[\(expression(key))]" : text(key)
  }

  private mutating func parameters(_ n: Node) -> String {
    "(" + list(n.b, n.c).map { expression($0) }.joined(separator: ", ") + ")"
  }

  /// `name(params) { body }` for methods, from the method's function node.
  private mutating func methodText(_ key: String, _ function: NodeID) -> String {
    let f = ast[function]
    var prefix = ""
    if f.flags.contains(.async) { prefix += "async " }
    if f.flags.contains(.generator) { prefix += "*" }
    return prefix + key + parameters(f) + " " + functionBody(child(f.d))
  }

  private mutating func function(_ id: NodeID, _ n: Node) -> String {
    let asyncText = n.flags.contains(.async) ? "async " : ""
    if n.kind == .arrowFunctionExpression {
      let body =
        n.flags.contains(.expressionBody) ? expression(child(n.d)) : functionBody(child(n.d))
      return asyncText + parameters(n) + " => " + body
    }
    let star = n.flags.contains(.generator) ? "*" : ""
    let name = child(n.a).isNone ? "" : " " + expression(child(n.a))
    return "\(asyncText)function\(star)\(name)\(parameters(n)) " + functionBody(child(n.d))
  }

  private mutating func functionBody(_ body: NodeID) -> String {
    let statements = list(ast[body].a, ast[body].b)
    if statements.isEmpty { return "{}" }
    var nestedPrinter = self
    let inner = nestedPrinter.printStatements(statements, indent: indent + 1)
    return "{\n" + inner + pad + "}"
  }

  private mutating func classText(_ id: NodeID, _ n: Node) -> String {
    var s = "class"
    if !child(n.a).isNone { s += " " + expression(child(n.a)) }
    if !child(n.b).isNone { s += " extends " + expression(child(n.b)) }
    let elements = list(ast[child(n.c)].a, ast[child(n.c)].b)
    if elements.isEmpty { return s + " {}" }
    s += " {\n"
    indent += 1
    for element in elements {
      let e = ast[element]
      let staticText = e.flags.contains(.isStatic) ? "static " : ""
      var printed: String
      switch e.kind {
      case .methodDefinition:
        let key = propertyKey(child(e.a), computed: e.flags.contains(.computed))
        let kind = PropertyKind(rawValue: e.op)!
        let prefix = kind == .getter ? "get " : kind == .setter ? "set " : ""
        printed = staticText + prefix + methodText(key, child(e.b))
      case .propertyDefinition:
        let key = propertyKey(child(e.a), computed: e.flags.contains(.computed))
        printed = staticText + key + (child(e.b).isNone ? "" : " = " + expression(child(e.b))) + ";"
      case .staticBlock:
        var nestedPrinter = self
        printed = "static {\n" + nestedPrinter.printStatements(list(e.a, e.b), indent: indent + 1) + pad + "}"
      default:
        printed = expression(element)
      }
      s += pad + printed + "\n"
    }
    indent -= 1
    return s + pad + "}"
  }
}
