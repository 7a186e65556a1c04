import Bytecode

/// The natives of the toolchain's Node library (`require('cruft/native')` inside it, the handle
/// `node:cruft/native`): `util.inspect`, `util.format` and `util.types` need to see values the way
/// the VM does (brands, internal slots, the same rendering as console.log), which JavaScript cannot.
/// They carry no authority.
extension VM {
  func makeNodeNativesHandle() -> Value {
    let natives = newObject()
    natives.addProperty(key("inspect"), makeInspectFunction(), .hidden)
    natives.addProperty(
      key("format"),
      Value(makeNative("format", length: 0) { vm, call in vm.string(try vm.format(call.arguments.array)) }),
      .hidden)
    natives.addProperty(
      key("formatWithOptions"),
      Value(
        makeNative("formatWithOptions", length: 1) { vm, call in
          guard call[0].isObject else {
            throw vm.invalidArgumentType("inspectOptions", "of type object", call[0])
          }
          let options = try vm.inspectOptions(from: call[0])
          let values = Array(call.arguments.array.dropFirst())
          return vm.string(try vm.withInspectOptions(options) { () throws(Throw) in try vm.format(values) })
        }), .hidden)
    let types = makeTypesObject()
    freeze(types)
    natives.addProperty(key("types"), Value(types), .hidden)
    freeze(natives)
    return Value(natives)
  }

  /// `util.inspect(value, options)`, one function per VM so that custom inspect methods can tell it.
  func makeInspectFunction() -> Value {
    if let inspectFunction { return Value(inspectFunction) }
    let function = makeNative("inspect", length: 2) { vm, call in
      var options = InspectOptions()
      if call[1].isObject { options = try vm.inspectOptions(from: call[1]) }
      let value = call[0]
      return vm.string(
        try vm.withInspectOptions(options) { () throws(Throw) in try vm.inspect(value, topLevel: false) })
    }
    function.addProperty(key("custom"), Value(registeredSymbol(atom("nodejs.util.inspect.custom"))), .data)
    inspectFunction = function
    return Value(function)
  }

  func inspectOptions(from object: Value) throws(Throw) -> InspectOptions {
    var options = InspectOptions()
    let depth = try get(object, key("depth"))
    if depth.isNull {
      options.depth = .infinity
    } else if !depth.isUndefined {
      options.depth = try toNumber(depth)
    }
    let custom = try get(object, key("customInspect"))
    if !custom.isUndefined { options.customInspect = toBoolean(custom) }
    let hidden = try get(object, key("showHidden"))
    if !hidden.isUndefined { options.showHidden = toBoolean(hidden) }
    let compact = try get(object, key("compact"))
    if compact.isNumber {
      options.compact = compact.number.isFinite ? inspectCount(compact.number) : 3
    } else if compact.isBool {
      // `compact: true` joins what fits on one line whatever the nesting.
      options.compact = toBoolean(compact) ? Int.max / 2 : 0
    }
    let breakLength = try get(object, key("breakLength"))
    if breakLength.isNumber { options.breakLength = inspectCount(breakLength.number) }
    let maxStringLength = try get(object, key("maxStringLength"))
    if maxStringLength.isNull || maxStringLength.isNumber {
      options.maxStringLength = maxStringLength.isNull ? Int.max / 2 : inspectCount(maxStringLength.number)
    }
    let getters = try get(object, key("getters"))
    if !getters.isUndefined { options.getters = toBoolean(getters) }
    let sorted = try get(object, key("sorted"))
    if !sorted.isUndefined { options.sorted = toBoolean(sorted) }
    let maxArrayLength = try get(object, key("maxArrayLength"))
    if maxArrayLength.isNull || maxArrayLength.isNumber {
      options.maxArrayLength = maxArrayLength.isNull ? Int.max / 2 : inspectCount(maxArrayLength.number)
    }
    return options
  }

