/// The result of scope analysis: every scope, every binding, and for every identifier node whether
/// it is a reference and, if so, which binding it resolves to (or that it is free: a global).
///
/// cruft has no `eval` and no `with` at run time, so this static resolution is exact: later stages
/// turn each reference into a register, a closure slot, an import, an intrinsic or a capability.
public struct ScopeTree: Sendable {
  public enum ScopeKind: UInt8, Sendable {
    case program, module, function, arrow, block, catchClause, forHead, switchBlock, classBody
    /// The body of a function with non-simple parameters: its declarations are not visible to the
    /// parameters' default values, which are evaluated first (FunctionDeclarationInstantiation).
    case functionBody
    /// The scope holding a named function expression's own name.
    case functionName
    case staticBlock
    /// A class field initializer, which is evaluated like a method body.
    case fieldInitializer
  }

  public enum BindingKind: UInt8, Sendable {
    case `var`, `let`, const, `class`, function, parameter, catchParameter, `import`
    /// A named function expression's name, visible only inside it.
    case functionName
    /// A sloppy-mode function declaration in a block, also visible in the enclosing function (Annex B).
    case annexBFunction
    /// The implicit `arguments` object of a non-arrow function.
    case arguments
    /// A parameter of Node's CommonJS wrapper: exports, require, module, __filename, __dirname.
    case commonJSWrapper
  }

  public struct Scope: Sendable {
    public var kind: ScopeKind
    public var parent: Int
    public var node: NodeID
    public var bindings: [Atom: Int] = [:]
  }

  public struct Binding: Sendable {
    public var name: Atom
    public var kind: BindingKind
    /// The identifier that declares it; none for implicit bindings.
    public var declaration: NodeID
    public var scope: Int
  }

  public enum Resolution: Equatable, Sendable {
    case notAReference
    /// No binding: the name is a global (an intrinsic, an ambient capability, or unresolved).
    case free
    case binding(Int)
  }

  public internal(set) var scopes: [Scope] = []
  public internal(set) var bindings: [Binding] = []
  /// Every identifier node that is a reference, in source order.
  public internal(set) var references: [NodeID] = []
  /// Indexed by node index: -1 not a reference, -2 free, otherwise a binding index.
  var resolved: [Int32]

  init(nodeCount: Int) {
    resolved = [Int32](repeating: -1, count: nodeCount)
  }

  public func resolution(of id: NodeID) -> Resolution {
    let value = resolved[Int(id.index)]
    return value == -1 ? .notAReference : value == -2 ? .free : .binding(Int(value))
  }

  /// The scope a node opened, if any.
  public func scope(of node: NodeID) -> Int? {
    scopes.firstIndex { $0.node == node }
  }
}

/// Builds a `ScopeTree` for an AST: declarations are collected (with `var` hoisted to the nearest
/// function), then every reference is resolved outwards from the scope it appears in.
public enum ScopeAnalysis {
  public static func analyze(_ ast: AST) -> ScopeTree {
    var builder = ScopeBuilder(ast: ast)
    builder.run()
    return builder.tree
  }
}

struct ScopeBuilder {
  let ast: AST
  var tree: ScopeTree
  var current = -1
  /// References with the scope they appear in, resolved once every declaration is known.
  var pending: [(node: NodeID, scope: Int)] = []
  var strictStack: [Bool] = []

  init(ast: AST) {
    self.ast = ast
    tree = ScopeTree(nodeCount: ast.nodes.count)
  }

  private func node(_ id: NodeID) -> Node { ast[id] }

  private func list(_ start: UInt32, _ count: UInt32) -> ArraySlice<NodeID> {
    ast.list(start: start, count: count)
  }

  mutating func run() {
    let root = ast.root
    let program = node(root)
    open(ast.goal.isModule ? .module : .program, root)
    if ast.goal == .commonJS {
      for name in ["exports", "require", "module", "__filename", "__dirname"] {
        declareImplicit(name, .commonJSWrapper)
      }
    }
    if ast.goal == .commonJS { declareImplicit("arguments", .arguments) }
    strictStack.append(program.flags.contains(.strict))
    hoistDeclarations(in: list(program.a, program.b), functionScope: current)
    declareLexical(list(program.a, program.b), in: current, sloppy: !isStrict)
    for statement in list(program.a, program.b) { visit(statement) }
    resolvePending()
  }

