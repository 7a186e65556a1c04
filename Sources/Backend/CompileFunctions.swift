import Bytecode
import Frontend

/// How a function is defined, which decides its `FunctionKind`.
enum FunctionRole {
  case plain
  /// A method of an object literal or class (generators and async methods included).
  case method
  /// A getter or setter.
  case accessor
  case constructor(derived: Bool)
}

extension FunctionCompiler {
  /// Compiles a nested function and creates its closure here.
  func compileFunction(_ id: NodeID, nameHint: [UInt16]?, into dst: UInt32?, role: FunctionRole = .plain)
    -> UInt32
  {
    let index = compileFunctionBody(id, nameHint: nameHint, role: role)
    let d = target(dst)
    emit(.newClosure, d, index, currentEnvironment)
    return d
  }

  static func kind(of n: Node, role: FunctionRole) -> FunctionKind {
    let isAsync = n.flags.contains(.async)
    let isGenerator = n.flags.contains(.generator)
    switch role {
    case .constructor(let derived): return derived ? .derivedConstructor : .baseConstructor
    case .accessor: return .method
    case .method:
      if isAsync && isGenerator { return .asyncGeneratorMethod }
      if isAsync { return .asyncMethod }
      if isGenerator { return .generatorMethod }
      return .method
    case .plain:
      if n.kind == .arrowFunctionExpression { return isAsync ? .asyncArrow : .arrow }
      if isAsync && isGenerator { return .asyncGenerator }
      if isAsync { return .async }
      if isGenerator { return .generator }
      return .normal
    }
  }

  /// Compiles a function node to a new entry of the module's function table; returns its index.
  func compileFunctionBody(_ id: NodeID, nameHint: [UInt16]?, role: FunctionRole) -> UInt32 {
    let index = module.reserveFunction()
    module.functionIndexByNode[id] = Int(index)
    let n = ast[id]
    guard let unit = analysis.unitByNode[id.index] else {
      module.report(
        .internalLimit, "internal: a function was not analyzed", at: id,
        help: "report this module to the cruft maintainers")
      return index
    }
    let kind = FunctionCompiler.kind(of: n, role: role)
    let compiler = FunctionCompiler(
      module: module, unit: unit, kind: kind, outerChain: chainForClosures, classStack: classStack)
    compiler.unitKind = .function
    compiler.isArrowUnit = kind.isArrow
    compiler.thisScope = kind.isArrow ? thisScope : (scope(of: id, .function) ?? thisScope)
    let name = NodeID(n.a).isNone ? (nameHint ?? []) : Array(ast.name(NodeID(n.a)).utf16)
    module.functions[Int(index)] = compiler.compileFunctionNode(id, name: name)
    return index
  }

  func compileFunctionNode(_ id: NodeID, name: [UInt16]) -> BytecodeFunction {
    let n = ast[id]
    let parameters = Array(ast.list(start: n.b, count: n.c))
    let isSimple = parameters.allSatisfy { ast.kind($0) == .identifier }
    let hasRest = parameters.last.map { ast.kind($0) == .restElement } ?? false
    let parameterCount = UInt32(parameters.count - (hasRest ? 1 : 0))
    let length = UInt32(
      parameters.firstIndex { ast.kind($0) == .assignmentPattern || ast.kind($0) == .restElement }
        ?? parameters.count)
    let functionScope = scope(of: id, .function, .arrow) ?? analysis.moduleScope
    currentScope = functionScope
    var parameterRegisters: [Int: UInt32] = [:]
    if isSimple {
      for (position, parameter) in parameters.enumerated() {
        if let binding = module.scopes.scopes[functionScope].bindings[ast.atom(parameter)] {
          parameterRegisters[binding] = UInt32(position)
        }
      }
    }
    nextRegister = parameterCount
    maxRegister = parameterCount
    allocateUnitStorage(parameterRegisters: parameterRegisters)
    enterScope(functionScope)
    initializeImplicitBindings(of: functionScope)
    if isSimple {
      for (binding, register) in parameterRegisters where analysis.bindings[binding].captured {
        storePlace(place(of: binding), register)
      }
    } else {
      for (position, parameter) in parameters.enumerated() {
        let m = mark
        if ast.kind(parameter) == .restElement {
          let rest = allocate()
          emit(.createRest, rest, UInt32(position))
          bindPattern(NodeID(ast[parameter].a), value: rest, mode: .declare)
        } else {
          bindPattern(parameter, value: UInt32(position), mode: .declare)
        }
        release(to: m)
      }
    }
    let body = NodeID(n.d)
    if n.flags.contains(.expressionBody) {
      let m = mark
      record(body)
      let value = expression(body, into: nil)
      compileReturn(value)
      release(to: m)
    } else {
      let list = ast.list(start: ast[body].a, count: ast[body].b)
      let bodyScope = scope(of: body, .functionBody)
      if let bodyScope {
        enterScope(bodyScope)
        copyParametersToBodyVars(bodyScope, functionScope: functionScope)
      }
      hoistFunctions(list)
      statements(list)
      if let bodyScope { exitScope(bodyScope) }
    }
    return finish(name: name, length: length, parameterCount: parameterCount)
  }

  /// A function's own name (named expressions) and its `arguments` object, when used.
  func initializeImplicitBindings(of scope: Int) {
    for binding in analysis.bindingsByScope[scope] ?? [] where analysis.bindings[binding].synthetic == nil {
      guard analysis.bindings[binding].isReferenced else { continue }
      let m = mark
      switch module.scopes.bindings[binding].kind {
      case .functionName:
        let callee = allocate()
        emit(.loadCallee, callee)
        storePlace(place(of: binding), callee)
      case .arguments:
        let arguments = allocate()
        emit(.createArguments, arguments)
        storePlace(place(of: binding), arguments)
      default:
        break
      }
      release(to: m)
    }
  }

  /// With non-simple parameters the body's `var`s are separate bindings that start with the value
  /// of the parameter of the same name (FunctionDeclarationInstantiation step 28).
  func copyParametersToBodyVars(_ bodyScope: Int, functionScope: Int) {
    for (atom, binding) in module.scopes.scopes[bodyScope].bindings
    where module.scopes.bindings[binding].kind == .var {
      guard let parameter = module.scopes.scopes[functionScope].bindings[atom],
        module.scopes.bindings[parameter].kind == .parameter
      else { continue }
      let m = mark
      let value = loadPlace(place(of: parameter), into: nil)
      storePlace(place(of: binding), value)
      release(to: m)
    }
  }

  /// Stores the frame's `this`, `new.target` and home object into the slots arrows read them from.
  func storeLexicalFrameValues(for scope: Int) {
    let m = mark
    if let binding = analysis.lexicalThis[scope], kind != .derivedConstructor {
      let this = allocate()
      emit(.loadThis, this)
      storePlace(place(of: binding), this)
    }
    if let binding = analysis.lexicalNewTarget[scope] {
      let value = allocate()
      emit(.loadNewTarget, value)
      storePlace(place(of: binding), value)
    }
    if let binding = analysis.lexicalHome[scope] {
      let value = allocate()
      emit(.loadHomeObject, value)
      storePlace(place(of: binding), value)
    }
    release(to: m)
  }
}
