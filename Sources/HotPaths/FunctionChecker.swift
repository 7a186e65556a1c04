import Frontend

/// Why a function is not selected: one line, naming the construct and where it is.
struct Rejection: Error {
  var reason: String
}

/// Checks one candidate's body under assumptions about the other candidates (which are selected,
/// and what they return) and produces its typed form, or the first reason it is not numeric.
struct FunctionChecker {
  enum Binding {
    /// Declared by `let`/`const` later in this block: reading it now throws (the TDZ).
    case uninitialized
    case local(Int)
  }

  struct Target {
    var id: Int
    var labels: [Atom]
    var isLoop: Bool
    /// An unlabelled `break` may leave it (loops and switches).
    var takesPlainBreak: Bool
  }

  let ast: AST
  let facts: ModuleFacts
  let index: Int
  let selected: Set<Int>
  let returnTypes: [Int: ValueType]

  var slots: [ValueType] = []
  var constSlots: Set<Int> = []
  var slotNames: [String] = []
  var scopes: [[Atom: Binding]] = []
  /// Every name some declaration of this function binds, for a clearer message on a use out of scope.
  var declaredNames: Set<Atom> = []
  /// Names declared with `var` (and the parameters): a second declaration is refused.
  var varNames: Set<Atom> = []
  var targets: [Target] = []
  var nextTarget = 0
  var broken: Set<Int> = []
  var continued: Set<Int> = []
  var returnType: ValueType?
  var firstReturn: NodeID = .none
  var callees: Set<Int> = []
  /// Locals declared without a value (`var ch;`) that some path may reach unassigned: reading one is
  /// refused (it would be undefined). Assignments count only as statements of their own, and a
  /// branch, loop or switch never assigns more than what holds on every way through it.
  var unassigned: Set<Int> = []
  /// Locals declared without a value that no assignment has typed yet: the first one does.
  var untyped: Set<Int> = []
  var depth = 0
  var pendingLabels: [Atom] = []

  static let maximumDepth = 400

  init(ast: AST, facts: ModuleFacts, index: Int, selected: Set<Int>, returnTypes: [Int: ValueType]) {
    self.ast = ast
    self.facts = facts
    self.index = index
    self.selected = selected
    self.returnTypes = returnTypes
  }

  var name: String { facts.candidates[index].name }

  func at(_ id: NodeID) -> String { facts.location(ast, id) }

  func reject(_ text: String) -> Rejection { Rejection(reason: text) }

  mutating func check() throws(Rejection) -> FunctionPlan {
    let n = ast[facts.candidates[index].node]
    scopes.append([:])
    let parameterTypes = facts.candidates[index].parameterTypes
    for (position, parameter) in ast.list(start: n.b, count: n.c).enumerated() {
      let atom = ast.atom(parameter)
      let type = position < parameterTypes.count ? parameterTypes[position] : .number
      let slot = newSlot(type, name: ast.name(parameter))
      scopes[0][atom] = .local(slot)
      varNames.insert(atom)
      declaredNames.insert(atom)
    }
    let arity = slots.count
    let body = NodeID(n.d)
    guard !body.isNone, ast.kind(body) == .blockStatement else {
      throw reject("has no block body")
    }
    collectDeclaredNames(body)
    let bodyNode = ast[body]
    var statements: [TypedStatement] = []
    let completes = try statementList(ast.list(start: bodyNode.a, count: bodyNode.b), into: &statements)
    if completes {
      throw reject("does not return a value on every path (the end of the function is reachable)")
    }
    guard let returnType else { throw reject("never returns") }
    return FunctionPlan(
      candidate: index, arity: arity, slots: slots, body: statements, returnType: returnType, callees: callees
    )
  }

  /// An assignment statement (`x = e;`, or a sequence of them) assigns its locals on every path
  /// through it.
  mutating func markAssigned(_ id: NodeID) throws(Rejection) {
    let n = ast[id]
    switch n.kind {
    case .assignmentExpression where Operator(rawValue: n.op) == .assign:
      let target = NodeID(n.a)
      if ast.kind(target) == .identifier, case .local(let slot) = try lookup(target) {
        unassigned.remove(slot)
      }
    case .sequenceExpression:
      for item in ast.list(start: n.a, count: n.b) { try markAssigned(item) }
    default: break
    }
  }

