import Frontend

extension FunctionChecker {
  mutating func expression(_ id: NodeID) throws(Rejection) -> TypedExpression {
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maximumDepth { throw reject("is nested too deeply at \(at(id))") }
    let n = ast[id]
    switch n.kind {
    case .numericLiteral:
      return .number(ast.numberValue(id))
    case .booleanLiteral:
      return .boolean(n.op == 1)
    case .identifier:
      return try identifier(id)
    case .unaryExpression:
      return try unary(id)
    case .updateExpression:
      return try update(id)
    case .binaryExpression:
      return try binary(id)
    case .logicalExpression:
      return try logical(id)
    case .conditionalExpression:
      return try conditional(id)
    case .assignmentExpression:
      return try assignment(id)
    case .sequenceExpression:
      var items: [TypedExpression] = []
      for item in ast.list(start: n.a, count: n.b) { items.append(try expression(item)) }
      if items.isEmpty { throw reject("has an empty sequence at \(at(id))") }
      return .sequence(items)
    case .callExpression:
      return try call(id)
    case .memberExpression:
      return try member(id)
    default:
      throw reject("\(Self.describe(n.kind)) at \(at(id))")
    }
  }

  // The cases of `expression` with more than a line or two, apart: a deep expression nests
  // `expression` frames, which stay small this way (debug builds do not inline).

  mutating func update(_ id: NodeID) throws(Rejection) -> TypedExpression {
    let n = ast[id]
    let argument = NodeID(n.a)
    let delta: Double = Operator(rawValue: n.op) == .decrement ? -1 : 1
    if ast.kind(argument) == .memberExpression,
      let (slot, kind) = try typedArrayObject(argument, verb: "updates")
    {
      guard ast[argument].flags.contains(.computed) else {
        throw reject("assigns to '\(ast.sourceText(argument))' at \(at(argument))")
      }
      let index = try elementIndex(argument, slot: slot)
      return .elementUpdate(slot: slot, kind, index: index, delta: delta, prefix: n.flags.contains(.prefix))
    }
    let slot = try assignable(argument)
    try requireAssigned(slot, argument)
    guard slots[slot] == .number else {
      throw reject("applies '\(Operator(rawValue: n.op)?.spelling ?? "++")' to a boolean at \(at(id))")
    }
    return .update(slot, delta: delta, prefix: n.flags.contains(.prefix))
  }

  mutating func logical(_ id: NodeID) throws(Rejection) -> TypedExpression {
    let n = ast[id]
    let op = Operator(rawValue: n.op)
    guard op == .logicalAnd || op == .logicalOr else {
      throw reject("uses '\(op?.spelling ?? "??")' at \(at(id))")
    }
    let left = try expression(NodeID(n.a))
    let right = try expression(NodeID(n.b))
    // `a[i] || x` is x when a[i] is undefined or NaN (both falsy): the result is x's type. Any
    // other element read operand may be the result itself.
    if op == .logicalOr && left.type == .element && right.type == .number {
      return .logical(isAnd: false, left, right, .number)
    }
    if right.type == .element {
      throw elementSink("'\(op!.spelling)' at \(at(id)) yields an element read", NodeID(n.b))
    }
    if left.type == .element {
      throw elementSink("'\(op!.spelling)' at \(at(id)) yields an element read", NodeID(n.a))
    }
    guard left.type == right.type else {
      throw reject("'\(op!.spelling)' at \(at(id)) mixes a number and a boolean")
    }
    return .logical(isAnd: op == .logicalAnd, left, right, left.type)
  }

  mutating func conditional(_ id: NodeID) throws(Rejection) -> TypedExpression {
    let n = ast[id]
    let test = try expression(NodeID(n.a))
    let consequent = try expression(NodeID(n.b))
    let alternate = try expression(NodeID(n.c))
    if consequent.type == .element {
      throw elementSink("'?:' at \(at(id)) yields an element read", NodeID(n.b))
    }
    if alternate.type == .element {
      throw elementSink("'?:' at \(at(id)) yields an element read", NodeID(n.c))
    }
    guard consequent.type == alternate.type else {
      throw reject("'?:' at \(at(id)) mixes a number and a boolean")
    }
    return .conditional(test, consequent, alternate, consequent.type)
  }

