import Diagnostics

/// Prints an AST as an indented tree, one node per line with its kind, `line:column` range,
/// attributes, and the role it plays in its parent. The format is stable: golden tests rely on it.
public struct ASTDumper {
  let ast: AST
  var out = ""

  public static func dump(_ ast: AST) -> String {
    var dumper = ASTDumper(ast: ast)
    dumper.write(ast.root, role: nil, indent: 0)
    return dumper.out
  }

  init(ast: AST) { self.ast = ast }

  private mutating func write(_ id: NodeID, role: String?, indent: Int) {
    let pad = String(repeating: "  ", count: indent)
    let label = role.map { "\($0): " } ?? ""
    guard !id.isNone else {
      out += "\(pad)\(label)<none>\n"
      return
    }
    let n = ast[id]
    let start = ast.file.location(of: Int(n.start))
    let end = ast.file.location(of: Int(n.end))
    out += "\(pad)\(label)\(name(n.kind)) \(start)-\(end)"
    let details = attributes(id, n)
    if !details.isEmpty { out += " " + details.joined(separator: " ") }
    out += "\n"
    for (childRole, child) in children(n) {
      switch child {
      case .single(let c):
        if !c.isNone || childRole.hasPrefix("!") {
          write(c, role: childRole.trimmingBang, indent: indent + 1)
        }
      case .list(let items):
        out += "\(pad)  \(childRole): [\(items.isEmpty ? "]" : "")\n"
        if !items.isEmpty {
          for item in items { write(item, role: nil, indent: indent + 2) }
          out += "\(pad)  ]\n"
        }
      }
    }
  }

  private func name(_ kind: NodeKind) -> String {
    let raw = String(describing: kind)
    return raw.prefix(1).uppercased() + raw.dropFirst()
  }

  private func attributes(_ id: NodeID, _ n: Node) -> [String] {
    var out: [String] = []
    switch n.kind {
    case .identifier, .privateIdentifier:
      out.append((n.kind == .privateIdentifier ? "#" : "") + ast.name(id))
    case .numericLiteral, .bigIntLiteral, .stringLiteral, .regExpLiteral, .templateElement:
      out.append(quoted(String(ast.sourceText(id))))
    case .booleanLiteral:
      out.append(n.op == 1 ? "true" : "false")
    case .variableDeclaration:
      out.append(String(describing: DeclarationKind(rawValue: n.op)!))
    case .unaryExpression, .updateExpression, .binaryExpression, .logicalExpression, .assignmentExpression:
      out.append("'\(Operator(rawValue: n.op)!.spelling)'")
    case .property, .methodDefinition:
      let kind = PropertyKind(rawValue: n.op)!
      if kind != .initializer && kind != .method { out.append(String(describing: kind)) }
    case .metaProperty:
      out.append(n.op == MetaPropertyKind.newTarget.rawValue ? "new.target" : "import.meta")
    case .program:
      out.append(ast.goal.rawValue)
    default:
      break
    }
    let names: [(NodeFlags, String)] = [
      (.parenthesized, "parenthesized"), (.computed, "computed"), (.optional, "optional"),
      (.isStatic, "static"),
      (.async, "async"), (.shorthand, "shorthand"), (.method, "method"), (.prefix, "prefix"),
      (.strict, "strict"),
      (.expressionBody, "expression-body"), (.directive, "directive"),
      (.nonSimpleParameters, "non-simple-params"),
      (.invalidCooked, "invalid-cooked"),
    ]
    for (flag, label) in names where n.flags.contains(flag) { out.append(label) }
    if n.flags.contains(.generator) { out.append("generator") }
    if n.flags.contains(.await) {
      out.append(n.kind == .yieldExpression ? "delegate" : "await")
    }
    if n.flags.contains(.tail) && n.kind == .templateElement { out.append("tail") }
    return out
  }

  private func quoted(_ s: String) -> String {
    var shown = s
    if shown.count > 60 { shown = String(shown.prefix(57)) + "..." }
    var out = "`"
    for scalar in shown.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "`": out += "\\`"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          out += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "`"
  }

  private enum Child {
    case single(NodeID)
    case list(ArraySlice<NodeID>)
  }

  private func children(_ n: Node) -> [(String, Child)] {
    func one(_ raw: UInt32) -> Child { .single(NodeID(raw)) }
    func many(_ start: UInt32, _ count: UInt32) -> Child { .list(ast.list(start: start, count: count)) }
    switch n.kind {
    case .program, .blockStatement, .staticBlock, .classBody:
      return [("body", many(n.a, n.b))]
    case .variableDeclaration:
      return [("declarations", many(n.a, n.b))]
    case .variableDeclarator:
      return [("id", one(n.a)), ("init", one(n.b))]
    case .functionDeclaration, .functionExpression, .arrowFunctionExpression:
      return [("id", one(n.a)), ("params", many(n.b, n.c)), ("body", one(n.d))]
    case .classDeclaration, .classExpression:
      return [("id", one(n.a)), ("superClass", one(n.b)), ("body", one(n.c))]
    case .methodDefinition:
      return [("key", one(n.a)), ("value", one(n.b))]
    case .propertyDefinition, .property:
      return [("key", one(n.a)), ("value", one(n.b))]
    case .expressionStatement:
      return [("expression", one(n.a))]
    case .ifStatement, .conditionalExpression:
      return [("test", one(n.a)), ("consequent", one(n.b)), ("alternate", one(n.c))]
    case .forStatement:
      return [("init", one(n.a)), ("test", one(n.b)), ("update", one(n.c)), ("body", one(n.d))]
    case .forInStatement, .forOfStatement:
      return [("left", one(n.a)), ("right", one(n.b)), ("body", one(n.d))]
    case .whileStatement, .doWhileStatement:
      return [("test", one(n.a)), ("body", one(n.d))]
    case .returnStatement, .throwStatement, .spreadElement, .restElement, .awaitExpression, .yieldExpression:
      return [("argument", one(n.a))]
    case .breakStatement, .continueStatement:
      return [("label", one(n.a))]
    case .tryStatement:
      return [("block", one(n.a)), ("handler", one(n.b)), ("finalizer", one(n.c))]
    case .catchClause:
      return [("param", one(n.a)), ("body", one(n.b))]
    case .switchStatement:
      return [("discriminant", one(n.a)), ("cases", many(n.b, n.c))]
    case .switchCase:
      return [("test", one(n.a)), ("consequent", many(n.b, n.c))]
    case .labeledStatement:
      return [("label", one(n.a)), ("body", one(n.b))]
    case .withStatement:
      return [("object", one(n.a)), ("body", one(n.b))]
    case .importDeclaration:
      return [("source", one(n.a)), ("specifiers", many(n.b, n.c))]
    case .importSpecifier:
      return [("imported", one(n.a)), ("local", one(n.b))]
    case .importDefaultSpecifier, .importNamespaceSpecifier:
      return [("local", one(n.b))]
    case .exportNamedDeclaration:
      return [("declaration", one(n.a)), ("specifiers", many(n.b, n.c)), ("source", one(n.d))]
    case .exportSpecifier:
      return [("local", one(n.a)), ("exported", one(n.b))]
    case .exportDefaultDeclaration:
      return [("declaration", one(n.a))]
    case .exportAllDeclaration:
      return [("exported", one(n.a)), ("source", one(n.d))]
    case .templateLiteral:
      return [("parts", many(n.a, n.b))]  // quasis and expressions, interleaved
    case .taggedTemplateExpression:
      return [("tag", one(n.a)), ("quasi", one(n.b))]
    case .arrayExpression, .arrayPattern:
      return [("elements", many(n.a, n.b))]
    case .objectExpression, .objectPattern:
      return [("properties", many(n.a, n.b))]
    case .sequenceExpression:
      return [("expressions", many(n.a, n.b))]
    case .unaryExpression, .updateExpression:
      return [("argument", one(n.a))]
    case .binaryExpression, .logicalExpression, .assignmentExpression, .assignmentPattern:
      return [("left", one(n.a)), ("right", one(n.b))]
    case .callExpression, .newExpression:
      return [("callee", one(n.a)), ("arguments", many(n.b, n.c))]
    case .memberExpression:
      return [("object", one(n.a)), ("property", one(n.b))]
    case .chainExpression:
      return [("expression", one(n.a))]
    case .importExpression:
      return [("source", one(n.a))]
    default:
      return []
    }
  }
}

extension String {
  fileprivate var trimmingBang: String { hasPrefix("!") ? String(dropFirst()) : self }
}
