import Frontend

/// The selection as a greatest fixpoint: start from every candidate, drop those whose bodies do
/// not check under the current assumptions, and re-check the callers of every dropped function.
struct SelectionResult {
  var plans: [Int: FunctionPlan] = [:]
  var reasons: [Int: String] = [:]
}

enum Fixpoint {
  static func select(_ ast: AST, facts: ModuleFacts, forced: [Int: String] = [:]) -> SelectionResult {
    var result = SelectionResult()
    var alive: Set<Int> = []
    for (index, candidate) in facts.candidates.enumerated() {
      if let reason = forced[index] ?? candidate.preReason {
        result.reasons[index] = reason
      } else {
        alive.insert(index)
      }
    }
    let returnTypes = guessReturnTypes(ast, facts: facts, alive: alive)

    func check(_ index: Int) -> Result<FunctionPlan, Rejection> {
      var checker = FunctionChecker(
        ast: ast, facts: facts, index: index, selected: alive, returnTypes: returnTypes)
      do throws(Rejection) {
        let plan = try checker.check()
        if plan.returnType != (returnTypes[index] ?? .number) {
          return .failure(
            Rejection(
              reason:
                "its result type depends on itself (it returns \(plan.returnType.article) only if it does)"))
        }
        return .success(plan)
      } catch {
        return .failure(error)
      }
    }

    var pending = alive.sorted()
    while !pending.isEmpty {
      var dropped: [Int] = []
      for index in pending where alive.contains(index) {
        switch check(index) {
        case .success(let plan): result.plans[index] = plan
        case .failure(let rejection):
          result.reasons[index] = rejection.reason
          result.plans[index] = nil
          alive.remove(index)
          dropped.append(index)
        }
      }
      // Callers of a dropped function must be checked again (their call no longer checks).
      let droppedSet = Set(dropped)
      pending = alive.sorted().filter { index in
        guard let plan = result.plans[index] else { return true }
        return !plan.callees.isDisjoint(with: droppedSet)
      }
    }
    return result
  }

  /// The result type each candidate is assumed to have while checking its callers: a few rounds of
  /// checking with every candidate assumed selected, starting from a guess read off the returns.
  static func guessReturnTypes(_ ast: AST, facts: ModuleFacts, alive: Set<Int>) -> [Int: ValueType] {
    var types: [Int: ValueType] = [:]
    for index in alive { types[index] = syntacticGuess(ast, facts.candidates[index].node) }
    for _ in 0..<4 {
      var changed = false
      for index in alive.sorted() {
        var checker = FunctionChecker(
          ast: ast, facts: facts, index: index, selected: alive, returnTypes: types)
        guard let plan = try? checker.check() else { continue }
        if types[index] != plan.returnType {
          types[index] = plan.returnType
          changed = true
        }
      }
      if !changed { break }
    }
    return types
  }

  /// boolean when some `return` in the body returns something that looks boolean (a literal, a
  /// comparison, `!`, or a conditional or logical expression with such an operand).
  static func syntacticGuess(_ ast: AST, _ function: NodeID) -> ValueType {
    var stack = [NodeID(ast[function].d)]
    while let id = stack.popLast() {
      if id.isNone { continue }
      let n = ast[id]
      switch n.kind {
      case .functionExpression, .arrowFunctionExpression, .functionDeclaration, .classDeclaration,
        .classExpression:
        continue
      case .returnStatement:
        if looksBoolean(ast, NodeID(n.a)) { return .boolean }
      default:
        stack.append(contentsOf: ast.children(of: id))
      }
    }
    return .number
  }

  static func looksBoolean(_ ast: AST, _ root: NodeID) -> Bool {
    var stack = [root]
    var visited = 0
    while let id = stack.popLast(), visited < 64 {
      visited += 1
      if id.isNone { continue }
      let n = ast[id]
      switch n.kind {
      case .booleanLiteral: return true
      case .unaryExpression where Operator(rawValue: n.op) == .logicalNot: return true
      case .binaryExpression:
        switch Operator(rawValue: n.op) {
        case .less?, .lessEqual?, .greater?, .greaterEqual?, .equal?, .notEqual?, .strictEqual?,
          .strictNotEqual?:
          return true
        default: break
        }
      case .conditionalExpression:
        stack.append(NodeID(n.b))
        stack.append(NodeID(n.c))
      case .logicalExpression:
        stack.append(NodeID(n.a))
        stack.append(NodeID(n.b))
      default: break
      }
    }
    return false
  }
}