  mutating func member(_ id: NodeID) throws(Rejection) -> TypedExpression {
    let n = ast[id]
    if let (slot, kind) = try typedArrayObject(id, verb: "reads") {
      if n.flags.contains(.computed) {
        return .elementGet(slot: slot, kind, index: try elementIndex(id, slot: slot))
      }
      let property = NodeID(n.b)
      guard ast.kind(property) == .identifier, ast.name(property) == "length" else {
        throw reject(
          "reads '\(ast.sourceText(id))' at \(at(id)); of the \(kind.rawValue) '\(slotNames[slot])' only elements and 'length' are read"
        )
      }
      return .length(slot: slot)
    }
    return try mathConstant(id)
  }

  func identifier(_ id: NodeID) throws(Rejection) -> TypedExpression {
    switch try lookup(id) {
    case .local(let slot):
      try requireAssigned(slot, id)
      if let kind = slots[slot].typedArray {
        throw reject(
          "uses the \(kind.rawValue) '\(ast.name(id))' at \(at(id)) as a value (only its elements, its length and passing it to a selected function are allowed)"
        )
      }
      return .local(slot, slots[slot])
    case .outside: break
    }
    let name = ast.name(id)
    switch name {
    case "NaN", "Infinity":
      try requireUnbound(id)
      return .number(name == "NaN" ? .nan : .infinity)
    default:
      if facts.candidateByAtom[ast.atom(id)] != nil {
        throw reject("uses the function '\(name)' as a value at \(at(id))")
      }
      throw reject("reads '\(name)' at \(at(id)), which is not a parameter or local of '\(self.name)'")
    }
  }

  /// The slot an assignment or update writes: a parameter or a non-constant local.
  func assignable(_ id: NodeID) throws(Rejection) -> Int {
    guard ast.kind(id) == .identifier else {
      if ast.kind(id) == .memberExpression { throw reject("assigns to a property at \(at(id))") }
      throw reject("assigns to a pattern at \(at(id))")
    }
    guard case .local(let slot) = try lookup(id) else {
      throw reject(
        "assigns to '\(ast.name(id))' at \(at(id)), which is not a parameter or local of '\(name)'")
    }
    if constSlots.contains(slot) { throw reject("assigns to the constant '\(ast.name(id))' at \(at(id))") }
    if let kind = slots[slot].typedArray {
      throw reject("assigns to the \(kind.rawValue) parameter '\(ast.name(id))' at \(at(id))")
    }
    return slot
  }

  /// The rejection for an element read that reaches a place where undefined and NaN differ:
  /// "returns an element read at 3:10, which may be undefined; `+a[i]` makes it a number".
  func elementSink(_ what: String, _ node: NodeID) -> Rejection {
    let text = ast.sourceText(node)
    let hint: String
    if text.count <= 40 && !text.contains("\n") {
      hint = ast.kind(node) == .memberExpression ? "`+\(text)`" : "`+(\(text))`"
    } else {
      hint = "a unary `+`"
    }
    return reject("\(what) at \(at(node)), which may be undefined; \(hint) makes it a number")
  }