  // MARK: Scopes and bindings

  @discardableResult
  mutating func open(_ kind: ScopeTree.ScopeKind, _ node: NodeID) -> Int {
    tree.scopes.append(ScopeTree.Scope(kind: kind, parent: current, node: node))
    current = tree.scopes.count - 1
    return current
  }

  mutating func close() {
    current = tree.scopes[current].parent
  }

  mutating func declare(_ identifier: NodeID, _ kind: ScopeTree.BindingKind, in scope: Int) {
    let atom = ast.atom(identifier)
    if tree.scopes[scope].bindings[atom] != nil {
      // A redeclaration the parser allowed (var x; var x; or a function over a var): one binding.
      return
    }
    tree.bindings.append(ScopeTree.Binding(name: atom, kind: kind, declaration: identifier, scope: scope))
    tree.scopes[scope].bindings[atom] = tree.bindings.count - 1
  }

  mutating func declareImplicit(_ name: String, _ kind: ScopeTree.BindingKind) {
    let atom = atomIfPresent(name)
    guard let atom, tree.scopes[current].bindings[atom] == nil else { return }
    tree.bindings.append(ScopeTree.Binding(name: atom, kind: kind, declaration: .none, scope: current))
    tree.scopes[current].bindings[atom] = tree.bindings.count - 1
  }

  /// Implicit bindings are only worth creating for names the file mentions at all.
  func atomIfPresent(_ name: String) -> Atom? {
    ast.atoms.lookup(Array(name.utf8))
  }

  /// The nearest enclosing function, program or static-block scope: where `var` lands.
  func varScope(from scope: Int) -> Int {
    var s = scope
    while true {
      switch tree.scopes[s].kind {
      case .function, .arrow, .functionBody, .program, .module, .staticBlock, .fieldInitializer: return s
      default: s = tree.scopes[s].parent
      }
    }
  }

  mutating func declarePattern(_ pattern: NodeID, _ kind: ScopeTree.BindingKind, in scope: Int) {
    guard !pattern.isNone else { return }
    let n = node(pattern)
    switch n.kind {
    case .identifier:
      declare(pattern, kind, in: scope)
    case .arrayPattern:
      for element in list(n.a, n.b) { declarePattern(element, kind, in: scope) }
    case .objectPattern:
      for property in list(n.a, n.b) {
        let p = node(property)
        declarePattern(NodeID(p.kind == .restElement ? p.a : p.b), kind, in: scope)
      }
    case .assignmentPattern, .restElement:
      declarePattern(NodeID(n.a), kind, in: scope)
    default:
      break
    }
  }

  /// Declares the statements' `var`s (in nested blocks too) and function declarations up front,
  /// so that references before a declaration resolve to it.
  mutating func hoistDeclarations(in statements: ArraySlice<NodeID>, functionScope: Int) {
    for statement in statements { hoistVars(statement, into: functionScope) }
  }

