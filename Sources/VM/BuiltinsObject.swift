/// `Object`, `Function.prototype` and `Reflect`.
extension Realm {
  func installObject() {
    let vm = self.vm
    let objectConstructor = constructor("Object", 1, prototype: objectPrototype) { vm, call in
      let value = call[0]
      if !call.newTarget.isUndefined && call.newTarget.bits != Value(call.callee).bits {
        return Value(try vm.objectFromConstructor(call.newTarget, fallback: vm.realm.objectPrototype))
      }
      if value.isNullish { return Value(vm.newObject()) }
      return Value(try vm.toObject(value))
    }
    method(objectPrototype, "hasOwnProperty", 1) { vm, call in
      let key = try vm.toKey(call[0])
      return Value(bool: try vm.ownProperty(try vm.toObject(call.this), key) != nil)
    }
    method(objectPrototype, "isPrototypeOf", 1) { vm, call in
      guard call[0].isObject else { return .false }
      let object = try vm.toObject(call.this)
      var current = try vm.getPrototypeOf(call[0].object)
      while current.isObject {
        if current.object === object { return .true }
        current = try vm.getPrototypeOf(current.object)
      }
      return .false
    }
    method(objectPrototype, "propertyIsEnumerable", 1) { vm, call in
      let key = try vm.toKey(call[0])
      let property = try vm.ownProperty(try vm.toObject(call.this), key)
      return Value(bool: property?.attributes.contains(.enumerable) ?? false)
    }
    method(objectPrototype, "toString", 0) { vm, call in
      Value(vm.atom(try vm.objectToStringTag(call.this)))
    }
    method(objectPrototype, "toLocaleString", 0) { vm, call in
      try vm.call(try vm.get(call.this, vm.names.toString), this: call.this, [])
    }
    method(objectPrototype, "valueOf", 0) { vm, call in Value(try vm.toObject(call.this)) }
    let protoGetter = vm.makeNative("get __proto__", length: 0) { vm, call in
      let object = try vm.toObject(call.this)
      return try vm.getPrototypeOf(object)
    }
    let protoSetter = vm.makeNative("set __proto__", length: 1) { vm, call in
      guard !call.this.isNullish else {
        throw vm.typeError("Object.prototype.__proto__ called on null or undefined")
      }
      guard call.this.isObject, call[0].isObject || call[0].isNull else { return .undefined }
      try vm.setPrototype(call.this.object, call[0])
      return .undefined
    }
    intrinsics += [protoGetter, protoSetter]
    vm.defineAccessor(
      objectPrototype, .named(vm.key("__proto__")), getter: Value(protoGetter), setter: Value(protoSetter),
      attributes: [.configurable])

    method(objectConstructor, "keys", 1) { vm, call in
      let object = try vm.toObject(call[0])
      return Value(vm.newArray(try vm.enumerableOwnKeys(object).map { vm.keyValue($0) }))
    }
    method(objectConstructor, "values", 1) { vm, call in
      let object = try vm.toObject(call[0])
      return Value(vm.newArray(try vm.enumerableOwn(object).map(\.value)))
    }
    method(objectConstructor, "entries", 1) { vm, call in
      let object = try vm.toObject(call[0])
      return Value(
        vm.newArray(try vm.enumerableOwn(object).map { Value(vm.newArray([vm.keyValue($0.key), $0.value])) }))
    }
    method(objectConstructor, "assign", 2) { vm, call in
      let target = try vm.toObject(call[0])
      for index in 1..<max(call.count, 1) {
        let source = call[index]
        if source.isNullish { continue }
        let object = try vm.toObject(source)
        for key in try vm.ownKeys(object) {
          guard let property = try vm.ownProperty(object, key), property.attributes.contains(.enumerable)
          else {
            continue
          }
          try vm.set(Value(target), key, try vm.get(object, key, receiver: Value(object)))
        }
      }
      return Value(target)
    }
    for (name, frozen) in [("freeze", true), ("seal", false)] {
      method(objectConstructor, name, 1) { vm, call in
        guard call[0].isObject else { return call[0] }
        guard try vm.setIntegrityLevel(call[0].object, frozen: frozen) else {
          throw vm.typeError("'preventExtensions' on proxy: trap returned falsish")
        }
        return call[0]
      }
    }
    for (name, frozen) in [("isFrozen", true), ("isSealed", false)] {
      method(objectConstructor, name, 1) { vm, call in
        guard call[0].isObject else { return .true }
        return Value(bool: try vm.testIntegrityLevel(call[0].object, frozen: frozen))
      }
    }
    method(objectConstructor, "preventExtensions", 1) { vm, call in
      guard call[0].isObject else { return call[0] }
      guard try vm.preventExtensions(call[0].object) else {
        throw vm.typeError("'preventExtensions' on proxy: trap returned falsish")
      }
      return call[0]
    }
    method(objectConstructor, "isExtensible", 1) { vm, call in
      Value(bool: call[0].isObject ? try vm.isExtensible(call[0].object) : false)
    }
    method(objectConstructor, "getPrototypeOf", 1) { vm, call in
      try vm.getPrototypeOf(try vm.toObject(call[0]))
    }
    method(objectConstructor, "setPrototypeOf", 2) { vm, call in
      guard call[1].isObject || call[1].isNull else {
        throw vm.typeError("Object prototype may only be an Object or null: \(vm.display(call[1]))")
      }
      if call[0].isObject { try vm.setPrototype(call[0].object, call[1]) }
      return call[0]
    }
    method(objectConstructor, "create", 2) { vm, call in
      guard call[0].isObject || call[0].isNull else {
        throw vm.typeError("Object prototype may only be an Object or null: \(vm.display(call[0]))")
      }
      let object = vm.newObject(proto: call[0])
      if !call[1].isUndefined { try vm.defineProperties(object, call[1]) }
      return Value(object)
    }
    method(objectConstructor, "defineProperty", 3) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Object.defineProperty called on non-object") }
      try vm.defineProperty(call[0].object, try vm.toKey(call[1]), descriptor: call[2])
      return call[0]
    }
    method(objectConstructor, "defineProperties", 2) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Object.defineProperties called on non-object") }
      try vm.defineProperties(call[0].object, call[1])
      return call[0]
    }
    method(objectConstructor, "getOwnPropertyNames", 1) { vm, call in
      let object = try vm.toObject(call[0])
      return Value(vm.newArray(try vm.ownKeys(object, includeSymbols: false).map { vm.keyValue($0) }))
    }
    method(objectConstructor, "getOwnPropertySymbols", 1) { vm, call in
      let object = try vm.toObject(call[0])
      return Value(vm.newArray(try vm.ownKeys(object).map { vm.keyValue($0) }.filter(\.isSymbol)))
    }
    method(objectConstructor, "getOwnPropertyDescriptor", 2) { vm, call in
      let object = try vm.toObject(call[0])
      guard let property = try vm.ownProperty(object, try vm.toKey(call[1])) else { return .undefined }
      return Value(vm.descriptorObject(property))
    }
    method(objectConstructor, "getOwnPropertyDescriptors", 1) { vm, call in
      let object = try vm.toObject(call[0])
      let result = vm.newObject()
      for key in try vm.ownKeys(object) {
        if let property = try vm.ownProperty(object, key) {
          try vm.defineOwn(result, key, Value(vm.descriptorObject(property)))
        }
      }
      return Value(result)
    }
    method(objectConstructor, "hasOwn", 2) { vm, call in
      let object = try vm.toObject(call[0])
      return Value(bool: try vm.ownProperty(object, try vm.toKey(call[1])) != nil)
    }
    method(objectConstructor, "is", 2) { vm, call in Value(bool: vm.sameValue(call[0], call[1])) }
    method(objectConstructor, "fromEntries", 1) { vm, call in
      let object = vm.newObject()
      vm.temporaryRoots.append(Value(object))
      defer { vm.temporaryRoots.removeLast() }
      try vm.iterate(call[0]) { (entry) throws(Throw) in
        let key = try vm.toKey(try vm.get(entry, .index(0)))
        try vm.defineOwn(object, key, try vm.get(entry, .index(1)))
      }
      return Value(object)
    }
    method(objectConstructor, "groupBy", 2) { vm, call in
      if call[0].isNullish { throw vm.typeError("\(vm.display(call[0])) is not iterable") }
      guard vm.isCallable(call[1]) else { throw vm.typeError("\(vm.display(call[1])) is not a function") }
      let result = vm.newObject(proto: .null)
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      var index = 0
      try vm.iterate(call[0]) { (item) throws(Throw) in
        let key = try vm.toKey(try vm.call(call[1], this: .undefined, [item, Value(number: Double(index))]))
        index += 1
        var group = try vm.get(result, key, receiver: Value(result))
        if group.isUndefined {
          group = Value(vm.newArray())
          try vm.defineOwn(result, key, group)
        }
        group.object.elements.append(item)
      }
      return Value(result)
    }
    installReflect()
  }

  func installReflect() {
    let reflect = namespace("Reflect", tag: "Reflect")
    method(reflect, "ownKeys", 1) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.ownKeys called on non-object") }
      return Value(vm.newArray(try vm.ownKeys(call[0].object).map { vm.keyValue($0) }))
    }
    method(reflect, "has", 2) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.has called on non-object") }
      return Value(bool: try vm.hasProperty(call[0].object, try vm.toKey(call[1])))
    }
    method(reflect, "get", 2) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.get called on non-object") }
      return try vm.get(call[0].object, try vm.toKey(call[1]), receiver: call.count > 2 ? call[2] : call[0])
    }
    method(reflect, "set", 3) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.set called on non-object") }
      let key = try vm.toKey(call[1])
      return Value(
        bool: try vm.setSlow(
          call[0].object, key, call[2], receiver: call.count > 3 ? call[3] : call[0], strict: false))
    }
    method(reflect, "getPrototypeOf", 1) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.getPrototypeOf called on non-object") }
      return try vm.getPrototypeOf(call[0].object)
    }
    method(reflect, "apply", 3) { vm, call in
      guard vm.isCallable(call[0]) else {
        let type = vm.typeOfName(call[0])
        let article = type == "object" || type == "undefined" ? "an" : "a"
        throw vm.typeError(
          "Function.prototype.apply was called on \(vm.describeForError(call[0])), which is \(article) \(type) and not a function"
        )
      }
      guard call[2].isObject else { throw vm.typeError("CreateListFromArrayLike called on non-object") }
      return try vm.call(call[0], this: call[1], try vm.listFromArrayLike(call[2]))
    }
    method(reflect, "construct", 2) { vm, call in
      guard vm.isConstructor(call[0]) else {
        throw vm.typeError("\(vm.display(call[0])) is not a constructor")
      }
      let newTarget = call.count > 2 ? call[2] : call[0]
      guard vm.isConstructor(newTarget) else {
        throw vm.typeError("\(vm.display(newTarget)) is not a constructor")
      }
      guard call[1].isObject else { throw vm.typeError("CreateListFromArrayLike called on non-object") }
      return try vm.construct(call[0], try vm.listFromArrayLike(call[1]), newTarget: newTarget)
    }
    method(reflect, "defineProperty", 3) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.defineProperty called on non-object") }
      let key = try vm.toKey(call[1])
      return Value(bool: try vm.defineOwnProperty(call[0].object, key, try vm.toPropertyDescriptor(call[2])))
    }
    method(reflect, "deleteProperty", 2) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.deleteProperty called on non-object") }
      return Value(bool: try vm.delete(call[0].object, try vm.toKey(call[1]), strict: false))
    }
    method(reflect, "getOwnPropertyDescriptor", 2) { vm, call in
      guard call[0].isObject else {
        throw vm.typeError("Reflect.getOwnPropertyDescriptor called on non-object")
      }
      guard let property = try vm.ownProperty(call[0].object, try vm.toKey(call[1])) else {
        return .undefined
      }
      return Value(vm.descriptorObject(property))
    }
    method(reflect, "isExtensible", 1) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.isExtensible called on non-object") }
      return Value(bool: try vm.isExtensible(call[0].object))
    }
    method(reflect, "preventExtensions", 1) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.preventExtensions called on non-object") }
      return Value(bool: try vm.preventExtensions(call[0].object))
    }
    method(reflect, "setPrototypeOf", 2) { vm, call in
      guard call[0].isObject else { throw vm.typeError("Reflect.setPrototypeOf called on non-object") }
      guard call[1].isObject || call[1].isNull else {
        throw vm.typeError("Object prototype may only be an Object or null: \(vm.display(call[1]))")
      }
      return Value(bool: try vm.setPrototypeOf(call[0].object, call[1]))
    }
  }

  func installFunction() {
    let vm = self.vm
    let functionPrototype = self.functionPrototype
    functionPrototype.addProperty(vm.names.length, Value(int: 0), [.configurable])
    functionPrototype.addProperty(vm.names.name, Value(vm.atom("")), [.configurable])
    let throwing = constructor("Function", 1, prototype: functionPrototype) { vm, _ in
      throw vm.typeError("cruft: the Function constructor is not available (code from strings cannot run)")
    }
    _ = throwing
    method(functionPrototype, "call", 1) { vm, call in
      let rest = call.count > 1 ? (1..<call.count).map { call[$0] } : []
      return try vm.call(call.this, this: call[0], rest)
    }
    method(functionPrototype, "apply", 2) { vm, call in
      try vm.call(call.this, this: call[0], try vm.listFromArrayLike(call[1]))
    }
    method(functionPrototype, "bind", 1) { vm, call in
      guard let target = call.this.asFunction else { throw vm.typeError("Bind must be called on a function") }
      let bound = vm.makeNative(
        "bound " + ((try? vm.toSwiftString(vm.get(call.this, vm.names.name))) ?? ""), length: 0
      ) {
        _, _ in .undefined
      }
      bound.native = nil
      bound.boundTarget = call.this
      bound.boundThis = call[0]
      bound.boundArguments = call.count > 1 ? (1..<call.count).map { call[$0] } : []
      bound.isConstructor = target.isConstructor
      bound.proto = target.proto
      let targetLength = try vm.get(call.this, vm.names.length)
      let length =
        targetLength.isNumber ? max(0, targetLength.number - Double(bound.boundArguments.count)) : 0
      try vm.defineOwn(
        bound, .named(vm.names.length), Value(number: length.rounded(.towardZero)), [.configurable])
      return Value(bound)
    }
    method(functionPrototype, "toString", 0) { vm, call in
      guard call.this.asFunction != nil else {
        throw vm.typeError("Function.prototype.toString requires that 'this' be a Function")
      }
      // Code is not kept in bundles: every function prints in the NativeFunction form, named by its
      // own `name` data property when that is a valid property name (no getter runs).
      let function = call.this.object
      var name = ""
      if let slot = function.shape.slot(of: vm.names.name),
        !function.shape.attributes[slot].contains(.accessor),
        function.slots[slot].isString
      {
        name = function.slots[slot].string.swiftString
      }
      if !VM.isNativeFunctionName(name) { name = "" }
      return vm.string("function \(name)() { [native code] }")
    }
    let hasInstance = vm.makeNative("[Symbol.hasInstance]", length: 1) { vm, call in
      Value(bool: try vm.ordinaryHasInstance(call.this, call[0]))
    }
    // Not writable, not configurable (ECMAScript 20.2.3.6), so no function can lose its instanceof.
    functionPrototype.addProperty(PropertyKey(symbol: vm.names.symbolHasInstance), Value(hasInstance), [])
    intrinsics.append(hasInstance)
    functionHasInstance = Value(hasInstance)
    let thrower = vm.makeNative("", length: 0) { vm, _ in
      throw vm.typeError(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them"
      )
    }
    // %ThrowTypeError% is frozen on its own, whatever happens to the other intrinsics.
    vm.freeze(thrower)
    intrinsics.append(thrower)
    throwTypeErrorAccessor = vm.heap.register(
      AccessorPair(shape: vm.emptyShape, proto: .null, kind: .accessorPair), bytes: 64)
    throwTypeErrorAccessor.getter = Value(thrower)
    throwTypeErrorAccessor.setter = Value(thrower)
    for (prototype, name) in [
      (generatorFunctionPrototype, "GeneratorFunction"), (asyncFunctionPrototype, "AsyncFunction"),
      (asyncGeneratorFunctionPrototype, "AsyncGeneratorFunction"),
    ] {
      let function = vm.makeNative(name, length: 1, constructor: true) { vm, _ in
        throw vm.typeError("cruft: the \(name) constructor is not available (code from strings cannot run)")
      }
      function.addProperty(vm.names.prototype, Value(prototype), [])
      prototype.addProperty(vm.names.constructor, Value(function), [.configurable])
      prototype.addProperty(
        PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom(name)), [.configurable])
      intrinsics.append(function)
    }
    generatorFunctionPrototype.addProperty(vm.names.prototype, Value(generatorPrototype), [.configurable])
    asyncGeneratorFunctionPrototype.addProperty(
      vm.names.prototype, Value(asyncGeneratorPrototype), [.configurable])
  }
}

