import Bytecode
import Frontend

/// Assignment, update, and destructuring: everything that writes a binding or a property.
extension FunctionCompiler {
  enum PatternMode { case declare, assign }

  /// An evaluated assignment target: its object and key are computed once, for compound operators.
  enum Reference {
    case binding(Int, NodeID)
    case free(NodeID)
    case named(object: UInt32, name: String)
    case keyed(object: UInt32, key: UInt32)
    case privateField(object: UInt32, name: UInt32)
    case superProperty(home: UInt32, this: UInt32, key: UInt32)
  }

  /// Evaluates an assignment target's object and key. They are copied out of binding registers only
  /// when `protectFrom` (the right-hand side) may reassign those bindings.
  func reference(_ target: NodeID, protectFrom value: NodeID = .none) -> Reference {
    let exposed = mayWriteLocals(value)
    let n = ast[target]
    switch n.kind {
    case .identifier:
      if case .binding(let b) = module.scopes.resolution(of: target) { return .binding(b, target) }
      return .free(target)
    case .memberExpression:
      let objectNode = NodeID(n.a)
      if ast.kind(objectNode) == .superExpression {
        let key = propertyKey(target, n)
        if n.flags.contains(.computed) { emit(.toPropertyKey, key, key) }
        let home = lexical(.lexicalHome, into: nil)
        let this = lexical(.lexicalThis, into: nil)
        return .superProperty(home: home, this: this, key: key)
      }
      var object = expression(objectNode, into: nil)
      let property = NodeID(n.b)
      if ast.kind(property) == .privateIdentifier {
        return .privateField(object: object, name: privateName(property))
      }
      if n.flags.contains(.computed) {
        if isBindingRegister(object) && (exposed || mayWriteLocals(property)) {
          // The object must survive the key and the right-hand side, which may reassign the binding.
          let copy = allocate()
          emit(.move, copy, object)
          object = copy
        }
        var key = expression(property, into: nil)
        if isBindingRegister(key) && exposed {
          let copy = allocate()
          emit(.move, copy, key)
          key = copy
        }
        return .keyed(object: object, key: key)
      }
      if isBindingRegister(object) && exposed {
        let copy = allocate()
        emit(.move, copy, object)
        object = copy
      }
      return .named(object: object, name: ast.name(property))
    case .chainExpression:
      return reference(NodeID(n.a), protectFrom: value)
    default:
      module.report(
        .unsupportedConstruct, "\(n.kind) is not an assignment target", at: target,
        help: "assign to a name or a property")
      return .free(target)
    }
  }

  func read(_ reference: Reference, into dst: UInt32?) -> UInt32 {
    switch reference {
    case .binding(let b, let node):
      return readBinding(b, reference: node, into: dst)
    case .free(let node):
      return identifier(node, into: dst)
    case .named(let object, let name):
      let d = target(dst)
      emit(.getNamed, d, object, module.string(name), newInlineCache())
      return d
    case .keyed(let object, let key):
      let d = target(dst)
      emit(.getKeyed, d, object, key)
      return d
    case .privateField(let object, let name):
      let d = target(dst)
      emit(.getPrivate, d, object, name)
      return d
    case .superProperty(let home, let this, let key):
      let d = target(dst)
      emit(.getSuper, d, home, this, key)
      return d
    }
  }

  func write(_ reference: Reference, _ value: UInt32) {
    switch reference {
    case .binding(let b, let node):
      assignBinding(b, node: node, value)
    case .free(let node):
      emit(.throwError, 1, module.string("\(ast.name(node)) is not defined"))
    case .named(let object, let name):
      emit(.setNamed, object, module.string(name), value, newInlineCache())
    case .keyed(let object, let key):
      emit(.setKeyed, object, key, value)
    case .privateField(let object, let name):
      emit(.setPrivate, object, name, value)
    case .superProperty(let home, let this, let key):
      emit(.setSuper, home, this, key, value)
    }
  }

