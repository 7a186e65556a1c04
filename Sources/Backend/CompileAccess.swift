import Bytecode
import Frontend

/// Property access, calls, `new`, `super`, private names and optional chains.
extension FunctionCompiler {
  func member(_ id: NodeID, into dst: UInt32?) -> UInt32 {
    let n = ast[id]
    let objectNode = NodeID(n.a)
    if ast.kind(objectNode) == .superExpression {
      let m = mark
      let key = propertyKey(id, n)
      let home = lexical(.lexicalHome, into: nil)
      let this = lexical(.lexicalThis, into: nil)
      let d = dst ?? allocateAfter(m)
      emit(.getSuper, d, home, this, key)
      if dst == nil { release(to: d + 1) }
      return d
    }
    let m = mark
    var object = expression(objectNode, into: nil)
    if n.flags.contains(.optional), let end = optionalChainEnd {
      emitJump(.jumpIfNullish, object, to: end)
    }
    let property = NodeID(n.b)
    if ast.kind(property) == .privateIdentifier {
      let name = privateName(property)
      let d = dst ?? allocateAfter(m)
      emit(.getPrivate, d, object, name)
      if dst == nil { release(to: d + 1) }
      return d
    }
    if n.flags.contains(.computed) {
      if isBindingRegister(object) && mayWriteLocals(property) {
        let copy = allocate()
        emit(.move, copy, object)
        object = copy
      }
      let key = expression(property, into: nil)
      let d = dst ?? allocateAfter(m)
      emit(.getKeyed, d, object, key)
      if dst == nil { release(to: d + 1) }
      return d
    }
    let d = dst ?? allocateAfter(m)
    emit(.getNamed, d, object, module.string(ast.name(property)), newInlineCache())
    if dst == nil { release(to: d + 1) }
    return d
  }

  /// The register holding private name `#x` of the innermost class that declares it.
  func privateName(_ id: NodeID) -> UInt32 {
    let name = ast.name(id)
    for context in classStack.reversed() {
      if let binding = context.privateNames[name] {
        return loadBinding(binding, into: nil, checked: false, name: name)
      }
    }
    module.report(
      .internalLimit, "internal: private name \(name) is not declared by an enclosing class", at: id,
      help: "report this module to the cruft maintainers")
    return undefinedRegister()
  }

  func chain(_ id: NodeID, into dst: UInt32?) -> UInt32 {
    let d = target(dst)
    let savedEnd = optionalChainEnd
    let savedResult = optionalChainResult
    let nullish = newLabel()
    let end = newLabel()
    optionalChainEnd = nullish
    optionalChainResult = d
    expression(NodeID(ast[id].a), into: d)
    optionalChainEnd = savedEnd
    optionalChainResult = savedResult
    jump(to: end)
    bind(nullish)
    emit(.loadUndefined, d)
    bind(end)
    return d
  }

  // MARK: Calls

  func call(_ id: NodeID, into dst: UInt32?) -> UInt32 {
    let n = ast[id]
    if n.kind == .taggedTemplateExpression { return taggedTemplate(id, n, into: dst) }
    let callee = NodeID(n.a)
    let arguments = ast.list(start: n.b, count: n.c)
    let m = mark
    if n.kind == .newExpression {
      var function = expression(callee, into: nil)
      if isBindingRegister(function) && arguments.contains(where: { mayWriteLocals($0) }) {
        let copy = allocate()
        emit(.move, copy, function)
        function = copy
      }
      let (base, spread) = argumentList(arguments)
      let d = dst ?? allocateAfter(m)
      record(id)
      noteCalleeText(callee)
      if let spread {
        emit(.constructSpread, d, function, spread)
      } else {
        emit(.construct, d, function, base, UInt32(arguments.count))
      }
      if dst == nil { release(to: d + 1) }
      return d
    }
    if let required = requireCall(callee, arguments) {
      let d = target(dst)
      record(id)
      emit(.requireModule, d, required)
      return d
    }
    if ast.kind(callee) == .superExpression {
      let (base, spread) = argumentList(arguments)
      let d = dst ?? allocateAfter(m)
      record(id)
      if let spread {
        emit(.superCallSpread, d, spread)
      } else {
        emit(.superCall, d, base, UInt32(arguments.count))
      }
      storeLexicalThisAfterSuper(d)
      if dst == nil { release(to: d + 1) }
      return d
    }
    let (function, this) = calleeAndThis(callee)
    if n.flags.contains(.optional), let end = optionalChainEnd {
      emitJump(.jumpIfNullish, function, to: end)
    }
    var thisRegister = this
    if isBindingRegister(thisRegister) && arguments.contains(where: { mayWriteLocals($0) }) {
      let copy = allocate()
      emit(.move, copy, thisRegister)
      thisRegister = copy
    }
    let (base, spread) = argumentList(arguments)
    let d = dst ?? allocateAfter(m)
    record(id)
    noteCalleeText(callee)
    if let spread {
      emit(.callSpread, d, function, thisRegister, spread)
    } else {
      emit(.call, d, function, thisRegister, base, UInt32(arguments.count))
    }
    if dst == nil { release(to: d + 1) }
    return d
  }