extension VM {
  func objectToStringTag(_ value: Value) throws(Throw) -> String {
    if value.isUndefined { return "[object Undefined]" }
    if value.isNull { return "[object Null]" }
    let object = try toObject(value)
    let tag = try get(Value(object), .named(PropertyKey(symbol: names.symbolToStringTag)))
    if tag.isString { return "[object \(tag.string.swiftString)]" }
    if object.isProxy {
      if try isArray(value) { return "[object Array]" }
      return isCallable(value) ? "[object Function]" : "[object Object]"
    }
    let builtin: String =
      switch object.kind {
      case .array: "Array"
      case .function: "Function"
      case .error: "Error"
      case .booleanObject: "Boolean"
      case .numberObject: "Number"
      case .stringObject: "String"
      case .date: "Date"
      case .regexp: "RegExp"
      case .arguments: "Arguments"
      default: "Object"
      }
    return "[object \(builtin)]"
  }

  /// EnumerableOwnProperties(O, key): the string keys whose property is enumerable.
  func enumerableOwnKeys(_ object: JSObject) throws(Throw) -> [Key] {
    var out: [Key] = []
    for key in try ownKeys(object, includeSymbols: false, onlyEnumerable: true) {
      if let property = try ownProperty(object, key), property.attributes.contains(.enumerable) {
        out.append(key)
      }
    }
    return out
  }

