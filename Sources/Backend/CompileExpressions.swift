import Bytecode
import Frontend
import GraphCheck

extension FunctionCompiler {
  /// Compiles an expression. With `dst` the value ends in `dst`; without, in any register (possibly a
  /// binding's own register, which the caller must not write).
  @discardableResult
  func expression(_ id: NodeID, into dst: UInt32?) -> UInt32 {
    if let text = module.capabilities.substitutions[id] { return substitution(text, at: id, into: dst) }
    let n = ast[id]
    switch n.kind {
    case .identifier:
      return identifier(id, into: dst)
    case .numericLiteral:
      return number(ast.numberValue(id), into: dst)
    case .stringLiteral:
      let d = target(dst)
      emit(.loadConst, d, module.string(units: ast.stringValue(id)))
      return d
    case .booleanLiteral:
      let d = target(dst)
      emit(n.op == 1 ? .loadTrue : .loadFalse, d)
      return d
    case .nullLiteral:
      let d = target(dst)
      emit(.loadNull, d)
      return d
    case .bigIntLiteral:
      let d = target(dst)
      emit(.loadConst, d, module.constant(.bigint(BigIntText.decimal(String(ast.sourceText(id))))))
      return d
    case .regExpLiteral:
      let d = target(dst)
      emit(.newRegExp, d, module.constant(regExpConstant(id)))
      return d
    case .templateLiteral:
      return template(id, into: dst)
    case .taggedTemplateExpression:
      return call(id, into: dst)
    case .thisExpression:
      return this(into: dst)
    case .arrayExpression:
      return array(n, into: dst)
    case .objectExpression:
      return object(n, into: dst)
    case .functionExpression, .arrowFunctionExpression:
      return compileFunction(id, nameHint: nil, into: dst)
    case .classExpression:
      return compileClass(id, nameHint: nil, into: dst)
    case .unaryExpression:
      return unary(id, n, into: dst)
    case .updateExpression:
      return update(n, into: dst, resultUsed: true)
    case .binaryExpression:
      return binary(n, into: dst)
    case .logicalExpression:
      return logical(n, into: dst)
    case .assignmentExpression:
      return assignment(n, into: dst)
    case .conditionalExpression:
      let test = NodeID(n.a)
      if let constant = module.capabilities.constantTests[test] {
        return expression(NodeID(constant ? n.b : n.c), into: dst)
      }
      let d = target(dst)
      let otherwise = newLabel()
      let end = newLabel()
      branch(test, when: false, to: otherwise)
      expression(NodeID(n.b), into: d)
      jump(to: end)
      bind(otherwise)
      expression(NodeID(n.c), into: d)
      bind(end)
      return d
    case .sequenceExpression:
      let items = ast.list(start: n.a, count: n.b)
      for item in items.dropLast() {
        let m = mark
        effect(item)
        release(to: m)
      }
      return expression(items.last!, into: dst)
    case .callExpression, .newExpression:
      return call(id, into: dst)
    case .memberExpression:
      return member(id, into: dst)
    case .chainExpression:
      return chain(id, into: dst)
    case .yieldExpression:
      return yieldExpression(n, into: dst)
    case .awaitExpression:
      let d = target(dst)
      let value = expression(NodeID(n.a), into: nil)
      emit(.await, d, value)
      return d
    case .metaProperty:
      let d = target(dst)
      if n.op == MetaPropertyKind.importMeta.rawValue {
        emit(.loadModuleMeta, d, 4)
      } else {
        return lexical(.lexicalNewTarget, into: dst)
      }
      return d
    case .importExpression:
      return dynamicImport(id, n, into: dst)
    case .spreadElement, .superExpression, .privateIdentifier:
      module.report(
        .unsupportedConstruct, "\(n.kind) cannot be compiled here", at: id,
        help: "rewrite the expression without it")
      let d = target(dst)
      emit(.loadUndefined, d)
      return d
    default:
      module.report(
        .unsupportedConstruct, "\(n.kind) cannot be compiled as an expression", at: id,
        help: "rewrite the expression without it")
      let d = target(dst)
      emit(.loadUndefined, d)
      return d
    }
  }

