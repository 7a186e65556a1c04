extension AST {
  public enum ChildField {
    case single(NodeID)
    case list(ArraySlice<NodeID>)
  }

  /// The child fields of a node, named as ESTree names them, in source order.
  public func childFields(of id: NodeID) -> [(String, ChildField)] {
    let n = self[id]
    func one(_ raw: UInt32) -> ChildField { .single(NodeID(raw)) }
    func many(_ start: UInt32, _ count: UInt32) -> ChildField { .list(list(start: start, count: count)) }
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

  /// The children of a node that are present (holes and absent optional parts left out).
  public func children(of id: NodeID) -> [NodeID] {
    var out: [NodeID] = []
    for (_, field) in childFields(of: id) {
      switch field {
      case .single(let child): if !child.isNone { out.append(child) }
      case .list(let items): out.append(contentsOf: items.lazy.filter { !$0.isNone })
      }
    }
    return out
  }
}