  func enumerableOwn(_ object: JSObject) throws(Throw) -> [(key: Key, value: Value)] {
    var out: [(key: Key, value: Value)] = []
    for key in try ownKeys(object, includeSymbols: false, onlyEnumerable: true) {
      guard let property = try ownProperty(object, key), property.attributes.contains(.enumerable) else {
        continue
      }
      out.append((key, try get(object, key, receiver: Value(object))))
    }
    return out
  }

  func listFromArrayLike(_ value: Value) throws(Throw) -> [Value] {
    if value.isNullish { return [] }
    guard value.isObject else { throw typeError("CreateListFromArrayLike called on non-object") }
    let object = value.object
    if (object.kind == .array || object.kind == .arguments) && !object.shape.hasIndexKeys {
      return (0..<object.elements.count).map { object.elements[$0].isHole ? .undefined : object.elements[$0] }
    }
    let length = try toLength(get(value, names.length))
    return try collect(length) { (index) throws(Throw) in try get(value, indexKey(index)) }
  }

  func toLength(_ value: Value) throws(Throw) -> Int {
    let number = try toNumber(value)
    if number.isNaN || number <= 0 { return 0 }
    return Int(min(number.rounded(.towardZero), 9_007_199_254_740_991))
  }

  func toIntegerOrInfinity(_ value: Value) throws(Throw) -> Double {
    if value.isInt { return Double(value.int) }
    let number = try toNumber(value)
    if number.isNaN { return 0 }
    return number.rounded(.towardZero) + 0
  }