  /// `import('literal')` of a module of the bundle: its namespace, as a resolved promise (the
  /// closed graph has already loaded it; evaluation happens on first use, as with `require`).
  func dynamicImport(_ id: NodeID, _ n: Node, into dst: UInt32?) -> UInt32 {
    guard let index = importIndex(ofSource: NodeID(n.a)) else {
      module.report(
        .unsupportedConstruct, "import() of a module outside the bundle cannot be compiled", at: id,
        help: "import a module of the application or its dependencies with a string literal")
      let d = target(dst)
      emit(.loadUndefined, d)
      return d
    }
    let m = mark
    let registers = allocate(count: 4)
    emit(.importModule, registers + 3, index)
    emit(.loadGlobal, registers + 1, module.string("Promise"))
    emit(.getNamed, registers, registers + 1, module.string("resolve"), newInlineCache())
    let d = dst ?? m
    record(id)
    emit(.call, d, registers, registers + 1, registers + 3, 1)
    release(to: dst == nil ? m + 1 : m)
    return d
  }

  /// Evaluates an expression for its effects only.
  func effect(_ id: NodeID) {
    let n = ast[id]
    if module.capabilities.substitutions[id] == nil {
      switch n.kind {
      case .updateExpression:
        _ = update(n, into: nil, resultUsed: false)
        return
      case .sequenceExpression:
        for item in ast.list(start: n.a, count: n.b) {
          let m = mark
          effect(item)
          release(to: m)
        }
        return
      case .identifier, .numericLiteral, .stringLiteral, .booleanLiteral, .nullLiteral:
        if ast.kind(id) == .identifier, case .binding = module.scopes.resolution(of: id) {
          _ = expression(id, into: nil)
        } else if ast.kind(id) == .identifier {
          _ = expression(id, into: nil)
        }
        return
      default:
        break
      }
    }
    let m = mark
    _ = expression(id, into: nil)
    release(to: m)
  }

  /// Compiles an expression with NamedEvaluation: an anonymous function or class gets `name`.
  func namedExpression(_ id: NodeID, name: [UInt16], into dst: UInt32?) -> UInt32 {
    let n = ast[id]
    switch n.kind {
    case .functionExpression where NodeID(n.a).isNone, .arrowFunctionExpression:
      return compileFunction(id, nameHint: name, into: dst)
    case .classExpression where NodeID(n.a).isNone:
      return compileClass(id, nameHint: name, into: dst)
    default:
      return expression(id, into: dst)
    }
  }

  /// Whether an expression is an anonymous function or class definition (it takes a name from
  /// where it is stored).
  func isAnonymousFunction(_ id: NodeID) -> Bool {
    let n = ast[id]
    switch n.kind {
    case .functionExpression, .classExpression: return NodeID(n.a).isNone
    case .arrowFunctionExpression: return true
    default: return false
    }
  }

  func number(_ value: Double, into dst: UInt32?) -> UInt32 {
    let d = target(dst)
    if let int = Int32(exactly: value), !(value == 0 && value.sign == .minus) {
      emit(.loadInt, d, UInt32(bitPattern: int))
    } else {
      emit(.loadConst, d, module.constant(.number(value)))
    }
    return d
  }

  func regExpConstant(_ id: NodeID) -> Constant {
    let text = Array(ast.sourceText(id).utf16)
    let slash = UInt16(UInt8(ascii: "/"))
    let last = text.lastIndex(of: slash) ?? 0
    let pattern = Array(text[1..<max(last, 1)])
    let flags = String(decoding: text[(last + 1)...], as: UTF16.self)
    return .regexp(pattern: pattern, flags: flags)
  }

  // MARK: Names

  func identifier(_ id: NodeID, into dst: UInt32?) -> UInt32 {
    switch module.scopes.resolution(of: id) {
    case .binding(let binding):
      return readBinding(binding, reference: id, into: dst)
    default:
      let name = ast.name(id)
      let d = target(dst)
      switch name {
      case "undefined": emit(.loadUndefined, d)
      case "NaN": emit(.loadConst, d, module.constant(.number(.nan)))
      case "Infinity": emit(.loadConst, d, module.constant(.number(.infinity)))
      default: if !loadLibraryGlobal(name, into: d) { emit(.loadGlobal, d, module.string(name)) }
      }
      return d
    }
  }

  /// `Buffer`, `URL`, ... read as free names: the export of the same name of the library module
  /// that GraphCheck linked to this module (an implicit edge). False when there is none.
  func loadLibraryGlobal(_ name: String, into d: UInt32) -> Bool {
    guard let specifier = NodeLibrary.implicitSpecifier(forGlobal: name),
      let index = module.importIndex[specifier]
    else { return false }
    emit(.requireModule, d, index)
    emit(.getNamed, d, d, module.string(name), newInlineCache())
    return true
  }

