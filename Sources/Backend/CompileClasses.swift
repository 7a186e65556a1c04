import Bytecode
import Frontend

/// Class definitions: the constructor, methods and accessors, private names, and the two
/// initializer functions (instance fields with private methods; static fields with static blocks).
extension FunctionCompiler {
  func compileClass(_ id: NodeID, nameHint: [UInt16]?, into dst: UInt32?) -> UInt32 {
    let n = ast[id]
    let name = NodeID(n.a).isNone ? (nameHint ?? []) : Array(ast.name(NodeID(n.a)).utf16)
    let elements = Array(ast.list(start: ast[NodeID(n.c)].a, count: ast[NodeID(n.c)].b))
    // Without a destination the class is made in its result register (no move at the end); a given
    // destination is written last, since the class body may still read its old value.
    let result = dst == nil ? allocate() : nil
    let m = mark
    let saved = currentScope
    let classScope = scope(of: id, .classBody)
    if let classScope { enterScope(classScope) }
    let privateNames = analysis.privateNames[id.index] ?? [:]
    classStack.append(ClassContext(node: id, privateNames: privateNames))
    defer { classStack.removeLast() }
    for (text, binding) in privateNames.sorted(by: { $0.value < $1.value }) {
      let mm = mark
      let value = allocate()
      emit(.newPrivateName, value, module.string("#" + text))
      storePlace(place(of: binding), value)
      release(to: mm)
    }

    let hasHeritage = !NodeID(n.b).isNone
    let heritage = allocate()
    if hasHeritage {
      expression(NodeID(n.b), into: heritage)
    } else {
      emit(.loadUndefined, heritage)
    }
    let constructorElement = elements.first {
      ast.kind($0) == .methodDefinition && ast[$0].op == PropertyKind.constructor.rawValue
    }
    let constructorIndex: UInt32
    if let constructorElement {
      constructorIndex = compileFunctionBody(
        NodeID(ast[constructorElement].b), nameHint: name, role: .constructor(derived: hasHeritage))
      module.functions[Int(constructorIndex)]?.name = name
    } else {
      constructorIndex = defaultConstructor(name: name, derived: hasHeritage)
    }
    let constructor = result ?? allocate()
    emit(.newClass, constructor, constructorIndex, currentEnvironment, heritage, hasHeritage ? 1 : 0)
    let prototype = allocate()
    emit(.loadPrototype, prototype, constructor)

    var staticAccessors: [String: (getter: UInt32?, setter: UInt32?)] = [:]
    var staticAccessorOrder: [String] = []
    for element in elements where element != constructorElement {
      let e = ast[element]
      let mm = mark
      let isStatic = e.flags.contains(.isStatic)
      let key = NodeID(e.a)
      switch e.kind {
      case .methodDefinition:
        let kind = PropertyKind(rawValue: e.op) ?? .method
        let prefix: [UInt16] =
          kind == .getter ? Array("get ".utf16) : kind == .setter ? Array("set ".utf16) : []
        let role: FunctionRole = kind == .method ? .method : .accessor
        if ast.kind(key) == .privateIdentifier {
          let text = ast.name(key)
          let function = compileFunction(
            NodeID(e.b), nameHint: prefix + Array(("#" + text).utf16), into: nil, role: role)
          if isStatic {
            if kind == .method {
              let privateName = loadPlace(place(of: privateNames[text]!), into: nil)
              emit(.definePrivateMethod, constructor, privateName, function)
              release(to: mm)
            } else {
              // Kept until both halves are known; their registers stay allocated.
              if staticAccessors[text] == nil { staticAccessorOrder.append(text) }
              var pair = staticAccessors[text] ?? (nil, nil)
              if kind == .getter { pair.getter = function } else { pair.setter = function }
              staticAccessors[text] = pair
            }
          } else if let binding = analysis.privateFunctionBinding[element.index] {
            storePlace(place(of: binding), function)
            release(to: mm)
          }
          continue
        }
        let target = isStatic ? constructor : prototype
        let computed = e.flags.contains(.computed)
        let k = propertyKeyRegister(key, computed: computed)
        let staticName = staticKeyName(key, computed: computed)
        let function = compileFunction(
          NodeID(e.b), nameHint: staticName.map { prefix + $0 }, into: nil, role: role)
        if staticName == nil {
          emit(.setFunctionName, function, k, kind == .getter ? 1 : kind == .setter ? 2 : 0)
        }
        switch kind {
        case .getter: emit(.defineGetter, target, k, function, 0)
        case .setter: emit(.defineSetter, target, k, function, 0)
        default: emit(.defineMethod, target, k, function, 0)
        }
        release(to: mm)
      case .propertyDefinition:
        if let binding = analysis.fieldKeyBinding[element.index] {
          let k = allocate()
          expression(key, into: k)
          emit(.toPropertyKey, k, k)
          storePlace(place(of: binding), k)
        }
        release(to: mm)
      default:
        release(to: mm)
      }
    }
    for text in staticAccessorOrder {
      let pair = staticAccessors[text]!
      let mm = mark
      let privateName = loadPlace(place(of: privateNames[text]!), into: nil)
      let getter = pair.getter ?? undefinedRegister()
      let setter = pair.setter ?? undefinedRegister()
      emit(.definePrivateAccessor, constructor, privateName, getter, setter)
      release(to: mm)
    }
    if let unit = analysis.instanceInitializerByClass[id.index] {
      let index = compileInitializer(unit: unit, classNode: id, elements: elements, isStatic: false)
      let mm = mark
      let function = allocate()
      emit(.newClosure, function, index, currentEnvironment)
      emit(.setFieldInitializer, constructor, function)
      release(to: mm)
    }
    if let classScope, !NodeID(n.a).isNone,
      let binding = module.scopes.scopes[classScope].bindings[ast.atom(NodeID(n.a))]
    {
      storePlace(place(of: binding), constructor)
    }
    if let unit = analysis.staticInitializerByClass[id.index] {
      let index = compileInitializer(unit: unit, classNode: id, elements: elements, isStatic: true)
      let mm = mark
      let function = allocate(count: 3)
      emit(.newClosure, function, index, currentEnvironment)
      if staticElementsUseSuper(elements) { giveHomeObject(function, constructor) }
      emit(.call, function + 1, function, constructor, function + 2, 0)
      release(to: mm)
    }
    if let classScope { exitScope(classScope) }
    currentScope = saved
    release(to: m)
    guard let dst else { return constructor }
    emit(.move, dst, constructor)
    return dst
  }