  /// Refuses reading a local that may not be assigned yet.
  func requireAssigned(_ slot: Int, _ id: NodeID) throws(Rejection) {
    if unassigned.contains(slot) {
      throw reject(
        "reads '\(slotNames[slot])' at \(at(id)) before it is assigned on every path (it would be undefined)")
    }
  }

  mutating func newSlot(_ type: ValueType, name: String) -> Int {
    slots.append(type)
    slotNames.append(name)
    return slots.count - 1
  }

  /// Names bound by declarations anywhere in the body (nested functions are refused anyway).
  mutating func collectDeclaredNames(_ root: NodeID) {
    var stack = [root]
    while let id = stack.popLast() {
      if id.isNone { continue }
      if ast.kind(id) == .variableDeclarator {
        let target = NodeID(ast[id].a)
        if ast.kind(target) == .identifier { declaredNames.insert(ast.atom(target)) }
      }
      switch ast.kind(id) {
      case .functionExpression, .arrowFunctionExpression, .functionDeclaration, .classDeclaration,
        .classExpression:
        continue
      default: stack.append(contentsOf: ast.children(of: id))
      }
    }
  }

  // MARK: - Statements

  /// Checks a statement list in a new block scope; returns whether its end is reachable.
  mutating func statementList(_ list: ArraySlice<NodeID>, into out: inout [TypedStatement]) throws(Rejection)
    -> Bool
  {
    scopes.append([:])
    defer { scopes.removeLast() }
    return try statementsInCurrentScope(list, into: &out)
  }

  mutating func statementsInCurrentScope(_ list: ArraySlice<NodeID>, into out: inout [TypedStatement])
    throws(Rejection) -> Bool
  {
    for statement in list where ast.kind(statement) == .variableDeclaration {
      let n = ast[statement]
      guard DeclarationKind(rawValue: n.op) != .var else { continue }
      for declarator in ast.list(start: n.a, count: n.b) {
        let target = NodeID(ast[declarator].a)
        if ast.kind(target) == .identifier { scopes[scopes.count - 1][ast.atom(target)] = .uninitialized }
      }
    }
    var reachable = true
    for statement in list {
      let completes = try self.statement(statement, into: &out)
      if !completes { reachable = false }
    }
    return reachable
  }