  func readBinding(_ binding: Int, reference: NodeID, into dst: UInt32?) -> UInt32 {
    let declared = module.scopes.bindings[binding]
    if declared.kind == .import { return readImport(binding, into: dst) }
    if declared.kind == .commonJSWrapper && ast.name(reference) == "require" {
      module.report(
        .unsupportedConstruct, "'require' used as a value cannot be compiled", at: reference,
        help: "call require with a string literal: require('name')")
      let d = target(dst)
      emit(.loadUndefined, d)
      return d
    }
    return loadBinding(
      binding, into: dst, checked: analysis.checkedReferences.contains(reference.index),
      name: ast.name(reference))
  }

  /// A CapLowering substitution: a folded `typeof`, a handle, a handle's member, or the clock's date.
  func substitution(_ text: String, at id: NodeID, into dst: UInt32?) -> UInt32 {
    let d = target(dst)
    if text.hasPrefix("\"") {
      emit(.loadConst, d, module.string(String(text.dropFirst().dropLast())))
      return d
    }
    var body = Substring(text)
    let isCall = body.hasSuffix("()")
    if isCall { body = body.dropLast(2) }
    let parts = body.split(separator: ".", maxSplits: 1)
    guard let handle = module.handleIndex[String(parts[0])] else {
      module.report(
        .internalLimit, "internal: no handle for '\(parts[0])'", at: id,
        help: "report this module to the cruft maintainers")
      emit(.loadUndefined, d)
      return d
    }
    guard parts.count == 2 else {
      emit(.loadHandle, d, handle)
      return d
    }
    let m = mark
    let object = allocate()
    emit(.loadHandle, object, handle)
    if isCall {
      // The function, then an (empty) argument window that must still lie inside the frame.
      let function = allocate(count: 2)
      emit(.getNamed, function, object, module.string(String(parts[1])), newInlineCache())
      record(id)
      emit(.call, d, function, object, function + 1, 0)
    } else {
      emit(.getNamed, d, object, module.string(String(parts[1])), newInlineCache())
    }
    release(to: m)
    return d
  }

  // MARK: this, super, new.target

  func this(into dst: UInt32?) -> UInt32 {
    lexical(.lexicalThis, into: dst)
  }

  /// `this`, `new.target` or the home object: the frame's own, or through the environment slot the
  /// nearest non-arrow function stored it in.
  func lexical(_ kind: ModuleAnalysis.SyntheticKind, into dst: UInt32?) -> UInt32 {
    if thisScope == analysis.moduleScope || unitKind == .module {
      let d = target(dst)
      if kind == .lexicalThis && module.isCommonJS {
        emit(.loadModuleMeta, d, 1)
      } else {
        emit(.loadUndefined, d)
      }
      return d
    }
    if isArrowUnit {
      let table: [Int: Int]
      switch kind {
      case .lexicalThis: table = analysis.lexicalThis
      case .lexicalNewTarget: table = analysis.lexicalNewTarget
      default: table = analysis.lexicalHome
      }
      if let binding = table[thisScope] {
        return loadBinding(binding, into: dst, checked: kind == .lexicalThis, name: "this")
      }
    }
    if kind == .lexicalThis, let thisRegister {
      guard let dst else { return thisRegister }
      emit(.move, dst, thisRegister)
      return dst
    }
    let d = target(dst)
    switch kind {
    case .lexicalThis: emit(.loadThis, d)
    case .lexicalNewTarget: emit(.loadNewTarget, d)
    default: emit(.loadHomeObject, d)
    }
    return d
  }

  // MARK: Operators

  static let binaryOpcodes: [Operator: Opcode] = [
    .add: .add, .subtract: .subtract, .multiply: .multiply, .divide: .divide, .remainder: .remainder,
    .exponent: .exponent, .bitwiseAnd: .bitwiseAnd, .bitwiseOr: .bitwiseOr, .bitwiseXor: .bitwiseXor,
    .shiftLeft: .shiftLeft, .shiftRight: .shiftRight, .shiftRightUnsigned: .shiftRightUnsigned,
    .equal: .equal, .notEqual: .notEqual, .strictEqual: .strictEqual, .strictNotEqual: .strictNotEqual,
    .less: .less, .lessEqual: .lessEqual, .greater: .greater, .greaterEqual: .greaterEqual,
    .instanceof: .instanceOf, .in: .in,
    .addAssign: .add, .subtractAssign: .subtract, .multiplyAssign: .multiply, .divideAssign: .divide,
    .remainderAssign: .remainder, .exponentAssign: .exponent, .shiftLeftAssign: .shiftLeft,
    .shiftRightAssign: .shiftRight, .shiftRightUnsignedAssign: .shiftRightUnsigned,
    .bitwiseAndAssign: .bitwiseAnd, .bitwiseOrAssign: .bitwiseOr, .bitwiseXorAssign: .bitwiseXor,
  ]

