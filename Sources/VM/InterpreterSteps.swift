import Bytecode

extension VM {
  /// Runs one instruction the dispatch loop does not handle inline; returns the next pc.
  @inline(never)
  func step(
    _ opcode: Opcode, pc: Int, code: UnsafeMutablePointer<UInt32>, regs: UnsafeMutablePointer<Value>,
    frame: UnsafeMutablePointer<Frame>
  ) throws(Throw) -> Int {
    @inline(__always) func operand(_ n: Int) -> Int { Int(code[pc + n]) }
    @inline(__always) func reg(_ n: Int) -> Value { regs[operand(n)] }
    let compiled = frame.pointee.compiled.takeUnretainedValue()
    let module = compiled.module
    let next = pc + opcode.length
    func constant(_ n: Int) -> Value { module.constants[operand(n)] }
    func write(_ value: Value) { regs[operand(1)] = value }
    // The verifier proves registers are in range, not what they hold: operands that must be objects
    // of a kind are checked here, so that hostile bytecode gets an error, never a crash.
    func object(_ n: Int) throws(Throw) -> JSObject {
      guard reg(n).isObject else { throw internalError("\(opcode.mnemonic) needs an object operand") }
      return reg(n).object
    }
    func array(_ n: Int) throws(Throw) -> JSObject {
      guard let array = reg(n).object(ofKind: .array) else {
        throw internalError("\(opcode.mnemonic) needs an array operand")
      }
      return array
    }
    func record(_ n: Int) throws(Throw) -> IteratorRecord {
      guard reg(n).isObject, let record = reg(n).object as? IteratorRecord else {
        throw internalError("\(opcode.mnemonic) needs an iterator record")
      }
      return record
    }
    func privateName(_ n: Int) throws(Throw) -> Value {
      guard reg(n).isSymbol, reg(n).symbol.isPrivate else {
        throw internalError("\(opcode.mnemonic) needs a private name")
      }
      return reg(n)
    }

    switch opcode {
    case .loadThis:
      let this = frame.pointee.this
      if this.isHole {
        throw referenceError(
          "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"
        )
      }
      write(this)
    case .loadNewTarget: write(frame.pointee.newTarget)
    case .loadCallee: write(Value(frame.pointee.function.takeUnretainedValue()))
    case .loadHomeObject: write(frame.pointee.function.takeUnretainedValue().homeObject)
    case .createArguments:
      let arguments = frame.pointee.arguments
      let object = heap.register(
        JSObject(shape: emptyShape, proto: Value(realm.objectPrototype), kind: .arguments), bytes: 128)
      for index in 0..<arguments.count { object.elements.append(arguments[index]) }
      object.addProperty(names.length, Value(int: Int32(arguments.count)), .hidden)
      object.addProperty(PropertyKey(symbol: names.symbolIterator), realm.arrayValues, .hidden)
      object.addProperty(names.callee, Value(realm.throwTypeErrorAccessor), [.accessor])
      write(Value(object))
    case .createRest:
      let arguments = frame.pointee.arguments
      let from = Int(Int32(bitPattern: code[pc + 2]))
      write(Value(newArray(from < arguments.count ? (from..<arguments.count).map { arguments[$0] } : [])))
    case .loadArgument:
      write(frame.pointee.arguments[Int(Int32(bitPattern: code[pc + 2]))])

    case .loadGlobal, .loadGlobalOrUndefined:
      let name = constant(2)
      let key = PropertyKey(atom: intern(name.string))
      if let slot = realm.global.shape.slot(of: key) {
        write(realm.global.slots[slot])
      } else if opcode == .loadGlobal {
        throw referenceError("\(name.string.swiftString) is not defined")
      } else {
        write(.undefined)
      }
    case .loadHandle:
      write(module.handles[operand(2)])
    case .requireModule:
      write(try require(module.imports[operand(2)]))
    case .importModule:
      write(try importNamespace(module.imports[operand(2)]))
    case .loadModuleMeta:
      write(try moduleMeta(module, operand(2)))
    case .setExport:
      let namespace = module.namespace.object
      try defineOwn(
        namespace, .named(PropertyKey(atom: intern(constant(1).string))), reg(2), [.writable, .enumerable])
    case .exportAll:
      let source = try importNamespace(module.imports[operand(1)]).object
      let namespace = module.namespace.object
      for key in try ownKeys(source, includeSymbols: false) {
        let name = namedKey(key)
        if name == names.default_ || namespace.shape.slot(of: name) != nil { continue }
        try defineOwn(namespace, .named(name), try get(Value(source), key), [.writable, .enumerable])
      }

    case .newEnvironment:
      let parent = reg(2)
      let count = Int(Int32(bitPattern: code[pc + 3]))
      guard count >= 0, count < 1 << 20 else { throw internalError("environment size \(count)") }
      let environment = heap.register(
        Environment(
          parent: parent.isObject ? (parent.object as? Environment) : nil, count: count,
          emptyShape: emptyShape),
        bytes: 64 + 8 * count)
      write(Value(environment))
    case .loadClosureEnvironment:
      let environment = frame.pointee.function.takeUnretainedValue().environment
      write(environment.map { Value($0) } ?? .undefined)
    case .getSlot:
      let environment = try environmentAt(reg(2), depth: operand(3))
      let slot = operand(4)
      guard slot < environment.count else { throw internalError("slot \(slot) out of range") }
      write(environment.values[slot])
    case .setSlot:
      let environment = try environmentAt(reg(1), depth: operand(2))
      let slot = operand(3)
      guard slot < environment.count else { throw internalError("slot \(slot) out of range") }
      environment.values[slot] = reg(4)
    case .copyEnvironment:
      guard reg(2).isObject, let environment = reg(2).object as? Environment else {
        throw internalError("copyEnvironment of a non-environment")
      }
      write(Value(heap.register(Environment(copying: environment), bytes: 64 + 8 * environment.count)))
    case .newClosure:
      let environment = reg(3)
      let function = makeClosure(
        module.functions[operand(2)],
        environment: environment.isObject ? environment.object as? Environment : nil)
      if function.compiled!.kind.isArrow {
        function.homeObject = frame.pointee.function.takeUnretainedValue().homeObject
      }
      write(Value(function))
    case .checkInitialized:
      if reg(1).isHole {
        throw referenceError("Cannot access '\(constant(2).string.swiftString)' before initialization")
      }
    case .throwConstAssignment:
      throw typeError("Assignment to constant variable.")

    case .instanceOf: write(Value(bool: try instanceOf(reg(2), reg(3))))
    case .in:
      let object = reg(3)
      guard object.isObject else {
        throw typeError("Cannot use 'in' operator to search for '\(display(reg(2)))' in \(display(object))")
      }
      write(Value(bool: try hasProperty(object.object, try toKey(reg(2)))))
    case .negate:
      let value = try toNumeric(reg(2))
      write(value.isBigInt ? Value(bigint(value.bigint.value.negated)) : Value(number: -value.number))
    case .toNumeric: write(try toNumeric(reg(2)))
    case .toNumber: write(Value(number: try toNumber(reg(2))))
    case .logicalNot: write(Value(bool: !toBoolean(reg(2))))
    case .bitwiseNot:
      let value = try toNumeric(reg(2))
      write(
        value.isBigInt ? Value(bigint(value.bigint.value.bitwiseNot)) : Value(int: ~VM.int32(value.number)))
    case .typeOf: write(Value(atom(typeOfName(reg(2)))))
    case .toString: write(try toStringValue(reg(2)))
    case .toPropertyKey:
      let value = reg(2)
      if value.isSymbol || value.isString || value.isNumber {
        write(value.isNumber ? Value(try toJSString(value)) : value)
      } else {
        let primitive = try toPrimitive(value, hint: .string)
        write(primitive.isSymbol ? primitive : Value(try toJSString(primitive)))
      }
    case .requireObjectCoercible:
      let value = reg(2)
      if value.isNullish {
        throw typeError(
          "Cannot destructure '\(display(value))' as it is \(value.isNull ? "null" : "undefined").")
      }
      write(value)

    case .throw: throw Throw(reg(1))
    case .throwError:
      let message = constant(2).string.swiftString
      switch operand(1) {
      case 0: throw typeError(message)
      case 1: throw referenceError(message)
      case 2: throw syntaxError(message)
      default: throw rangeError(message)
      }
    case .nop: break

    case .callSpread:
      if reg(2).asFunction == nil { throw notCallable(reg(2), frame: frame, pc: pc) }
      write(try invokeWithArray(reg(2), this: reg(3), reg(4)))
    case .construct:
      if !isConstructor(reg(2)) { throw notCallable(reg(2), frame: frame, pc: pc, constructing: true) }
      write(try construct(reg(2), Arguments(base: regs + operand(3), count: operand(4)), newTarget: reg(2)))
    case .constructSpread:
      if !isConstructor(reg(2)) { throw notCallable(reg(2), frame: frame, pc: pc, constructing: true) }
      let values = try arrayValues(reg(3))
      write(try construct(reg(2), values, newTarget: reg(2)))
    case .superCall:
      write(try superCall(frame, Arguments(base: regs + operand(2), count: operand(3))))
    case .superCallSpread:
      let values = try arrayValues(reg(2))
      let base = top
      guard base + values.count + 64 < stackEnd else {
        throw Throw(termination: .stackLimit(limits.maximumDepth))
      }
      for (index, value) in values.enumerated() { base[index] = value }
      top = base + values.count
      defer { top = base }
      write(try superCall(frame, Arguments(base: base, count: values.count)))

    case .newObject: write(Value(newObject()))
    case .newArray:
      let array = newArray()
      let capacity = Int(Int32(bitPattern: code[pc + 2]))
      if capacity > 0 && capacity < 1 << 16 { array.elements.reserve(capacity) }
      write(Value(array))
    case .arrayPush:
      try array(1).elements.append(reg(2))
      heap.noteGrowth(bytes: 8)
    case .arrayPushHole:
      try array(1).elements.append(.hole)
    case .arraySpread:
      let target = try array(1)
      try iterate(reg(2)) { (value) throws(Throw) in
        target.elements.append(value)
        heap.noteGrowth(bytes: 8)
      }
    case .defineField:
      let key = try toKey(reg(2))
      let object = try object(1)
      if let existing = try ownProperty(object, key), !existing.attributes.contains(.configurable) {
        throw typeError("Cannot redefine property: \(display(keyValue(key)))")
      }
      try defineOwn(object, key, reg(3), .data)
    case .defineMethod, .defineGetter, .defineSetter:
      let object = try object(1)
      let key = try toKey(reg(2))
      let function = reg(3)
      function.asFunction?.homeObject = Value(object)
      let attributes: Attributes = operand(4) & 1 == 1 ? [.enumerable, .configurable] : [.configurable]
      switch opcode {
      case .defineMethod: try defineOwn(object, key, function, attributes.union(.writable))
      case .defineGetter: defineAccessor(object, key, getter: function, setter: nil, attributes: attributes)
      default: defineAccessor(object, key, getter: nil, setter: function, attributes: attributes)
      }
    case .copyDataProperties:
      try copyDataProperties(into: try object(1), from: reg(2), excluding: [])
    case .copyDataPropertiesExcluding:
      let target = newObject()
      var excluded: [Value] = []
      let list = reg(3)
      if list.isObject {
        for index in 0..<list.object.elements.count { excluded.append(list.object.elements[index]) }
      }
      try copyDataProperties(into: target, from: reg(2), excluding: excluded)
      write(Value(target))
    case .deleteKeyed:
      let target = reg(2)
      if target.isNullish { throw typeError("Cannot convert undefined or null to object") }
      if target.isString {
        // A string's length and indices are its own non-configurable properties.
        let key = try toKey(reg(3))
        if case .index(let index) = key, Int(index) < target.string.length {
          throw typeError("Cannot delete property '\(index)' of [object String]")
        }
        if case .named(let name) = key, name == names.length {
          throw typeError("Cannot delete property 'length' of [object String]")
        }
      }
      write(Value(bool: target.isObject ? try delete(target.object, toKey(reg(3))) : true))
    case .setPrototypeOfLiteral:
      let proto = reg(2)
      if proto.isObject || proto.isNull { try object(1).proto = proto }
    case .getTemplateObject:
      write(try templateObject(module, operand(2)))
    case .newRegExp:
      guard case .regexp(let pattern, let flags) = module.rawConstants[operand(2)] else {
        throw internalError("newRegExp of a non-regexp constant")
      }
      write(try makeRegExp(pattern: pattern, flags: flags))
    case .setFunctionName:
      guard let function = reg(1).asFunction else { break }
      let key = reg(2)
      var name: [UInt16]
      if key.isSymbol {
        let description = key.symbol.description
        name = description.isString ? Array("[".utf16) + description.string.units + Array("]".utf16) : []
      } else {
        name = try toJSString(key).units
      }
      if operand(3) == 1 { name = Array("get ".utf16) + name }
      if operand(3) == 2 { name = Array("set ".utf16) + name }
      try defineOwn(function, .named(names.name), string(name), [.configurable])

    case .newClass:
      write(
        try makeClass(
          module.functions[operand(2)], environment: reg(3), superclass: reg(4), hasSuper: operand(5) & 1 == 1
        ))
    case .loadPrototype:
      write(try get(reg(2), names.prototype))
    case .setFieldInitializer:
      reg(1).asFunction?.fieldInitializer = reg(2)
      reg(2).asFunction?.homeObject =
        reg(1).asFunction.map { (try? get(Value($0), names.prototype)) ?? .undefined } ?? .undefined
    case .getSuper:
      let home = reg(2)
      guard home.isObject else { throw syntaxError("'super' keyword unexpected here") }
      let proto = home.object.proto
      guard proto.isObject else { write(.undefined); break }
      write(try get(proto.object, toKey(reg(4)), receiver: reg(3)))
    case .setSuper:
      let home = reg(1)
      guard home.isObject, home.object.proto.isObject else {
        throw syntaxError("'super' keyword unexpected here")
      }
      try setSlow(home.object.proto.object, toKey(reg(3)), reg(4), receiver: reg(2))
    case .newPrivateName:
      write(Value(newSymbol(description: constant(2), isPrivate: true)))
    case .getPrivate:
      write(try privateGet(reg(2), privateName(3)))
    case .setPrivate:
      try privateSet(reg(1), privateName(2), reg(3))
    case .definePrivate, .definePrivateMethod:
      try privateAdd(reg(1), privateName(2), reg(3), opcode == .definePrivate ? [.writable] : [])
    case .definePrivateAccessor:
      let object = reg(1)
      guard object.isObject else { throw typeError("Cannot define a private member on a non-object") }
      let key = PropertyKey(symbol: try privateName(2).symbol)
      if object.object.shape.slot(of: key) != nil {
        throw typeError("Cannot initialize private methods twice on the same object")
      }
      defineAccessor(
        object.object, .named(key), getter: reg(3).isUndefined ? nil : reg(3),
        setter: reg(4).isUndefined ? nil : reg(4), attributes: [])
    case .hasPrivate:
      _ = try privateName(2)
      let object = reg(3)
      guard object.isObject else {
        throw typeError(
          "Cannot use 'in' operator to search for '#\(display(reg(2).symbol.description))' in \(display(object))"
        )
      }
      write(Value(bool: object.object.shape.slot(of: PropertyKey(symbol: reg(2).symbol)) != nil))

    case .getIterator: write(Value(try getIterator(reg(2))))
    case .getAsyncIterator: write(Value(try getAsyncIterator(reg(2))))
    case .iteratorNext:
      let record = try record(2)
      if let value = try iteratorStep(record) {
        write(value)
      } else {
        return operand(3)
      }
    case .iteratorStep:
      let record = try record(2)
      write(try iteratorStep(record) ?? .undefined)
    case .iteratorRest:
      let record = try record(2)
      let array = newArray()
      while let value = try iteratorStep(record) { array.elements.append(value) }
      write(Value(array))
    case .iteratorClose:
      let record = try record(1)
      try iteratorClose(record)
    case .forInStart: write(Value(try forInEnumerator(reg(2))))
    case .forInNext:
      guard reg(2).isObject, let enumerator = reg(2).object as? ForInEnumerator else {
        throw internalError("forInNext needs an enumerator")
      }
      while enumerator.position < enumerator.keys.count {
        let key = enumerator.keys[enumerator.position]
        enumerator.position += 1
        // A key deleted during the loop is skipped; V8 does not ask a proxy again (a key its `has`
        // trap denies is still visited), and node is the reference.
        if enumerator.target.isObject, !enumerator.target.object.isProxy,
          try !hasProperty(enumerator.target.object, try toKey(key))
        {
          continue
        }
        write(key)
        return next
      }
      return operand(3)
    case .delegateStep:
      let record = try record(2)
      write(try delegateStep(record, mode: Int(reg(3).isInt ? reg(3).int : 0), value: reg(4)))
    case .resultDone:
      let result = reg(2)
      guard result.isObject else { throw typeError("Iterator result \(display(result)) is not an object") }
      write(Value(bool: toBoolean(try get(result, names.done))))
    case .resultValue:
      write(try get(reg(2), names.value))
    case .makeIteratorResult:
      write(iteratorResult(reg(2), done: false))

    default:
      throw internalError("opcode \(opcode.mnemonic) reached the slow path")
    }
    return next
  }