  /// Whether a static field or block uses `super` (which needs the initializer's home object).
  func staticElementsUseSuper(_ elements: [NodeID]) -> Bool {
    func usesSuper(_ id: NodeID) -> Bool {
      guard !id.isNone else { return false }
      if ast.kind(id) == .superExpression { return true }
      return ast.children(of: id).contains { usesSuper($0) }
    }
    return elements.contains { element in
      let e = ast[element]
      if e.kind == .staticBlock { return usesSuper(element) }
      return e.kind == .propertyDefinition && e.flags.contains(.isStatic) && usesSuper(NodeID(e.b))
    }
  }

  /// Makes `home` the home object of `function` with the one instruction that sets home objects:
  /// defined as a method under a fresh symbol and deleted at once, so nothing observable remains.
  func giveHomeObject(_ function: UInt32, _ home: UInt32) {
    let m = mark
    let symbol = allocate(count: 3)
    emit(.loadGlobal, symbol + 1, module.string("Symbol"))
    emit(.loadUndefined, symbol + 2)
    emit(.call, symbol, symbol + 1, symbol + 2, symbol + 2, 0)
    emit(.defineMethod, home, symbol, function, 0)
    emit(.deleteKeyed, symbol + 1, home, symbol)
    release(to: m)
  }

  /// `constructor() {}` or, derived, `constructor(...args) { super(...args); }`.
  func defaultConstructor(name: [UInt16], derived: Bool) -> UInt32 {
    let index = module.reserveFunction()
    let code: [UInt32]
    if derived {
      code = [
        UInt32(Opcode.createRest.rawValue), 0, 0,
        UInt32(Opcode.superCallSpread.rawValue), 1, 0,
        UInt32(Opcode.loadUndefined.rawValue), 1,
        UInt32(Opcode.return.rawValue), 1,
      ]
    } else {
      code = [UInt32(Opcode.loadUndefined.rawValue), 0, UInt32(Opcode.return.rawValue), 0]
    }
    module.functions[Int(index)] = BytecodeFunction(
      name: name, kind: derived ? .derivedConstructor : .baseConstructor, length: 0, parameterCount: 0,
      registerCount: derived ? 2 : 1, inlineCacheCount: 0, code: code)
    return index
  }