  /// Finds `var` declarations anywhere below a statement, not entering nested functions.
  mutating func hoistVars(_ id: NodeID, into scope: Int) {
    guard !id.isNone else { return }
    let n = node(id)
    switch n.kind {
    case .variableDeclaration:
      if n.op == DeclarationKind.var.rawValue {
        for declarator in list(n.a, n.b) { declarePattern(NodeID(node(declarator).a), .var, in: scope) }
      }
    case .functionDeclaration, .functionExpression, .arrowFunctionExpression, .classDeclaration,
      .classExpression:
      return
    case .ifStatement:
      // Annex B: `if (x) function f() {}` in sloppy code declares f in the enclosing function.
      for clause in [NodeID(n.b), NodeID(n.c)] where !clause.isNone {
        if node(clause).kind == .functionDeclaration {
          declare(NodeID(node(clause).a), .annexBFunction, in: scope)
        } else {
          hoistVars(clause, into: scope)
        }
      }
    case .forStatement:
      hoistVars(NodeID(n.a), into: scope)
      hoistVars(NodeID(n.d), into: scope)
    case .forInStatement, .forOfStatement:
      hoistVars(NodeID(n.a), into: scope)
      hoistVars(NodeID(n.d), into: scope)
    case .whileStatement, .doWhileStatement:
      hoistVars(NodeID(n.d), into: scope)
    case .blockStatement, .staticBlock:
      if n.kind == .staticBlock { return }
      for statement in list(n.a, n.b) { hoistVars(statement, into: scope) }
    case .tryStatement:
      hoistVars(NodeID(n.a), into: scope)
      if !NodeID(n.b).isNone { hoistVars(NodeID(node(NodeID(n.b)).b), into: scope) }
      hoistVars(NodeID(n.c), into: scope)
    case .switchStatement:
      for switchCase in list(n.b, n.c) {
        let c = node(switchCase)
        for statement in list(c.b, c.c) { hoistVars(statement, into: scope) }
      }
    case .labeledStatement, .withStatement:
      let body = NodeID(n.b)
      if node(body).kind == .functionDeclaration {
        declare(NodeID(node(body).a), .annexBFunction, in: scope)
      } else {
        hoistVars(body, into: scope)
      }
    case .exportNamedDeclaration:
      hoistVars(NodeID(n.a), into: scope)
    default:
      return
    }
  }

  /// Lexical declarations directly in a statement list belong to the list's scope.
  mutating func declareLexical(_ statements: ArraySlice<NodeID>, in scope: Int, sloppy: Bool) {
    for statement in statements {
      var s = statement
      let k = node(s).kind
      if k == .exportNamedDeclaration || k == .exportDefaultDeclaration {
        s = NodeID(node(s).a)
        if s.isNone { continue }
      }
      let n = node(s)
      switch n.kind {
      case .variableDeclaration where n.op != DeclarationKind.var.rawValue:
        let kind: ScopeTree.BindingKind = n.op == DeclarationKind.let.rawValue ? .let : .const
        for declarator in list(n.a, n.b) { declarePattern(NodeID(node(declarator).a), kind, in: scope) }
      case .classDeclaration where !NodeID(n.a).isNone:
        declare(NodeID(n.a), .class, in: scope)
      case .functionDeclaration where !NodeID(n.a).isNone:
        let scopeKind = tree.scopes[scope].kind
        let isFunctionLevel =
          scopeKind == .function || scopeKind == .arrow || scopeKind == .functionBody
          || scopeKind == .program || scopeKind == .module || scopeKind == .staticBlock
        declare(NodeID(n.a), .function, in: scope)
        if !isFunctionLevel && sloppy && n.flags.isDisjoint(with: [.async, .generator]) {
          declare(NodeID(n.a), .annexBFunction, in: varScope(from: scope))
        }
      default:
        break
      }
    }
  }

  // MARK: References

  mutating func reference(_ identifier: NodeID) {
    tree.references.append(identifier)
    pending.append((identifier, current))
  }

  mutating func resolvePending() {
    for (identifier, scope) in pending {
      let atom = ast.atom(identifier)
      var s = scope
      var found: Int32 = -2
      while s >= 0 {
        if let binding = tree.scopes[s].bindings[atom] {
          found = Int32(binding)
          break
        }
        s = tree.scopes[s].parent
      }
      tree.resolved[Int(identifier.index)] = found
    }
  }

  // MARK: Traversal

