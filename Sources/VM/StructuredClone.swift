/// `structuredClone(value)`: the HTML structured clone of a value, as node implements it.
///
/// A deep copy that keeps cycles and shared references, for the serializable kinds: primitives
/// but symbols, wrapper objects, Date, RegExp, Map, Set, arrays, plain objects (own enumerable
/// string keys, getters read once), errors (by name), ArrayBuffers and their views. Anything else
/// (functions, symbols, proxies, promises, weak collections) throws a `DataCloneError`
/// DOMException, as node does. Class instances come back as plain objects.
extension VM {
  /// `transfer`: ArrayBuffers whose contents move to the clone; the originals are detached.
  func structuredClone(_ value: Value, transfer: [Value] = []) throws(Throw) -> Value {
    var memory: [UInt64: Value] = [:]
    let rootsBefore = temporaryRoots.count
    defer { temporaryRoots.removeLast(temporaryRoots.count - rootsBefore) }
    var transferred: [ArrayBufferObject] = []
    for item in transfer {
      guard let buffer = item.isObject ? item.object as? ArrayBufferObject : nil else {
        let error = makeError(realm.typeErrorPrototype, "Found invalid object in transferList")
        error.object.addProperty(key("code"), string("ERR_INVALID_TRANSFER_OBJECT"), .data)
        throw Throw(error)
      }
      guard !buffer.isDetached else {
        throw Throw(
          makeDOMException("An ArrayBuffer is detached and could not be cloned.", name: "DataCloneError"))
      }
      guard !transferred.contains(where: { $0 === buffer }) else {
        throw Throw(
          makeDOMException(
            "Transfer list contains duplicate ArrayBuffer",
            name: "DataCloneError"))
      }
      transferred.append(buffer)
      memory[item.bits] = Value(try copyBuffer(buffer))
      temporaryRoots.append(memory[item.bits]!)
    }
    let result = try cloneValue(value, &memory)
    for buffer in transferred { buffer.detach() }
    return result
  }

  private func copyBuffer(_ buffer: ArrayBufferObject) throws(Throw) -> ArrayBufferObject {
    let copy = try allocateArrayBuffer(buffer.byteLength, maxByteLength: buffer.maxByteLength)
    if buffer.byteLength > 0, let from = buffer.data, let to = copy.data {
      to.copyMemory(from: from, byteCount: buffer.byteLength)
    }
    return copy
  }

  private func dataCloneError(_ value: Value) -> Throw {
    let text = value.isObject && value.asFunction == nil ? describeForError(value) : display(value)
    return Throw(makeDOMException("\(text) could not be cloned.", name: "DataCloneError"))
  }

  private func cloneValue(_ value: Value, _ memory: inout [UInt64: Value]) throws(Throw) -> Value {
    if value.isSymbol { throw dataCloneError(value) }
    guard value.isObject else { return value }
    if let done = memory[value.bits] { return done }
    try tick()
    let object = value.object
    func remember(_ copy: JSObject) -> Value {
      let result = Value(copy)
      memory[value.bits] = result
      temporaryRoots.append(result)
      return result
    }
    switch object.kind {
    case .booleanObject, .numberObject, .stringObject, .bigintObject:
      return remember(try toObject(object.primitive))
    case .date:
      return remember(makeDate(object.primitive.number, proto: Value(realm.datePrototype)))
    case .regexp:
      let regexp = object as! RegExpObject
      return remember(try makeRegExp(pattern: regexp.source, flags: regexp.flags).object)
    case .map, .set:
      let source = object as! CollectionObject
      let copy = heap.register(
        CollectionObject(
          shape: emptyShape, proto: Value(object.kind == .map ? realm.mapPrototype : realm.setPrototype),
          kind: object.kind), bytes: 128)
      _ = remember(copy)
      // Entries are read after the copy is remembered, so an entry may refer to the collection.
      let entries = source.keys.indices.filter { source.live[$0] }.map {
        (source.keys[$0], source.values[$0])
      }
      for (key, entry) in entries {
        let clonedKey = try cloneValue(key, &memory)
        copy.set(clonedKey, object.kind == .map ? try cloneValue(entry, &memory) : clonedKey)
      }
      return Value(copy)
    case .error:
      return try cloneError(object, &memory)
    case .array:
      let copy = newArray()
      _ = remember(copy)
      let length = try toLength(get(value, names.length))
      try setArrayLength(copy, Value(number: Double(length)))
      try cloneProperties(of: object, into: copy, &memory)
      return Value(copy)
    case .arrayBuffer:
      let buffer = object as! ArrayBufferObject
      guard !buffer.isDetached else {
        throw Throw(
          makeDOMException("An ArrayBuffer is detached and could not be cloned.", name: "DataCloneError"))
      }
      return remember(try copyBuffer(buffer))
    case .typedArray:
      let array = object as! TypedArrayObject
      let buffer = try cloneValue(Value(array.buffer), &memory).object as! ArrayBufferObject
      return remember(
        makeTypedArray(
          array.type, buffer: buffer, byteOffset: array.byteOffset,
          length: array.tracksLength ? nil : array.length))
    case .dataView:
      let view = object as! DataViewObject
      let buffer = try cloneValue(Value(view.buffer), &memory).object as! ArrayBufferObject
      let copy = DataViewObject(
        buffer: buffer, byteOffset: view.byteOffset,
        byteLength: view.tracksLength ? nil : view.viewByteLength,
        shape: emptyShape, proto: Value(realm.dataViewPrototype))
      return remember(heap.register(copy, bytes: 128))
    case .ordinary, .arguments:
      let copy = newObject()
      _ = remember(copy)
      try cloneProperties(of: object, into: copy, &memory)
      return Value(copy)
    default:
      throw dataCloneError(value)
    }
  }