  /// For `o[e]` or `o.name` whose object is a parameter or local: the typed-array parameter's slot
  /// and kind, nil for a property of anything else (a number's `.length`...), or the rejection of an
  /// element access of a number or boolean.
  func typedArrayObject(_ member: NodeID, verb: String) throws(Rejection) -> (Int, TypedArrayKind)? {
    let n = ast[member]
    let object = NodeID(n.a)
    guard ast.kind(object) == .identifier, case .local(let slot) = try lookup(object) else { return nil }
    if n.flags.contains(.optional) { throw reject("uses optional chaining at \(at(member))") }
    if let kind = slots[slot].typedArray { return (slot, kind) }
    let which =
      slots[slot] == .boolean
      ? "a boolean"
      : slot < facts.candidates[index].arity ? "a number unless a profile shows a typed array" : "a number"
    guard n.flags.contains(.computed) else {
      // `a.length` of a parameter the profile did not show to be a typed array.
      let property = NodeID(n.b)
      guard verb == "reads", slots[slot] == .number, slot < facts.candidates[index].arity,
        ast.kind(property) == .identifier, ast.name(property) == "length"
      else { return nil }
      throw reject(
        "reads '\(ast.sourceText(member))' at \(at(member)), but '\(ast.name(object))' is \(which)")
    }
    throw reject("\(verb) an element of '\(ast.name(object))' at \(at(member)), which is \(which)")
  }

  /// The index of `a[e]`: a number (an element read may be undefined, which would name a property).
  mutating func elementIndex(_ member: NodeID, slot: Int) throws(Rejection) -> TypedExpression {
    let property = NodeID(ast[member].b)
    let index = try expression(property)
    switch index.type {
    case .number: return index
    case .element: throw elementSink("indexes '\(slotNames[slot])' with an element read", property)
    default: throw reject("indexes '\(slotNames[slot])' with \(index.type.article) at \(at(property))")
    }
  }

  /// A number operand: booleans become 0 or 1, as ToNumeric makes them.
  /// An element read stays as it is: undefined and NaN are alike to every operator.
  func numeric(_ e: TypedExpression) -> TypedExpression {
    e.type == .boolean ? .toNumber(e) : e
  }

  mutating func unary(_ id: NodeID) throws(Rejection) -> TypedExpression {
    let n = ast[id]
    let op = Operator(rawValue: n.op)
    switch op {
    case .negate?: return .negate(numeric(try expression(NodeID(n.a))))
    case .plus?:
      // `+a[i]` is a number: NaN out of range, as in native code.
      let operand = try expression(NodeID(n.a))
      return operand.type == .number ? operand : .toNumber(operand)
    case .logicalNot?: return .not(try expression(NodeID(n.a)))
    case .bitwiseNot?: return .bitwiseNot(numeric(try expression(NodeID(n.a))))
    default: throw reject("uses '\(op?.spelling ?? "?")' at \(at(id))")
    }
  }

  static func numberOperator(_ op: Operator) -> NumberOperator? {
    switch op {
    case .add, .addAssign: return .add
    case .subtract, .subtractAssign: return .subtract
    case .multiply, .multiplyAssign: return .multiply
    case .divide, .divideAssign: return .divide
    case .remainder, .remainderAssign: return .remainder
    case .exponent, .exponentAssign: return .exponent
    case .shiftLeft, .shiftLeftAssign: return .shiftLeft
    case .shiftRight, .shiftRightAssign: return .shiftRight
    case .shiftRightUnsigned, .shiftRightUnsignedAssign: return .shiftRightUnsigned
    case .bitwiseAnd, .bitwiseAndAssign: return .bitwiseAnd
    case .bitwiseOr, .bitwiseOrAssign: return .bitwiseOr
    case .bitwiseXor, .bitwiseXorAssign: return .bitwiseXor
    default: return nil
    }
  }