  /// Checks one statement, appending its typed form; returns whether its end is reachable.
  mutating func statement(_ id: NodeID, into out: inout [TypedStatement]) throws(Rejection) -> Bool {
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maximumDepth { throw reject("is nested too deeply at \(at(id))") }
    let n = ast[id]
    let labels = pendingLabels
    pendingLabels = []
    switch n.kind {
    case .emptyStatement:
      return true
    case .expressionStatement:
      if n.flags.contains(.directive) { return true }
      out.append(.expression(try expression(NodeID(n.a))))
      try markAssigned(NodeID(n.a))
      return true
    case .variableDeclaration:
      try declaration(id, into: &out)
      return true
    case .blockStatement:
      var body: [TypedStatement] = []
      let completes = try statementList(ast.list(start: n.a, count: n.b), into: &body)
      out.append(.block(body))
      return completes
    case .ifStatement:
      let test = try expression(NodeID(n.a))
      let before = unassigned
      var consequent: [TypedStatement] = []
      let thenCompletes = try scopedStatement(NodeID(n.b), into: &consequent)
      // A branch whose end is unreachable leaves nothing unassigned after the if.
      let afterThen = thenCompletes ? unassigned : []
      unassigned = before
      var alternate: [TypedStatement]? = nil
      var elseCompletes = true
      if !NodeID(n.c).isNone {
        var body: [TypedStatement] = []
        elseCompletes = try scopedStatement(NodeID(n.c), into: &body)
        alternate = body
      }
      unassigned = afterThen.union(elseCompletes ? unassigned : [])
      out.append(.ifElse(test, .block(consequent), alternate.map { .block($0) }))
      return thenCompletes || elseCompletes
    case .whileStatement, .doWhileStatement, .forStatement:
      let before = unassigned
      defer { unassigned = before }
      return try loop(id, labels: labels, into: &out)
    case .labeledStatement:
      let label = ast.atom(NodeID(n.a))
      let body = NodeID(n.b)
      switch ast.kind(body) {
      case .whileStatement, .doWhileStatement, .forStatement, .labeledStatement:
        pendingLabels = labels + [label]
        return try statement(body, into: &out)
      default:
        let before = unassigned
        defer { unassigned = before }
        let target = newTarget(labels: labels + [label], isLoop: false, plainBreak: false)
        var inner: [TypedStatement] = []
        let completes = try scopedStatement(body, into: &inner)
        targets.removeLast()
        out.append(.labeled(target: target, .block(inner)))
        return completes || broken.contains(target)
      }
    case .breakStatement, .continueStatement:
      let isBreak = n.kind == .breakStatement
      let label = NodeID(n.a)
      let found: Target?
      if label.isNone {
        found = targets.last { isBreak ? $0.takesPlainBreak : $0.isLoop }
      } else {
        let atom = ast.atom(label)
        found = targets.last { $0.labels.contains(atom) }
      }
      guard let target = found, isBreak || target.isLoop else {
        throw reject("has a \(isBreak ? "break" : "continue") at \(at(id)) with no target")
      }
      if isBreak {
        broken.insert(target.id)
        out.append(.breakTo(target.id))
      } else {
        continued.insert(target.id)
        out.append(.continueTo(target.id))
      }
      return false
    case .returnStatement:
      let argument = NodeID(n.a)
      if argument.isNone { throw reject("returns without a value at \(at(id))") }
      let value = try expression(argument)
      if value.type == .element { throw elementSink("returns an element read", argument) }
      if let returnType, returnType != value.type {
        throw reject(
          "returns \(value.type.article) at \(at(argument)) and \(returnType.article) at \(at(firstReturn))")
      }
      if returnType == nil {
        returnType = value.type
        firstReturn = argument
      }
      out.append(.returnValue(value))
      return false
    case .switchStatement:
      let before = unassigned
      defer { unassigned = before }
      return try switchStatement(id, labels: labels, into: &out)
    default:
      throw reject("\(Self.describe(n.kind)) at \(at(id))")
    }
  }

  /// A statement that is the body of an if, loop or label: a declaration there gets its own scope.
  mutating func scopedStatement(_ id: NodeID, into out: inout [TypedStatement]) throws(Rejection) -> Bool {
    if ast.kind(id) == .variableDeclaration {
      throw reject("declares a variable outside a block at \(at(id))")
    }
    scopes.append([:])
    defer { scopes.removeLast() }
    return try statement(id, into: &out)
  }

  mutating func newTarget(labels: [Atom], isLoop: Bool, plainBreak: Bool) -> Int {
    let id = nextTarget
    nextTarget += 1
    targets.append(Target(id: id, labels: labels, isLoop: isLoop, takesPlainBreak: plainBreak))
    return id
  }

  mutating func declaration(_ id: NodeID, into out: inout [TypedStatement]) throws(Rejection) {
    let n = ast[id]
    guard let kind = DeclarationKind(rawValue: n.op) else {
      throw reject("\(Self.describe(n.kind)) at \(at(id))")
    }
    for declarator in ast.list(start: n.a, count: n.b) {
      let d = ast[declarator]
      let target = NodeID(d.a)
      guard ast.kind(target) == .identifier else { throw reject("destructures at \(at(declarator))") }
      let atom = ast.atom(target)
      let initializer = NodeID(d.b)
      if kind == .var {
        if varNames.contains(atom) {
          throw reject("declares '\(ast.name(target))' again at \(at(declarator))")
        }
        varNames.insert(atom)
      }
      if initializer.isNone {
        guard kind != .const else { throw reject("declares a constant without a value at \(at(declarator))") }
        // Typed by its first assignment; unreadable until assigned on every path.
        let slot = newSlot(.number, name: ast.name(target))
        untyped.insert(slot)
        unassigned.insert(slot)
        scopes[scopes.count - 1][atom] = .local(slot)
        continue
      }
      let value = try expression(initializer)
      if value.type == .element {
        throw elementSink("initialises '\(ast.name(target))' with an element read", initializer)
      }
      let slot = newSlot(value.type, name: ast.name(target))
      if kind == .const { constSlots.insert(slot) }
      scopes[scopes.count - 1][atom] = .local(slot)
      out.append(.expression(.assign(slot, value, value.type)))
    }
  }

