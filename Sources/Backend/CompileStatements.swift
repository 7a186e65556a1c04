import Bytecode
import Frontend

extension FunctionCompiler {
  func statements(_ list: ArraySlice<NodeID>) {
    for statement in list { self.statement(statement) }
  }

  /// Creates the closures of the function declarations directly in a statement list, as scope
  /// entry does (hoisting).
  func hoistFunctions(_ list: ArraySlice<NodeID>) {
    for statement in list {
      var declaration = statement
      let kind = ast.kind(statement)
      if kind == .exportNamedDeclaration || kind == .exportDefaultDeclaration {
        declaration = NodeID(ast[statement].a)
      }
      guard !declaration.isNone, ast.kind(declaration) == .functionDeclaration else { continue }
      let m = mark
      let id = NodeID(ast[declaration].a)
      if id.isNone {
        // `export default function () {}`: no binding, only the export.
        let closure = compileFunction(declaration, nameHint: Array("default".utf16), into: nil)
        emit(.setExport, module.string("default"), closure)
      } else if let binding = declaredBinding(id) {
        let closure = compileFunction(declaration, nameHint: nil, into: nil)
        storeBinding(binding, closure)
      }
      release(to: m)
    }
  }

  func statement(_ id: NodeID) {
    guard !id.isNone else { return }
    let n = ast[id]
    let m = mark
    defer { release(to: m) }
    switch n.kind {
    case .expressionStatement:
      record(id)
      effect(NodeID(n.a))
    case .variableDeclaration:
      record(id)
      variableDeclaration(id)
    case .functionDeclaration:
      annexBCopy(id)
    case .classDeclaration:
      record(id)
      let value = compileClass(id, nameHint: nil, into: nil)
      if let binding = declaredBinding(NodeID(n.a)) { storeBinding(binding, value) }
    case .blockStatement:
      block(id)
    case .emptyStatement:
      break
    case .debuggerStatement:
      emit(.nop)
    case .ifStatement:
      record(id)
      ifStatement(n)
    case .forStatement:
      record(id)
      forStatement(id, labels: [])
    case .forInStatement:
      record(id)
      forInStatement(id, labels: [])
    case .forOfStatement:
      record(id)
      forOfStatement(id, labels: [])
    case .whileStatement:
      record(id)
      whileStatement(id, labels: [])
    case .doWhileStatement:
      record(id)
      doWhileStatement(id, labels: [])
    case .returnStatement:
      record(id)
      let value = NodeID(n.a).isNone ? undefinedRegister() : expression(NodeID(n.a), into: nil)
      compileReturn(value)
    case .throwStatement:
      record(id)
      emit(.throw, expression(NodeID(n.a), into: nil))
    case .breakStatement, .continueStatement:
      record(id)
      let label = NodeID(n.a).isNone ? nil : ast.name(NodeID(n.a))
      let isContinue = n.kind == .continueStatement
      if let index = target(ofBreak: label, isContinue: isContinue) {
        emitExit(isContinue ? .continueTo(index) : .breakTo(index), value: nil, from: control.count - 1)
      }
    case .tryStatement:
      record(id)
      tryStatement(n)
    case .switchStatement:
      record(id)
      switchStatement(id, labels: [])
    case .labeledStatement:
      labeledStatement(id, labels: [])
    case .importDeclaration, .exportAllDeclaration:
      break  // linked at the top of the module body
    case .exportNamedDeclaration:
      if !NodeID(n.a).isNone { statement(NodeID(n.a)) }
    case .exportDefaultDeclaration:
      record(id)
      exportDefault(NodeID(n.a))
    case .withStatement:
      module.report(
        .unsupportedConstruct, "'with' cannot be compiled", at: id,
        help: "use a local variable for the object")
    default:
      record(id)
      effect(id)
    }
  }

  /// A sloppy-mode function declaration in a block also assigns the function-level binding when
  /// the declaration is evaluated (Annex B.3.3).
  func annexBCopy(_ id: NodeID) {
    let name = NodeID(ast[id].a)
    guard !name.isNone, let blockBinding = declaredBinding(name) else { return }
    let atom = ast.atom(name)
    var scope = module.scopes.scopes[currentScope].parent
    while scope >= 0 {
      if let outer = module.scopes.scopes[scope].bindings[atom] {
        if module.scopes.bindings[outer].kind == .annexBFunction && outer != blockBinding {
          let value = loadBinding(blockBinding, into: nil, checked: false, name: ast.name(name))
          storeBinding(outer, value)
        }
        return
      }
      scope = module.scopes.scopes[scope].parent
    }
  }