  mutating func visit(_ id: NodeID) {
    guard !id.isNone else { return }
    let n = node(id)
    switch n.kind {
    case .identifier:
      reference(id)
    case .privateIdentifier, .nullLiteral, .booleanLiteral, .numericLiteral, .bigIntLiteral, .stringLiteral,
      .regExpLiteral, .templateElement, .thisExpression, .superExpression, .metaProperty, .emptyStatement,
      .debuggerStatement:
      break
    case .blockStatement:
      open(.block, id)
      let statements = list(n.a, n.b)
      declareLexical(statements, in: current, sloppy: !isStrict)
      for statement in statements { visit(statement) }
      close()
    case .variableDeclaration:
      for declarator in list(n.a, n.b) {
        let d = node(declarator)
        visitPatternDefaults(NodeID(d.a))
        visit(NodeID(d.b))
      }
    case .functionDeclaration, .functionExpression, .arrowFunctionExpression:
      visitFunction(id, n)
    case .classDeclaration, .classExpression:
      visitClass(id, n)
    case .forStatement, .forInStatement, .forOfStatement:
      open(.forHead, id)
      let head = NodeID(n.a)
      if !head.isNone && node(head).kind == .variableDeclaration {
        declareLexical([head], in: current, sloppy: !isStrict)
        visit(head)
      } else if n.kind == .forStatement {
        visit(head)
      } else {
        visitAssignmentTarget(head)
      }
      visit(NodeID(n.b))
      visit(NodeID(n.c))
      visit(NodeID(n.d))
      close()
    case .catchClause:
      open(.catchClause, id)
      declarePattern(NodeID(n.a), .catchParameter, in: current)
      visitPatternDefaults(NodeID(n.a))
      let body = node(NodeID(n.b))
      let statements = list(body.a, body.b)
      declareLexical(statements, in: current, sloppy: !isStrict)
      for statement in statements { visit(statement) }
      close()
    case .switchStatement:
      visit(NodeID(n.a))
      open(.switchBlock, id)
      let cases = list(n.b, n.c)
      for switchCase in cases {
        let c = node(switchCase)
        declareLexical(list(c.b, c.c), in: current, sloppy: !isStrict)
      }
      for switchCase in cases {
        let c = node(switchCase)
        visit(NodeID(c.a))
        for statement in list(c.b, c.c) { visit(statement) }
      }
      close()
    case .labeledStatement:
      visit(NodeID(n.b))
    case .breakStatement, .continueStatement:
      break
    case .memberExpression:
      visit(NodeID(n.a))
      if n.flags.contains(.computed) { visit(NodeID(n.b)) }
    case .property, .methodDefinition, .propertyDefinition:
      if n.flags.contains(.computed) { visit(NodeID(n.a)) }
      if n.kind == .propertyDefinition {
        guard !NodeID(n.b).isNone else { return }
        open(.fieldInitializer, id)
        visit(NodeID(n.b))
        close()
      } else {
        visit(NodeID(n.b))
      }
    case .assignmentExpression:
      visitAssignmentTarget(NodeID(n.a))
      visit(NodeID(n.b))
    case .importDeclaration:
      for specifier in list(n.b, n.c) { declare(NodeID(node(specifier).b), .import, in: current) }
    case .exportNamedDeclaration:
      if !NodeID(n.a).isNone {
        visit(NodeID(n.a))
      } else if NodeID(n.d).isNone {
        // `export { local as exported }`: the local names are references; with `from`, nothing is.
        for specifier in list(n.b, n.c) where node(NodeID(node(specifier).a)).kind == .identifier {
          reference(NodeID(node(specifier).a))
        }
      }
    case .exportAllDeclaration:
      break
    case .exportDefaultDeclaration:
      visit(NodeID(n.a))
    case .staticBlock:
      open(.staticBlock, id)
      let statements = list(n.a, n.b)
      hoistDeclarations(in: statements, functionScope: current)
      declareLexical(statements, in: current, sloppy: false)
      for statement in statements { visit(statement) }
      close()
    default:
      for child in ast.children(of: id) { visit(child) }
    }
  }

  var isStrict: Bool { strictStack.last ?? false }

  /// In a pattern that declares names, only default values and computed keys hold references.
  mutating func visitPatternDefaults(_ pattern: NodeID) {
    guard !pattern.isNone else { return }
    let n = node(pattern)
    switch n.kind {
    case .arrayPattern:
      for element in list(n.a, n.b) { visitPatternDefaults(element) }
    case .objectPattern:
      for property in list(n.a, n.b) {
        let p = node(property)
        if p.kind == .restElement {
          visitPatternDefaults(NodeID(p.a))
        } else {
          if p.flags.contains(.computed) { visit(NodeID(p.a)) }
          visitPatternDefaults(NodeID(p.b))
        }
      }
    case .assignmentPattern:
      visitPatternDefaults(NodeID(n.a))
      visit(NodeID(n.b))
    case .restElement:
      visitPatternDefaults(NodeID(n.a))
    default:
      break
    }
  }