  /// A count option of util.inspect (a length, a width, levels): NaN and negatives are 0, and from
  /// 2^31 on (Infinity included) it is unlimited. Any double converts without trapping.
  private func inspectCount(_ number: Double) -> Int {
    if number.isNaN || number <= 0 { return 0 }
    if number >= Double(Int32.max) { return Int.max / 2 }
    return Int(number)
  }

  func withInspectOptions<T>(_ options: InspectOptions, _ body: () throws(Throw) -> T) throws(Throw) -> T {
    let saved = inspectOptions
    inspectOptions = options
    defer { inspectOptions = saved }
    return try body()
  }

  /// Node's `util.format`: `%s %d %i %f %j %o %O %c %%` in a first string argument, then every other
  /// argument inspected (strings as they are), separated by spaces. console.log prints this.
  func format(_ values: [Value]) throws(Throw) -> String {
    guard let first = values.first else { return "" }
    // A lone string is printed as it is: even `%%` stays two characters.
    if values.count == 1 && first.isString { return first.string.swiftString }
    var out = ""
    var next = 0
    if first.isString {
      next = 1
      let text = Array(first.string.swiftString.unicodeScalars)
      var index = 0
      while index < text.count {
        let scalar = text[index]
        guard scalar == "%", index + 1 < text.count else {
          out.unicodeScalars.append(scalar)
          index += 1
          continue
        }
        let directive = text[index + 1]
        if directive == "%" {
          out += "%"
          index += 2
          continue
        }
        guard "sdifjoOc".unicodeScalars.contains(directive), next < values.count else {
          out.unicodeScalars.append(scalar)
          index += 1
          continue
        }
        let argument = values[next]
        next += 1
        index += 2
        switch directive {
        case "s": out += try formatAsString(argument)
        case "d": out += try formatAsNumber(argument) { vm, value throws(Throw) in try vm.toNumber(value) }
        case "i":
          out += try formatAsNumber(argument) { vm, value throws(Throw) in
            parseInt(try vm.toJSString(value).units, radix: 10)
          }
        case "f":
          out += try formatAsNumber(argument, bigIntAsNumber: true) { vm, value throws(Throw) in
            parseFloat(try vm.toJSString(value).units)
          }
        case "j": out += try formatAsJSON(argument)
        case "o":
          var options = inspectOptions
          options.depth = 4
          options.showHidden = true
          out += try withInspectOptions(options) { () throws(Throw) in try inspect(argument, topLevel: false)
          }
        case "O": out += try inspect(argument, topLevel: false)
        default: break  // %c: CSS for browsers' consoles; consumed, prints nothing.
        }
      }
    }
    for value in values[next...] {
      if !out.isEmpty || next > 0 { out += " " }
      out += try inspect(value, topLevel: true)
    }
    return out
  }

  /// `%s`: String(value), except -0, BigInts, and objects whose toString is a built-in one, which
  /// are inspected (one level deep).
  private func formatAsString(_ value: Value) throws(Throw) -> String {
    if value.isNumber || value.isBigInt { return try inspect(value, topLevel: true) }
    if value.isObject, try hasBuiltInToString(value.object) {
      var options = inspectOptions
      options.depth = 0
      return try withInspectOptions(options) { () throws(Throw) in try inspect(value, topLevel: false) }
    }
    if value.isSymbol { return display(value) }
    return try toSwiftString(value)
  }

  private func hasBuiltInToString(_ object: JSObject) throws(Throw) -> Bool {
    let toStringKey = Key.named(key("toString"))
    guard try get(Value(object), toStringKey).asFunction != nil else { return true }
    if try ownProperty(object, toStringKey) != nil { return false }
    var pointer = try getPrototypeOf(object)
    while pointer.isObject, try ownProperty(pointer.object, toStringKey) == nil {
      pointer = try getPrototypeOf(pointer.object)
    }
    guard pointer.isObject, let constructor = try ownProperty(pointer.object, .named(key("constructor"))),
      !constructor.isAccessor, let native = constructor.value.asFunction
    else { return false }
    return native.native != nil
  }