  /// The instance initializer (private methods and accessors, then fields, run with the new object
  /// as `this`) or the static one (static fields and blocks in order, run with the class as `this`).
  func compileInitializer(unit: Int, classNode: NodeID, elements: [NodeID], isStatic: Bool) -> UInt32 {
    let index = module.reserveFunction()
    let compiler = FunctionCompiler(
      module: module, unit: unit, kind: .method, outerChain: chainForClosures, classStack: classStack)
    compiler.unitKind = isStatic ? .staticInitializer : .instanceInitializer
    compiler.currentScope = currentScope
    compiler.thisScope = currentScope
    compiler.allocateUnitStorage(parameterRegisters: [:])
    compiler.emitInitializer(classNode: classNode, elements: elements, isStatic: isStatic)
    module.functions[Int(index)] = compiler.finish(name: [], length: 0, parameterCount: 0)
    return index
  }

  func emitInitializer(classNode: NodeID, elements: [NodeID], isStatic: Bool) {
    let this = allocate()
    emit(.loadThis, this)
    let privateNames = analysis.privateNames[classNode.index] ?? [:]
    if !isStatic {
      // Private methods and accessors come first, before any field initializer can run.
      var accessors: [String: (getter: Int?, setter: Int?)] = [:]
      var order: [String] = []
      for element in elements {
        guard let binding = analysis.privateFunctionBinding[element.index] else { continue }
        let e = ast[element]
        let text = ast.name(NodeID(e.a))
        let kind = PropertyKind(rawValue: e.op) ?? .method
        if kind == .method {
          let m = mark
          let name = loadPlace(place(of: privateNames[text]!), into: nil)
          let function = loadPlace(place(of: binding), into: nil)
          emit(.definePrivateMethod, this, name, function)
          release(to: m)
        } else {
          if accessors[text] == nil { order.append(text) }
          var pair = accessors[text] ?? (nil, nil)
          if kind == .getter { pair.getter = binding } else { pair.setter = binding }
          accessors[text] = pair
        }
      }
      for text in order {
        let m = mark
        let pair = accessors[text]!
        let name = loadPlace(place(of: privateNames[text]!), into: nil)
        let getter = pair.getter.map { loadPlace(place(of: $0), into: nil) } ?? undefinedRegister()
        let setter = pair.setter.map { loadPlace(place(of: $0), into: nil) } ?? undefinedRegister()
        emit(.definePrivateAccessor, this, name, getter, setter)
        release(to: m)
      }
    }
    for element in elements {
      let e = ast[element]
      guard (e.kind == .staticBlock || e.flags.contains(.isStatic)) == isStatic else { continue }
      let m = mark
      switch e.kind {
      case .propertyDefinition:
        record(element)
        let fieldScope = scope(of: element, .fieldInitializer)
        let saved = currentScope
        if let fieldScope {
          thisScope = fieldScope
          enterScope(fieldScope)
        }
        let key = NodeID(e.a)
        let value = NodeID(e.b)
        if ast.kind(key) == .privateIdentifier {
          let name = loadPlace(place(of: privateNames[ast.name(key)]!), into: nil)
          let v =
            value.isNone
            ? undefinedRegister()
            : namedExpression(value, name: Array(("#" + ast.name(key)).utf16), into: nil)
          emit(.definePrivate, this, name, v)
        } else {
          let k: UInt32
          let staticName = staticKeyName(key, computed: e.flags.contains(.computed))
          if let binding = analysis.fieldKeyBinding[element.index] {
            k = loadPlace(place(of: binding), into: nil)
          } else {
            k = propertyKeyRegister(key, computed: false)
          }
          let v: UInt32
          if value.isNone {
            v = undefinedRegister()
          } else if let staticName {
            v = namedExpression(value, name: staticName, into: nil)
          } else {
            v = expression(value, into: nil)
            if isAnonymousFunction(value) { emit(.setFunctionName, v, k, 0) }
          }
          emit(.defineField, this, k, v)
        }
        if let fieldScope { exitScope(fieldScope) }
        currentScope = saved
      case .staticBlock:
        let blockScope = scope(of: element, .staticBlock)
        let saved = currentScope
        if let blockScope {
          thisScope = blockScope
          enterScope(blockScope)
        }
        let list = ast.list(start: e.a, count: e.b)
        hoistFunctions(list)
        statements(list)
        if let blockScope { exitScope(blockScope) }
        currentScope = saved
      default:
        break
      }
      release(to: m)
    }
  }
}