  /// Records how the source spells the callee of the call or `new` about to be emitted, for the
  /// VM's "is not a function" message.
  func noteCalleeText(_ callee: NodeID) {
    guard let text = calleeText(callee) else { return }
    calleeTexts.append(BytecodeFunction.CalleeText(pc: pc, text: Array(text.utf16)))
  }

  /// How V8 spells a callee in "x is not a function": a name, `this`, a property chain (`a.b?.c`,
  /// `a[k]`, `a[0]`, a string key as `.key`) and calls within it (`f(...).g`); nil for any other
  /// expression, whose value the VM then shows instead.
  func calleeText(_ id: NodeID) -> String? {
    let n = ast[id]
    switch n.kind {
    case .identifier: return ast.name(id)
    case .thisExpression: return "this"
    case .chainExpression: return calleeText(NodeID(n.a))
    case .callExpression: return calleeText(NodeID(n.a)).map { $0 + "(...)" }
    case .memberExpression:
      let property = NodeID(n.b)
      guard ast.kind(NodeID(n.a)) != .superExpression, ast.kind(property) != .privateIdentifier,
        let object = calleeText(NodeID(n.a))
      else { return nil }
      let optional = n.flags.contains(.optional) ? "?." : ""
      guard n.flags.contains(.computed) else {
        return object + (optional.isEmpty ? "." : optional) + ast.name(property)
      }
      switch ast.kind(property) {
      case .stringLiteral:
        return object + (optional.isEmpty ? "." : optional)
          + String(decoding: ast.stringValue(property), as: UTF16.self)
      case .numericLiteral: return object + optional + "[" + ast.sourceText(property) + "]"
      default: return calleeText(property).map { object + optional + "[" + $0 + "]" }
      }
    default: return nil
    }
  }

  /// `require('x')` of a module of the bundle: the import index.
  func requireCall(_ callee: NodeID, _ arguments: ArraySlice<NodeID>) -> UInt32? {
    guard module.isCommonJS, ast.kind(callee) == .identifier, ast.name(callee) == "require",
      arguments.count == 1, let argument = arguments.first, ast.kind(argument) == .stringLiteral
    else { return nil }
    switch module.scopes.resolution(of: callee) {
    case .free: break
    case .binding(let b) where module.scopes.bindings[b].kind == .commonJSWrapper: break
    default: return nil
    }
    return module.importIndex[String(decoding: ast.stringValue(argument), as: UTF16.self)]
  }