  func exportDefault(_ declaration: NodeID) {
    let n = ast[declaration]
    switch n.kind {
    case .functionDeclaration:
      break  // hoisted
    case .classDeclaration:
      let value = compileClass(declaration, nameHint: Array("default".utf16), into: nil)
      if !NodeID(n.a).isNone, let binding = declaredBinding(NodeID(n.a)) {
        storeBinding(binding, value)
      } else {
        emit(.setExport, module.string("default"), value)
      }
    default:
      let value = namedExpression(declaration, name: Array("default".utf16), into: nil)
      emit(.setExport, module.string("default"), value)
    }
  }

  func block(_ id: NodeID) {
    let n = ast[id]
    let list = ast.list(start: n.a, count: n.b)
    if let scope = scope(of: id, .block) {
      let saved = currentScope
      enterScope(scope)
      hoistFunctions(list)
      statements(list)
      exitScope(scope)
      currentScope = saved
    } else {
      statements(list)
    }
  }

  func variableDeclaration(_ id: NodeID) {
    let n = ast[id]
    let kind = DeclarationKind(rawValue: n.op) ?? .var
    for declarator in ast.list(start: n.a, count: n.b) {
      let d = ast[declarator]
      let target = NodeID(d.a)
      let initializer = NodeID(d.b)
      let m = mark
      if initializer.isNone {
        if kind == .var { continue }
        let undefined = undefinedRegister()
        bindPattern(target, value: undefined, mode: .declare)
      } else if ast.kind(target) == .identifier, let binding = declaredBinding(target) {
        // Compile straight into the binding's register when it has one.
        let name = Array(ast.name(target).utf16)
        let initializerKind = ast.kind(initializer)
        if kind != .var, case .register(let register) = place(of: binding),
          analysis.bindings[binding].exportNames.isEmpty,
          initializerKind == .arrayExpression || initializerKind == .objectExpression
        {
          // A let/const initializer cannot read its own binding (TDZ): build the literal in place.
          inPlaceDestination = register
          _ = expression(initializer, into: register)
          inPlaceDestination = nil
        } else if case .register(let register) = place(of: binding),
          analysis.bindings[binding].exportNames.isEmpty,
          writesDestinationLast(initializer), !mayWriteLocals(initializer)
        {
          _ = namedExpression(initializer, name: name, into: register)
        } else {
          let value = namedExpression(initializer, name: name, into: nil)
          storeBinding(binding, value)
        }
      } else {
        let value = expression(initializer, into: nil)
        bindPattern(target, value: value, mode: .declare)
      }
      release(to: m)
    }
  }

  func ifStatement(_ n: Node) {
    let test = NodeID(n.a)
    if let constant = module.capabilities.constantTests[test] {
      statement(NodeID(constant ? n.b : n.c))
      return
    }
    if NodeID(n.c).isNone, let label = directJumpLabel(NodeID(n.b)) {
      // `if (x) break;` / `if (x) continue;` with nothing to clean up: one conditional jump.
      branch(test, when: true, to: label)
      return
    }
    let elseLabel = newLabel()
    branch(test, when: false, to: elseLabel)
    statement(NodeID(n.b))
    if NodeID(n.c).isNone {
      bind(elseLabel)
    } else {
      let end = newLabel()
      jump(to: end)
      bind(elseLabel)
      statement(NodeID(n.c))
      bind(end)
    }
  }

  /// The label a `break`/`continue` statement (alone or alone in a block) jumps to, when leaving
  /// needs no finally block or iterator close on the way.
  func directJumpLabel(_ id: NodeID) -> Int? {
    var statement = id
    if ast.kind(statement) == .blockStatement {
      let list = ast.list(start: ast[statement].a, count: ast[statement].b)
      guard list.count == 1 else { return nil }
      statement = list.first!
    }
    let kind = ast.kind(statement)
    guard kind == .breakStatement || kind == .continueStatement else { return nil }
    let labelNode = NodeID(ast[statement].a)
    let label = labelNode.isNone ? nil : ast.name(labelNode)
    guard let index = target(ofBreak: label, isContinue: kind == .continueStatement) else { return nil }
    for entry in control[(index + 1)...] {
      if case .breakable = entry { continue }
      return nil
    }
    guard case .breakable(_, let breakLabel, let continueLabel, _) = control[index] else { return nil }
    return kind == .continueStatement ? continueLabel : breakLabel
  }

  // MARK: Loops