  /// Evaluates two operands, keeping the left's value safe from writes in the right.
  func operands(_ left: NodeID, _ right: NodeID) -> (UInt32, UInt32) {
    var l = expression(left, into: nil)
    if isBindingRegister(l) && mayWriteLocals(right) {
      let copy = allocate()
      emit(.move, copy, l)
      l = copy
    }
    let r = expression(right, into: nil)
    return (l, r)
  }

  func isBindingRegister(_ register: UInt32) -> Bool {
    register < firstTemporary
  }

  func binary(_ n: Node, into dst: UInt32?) -> UInt32 {
    let op = Operator(rawValue: n.op)!
    let left = NodeID(n.a)
    if ast.kind(left) == .privateIdentifier {
      // `#x in object`
      let name = privateName(left)
      let object = expression(NodeID(n.b), into: nil)
      let d = target(dst)
      emit(.hasPrivate, d, name, object)
      return d
    }
    let m = mark
    let (l, r) = operands(left, NodeID(n.b))
    let d = dst ?? allocateAfter(m)
    emit(FunctionCompiler.binaryOpcodes[op]!, d, l, r)
    if dst == nil { release(to: d + 1) }
    return d
  }

  /// A fresh result register for an expression whose temporaries started at `m`: the first of them
  /// (they are dead once the result is computed), so that chains of operators reuse registers.
  func allocateAfter(_ m: UInt32) -> UInt32 {
    if nextRegister > m {
      return m
    }
    return allocate()
  }

  func unary(_ id: NodeID, _ n: Node, into dst: UInt32?) -> UInt32 {
    let op = Operator(rawValue: n.op)!
    let argument = NodeID(n.a)
    switch op {
    case .typeof:
      let d = target(dst)
      if ast.kind(argument) == .identifier && module.capabilities.substitutions[argument] == nil,
        module.scopes.resolution(of: argument) == .free
      {
        let name = ast.name(argument)
        if name == "undefined" {
          emit(.loadUndefined, d)
        } else if !loadLibraryGlobal(name, into: d) {
          emit(.loadGlobalOrUndefined, d, module.string(name))
        }
        emit(.typeOf, d, d)
        return d
      }
      if ast.kind(argument) == .identifier, case .binding(let b) = module.scopes.resolution(of: argument),
        module.scopes.bindings[b].kind == .commonJSWrapper && ast.name(argument) == "require"
      {
        emit(.loadConst, d, module.string("function"))
        return d
      }
      let value = expression(argument, into: nil)
      emit(.typeOf, d, value)
      return d
    case .void:
      effect(argument)
      let d = target(dst)
      emit(.loadUndefined, d)
      return d
    case .delete:
      return delete(argument, into: dst)
    case .logicalNot:
      let value = expression(argument, into: nil)
      let d = target(dst)
      emit(.logicalNot, d, value)
      return d
    case .negate:
      if ast.kind(argument) == .numericLiteral {
        return number(-ast.numberValue(argument), into: dst)
      }
      let value = expression(argument, into: nil)
      let d = target(dst)
      emit(.negate, d, value)
      return d
    case .plus:
      let value = expression(argument, into: nil)
      let d = target(dst)
      emit(.toNumber, d, value)
      return d
    case .bitwiseNot:
      let value = expression(argument, into: nil)
      let d = target(dst)
      emit(.bitwiseNot, d, value)
      return d
    default:
      return expression(argument, into: dst)
    }
  }