  /// The function to call and the `this` to pass: the object for a method call, else undefined.
  func calleeAndThis(_ callee: NodeID) -> (UInt32, UInt32) {
    var node = callee
    // A parenthesized member is still a method call: (o.m)() passes o, and so does (o?.m)().
    let n = ast[node]
    if n.kind == .chainExpression && ast.kind(NodeID(n.a)) == .memberExpression
      && module.capabilities.substitutions[node] == nil
    {
      let function = allocate()
      let this = allocate()
      let nullish = newLabel()
      let end = newLabel()
      let saved = optionalChainEnd
      optionalChainEnd = nullish
      let (f, t) = calleeAndThis(NodeID(n.a))
      optionalChainEnd = saved
      emit(.move, function, f)
      emit(.move, this, t)
      jump(to: end)
      bind(nullish)
      emit(.loadUndefined, function)
      emit(.loadUndefined, this)
      bind(end)
      return (function, this)
    }
    if let text = module.capabilities.substitutions[node], text.hasPrefix("$"), text.contains("."),
      !text.hasSuffix("()")
    {
      let parts = text.split(separator: ".", maxSplits: 1)
      if let handle = module.handleIndex[String(parts[0])] {
        let object = allocate()
        emit(.loadHandle, object, handle)
        let function = allocate()
        emit(.getNamed, function, object, module.string(String(parts[1])), newInlineCache())
        return (function, object)
      }
    }
    if module.capabilities.substitutions[node] == nil && n.kind == .memberExpression {
      let objectNode = NodeID(n.a)
      if ast.kind(objectNode) == .superExpression {
        let key = propertyKey(node, n)
        let home = lexical(.lexicalHome, into: nil)
        let this = lexical(.lexicalThis, into: nil)
        let function = allocate()
        emit(.getSuper, function, home, this, key)
        return (function, this)
      }
      var object = expression(objectNode, into: nil)
      if n.flags.contains(.optional), let end = optionalChainEnd {
        emitJump(.jumpIfNullish, object, to: end)
      }
      let property = NodeID(n.b)
      let function: UInt32
      if ast.kind(property) == .privateIdentifier {
        let name = privateName(property)
        function = allocate()
        emit(.getPrivate, function, object, name)
      } else if n.flags.contains(.computed) {
        if isBindingRegister(object) && mayWriteLocals(property) {
          let copy = allocate()
          emit(.move, copy, object)
          object = copy
        }
        let key = expression(property, into: nil)
        function = allocate()
        emit(.getKeyed, function, object, key)
      } else {
        function = allocate()
        emit(.getNamed, function, object, module.string(ast.name(property)), newInlineCache())
      }
      return (function, object)
    }
    node = callee
    let function = expression(node, into: nil)
    if let undefinedConstant { return (function, undefinedConstant) }
    let this = allocate()
    emit(.loadUndefined, this)
    return (function, this)
  }

  /// Evaluates arguments into consecutive registers, or into an array when one is spread.
  func argumentList(_ arguments: ArraySlice<NodeID>) -> (base: UInt32, spread: UInt32?) {
    if arguments.contains(where: { ast.kind($0) == .spreadElement }) {
      let array = allocate()
      emit(.newArray, array, UInt32(arguments.count))
      for argument in arguments {
        let m = mark
        if ast.kind(argument) == .spreadElement {
          let value = expression(NodeID(ast[argument].a), into: nil)
          emit(.arraySpread, array, value)
        } else {
          let value = expression(argument, into: nil)
          emit(.arrayPush, array, value)
        }
        release(to: m)
      }
      return (array, array)
    }
    // With no arguments the base is still a register of the frame, as the verifier requires.
    let base = allocate(count: max(arguments.count, 1))
    for (index, argument) in arguments.enumerated() {
      let m = mark
      expression(argument, into: base + UInt32(index))
      release(to: m)
    }
    return (base, nil)
  }

  func taggedTemplate(_ id: NodeID, _ n: Node, into dst: UInt32?) -> UInt32 {
    let m = mark
    let (function, this) = calleeAndThis(NodeID(n.a))
    let quasi = ast[NodeID(n.b)]
    let parts = Array(ast.list(start: quasi.a, count: quasi.b))
    var cooked: [[UInt16]?] = []
    var raw: [[UInt16]] = []
    var substitutions: [NodeID] = []
    for part in parts {
      if ast.kind(part) == .templateElement {
        cooked.append(ast[part].flags.contains(.invalidCooked) ? nil : ast.templateCookedValue(part))
        raw.append(ast.templateRawValue(part))
      } else {
        substitutions.append(part)
      }
    }
    let base = allocate(count: substitutions.count + 1)
    // One template object per site: the constant is made unique by the site's position.
    emit(.getTemplateObject, base, templateSite(cooked: cooked, raw: raw, at: id))
    for (index, substitution) in substitutions.enumerated() {
      let mm = mark
      expression(substitution, into: base + 1 + UInt32(index))
      release(to: mm)
    }
    let d = dst ?? allocateAfter(m)
    record(id)
    noteCalleeText(NodeID(n.a))
    emit(.call, d, function, this, base, UInt32(substitutions.count + 1))
    if dst == nil { release(to: d + 1) }
    return d
  }

  /// The template constant of a tagged template site. Equal templates at two sites must give two
  /// objects, so each site gets its own pool entry even when the strings are equal.
  func templateSite(cooked: [[UInt16]?], raw: [[UInt16]], at id: NodeID) -> UInt32 {
    let index = UInt32(module.constants.count)
    module.constants.append(.template(cooked: cooked, raw: raw))
    return index
  }

  /// After `super()` in a constructor whose arrows read `this`, their slot gets the new `this`.
  func storeLexicalThisAfterSuper(_ this: UInt32) {
    guard let binding = analysis.lexicalThis[thisScope] else { return }
    storePlace(place(of: binding), this)
  }
}