  func internalError(_ message: String) -> Throw {
    typeError("cruft internal error: \(message)")
  }

  func environmentAt(_ value: Value, depth: Int) throws(Throw) -> Environment {
    guard value.isObject, var environment = value.object as? Environment else {
      throw internalError("not an environment")
    }
    for _ in 0..<depth {
      guard let parent = environment.parent else { throw internalError("environment depth \(depth)") }
      environment = parent
    }
    return environment
  }

  // MARK: Private names

  func privateGet(_ object: Value, _ name: Value) throws(Throw) -> Value {
    let key = PropertyKey(symbol: name.symbol)
    guard object.isObject, let slot = object.object.shape.slot(of: key) else {
      throw typeError(
        "Cannot read private member \(display(name.symbol.description)) from an object whose class did not declare it"
      )
    }
    let holder = object.object
    if holder.shape.attributes[slot].contains(.accessor) {
      let pair = holder.slots[slot].object as! AccessorPair
      guard !pair.getter.isUndefined else {
        throw typeError("'\(display(name.symbol.description))' was defined without a getter")
      }
      return try call(pair.getter, this: object, [])
    }
    return holder.slots[slot]
  }

  func privateSet(_ object: Value, _ name: Value, _ value: Value) throws(Throw) {
    let key = PropertyKey(symbol: name.symbol)
    guard object.isObject, let slot = object.object.shape.slot(of: key) else {
      throw typeError(
        "Cannot write private member \(display(name.symbol.description)) to an object whose class did not declare it"
      )
    }
    let holder = object.object
    let attributes = holder.shape.attributes[slot]
    if attributes.contains(.accessor) {
      let pair = holder.slots[slot].object as! AccessorPair
      guard !pair.setter.isUndefined else {
        throw typeError("'\(display(name.symbol.description))' was defined without a setter")
      }
      _ = try call(pair.setter, this: object, [value])
      return
    }
    guard attributes.contains(.writable) else { throw typeError("Private method is not writable") }
    holder.slots[slot] = value
  }