  func delete(_ argument: NodeID, into dst: UInt32?) -> UInt32 {
    var target = argument
    while ast.kind(target) == .chainExpression { target = NodeID(ast[target].a) }
    let n = ast[target]
    guard n.kind == .memberExpression, ast.kind(NodeID(n.a)) != .superExpression else {
      effect(argument)
      let d = self.target(dst)
      emit(.loadTrue, d)
      return d
    }
    let d = self.target(dst)
    let end = newLabel()
    let savedEnd = optionalChainEnd
    let savedResult = optionalChainResult
    if ast.kind(argument) == .chainExpression {
      optionalChainEnd = end
      optionalChainResult = d
    }
    let object = expression(NodeID(n.a), into: nil)
    if n.flags.contains(.optional), let chainEnd = optionalChainEnd {
      emit(.loadTrue, d)
      emitJump(.jumpIfNullish, object, to: chainEnd)
    }
    let key = propertyKey(target, n)
    emit(.deleteKeyed, d, object, key)
    optionalChainEnd = savedEnd
    optionalChainResult = savedResult
    bind(end)
    return d
  }

  /// The key of a member expression in a register (a string constant for `o.name`).
  func propertyKey(_ id: NodeID, _ n: Node) -> UInt32 {
    let property = NodeID(n.b)
    if n.flags.contains(.computed) { return expression(property, into: nil) }
    let key = allocate()
    emit(.loadConst, key, module.string(ast.name(property)))
    return key
  }

  func logical(_ n: Node, into dst: UInt32?) -> UInt32 {
    let op = Operator(rawValue: n.op)!
    let left = NodeID(n.a)
    if let constant = module.capabilities.constantTests[left] {
      // Folded by CapLowering: `true || x` is the left, `true && x` the right.
      if (op == .logicalOr) == constant { return expression(left, into: dst) }
      return expression(NodeID(n.b), into: dst)
    }
    let d = target(dst)
    let end = newLabel()
    expression(left, into: d)
    switch op {
    case .logicalAnd: emitJump(.jumpIfFalse, d, to: end)
    case .logicalOr: emitJump(.jumpIfTrue, d, to: end)
    default: emitJump(.jumpIfNotNullish, d, to: end)
    }
    let m = mark
    expression(NodeID(n.b), into: d)
    release(to: m)
    bind(end)
    return d
  }

  // MARK: Conditions

  /// Jumps to `label` when the expression's truth value is `when`; falls through otherwise.
  func branch(_ id: NodeID, when: Bool, to label: Int) {
    if let constant = module.capabilities.constantTests[id] {
      if constant == when { jump(to: label) }
      return
    }
    let n = ast[id]
    let m = mark
    defer { release(to: m) }
    if module.capabilities.substitutions[id] == nil {
      switch n.kind {
      case .unaryExpression where n.op == Operator.logicalNot.rawValue:
        branch(NodeID(n.a), when: !when, to: label)
        return
      case .logicalExpression where n.op != Operator.coalesce.rawValue:
        let isAnd = n.op == Operator.logicalAnd.rawValue
        if isAnd != when {
          // (a && b) false: either is false. (a || b) true: either is true.
          branch(NodeID(n.a), when: when, to: label)
          branch(NodeID(n.b), when: when, to: label)
        } else {
          let skip = newLabel()
          branch(NodeID(n.a), when: !when, to: skip)
          branch(NodeID(n.b), when: when, to: label)
          bind(skip)
        }
        return
      case .binaryExpression:
        if fusedBranch(n, when: when, to: label) { return }
      default:
        break
      }
    }
    let value = expression(id, into: nil)
    emitJump(when ? .jumpIfTrue : .jumpIfFalse, value, to: label)
  }

  /// `a < b`, `a <= b` (and mirrored `>`, `>=`) as fused compare-and-jump; `x == null` and
  /// `x === undefined` as nullish/undefined tests.
  func fusedBranch(_ n: Node, when: Bool, to label: Int) -> Bool {
    guard let op = Operator(rawValue: n.op) else { return false }
    let left = NodeID(n.a)
    let right = NodeID(n.b)
    if ast.kind(left) == .privateIdentifier { return false }
    switch op {
    case .less, .lessEqual, .greater, .greaterEqual:
      guard !when else { return false }
      let (l, r) = operands(left, right)
      switch op {
      case .less: emitJump(.jumpIfNotLess, l, r, to: label)
      case .lessEqual: emitJump(.jumpIfNotLessEqual, l, r, to: label)
      case .greater: emitJump(.jumpIfNotLess, r, l, to: label)
      default: emitJump(.jumpIfNotLessEqual, r, l, to: label)
      }
      return true
    case .equal, .notEqual, .strictEqual, .strictNotEqual:
      let isNull = ast.kind(right) == .nullLiteral
      let isUndefined = isUndefinedName(right)
      guard isNull || isUndefined else { return false }
      let loose = op == .equal || op == .notEqual
      let positive = op == .equal || op == .strictEqual
      let value = expression(left, into: nil)
      let jumpWhenMatch = positive == when
      if loose {
        emitJump(jumpWhenMatch ? .jumpIfNullish : .jumpIfNotNullish, value, to: label)
      } else if isUndefined {
        emitJump(jumpWhenMatch ? .jumpIfUndefined : .jumpIfNotUndefined, value, to: label)
      } else {
        return falseBranchFallback(n, op: op, value: value, when: when, to: label)
      }
      return true
    default:
      return false
    }
  }

