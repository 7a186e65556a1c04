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
    for (childRole, child) in ast.childFields(of: id) {
      switch child {
      case .single(let c):
        if !c.isNone { write(c, role: childRole, indent: indent + 1) }
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
}
