import Bytecode
import Frontend

/// Object literals, and the generator operators `yield` and `yield*`.
extension FunctionCompiler {
  /// A property key known at compile time: an identifier, a string, or a number with an exact
  /// canonical string form.
  func staticKeyName(_ key: NodeID, computed: Bool) -> [UInt16]? {
    guard !computed else { return nil }
    switch ast.kind(key) {
    case .identifier: return Array(ast.name(key).utf16)
    case .stringLiteral: return ast.stringValue(key)
    case .numericLiteral:
      let value = ast.numberValue(key)
      if value == value.rounded(), abs(value) < 1e15, !(value == 0 && value.sign == .minus) {
        return Array(String(Int64(value)).utf16)
      }
      return nil
    default: return nil
    }
  }

  /// The key of a property in a register, converted once (`toPropertyKey`) when computed.
  func propertyKeyRegister(_ key: NodeID, computed: Bool) -> UInt32 {
    let register = allocate()
    if let name = staticKeyName(key, computed: computed) {
      emit(.loadConst, register, module.string(units: name))
    } else {
      expression(key, into: register)
      emit(.toPropertyKey, register, register)
    }
    return register
  }

  func object(_ n: Node, into dst: UInt32?) -> UInt32 {
    let inPlace = dst != nil && dst == inPlaceDestination
    inPlaceDestination = nil
    let object = inPlace ? dst! : allocate()
    emit(.newObject, object)
    // Once an accessor is defined, a plain store could run its setter: use definitions from then on.
    var definesOnly = false
    for property in ast.list(start: n.a, count: n.b) {
      let m = mark
      let p = ast[property]
      if p.kind == .spreadElement {
        let value = expression(NodeID(p.a), into: nil)
        emit(.copyDataProperties, object, value)
        release(to: m)
        continue
      }
      let key = NodeID(p.a)
      let value = NodeID(p.b)
      let computed = p.flags.contains(.computed)
      var kind = PropertyKind(rawValue: p.op) ?? .initializer
      if kind == .initializer && p.flags.contains(.method) { kind = .method }
      let name = staticKeyName(key, computed: computed)
      switch kind {
      case .initializer:
        let isProto =
          !computed && !p.flags.contains(.shorthand) && name == Array("__proto__".utf16)
          && ast.kind(value) != .functionExpression
        if isProto {
          let v = expression(value, into: nil)
          emit(.setPrototypeOfLiteral, object, v)
        } else if let name, !definesOnly, ast.kind(key) != .numericLiteral, name != Array("__proto__".utf16) {
          let v = name.isEmpty ? expression(value, into: nil) : namedExpression(value, name: name, into: nil)
          emit(.setNamed, object, module.string(units: name), v, newInlineCache())
        } else {
          let k = propertyKeyRegister(key, computed: computed)
          let v: UInt32
          if let name {
            v = namedExpression(value, name: name, into: nil)
          } else {
            v = expression(value, into: nil)
            if isAnonymousFunction(value) { emit(.setFunctionName, v, k, 0) }
          }
          emit(.defineField, object, k, v)
        }
      case .method, .getter, .setter, .constructor:
        let k = propertyKeyRegister(key, computed: computed)
        let prefix: [UInt16] =
          kind == .getter ? Array("get ".utf16) : kind == .setter ? Array("set ".utf16) : []
        let role: FunctionRole = kind == .method ? .method : .accessor
        let function = compileFunction(value, nameHint: name.map { prefix + $0 }, into: nil, role: role)
        if name == nil { emit(.setFunctionName, function, k, kind == .getter ? 1 : kind == .setter ? 2 : 0) }
        switch kind {
        case .getter:
          emit(.defineGetter, object, k, function, 1)
          definesOnly = true
        case .setter:
          emit(.defineSetter, object, k, function, 1)
          definesOnly = true
        default:
          emit(.defineMethod, object, k, function, 1)
        }
      }
      release(to: m)
    }
    guard let dst, dst != object else { return object }
    emit(.move, dst, object)
    return dst
  }

  // MARK: Generators

  var isAsyncGenerator: Bool { kind == .asyncGenerator || kind == .asyncGeneratorMethod }

  func yieldExpression(_ n: Node, into dst: UInt32?) -> UInt32 {
    if n.flags.contains(.delegate) { return yieldStar(NodeID(n.a), into: dst) }
    let d = target(dst)
    let m = mark
    var value = NodeID(n.a).isNone ? undefinedRegister() : expression(NodeID(n.a), into: nil)
    if isAsyncGenerator {
      let awaited = allocate()
      emit(.await, awaited, value)
      value = awaited
    }
    let mode = allocate()
    emit(.yield, d, mode, value)
    resume(received: d, mode: mode)
    release(to: m)
    return d
  }

  /// After a `yield`: mode 0 continues with the value sent, 1 returns it (through finally blocks), 2
  /// throws it.
  func resume(received: UInt32, mode: UInt32) {
    let next = newLabel()
    let isReturn = newLabel()
    emitJump(.jumpIfFalse, mode, to: next)
    let test = allocate()
    emit(.loadInt, test, 2)
    emit(.strictEqual, test, mode, test)
    emitJump(.jumpIfFalse, test, to: isReturn)
    emit(.throw, received)
    bind(isReturn)
    compileReturn(received)
    bind(next)
  }

  func yieldStar(_ argument: NodeID, into dst: UInt32?) -> UInt32 {
    let d = target(dst)
    let m = mark
    let iterable = expression(argument, into: nil)
    let iterator = allocate()
    emit(isAsyncGenerator ? .getAsyncIterator : .getIterator, iterator, iterable)
    let received = allocate()
    let mode = allocate()
    let result = allocate()
    let flag = allocate()
    emit(.loadUndefined, received)
    emit(.loadInt, mode, 0)
    let top = newLabel()
    let done = newLabel()
    bind(top)
    emit(.delegateStep, result, iterator, mode, received)
    if isAsyncGenerator { emit(.await, result, result) }
    emit(.resultDone, flag, result)
    emitJump(.jumpIfTrue, flag, to: done)
    emit(.resultValue, flag, result)
    emit(.yield, received, mode, flag)
    jump(to: top)
    bind(done)
    emit(.resultValue, d, result)
    // A `return` sent in and completed by the inner iterator returns from this generator too.
    let value = newLabel()
    emit(.loadInt, flag, 1)
    emit(.strictEqual, flag, mode, flag)
    emitJump(.jumpIfFalse, flag, to: value)
    compileReturn(d)
    bind(value)
    release(to: m)
    return d
  }
}