  func falseBranchFallback(_ n: Node, op: Operator, value: UInt32, when: Bool, to label: Int) -> Bool {
    let null = allocate()
    emit(.loadNull, null)
    emit(.strictEqual, null, value, null)
    let positive = op == .strictEqual
    emitJump(positive == when ? .jumpIfTrue : .jumpIfFalse, null, to: label)
    return true
  }

  func isUndefinedName(_ id: NodeID) -> Bool {
    ast.kind(id) == .identifier && ast.name(id) == "undefined" && module.scopes.resolution(of: id) == .free
      && module.capabilities.substitutions[id] == nil
  }

  /// Whether evaluating an expression may write a register binding of this unit (an assignment or
  /// update of a local): then a binding register read before it must be copied.
  func mayWriteLocals(_ id: NodeID) -> Bool {
    guard !id.isNone else { return false }
    if let known = writesLocals[id.index] { return known }
    let n = ast[id]
    var result = false
    switch n.kind {
    case .functionExpression, .arrowFunctionExpression, .classExpression, .identifier, .numericLiteral,
      .stringLiteral, .thisExpression:
      result = false
    case .assignmentExpression, .updateExpression:
      result = true
    default:
      result = ast.children(of: id).contains { mayWriteLocals($0) }
    }
    writesLocals[id.index] = result
    return result
  }

  // MARK: Literals

  func template(_ id: NodeID, into dst: UInt32?) -> UInt32 {
    let n = ast[id]
    let parts = Array(ast.list(start: n.a, count: n.b))
    let d = target(dst)
    let m = mark
    var started = false
    for part in parts {
      if ast.kind(part) == .templateElement {
        let cooked = ast.templateCookedValue(part) ?? []
        if cooked.isEmpty && (started || parts.count > 1) { continue }
        if started {
          let piece = allocate()
          emit(.loadConst, piece, module.string(units: cooked))
          emit(.add, d, d, piece)
          release(to: m)
        } else {
          emit(.loadConst, d, module.string(units: cooked))
          started = true
        }
      } else {
        let value = expression(part, into: nil)
        if started {
          let piece = allocate()
          emit(.toString, piece, value)
          emit(.add, d, d, piece)
        } else {
          emit(.toString, d, value)
          started = true
        }
        release(to: m)
      }
    }
    if !started { emit(.loadConst, d, module.string("")) }
    return d
  }

  func array(_ n: Node, into dst: UInt32?) -> UInt32 {
    let elements = ast.list(start: n.a, count: n.b)
    let inPlace = dst != nil && dst == inPlaceDestination
    inPlaceDestination = nil
    let result = inPlace ? dst! : allocate()
    emit(.newArray, result, UInt32(elements.count))
    for element in elements {
      let m = mark
      if element.isNone {
        emit(.arrayPushHole, result)
      } else if ast.kind(element) == .spreadElement {
        let value = expression(NodeID(ast[element].a), into: nil)
        emit(.arraySpread, result, value)
      } else {
        let value = expression(element, into: nil)
        emit(.arrayPush, result, value)
      }
      release(to: m)
    }
    guard let dst, dst != result else { return result }
    emit(.move, dst, result)
    return dst
  }

  /// Whether an expression writes its destination only with its last instruction, after reading
  /// everything it reads: then it can be compiled straight into a binding's register.
  func writesDestinationLast(_ id: NodeID) -> Bool {
    switch ast.kind(id) {
    case .binaryExpression, .unaryExpression, .callExpression, .newExpression, .memberExpression,
      .numericLiteral, .stringLiteral, .booleanLiteral, .nullLiteral, .identifier, .thisExpression,
      .functionExpression, .arrowFunctionExpression, .awaitExpression, .regExpLiteral, .bigIntLiteral:
      return module.capabilities.substitutions[id] == nil || ast.kind(id) == .identifier
    default:
      return false
    }
  }
}