  /// An assignment (not an initialization) of a binding: TDZ and const checks, then the store.
  func assignBinding(_ binding: Int, node: NodeID, _ value: UInt32) {
    let declared = module.scopes.bindings[binding]
    let name = ast.name(node)
    let checked = analysis.checkedReferences.contains(node.index)
    switch declared.kind {
    case .const, .import, .functionName:
      if checked { _ = loadBinding(binding, into: nil, checked: true, name: name) }
      emit(.throwConstAssignment, module.string(name))
      return
    case .commonJSWrapper where name == "require":
      emit(.throwConstAssignment, module.string(name))
      return
    default:
      if checked { _ = loadBinding(binding, into: nil, checked: true, name: name) }
      storeBinding(binding, value)
    }
  }

  /// Whether a binding is a plain register the code may write directly.
  func directRegister(_ reference: Reference) -> UInt32? {
    guard case .binding(let b, let node) = reference else { return nil }
    let kind = module.scopes.bindings[b].kind
    guard kind != .const && kind != .import && kind != .functionName && kind != .commonJSWrapper,
      !analysis.checkedReferences.contains(node.index), analysis.bindings[b].exportNames.isEmpty,
      case .register(let register) = place(of: b)
    else { return nil }
    return register
  }

  func assignment(_ n: Node, into dst: UInt32?) -> UInt32 {
    let op = Operator(rawValue: n.op)!
    let left = NodeID(n.a)
    let right = NodeID(n.b)
    let leftKind = ast.kind(left)
    if op == .assign && (leftKind == .objectPattern || leftKind == .arrayPattern) {
      var value = expression(right, into: dst)
      if isBindingRegister(value) {
        let copy = allocate()
        emit(.move, copy, value)
        value = copy
      }
      bindPattern(left, value: value, mode: .assign)
      return value
    }
    let target = reference(left, protectFrom: right)
    let name = leftKind == .identifier ? Array(ast.name(left).utf16) : nil
    switch op {
    case .assign:
      if let register = directRegister(target), writesDestinationLast(right), !mayWriteLocals(right) {
        expression(right, into: register)
        if let dst, dst != register { emit(.move, dst, register) }
        return dst ?? register
      }
      let value = name.map { namedExpression(right, name: $0, into: dst) } ?? expression(right, into: dst)
      write(target, value)
      return value
    case .logicalAndAssign, .logicalOrAssign, .coalesceAssign:
      let d = self.target(dst)
      _ = read(target, into: d)
      let end = newLabel()
      switch op {
      case .logicalAndAssign: emitJump(.jumpIfFalse, d, to: end)
      case .logicalOrAssign: emitJump(.jumpIfTrue, d, to: end)
      default: emitJump(.jumpIfNotNullish, d, to: end)
      }
      if let name {
        _ = namedExpression(right, name: name, into: d)
      } else {
        expression(right, into: d)
      }
      write(target, d)
      bind(end)
      return d
    default:
      let opcode = FunctionCompiler.binaryOpcodes[op]!
      if let register = directRegister(target), !mayWriteLocals(right) {
        let value = expression(right, into: nil)
        emit(opcode, register, register, value)
        if let dst, dst != register { emit(.move, dst, register) }
        return dst ?? register
      }
      let d = self.target(dst)
      var old = read(target, into: nil)
      if isBindingRegister(old) {
        let copy = allocate()
        emit(.move, copy, old)
        old = copy
      }
      let value = expression(right, into: nil)
      emit(opcode, d, old, value)
      write(target, d)
      return d
    }
  }

  func update(_ n: Node, into dst: UInt32?, resultUsed: Bool) -> UInt32 {
    let isIncrement = n.op == Operator.increment.rawValue
    let isPrefix = n.flags.contains(.prefix)
    let step: Opcode = isIncrement ? .increment : .decrement
    let target = reference(NodeID(n.a))
    // `increment` converts a non-numeric operand itself; `toNumeric` is only needed when the old
    // value is the result (postfix).
    if let register = directRegister(target) {
      if !resultUsed || isPrefix {
        emit(step, register, register)
        if let dst, dst != register { emit(.move, dst, register) }
        return dst ?? register
      }
      let d = self.target(dst)
      emit(.toNumeric, d, register)
      emit(step, register, d)
      return d
    }
    let old = read(target, into: nil)
    var numeric = old
    if resultUsed && !isPrefix {
      numeric = allocate()
      emit(.toNumeric, numeric, old)
    }
    let updated = allocate()
    emit(step, updated, numeric)
    write(target, updated)
    let result = isPrefix ? updated : numeric
    if let dst {
      emit(.move, dst, result)
      return dst
    }
    return result
  }