  /// An assignment target: identifiers in it are references (writes), as are defaults and keys.
  mutating func visitAssignmentTarget(_ target: NodeID) {
    guard !target.isNone else { return }
    let n = node(target)
    switch n.kind {
    case .arrayPattern:
      for element in list(n.a, n.b) { visitAssignmentTarget(element) }
    case .objectPattern:
      for property in list(n.a, n.b) {
        let p = node(property)
        if p.kind == .restElement {
          visitAssignmentTarget(NodeID(p.a))
        } else {
          if p.flags.contains(.computed) { visit(NodeID(p.a)) }
          visitAssignmentTarget(NodeID(p.b))
        }
      }
    case .assignmentPattern:
      visitAssignmentTarget(NodeID(n.a))
      visit(NodeID(n.b))
    case .restElement:
      visitAssignmentTarget(NodeID(n.a))
    default:
      visit(target)
    }
  }

  mutating func visitFunction(_ id: NodeID, _ n: Node) {
    let name = NodeID(n.a)
    let isArrow = n.kind == .arrowFunctionExpression
    var openedNameScope = false
    if n.kind == .functionExpression && !name.isNone {
      open(.functionName, id)
      declare(name, .functionName, in: current)
      openedNameScope = true
    }
    open(isArrow ? .arrow : .function, id)
    strictStack.append(n.flags.contains(.strict))
    let parameters = list(n.b, n.c)
    for parameter in parameters { declarePattern(parameter, .parameter, in: current) }
    if !isArrow { declareImplicit("arguments", .arguments) }
    let body = NodeID(n.d)
    if n.flags.contains(.expressionBody) {
      for parameter in parameters { visitPatternDefaults(parameter) }
      visit(body)
    } else {
      let statements = list(node(body).a, node(body).b)
      let separateBody = n.flags.contains(.nonSimpleParameters)
      if separateBody {
        for parameter in parameters { visitPatternDefaults(parameter) }
        open(.functionBody, body)
      }
      hoistDeclarations(in: statements, functionScope: current)
      declareLexical(statements, in: current, sloppy: !isStrict)
      if !separateBody {
        for parameter in parameters { visitPatternDefaults(parameter) }
      }
      for statement in statements { visit(statement) }
      if separateBody { close() }
    }
    strictStack.removeLast()
    close()
    if openedNameScope { close() }
  }

  mutating func visitClass(_ id: NodeID, _ n: Node) {
    // The heritage is evaluated outside the class scope but sees the class name (in its TDZ).
    open(.classBody, id)
    if !NodeID(n.a).isNone { declare(NodeID(n.a), .class, in: current) }
    strictStack.append(true)
    visit(NodeID(n.b))
    let body = node(NodeID(n.c))
    for element in list(body.a, body.b) { visit(element) }
    strictStack.removeLast()
    close()
  }
}

/// Prints scopes, their bindings, and every reference with what it resolves to, for golden tests.
public enum ScopeDumper {
  public static func dump(_ tree: ScopeTree, ast: AST) -> String {
    var out = ""
    for (index, scope) in tree.scopes.enumerated() {
      let location = ast.file.location(of: Int(ast[scope.node].start))
      let parent = scope.parent < 0 ? "" : " in #\(scope.parent)"
      let names = scope.bindings.sorted { $0.value < $1.value }.map { entry in
        let binding = tree.bindings[entry.value]
        return "\(ast.atoms.name(entry.key)):\(binding.kind)"
      }
      out += "scope #\(index) \(scope.kind) at \(location)\(parent): \(names.joined(separator: " "))\n"
    }
    for reference in tree.references {
      let location = ast.file.location(of: Int(ast[reference].start))
      let name = ast.name(reference)
      switch tree.resolution(of: reference) {
      case .free:
        out += "\(location) \(name) -> free\n"
      case .binding(let index):
        let binding = tree.bindings[index]
        let declared =
          binding.declaration.isNone
          ? "implicit" : "\(ast.file.location(of: Int(ast[binding.declaration].start)))"
        out += "\(location) \(name) -> \(binding.kind) #\(binding.scope) (\(declared))\n"
      case .notAReference:
        break
      }
    }
    return out
  }
}