  /// Own enumerable string-keyed properties, in order, each read with [[Get]] and cloned.
  private func cloneProperties(of source: JSObject, into copy: JSObject, _ memory: inout [UInt64: Value])
    throws(Throw)
  {
    for key in try enumerableOwnKeys(source) {
      let property = try get(source, key, receiver: Value(source))
      try defineOwn(copy, key, try cloneValue(property, &memory))
    }
  }

  /// An error keeps its kind when its name is a standard one, its own message, its stack and cause.
  private func cloneError(_ error: JSObject, _ memory: inout [UInt64: Value]) throws(Throw) -> Value {
    let nameValue = try get(Value(error), names.name)
    var prototype = realm.errorPrototype
    if nameValue.isString {
      let name = nameValue.string.swiftString
      if ["EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"].contains(name)
      {
        let constructor = try get(Value(realm.global), key(name))
        let candidate = try get(constructor, names.prototype)
        if candidate.isObject { prototype = candidate.object }
      }
    }
    let copy = heap.register(JSObject(shape: emptyShape, proto: Value(prototype), kind: .error), bytes: 128)
    let result = Value(copy)
    memory[Value(error).bits] = result
    temporaryRoots.append(result)
    let stack = try ownProperty(error, .named(names.stack))
    if let stack, !stack.isAccessor, stack.value.isString {
      copy.addProperty(names.stack, stack.value, .hidden)
    }
    if let message = try ownProperty(error, .named(names.message)), !message.isAccessor {
      copy.addProperty(names.message, try toStringValue(message.value), .hidden)
    }
    if let cause = try ownProperty(error, .named(names.cause)), !cause.isAccessor {
      copy.addProperty(names.cause, try cloneValue(cause.value, &memory), .hidden)
    }
    return result
  }

  /// A DOMException (node's error type for host failures such as DataCloneError).
  func makeDOMException(_ message: String, name: String) -> Value {
    let exception = heap.register(
      JSObject(shape: emptyShape, proto: Value(realm.domExceptionPrototype), kind: .error), bytes: 128)
    exception.addProperty(names.message, string(message), .hidden)
    exception.addProperty(names.name, string(name), .hidden)
    exception.addProperty(key("code"), Value(int: Int32(DOMExceptionCodes.code(of: name))), .hidden)
    captureStack(exception)
    return Value(exception)
  }
}

/// The legacy numeric codes of DOMException names (WebIDL), for `code`.
enum DOMExceptionCodes {
  static let names = [
    "IndexSizeError", "DOMStringSizeError", "HierarchyRequestError", "WrongDocumentError",
    "InvalidCharacterError", "NoDataAllowedError", "NoModificationAllowedError", "NotFoundError",
    "NotSupportedError", "InUseAttributeError", "InvalidStateError", "SyntaxError",
    "InvalidModificationError", "NamespaceError", "InvalidAccessError", "ValidationError",
    "TypeMismatchError", "SecurityError", "NetworkError", "AbortError", "URLMismatchError",
    "QuotaExceededError", "TimeoutError", "InvalidNodeTypeError", "DataCloneError",
  ]

  static func code(of name: String) -> Int { names.firstIndex(of: name).map { $0 + 1 } ?? 0 }
}

extension Realm {
  func installStructuredClone() {
    domExceptionPrototype = vm.newObject(proto: Value(errorPrototype))
    let domException = vm.makeNative("DOMException", length: 0, constructor: true) { vm, call in
      guard !call.newTarget.isUndefined else {
        throw vm.typeError("Class constructor DOMException cannot be invoked without 'new'")
      }
      let message = call[0].isUndefined ? "" : try vm.toSwiftString(call[0])
      let name = call[1].isUndefined ? "Error" : try vm.toSwiftString(call[1])
      let exception = vm.makeDOMException(message, name: name)
      let proto = try vm.prototype(fromNewTarget: call, fallback: vm.realm.domExceptionPrototype)
      exception.object.proto = proto
      return exception
    }
    domException.addProperty(vm.names.prototype, Value(domExceptionPrototype), [])
    domExceptionPrototype.addProperty(vm.names.constructor, Value(domException), .hidden)
    domExceptionPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("DOMException")), [.configurable])
    global.addProperty(vm.key("DOMException"), Value(domException), .hidden)
    intrinsics += [domException, domExceptionPrototype]
    method(global, "structuredClone", 0) { vm, call in
      guard call.count > 0 else {
        let error = vm.makeError(vm.realm.typeErrorPrototype, "The value argument must be specified")
        error.object.addProperty(vm.key("code"), vm.string("ERR_MISSING_ARGS"), .data)
        throw Throw(error)
      }
      var transfer: [Value] = []
      let rootsBefore = vm.temporaryRoots.count
      defer { vm.temporaryRoots.removeLast(vm.temporaryRoots.count - rootsBefore) }
      if call[1].isObject {
        let list = try vm.get(call[1], vm.key("transfer"))
        if !list.isUndefined {
          try vm.iterate(list) { (item) throws(Throw) in
            transfer.append(item)
            vm.temporaryRoots.append(item)
          }
        }
      }
      return try vm.structuredClone(call[0], transfer: transfer)
    }
  }
}