  func loopBody(_ body: NodeID, labels: [String], breakLabel: Int, continueLabel: Int) {
    control.append(
      .breakable(
        labels: labels, breakLabel: breakLabel, continueLabel: continueLabel, takesUnlabeledBreak: true))
    statement(body)
    control.removeLast()
  }

  func whileStatement(_ id: NodeID, labels: [String]) {
    let n = ast[id]
    let top = newLabel()
    let end = newLabel()
    bind(top)
    branch(NodeID(n.a), when: false, to: end)
    loopBody(NodeID(n.d), labels: labels, breakLabel: end, continueLabel: top)
    jump(to: top)
    bind(end)
  }

  func doWhileStatement(_ id: NodeID, labels: [String]) {
    let n = ast[id]
    let top = newLabel()
    let next = newLabel()
    let end = newLabel()
    bind(top)
    loopBody(NodeID(n.d), labels: labels, breakLabel: end, continueLabel: next)
    bind(next)
    branch(NodeID(n.a), when: true, to: top)
    bind(end)
  }

  func forStatement(_ id: NodeID, labels: [String]) {
    let n = ast[id]
    let saved = currentScope
    let head = scope(of: id, .forHead)
    if let head { enterScope(head) }
    let initializer = NodeID(n.a)
    if !initializer.isNone {
      let m = mark
      if ast.kind(initializer) == .variableDeclaration {
        variableDeclaration(initializer)
      } else {
        effect(initializer)
      }
      release(to: m)
    }
    // A per-iteration copy of the head's environment, so closures see each iteration's values.
    let perIteration = head.flatMap { environmentRegister[$0] }
    // The first iteration gets its own copy too: closures made in the initializer keep the original.
    if let perIteration { emit(.copyEnvironment, perIteration, perIteration) }
    let top = newLabel()
    let next = newLabel()
    let end = newLabel()
    bind(top)
    if !NodeID(n.b).isNone { branch(NodeID(n.b), when: false, to: end) }
    loopBody(NodeID(n.d), labels: labels, breakLabel: end, continueLabel: next)
    bind(next)
    if let perIteration { emit(.copyEnvironment, perIteration, perIteration) }
    if !NodeID(n.c).isNone {
      let m = mark
      effect(NodeID(n.c))
      release(to: m)
    }
    jump(to: top)
    bind(end)
    if let head { exitScope(head) }
    currentScope = saved
  }

  /// Assigns the value of one iteration to a for-in/of head: a declaration (in a fresh scope
  /// instance) or an assignment target.
  func bindForHead(_ left: NodeID, value: UInt32, head: Int?) {
    if let head { enterScope(head) }
    if ast.kind(left) == .variableDeclaration {
      let declarator = ast.list(start: ast[left].a, count: ast[left].b).first ?? .none
      bindPattern(NodeID(ast[declarator].a), value: value, mode: .declare)
    } else {
      bindPattern(left, value: value, mode: .assign)
    }
  }

  func forInStatement(_ id: NodeID, labels: [String]) {
    let n = ast[id]
    let saved = currentScope
    let head = scope(of: id, .forHead)
    let object = expression(NodeID(n.b), into: nil)
    let enumerator = allocate()
    emit(.forInStart, enumerator, object)
    let key = allocate()
    let top = newLabel()
    let end = newLabel()
    bind(top)
    emitJump(.forInNext, key, enumerator, to: end)
    let m = mark
    bindForHead(NodeID(n.a), value: key, head: head)
    loopBody(NodeID(n.d), labels: labels, breakLabel: end, continueLabel: top)
    if let head { exitScope(head) }
    currentScope = saved
    release(to: m)
    jump(to: top)
    bind(end)
  }

  func forOfStatement(_ id: NodeID, labels: [String]) {
    let n = ast[id]
    let isAsync = n.flags.contains(.await)
    let saved = currentScope
    let head = scope(of: id, .forHead)
    let iterable = expression(NodeID(n.b), into: nil)
    let iterator = allocate()
    emit(isAsync ? .getAsyncIterator : .getIterator, iterator, iterable)
    let value = allocate()
    let top = newLabel()
    let close = newLabel()
    let end = newLabel()
    bind(top)
    if isAsync {
      let mode = allocate()
      let undefined = allocate()
      emit(.loadInt, mode, 0)
      emit(.loadUndefined, undefined)
      emit(.delegateStep, value, iterator, mode, undefined)
      emit(.await, value, value)
      let done = mode
      emit(.resultDone, done, value)
      emitJump(.jumpIfTrue, done, to: end)
      emit(.resultValue, value, value)
    } else {
      emitJump(.iteratorNext, value, iterator, to: end)
    }
    control.append(.iterator(record: iterator, isAsync: isAsync))
    let m = mark
    closingIteratorOnThrow(iterator, isAsync: isAsync) {
      bindForHead(NodeID(n.a), value: value, head: head)
      loopBody(NodeID(n.d), labels: labels, breakLabel: close, continueLabel: top)
    }
    if let head { exitScope(head) }
    currentScope = saved
    release(to: m)
    control.removeLast()
    jump(to: top)
    bind(close)
    emitIteratorClose(iterator, isAsync: isAsync)
    bind(end)
  }