  func privateAdd(_ object: Value, _ name: Value, _ value: Value, _ attributes: Attributes) throws(Throw) {
    guard object.isObject else { throw typeError("Cannot define a private member on a non-object") }
    let key = PropertyKey(symbol: name.symbol)
    guard object.object.shape.slot(of: key) == nil else {
      throw typeError("Cannot initialize \(display(name.symbol.description)) twice on the same object")
    }
    object.object.addProperty(key, value, attributes)
  }

  // MARK: Classes

  func makeClass(_ compiled: CompiledFunction, environment: Value, superclass: Value, hasSuper: Bool)
    throws(Throw)
    -> Value
  {
    var protoParent = Value(realm.objectPrototype)
    var constructorParent = Value(realm.functionPrototype)
    if hasSuper {
      if superclass.isNull {
        protoParent = .null
      } else {
        guard isConstructor(superclass) else {
          throw typeError("Class extends value \(display(superclass)) is not a constructor or null")
        }
        let parentPrototype = try get(superclass, names.prototype)
        guard parentPrototype.isObject || parentPrototype.isNull else {
          throw typeError(
            "Class extends value does not have valid prototype property \(display(parentPrototype))")
        }
        protoParent = parentPrototype
        constructorParent = superclass
      }
    }
    let constructor = makeClosure(
      compiled, environment: environment.isObject ? environment.object as? Environment : nil)
    constructor.proto = constructorParent
    let prototype = newObject(proto: protoParent)
    prototype.addProperty(names.constructor, Value(constructor), .hidden)
    constructor.addProperty(names.prototype, Value(prototype), [])
    constructor.homeObject = Value(prototype)
    return Value(constructor)
  }