  // MARK: Destructuring

  /// Binds or assigns `value` to a pattern (or a single target).
  func bindPattern(_ pattern: NodeID, value: UInt32, mode: PatternMode) {
    let n = ast[pattern]
    switch n.kind {
    case .identifier:
      if mode == .declare {
        if let binding = declaredBinding(pattern) { storeBinding(binding, value) }
      } else {
        write(reference(pattern), value)
      }
    case .assignmentPattern:
      let target = NodeID(n.a)
      let m = mark
      let current = allocate()
      emit(.move, current, value)
      let present = newLabel()
      emitJump(.jumpIfNotUndefined, current, to: present)
      if ast.kind(target) == .identifier {
        _ = namedExpression(NodeID(n.b), name: Array(ast.name(target).utf16), into: current)
      } else {
        expression(NodeID(n.b), into: current)
      }
      bind(present)
      bindPattern(target, value: current, mode: mode)
      release(to: m)
    case .objectPattern:
      objectPattern(n, value: value, mode: mode)
    case .arrayPattern:
      arrayPattern(n, value: value, mode: mode)
    case .restElement:
      bindPattern(NodeID(n.a), value: value, mode: mode)
    default:
      let m = mark
      write(reference(pattern), value)
      release(to: m)
    }
  }

  func objectPattern(_ n: Node, value: UInt32, mode: PatternMode) {
    let m = mark
    let object = allocate()
    emit(.requireObjectCoercible, object, value)
    let properties = ast.list(start: n.a, count: n.b)
    let hasRest = properties.contains { ast.kind($0) == .restElement }
    var excluded: UInt32?
    if hasRest {
      let array = allocate()
      emit(.newArray, array, UInt32(properties.count))
      excluded = array
    }
    for property in properties {
      let p = ast[property]
      let mm = mark
      if p.kind == .restElement {
        let rest = allocate()
        emit(.copyDataPropertiesExcluding, rest, object, excluded!)
        bindPattern(NodeID(p.a), value: rest, mode: mode)
        release(to: mm)
        continue
      }
      let key = NodeID(p.a)
      let element = allocate()
      if p.flags.contains(.computed) || ast.kind(key) == .numericLiteral {
        let k = allocate()
        expression(key, into: k)
        emit(.toPropertyKey, k, k)
        emit(.getKeyed, element, object, k)
        if let excluded { emit(.arrayPush, excluded, k) }
      } else {
        let name = ast.kind(key) == .stringLiteral ? ast.stringValue(key) : Array(ast.name(key).utf16)
        emit(.getNamed, element, object, module.string(units: name), newInlineCache())
        if let excluded {
          let k = allocate()
          emit(.loadConst, k, module.string(units: name))
          emit(.arrayPush, excluded, k)
        }
      }
      bindPattern(NodeID(p.b), value: element, mode: mode)
      release(to: mm)
    }
    release(to: m)
  }

  func arrayPattern(_ n: Node, value: UInt32, mode: PatternMode) {
    let m = mark
    let iterator = allocate()
    emit(.getIterator, iterator, value)
    let elements = ast.list(start: n.a, count: n.b)
    closingIteratorOnThrow(iterator, isAsync: false) {
      for element in elements {
        let mm = mark
        let item = allocate()
        if element.isNone {
          emit(.iteratorStep, item, iterator)
        } else if ast.kind(element) == .restElement {
          emit(.iteratorRest, item, iterator)
          bindPattern(NodeID(ast[element].a), value: item, mode: mode)
        } else {
          emit(.iteratorStep, item, iterator)
          bindPattern(element, value: item, mode: mode)
        }
        release(to: mm)
      }
    }
    emit(.iteratorClose, iterator)
    release(to: m)
  }
}