  mutating func loop(_ id: NodeID, labels: [Atom], into out: inout [TypedStatement]) throws(Rejection) -> Bool
  {
    let n = ast[id]
    var initial: [TypedStatement] = []
    var test: TypedExpression? = nil
    var update: TypedExpression? = nil
    let kind: LoopKind
    // A `let` in a for head is scoped to the loop; a `var` there is initialised whenever the loop
    // is reached, so it stays visible in the enclosing block after it.
    var ownsScope = false
    defer { if ownsScope { scopes.removeLast() } }
    switch n.kind {
    case .whileStatement:
      kind = .whileLoop
      test = try expression(NodeID(n.a))
    case .doWhileStatement:
      kind = .doWhileLoop
    default:
      kind = .forLoop
      let initNode = NodeID(n.a)
      if !initNode.isNone {
        if ast.kind(initNode) == .variableDeclaration {
          if DeclarationKind(rawValue: ast[initNode].op) != .var {
            scopes.append([:])
            ownsScope = true
            for declarator in ast.list(start: ast[initNode].a, count: ast[initNode].b) {
              let target = NodeID(ast[declarator].a)
              if ast.kind(target) == .identifier {
                scopes[scopes.count - 1][ast.atom(target)] = .uninitialized
              }
            }
          }
          try declaration(initNode, into: &initial)
        } else {
          initial.append(.expression(try expression(initNode)))
        }
      }
      if !NodeID(n.b).isNone { test = try expression(NodeID(n.b)) }
    }
    let target = newTarget(labels: labels, isLoop: true, plainBreak: true)
    var body: [TypedStatement] = []
    let bodyCompletes = try scopedStatement(NodeID(n.d), into: &body)
    targets.removeLast()
    if kind == .doWhileLoop { test = try expression(NodeID(n.a)) }
    if kind == .forLoop && !NodeID(n.c).isNone { update = try expression(NodeID(n.c)) }
    out.append(
      .loop(
        TypedLoop(
          target: target, kind: kind, initial: initial, test: test, update: update, body: .block(body))))
    let testNode = kind == .forLoop ? NodeID(n.b) : NodeID(n.a)
    let endless = testNode.isNone || isConstantTrue(testNode)
    if broken.contains(target) { return true }
    if endless { return false }
    if kind == .doWhileLoop { return bodyCompletes || continued.contains(target) }
    return true
  }

  func isConstantTrue(_ id: NodeID) -> Bool {
    switch ast.kind(id) {
    case .booleanLiteral: return ast[id].op == 1
    case .numericLiteral:
      let value = ast.numberValue(id)
      return value != 0 && !value.isNaN
    default: return false
    }
  }