  func labeledStatement(_ id: NodeID, labels: [String]) {
    let n = ast[id]
    let all = labels + [ast.name(NodeID(n.a))]
    let body = NodeID(n.b)
    switch ast.kind(body) {
    case .forStatement: record(body); forStatement(body, labels: all)
    case .forInStatement: record(body); forInStatement(body, labels: all)
    case .forOfStatement: record(body); forOfStatement(body, labels: all)
    case .whileStatement: record(body); whileStatement(body, labels: all)
    case .doWhileStatement: record(body); doWhileStatement(body, labels: all)
    case .labeledStatement: labeledStatement(body, labels: all)
    default:
      let end = newLabel()
      control.append(.breakable(labels: all, breakLabel: end, continueLabel: nil, takesUnlabeledBreak: false))
      if ast.kind(body) == .switchStatement {
        record(body)
        switchStatement(body, labels: [])
      } else {
        statement(body)
      }
      control.removeLast()
      bind(end)
    }
  }

  // MARK: Switch

  func switchStatement(_ id: NodeID, labels: [String]) {
    let n = ast[id]
    let discriminant = allocate()
    _ = expression(NodeID(n.a), into: discriminant)
    let saved = currentScope
    let blockScope = scope(of: id, .switchBlock)
    if let blockScope { enterScope(blockScope) }
    let cases = Array(ast.list(start: n.b, count: n.c))
    for switchCase in cases { hoistFunctions(ast.list(start: ast[switchCase].b, count: ast[switchCase].c)) }
    let end = newLabel()
    var bodyLabels: [Int] = []
    var defaultLabel: Int?
    let test = allocate()
    for switchCase in cases {
      let label = newLabel()
      bodyLabels.append(label)
      let c = ast[switchCase]
      if NodeID(c.a).isNone {
        defaultLabel = label
        continue
      }
      let m = mark
      _ = expression(NodeID(c.a), into: test)
      emit(.strictEqual, test, discriminant, test)
      emitJump(.jumpIfTrue, test, to: label)
      release(to: m)
    }
    jump(to: defaultLabel ?? end)
    control.append(.breakable(labels: labels, breakLabel: end, continueLabel: nil, takesUnlabeledBreak: true))
    for (index, switchCase) in cases.enumerated() {
      bind(bodyLabels[index])
      statements(ast.list(start: ast[switchCase].b, count: ast[switchCase].c))
    }
    control.removeLast()
    bind(end)
    if let blockScope { exitScope(blockScope) }
    currentScope = saved
  }

  // MARK: Exceptions

  func tryStatement(_ n: Node) {
    let block = NodeID(n.a)
    let handler = NodeID(n.b)
    let finalizer = NodeID(n.c)
    if finalizer.isNone {
      tryCatch(block, handler)
    } else if handler.isNone {
      withFinally({ self.block(block) }, finally: { self.block(finalizer) })
    } else {
      withFinally({ self.tryCatch(block, handler) }, finally: { self.block(finalizer) })
    }
  }

  func tryCatch(_ block: NodeID, _ handler: NodeID) {
    let error = allocate()
    let start = pc
    self.block(block)
    let end = pc
    let over = newLabel()
    jump(to: over)
    let landing = pc
    let c = ast[handler]
    let saved = currentScope
    let catchScope = scope(of: handler, .catchClause)
    if let catchScope { enterScope(catchScope) }
    let body = ast[NodeID(c.b)]
    let list = ast.list(start: body.a, count: body.b)
    if !NodeID(c.a).isNone { bindPattern(NodeID(c.a), value: error, mode: .declare) }
    hoistFunctions(list)
    statements(list)
    if let catchScope { exitScope(catchScope) }
    currentScope = saved
    if end > start { handlers.append(.init(start: start, end: end, handler: landing, register: error)) }
    bind(over)
  }
}