  private func formatAsNumber(
    _ value: Value, bigIntAsNumber: Bool = false, _ convert: (VM, Value) throws(Throw) -> Double
  ) throws(Throw) -> String {
    if value.isBigInt && !bigIntAsNumber { return try inspect(value, topLevel: true) }
    if value.isSymbol { return "NaN" }
    return try inspect(Value(number: try convert(self, value)), topLevel: true)
  }

  private func formatAsJSON(_ value: Value) throws(Throw) -> String {
    do {
      let json = try jsonStringify(value)
      return json.isUndefined ? "undefined" : json.string.swiftString
    } catch {
      if error.termination == nil, error.value.isObject,
        let message = try? toSwiftString(get(error.value, names.message)), message.contains("circular")
      {
        return "[Circular]"
      }
      throw error
    }
  }

  /// `util.types`: brand checks on the VM's own object kinds, which no property can fake.
  private func makeTypesObject() -> JSObject {
    let types = newObject()
    func check(_ name: String, _ test: @escaping (JSObject) -> Bool) {
      types.addProperty(
        key(name),
        Value(
          makeNative(name, length: 1) { _, call in call[0].isObject && test(call[0].object) ? .true : .false }
        ),
        .data)
    }
    func kind(_ name: String, _ kinds: ObjectKind...) { check(name) { kinds.contains($0.kind) } }
    func typedArray(_ name: String, _ type: TypedArrayType) {
      check(name) { ($0 as? TypedArrayObject)?.type == type }
    }
    func functionKind(_ name: String, _ kinds: Set<FunctionKind>) {
      check(name) { object in
        guard let function = object as? JSFunction, let compiled = function.compiled else { return false }
        return kinds.contains(compiled.kind)
      }
    }
    kind("isDate", .date)
    kind("isRegExp", .regexp)
    kind("isMap", .map)
    kind("isSet", .set)
    kind("isWeakMap", .weakMap)
    kind("isWeakSet", .weakSet)
    kind("isPromise", .promise)
    kind("isProxy", .proxy, .callableProxy)
    kind("isTypedArray", .typedArray)
    kind("isArrayBuffer", .arrayBuffer)
    kind("isAnyArrayBuffer", .arrayBuffer)
    kind("isArrayBufferView", .typedArray, .dataView)
    kind("isDataView", .dataView)
    kind("isGeneratorObject", .generator, .asyncGenerator)
    kind("isBoxedPrimitive", .booleanObject, .numberObject, .stringObject, .symbolObject, .bigintObject)
    kind("isNumberObject", .numberObject)
    kind("isStringObject", .stringObject)
    kind("isBooleanObject", .booleanObject)
    kind("isBigIntObject", .bigintObject)
    kind("isSymbolObject", .symbolObject)
    kind("isNativeError", .error)
    kind("isMapIterator", .mapIterator)
    kind("isSetIterator", .setIterator)
    kind("isArgumentsObject", .arguments)
    kind("isModuleNamespaceObject", .namespace)
    // cruft has no SharedArrayBuffer, no external (C++) values, no KeyObject or CryptoKey.
    for name in ["isSharedArrayBuffer", "isExternal", "isKeyObject", "isCryptoKey"] {
      check(name) { _ in false }
    }
    typedArray("isUint8Array", .uint8)
    typedArray("isUint8ClampedArray", .uint8Clamped)
    typedArray("isUint16Array", .uint16)
    typedArray("isUint32Array", .uint32)
    typedArray("isInt8Array", .int8)
    typedArray("isInt16Array", .int16)
    typedArray("isInt32Array", .int32)
    typedArray("isFloat32Array", .float32)
    typedArray("isFloat64Array", .float64)
    typedArray("isBigInt64Array", .bigInt64)
    typedArray("isBigUint64Array", .bigUint64)
    functionKind(
      "isGeneratorFunction", [.generator, .generatorMethod, .asyncGenerator, .asyncGeneratorMethod])
    functionKind(
      "isAsyncFunction", [.async, .asyncArrow, .asyncMethod, .asyncGenerator, .asyncGeneratorMethod])
    return types
  }
}