  func superCall(_ frame: UnsafeMutablePointer<Frame>, _ arguments: Arguments) throws(Throw) -> Value {
    let function = frame.pointee.function.takeUnretainedValue()
    let parent = function.proto
    guard isConstructor(parent) else {
      throw typeError("Super constructor \(display(parent)) of anonymous class is not a constructor")
    }
    let result = try construct(parent, arguments, newTarget: frame.pointee.newTarget)
    guard frame.pointee.this.isHole else { throw referenceError("Super constructor may only be called once") }
    frame.pointee.this = result
    if !function.fieldInitializer.isUndefined {
      _ = try call(function.fieldInitializer, this: result, [])
    }
    return result
  }

  // MARK: Templates

  func templateObject(_ module: ModuleRecord, _ index: Int) throws(Throw) -> Value {
    if let cached = module.templateObjects[index] { return cached }
    guard case .template(let cooked, let raw) = module.rawConstants[index] else {
      throw internalError("getTemplateObject of a non-template constant")
    }
    let strings = newArray(cooked.map { $0.map { Value(atom($0)) } ?? .undefined })
    let raws = newArray(raw.map { Value(atom($0)) })
    freeze(raws)
    strings.addProperty(names.raw, Value(raws), [])
    freeze(strings)
    module.templateObjects[index] = Value(strings)
    return Value(strings)
  }

  /// Object.freeze.
  func freeze(_ object: JSObject) {
    object.isExtensible = false
    object.elementsFrozen = true
    for slot in 0..<object.shape.count {
      var attributes = object.shape.attributes[slot]
      attributes.remove(.configurable)
      if !attributes.contains(.accessor) { attributes.remove(.writable) }
      if attributes != object.shape.attributes[slot] { object.setAttributes(slot: slot, attributes) }
    }
  }
}