  mutating func binary(_ id: NodeID) throws(Rejection) -> TypedExpression {
    let n = ast[id]
    guard let op = Operator(rawValue: n.op) else { throw reject("uses an unknown operator at \(at(id))") }
    if op == .instanceof || op == .in {
      throw reject("uses '\(op.spelling)' at \(at(id))")
    }
    if ast.kind(NodeID(n.a)) == .privateIdentifier { throw reject("uses a private name at \(at(id))") }
    let left = try expression(NodeID(n.a))
    let right = try expression(NodeID(n.b))
    if let arithmetic = Self.numberOperator(op) {
      return .binary(arithmetic, numeric(left), numeric(right))
    }
    switch op {
    case .less: return .compare(.less, numeric(left), numeric(right))
    case .lessEqual: return .compare(.lessEqual, numeric(left), numeric(right))
    case .greater: return .compare(.greater, numeric(left), numeric(right))
    case .greaterEqual: return .compare(.greaterEqual, numeric(left), numeric(right))
    case .equal, .strictEqual, .notEqual, .strictNotEqual:
      if left.type == .element && right.type == .element {
        // undefined === undefined, but NaN !== NaN.
        let text = ast.sourceText(NodeID(n.a))
        let hint = text.count <= 40 && !text.contains("\n") ? "`+\(text)`" : "a unary `+`"
        throw reject(
          "compares two element reads at \(at(id)), which may both be undefined (then equal, unlike NaN); \(hint) makes one a number"
        )
      }
      if left.type.isNumeric && right.type.isNumeric {
        return .compare(op == .equal || op == .strictEqual ? .equal : .notEqual, left, right)
      }
      guard left.type == right.type else {
        throw reject("compares a number with a boolean at \(at(id))")
      }
      return .compare(op == .equal || op == .strictEqual ? .equal : .notEqual, left, right)
    default:
      throw reject("uses '\(op.spelling)' at \(at(id))")
    }
  }

  mutating func assignment(_ id: NodeID) throws(Rejection) -> TypedExpression {
    let n = ast[id]
    guard let op = Operator(rawValue: n.op) else { throw reject("uses an unknown operator at \(at(id))") }
    let target = NodeID(n.a)
    if ast.kind(target) == .memberExpression, let (slot, kind) = try typedArrayObject(target, verb: "writes")
    {
      guard ast[target].flags.contains(.computed) else {
        throw reject("assigns to '\(ast.sourceText(target))' at \(at(target))")
      }
      let index = try elementIndex(target, slot: slot)
      if op == .assign {
        return .elementSet(slot: slot, kind, index: index, value: try expression(NodeID(n.b)))
      }
      guard let arithmetic = Self.numberOperator(op) else {
        throw reject("uses '\(op.spelling)' at \(at(id))")
      }
      return .elementCompound(
        slot: slot, kind, index: index, arithmetic, numeric(try expression(NodeID(n.b))))
    }
    if op == .assign {
      let slot = try assignable(target)
      let value = try expression(NodeID(n.b))
      if value.type == .element {
        throw elementSink("assigns an element read to '\(ast.name(target))'", NodeID(n.b))
      }
      if untyped.remove(slot) != nil { slots[slot] = value.type }
      guard value.type == slots[slot] else {
        throw reject(
          "assigns \(value.type.article) to '\(ast.name(target))' (\(slots[slot].article)) at \(at(id))")
      }
      return .assign(slot, value, value.type)
    }
    guard let arithmetic = Self.numberOperator(op) else {
      throw reject("uses '\(op.spelling)' at \(at(id))")
    }
    let slot = try assignable(target)
    try requireAssigned(slot, target)
    guard slots[slot] == .number else {
      throw reject("applies '\(op.spelling)' to the boolean '\(ast.name(target))' at \(at(id))")
    }
    return .compoundAssign(slot, arithmetic, numeric(try expression(NodeID(n.b))))
  }

  /// `Math.NAME` as a value: a constant.
  mutating func mathConstant(_ id: NodeID) throws(Rejection) -> TypedExpression {
    guard let property = try mathProperty(id) else { throw try propertyRead(id, what: "reads a property") }
    guard let value = MathFunction.constant(property) else {
      throw reject("reads 'Math.\(property)' at \(at(id))")
    }
    return .number(value)
  }

  /// The rejection for a member expression other than `Math.NAME`: its object's, if the object
  /// itself is refused (`this.x` reads 'this'), else `what`.
  mutating func propertyRead(_ id: NodeID, what: String) throws(Rejection) -> Rejection {
    let object = NodeID(ast[id].a)
    if ast.kind(object) == .superExpression { return reject("uses 'super' at \(at(object))") }
    _ = try expression(object)
    return reject("\(what) at \(at(id))")
  }