  /// ObjectDefineProperties: every enumerable own property of `properties`, symbol-keyed ones too
  /// (unlike Object.keys and Object.entries), read first and then defined.
  func defineProperties(_ object: JSObject, _ properties: Value) throws(Throw) {
    let source = try toObject(properties)
    var descriptors: [(key: Key, value: Value)] = []
    for key in try ownKeys(source, includeSymbols: true) {
      guard let property = try ownProperty(source, key), property.attributes.contains(.enumerable) else {
        continue
      }
      descriptors.append((key, try get(source, key, receiver: Value(source))))
    }
    for (key, descriptor) in descriptors {
      try defineProperty(object, key, descriptor: descriptor)
    }
  }
}

extension VM {
  /// Whether `name` fits the NativeFunction syntax's optional accessor prefix and PropertyName: an
  /// identifier name, or a computed `[...]` name such as `[Symbol.iterator]`.
  static func isNativeFunctionName(_ name: String) -> Bool {
    var rest = Substring(name)
    if rest.hasPrefix("get ") || rest.hasPrefix("set ") { rest = rest.dropFirst(4) }
    if rest.hasPrefix("[") && rest.hasSuffix("]") { return true }
    guard let first = rest.unicodeScalars.first,
      first == "$" || first == "_" || first.properties.isIDStart
    else { return false }
    return rest.unicodeScalars.allSatisfy { $0 == "$" || $0 == "_" || $0.properties.isIDContinue }
  }
}