  mutating func switchStatement(_ id: NodeID, labels: [Atom], into out: inout [TypedStatement])
    throws(Rejection) -> Bool
  {
    let n = ast[id]
    let discriminant = try expression(NodeID(n.a))
    if discriminant.type == .boolean {
      throw reject("switches on a boolean at \(at(NodeID(n.a)))")
    }
    let target = newTarget(labels: labels, isLoop: false, plainBreak: true)
    defer { targets.removeLast() }
    scopes.append([:])
    defer { scopes.removeLast() }
    var clauses: [TypedSwitchClause] = []
    var hasDefault = false
    var lastCompletes = true
    let before = unassigned
    for clause in ast.list(start: n.b, count: n.c) {
      // A case is entered by a jump as well as by falling through.
      unassigned.formUnion(before)
      let c = ast[clause]
      let testNode = NodeID(c.a)
      var test: Double? = nil
      if testNode.isNone {
        hasDefault = true
      } else {
        guard let value = caseValue(testNode) else {
          throw reject("has a switch case that is not a number literal at \(at(testNode))")
        }
        // A repeated case can never match: its body is still reachable by falling through.
        test = value
      }
      let consequent = ast.list(start: c.b, count: c.c)
      if let declaration = consequent.first(where: { ast.kind($0) == .variableDeclaration }) {
        throw reject("declares a variable directly in a switch case at \(at(declaration))")
      }
      var body: [TypedStatement] = []
      lastCompletes = try statementsInCurrentScope(consequent, into: &body)
      clauses.append(TypedSwitchClause(test: test, body: body))
    }
    out.append(.switchOn(target: target, discriminant, clauses))
    return !hasDefault || lastCompletes || broken.contains(target)
  }

  func caseValue(_ id: NodeID) -> Double? {
    let n = ast[id]
    switch n.kind {
    case .numericLiteral: return ast.numberValue(id)
    case .unaryExpression:
      guard Operator(rawValue: n.op) == .negate || Operator(rawValue: n.op) == .plus,
        ast.kind(NodeID(n.a)) == .numericLiteral
      else { return nil }
      let value = ast.numberValue(NodeID(n.a))
      return Operator(rawValue: n.op) == .negate ? -value : value
    default: return nil
    }
  }

  // MARK: - Names

  enum Resolved {
    case local(Int)
    case outside
  }

  func lookup(_ id: NodeID) throws(Rejection) -> Resolved {
    let atom = ast.atom(id)
    for scope in scopes.reversed() {
      switch scope[atom] {
      case .uninitialized?: throw reject("uses '\(ast.name(id))' before its declaration at \(at(id))")
      case .local(let slot)?: return .local(slot)
      case nil: continue
      }
    }
    if declaredNames.contains(atom) {
      throw reject("uses '\(ast.name(id))' at \(at(id)) outside the block that declares it")
    }
    return .outside
  }

  /// A global the function may read only if no declaration or assignment anywhere binds it.
  func requireUnbound(_ id: NodeID) throws(Rejection) {
    if let other = facts.firstWrite(ast.atom(id)) {
      let what = facts.declarations.contains(other) ? "declared" : "assigned"
      throw reject("uses '\(ast.name(id))' at \(at(id)), but '\(ast.name(id))' is \(what) at \(at(other))")
    }
  }

  static func describe(_ kind: NodeKind) -> String {
    switch kind {
    case .thisExpression: return "reads 'this'"
    case .superExpression: return "uses 'super'"
    case .stringLiteral: return "uses a string"
    case .templateLiteral, .templateElement: return "uses a template literal"
    case .taggedTemplateExpression: return "uses a tagged template"
    case .nullLiteral: return "uses null"
    case .bigIntLiteral: return "uses a BigInt"
    case .regExpLiteral: return "uses a regular expression"
    case .functionExpression, .arrowFunctionExpression: return "creates a closure"
    case .functionDeclaration: return "declares a nested function"
    case .classDeclaration, .classExpression: return "defines a class"
    case .objectExpression, .objectPattern: return "creates an object"
    case .arrayExpression, .arrayPattern: return "creates an array"
    case .newExpression: return "uses 'new'"
    case .memberExpression: return "reads a property"
    case .chainExpression: return "uses optional chaining"
    case .spreadElement: return "spreads arguments"
    case .yieldExpression: return "yields"
    case .awaitExpression: return "awaits"
    case .metaProperty: return "uses a meta property"
    case .importExpression: return "imports a module"
    case .tryStatement: return "uses try"
    case .throwStatement: return "throws"
    case .forInStatement: return "uses for-in"
    case .forOfStatement: return "uses for-of"
    case .withStatement: return "uses with"
    case .debuggerStatement: return "uses debugger"
    case .variableDeclaration: return "uses a 'using' declaration"
    default: return "uses an unsupported construct (\(kind))"
    }
  }
}