  /// The property name of `Math.NAME` (nil for any other member expression).
  func mathProperty(_ id: NodeID) throws(Rejection) -> String? {
    let n = ast[id]
    guard n.kind == .memberExpression, !n.flags.contains(.computed), !n.flags.contains(.optional) else {
      return nil
    }
    let object = NodeID(n.a)
    let property = NodeID(n.b)
    guard ast.kind(object) == .identifier, ast.name(object) == "Math", ast.kind(property) == .identifier
    else { return nil }
    guard case .outside = try lookup(object) else { return nil }
    try requireUnbound(object)
    return ast.name(property)
  }

  mutating func call(_ id: NodeID) throws(Rejection) -> TypedExpression {
    let n = ast[id]
    let callee = NodeID(n.a)
    if n.flags.contains(.optional) { throw reject("uses optional chaining at \(at(id))") }
    let argumentNodes = Array(ast.list(start: n.b, count: n.c))
    if let spread = argumentNodes.first(where: { ast.kind($0) == .spreadElement }) {
      throw reject("spreads arguments at \(at(spread))")
    }
    if ast.kind(callee) == .memberExpression {
      guard let property = try mathProperty(callee) else {
        throw try propertyRead(callee, what: "calls a method")
      }
      guard let function = MathFunction.named(property) else {
        throw reject("calls 'Math.\(property)' at \(at(id))")
      }
      guard function.accepts(argumentNodes.count) else {
        throw reject(
          "calls 'Math.\(property)' with \(argumentNodes.count) argument\(argumentNodes.count == 1 ? "" : "s") at \(at(id)), expected \(function.expectedArguments)"
        )
      }
      var arguments: [TypedExpression] = []
      for argument in argumentNodes { arguments.append(numeric(try expression(argument))) }
      return .math(function, arguments)
    }
    guard ast.kind(callee) == .identifier else {
      if ast.kind(callee) == .superExpression { throw reject("uses 'super' at \(at(id))") }
      throw reject("calls a computed function at \(at(id))")
    }
    let calleeName = ast.name(callee)
    if case .local = try lookup(callee) {
      throw reject("calls the local '\(calleeName)' at \(at(id))")
    }
    guard let target = facts.candidateByAtom[ast.atom(callee)], selected.contains(target) else {
      throw reject("calls '\(calleeName)' (\(at(callee))), which is not a selected function")
    }
    let arity = facts.candidates[target].arity
    guard argumentNodes.count == arity else {
      let count = argumentNodes.count
      throw reject(
        "calls '\(calleeName)' with \(count) argument\(count == 1 ? "" : "s") at \(at(id)), but '\(calleeName)' has \(arity) parameter\(arity == 1 ? "" : "s")"
      )
    }
    var arguments: [TypedExpression] = []
    let parameterTypes = facts.candidates[target].parameterTypes
    for (position, argument) in argumentNodes.enumerated() {
      let expected = position < parameterTypes.count ? parameterTypes[position] : .number
      // A typed array is passed on as it is (its slot), to a parameter of its kind only.
      if ast.kind(argument) == .identifier, case .local(let slot) = try lookup(argument),
        let kind = slots[slot].typedArray
      {
        guard expected == .typedArray(kind) else {
          throw reject(
            "passes the \(kind.rawValue) '\(ast.name(argument))' to '\(calleeName)' at \(at(argument)), whose parameter \(position + 1) is \(expected.article)"
          )
        }
        arguments.append(.local(slot, expected))
        continue
      }
      let value = try expression(argument)
      if value.type == .element, expected.typedArray == nil {
        throw elementSink("passes an element read to '\(calleeName)'", argument)
      }
      guard value.type == expected else {
        throw reject(
          "passes \(value.type.article) to '\(calleeName)' at \(at(argument)), whose parameter \(position + 1) is \(expected.article)"
        )
      }
      arguments.append(value)
    }
    callees.insert(target)
    return .call(callee: target, arguments, returnTypes[target] ?? .number)
  }
}
