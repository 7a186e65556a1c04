// Iteration: iterator records for for-of, spread and destructuring, and for-in enumeration.

/// An iterator being consumed by compiled code (for-of, spread, destructuring).
final class IteratorRecord: JSObject {
  var iterator: Value = .undefined
  var nextMethod: Value = .undefined
  var isDone = false
  /// A plain array iterated directly: its elements are read by index while `arrayIndex` is in range.
  var array: JSObject?
  var arrayIndex = 0

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(iterator)
    marker.mark(nextMethod)
    marker.mark(array)
  }
}

/// The keys a for-in loop visits, collected when it starts.
final class ForInEnumerator: JSObject {
  var target: Value = .undefined
  var keys: [Value] = []
  var position = 0

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(target)
    for key in keys { marker.mark(key) }
  }
}

extension VM {
  // MARK: Spread and iteration

  func arrayValues(_ value: Value) throws(Throw) -> [Value] {
    guard value.isObject else { throw internalError("spread arguments are not an array") }
    return try listFromArrayLike(value)
  }

  func invokeWithArray(_ callee: Value, this: Value, _ array: Value) throws(Throw) -> Value {
    try call(callee, this: this, try arrayValues(array))
  }

  func construct(_ callee: Value, _ values: [Value], newTarget: Value) throws(Throw) -> Value {
    try construct(callee, values, newTarget: Optional(newTarget))
  }

  func iterate(_ iterable: Value, _ body: (Value) throws(Throw) -> Void) throws(Throw) {
    let record = try getIterator(iterable)
    temporaryRoots.append(Value(record))
    defer { temporaryRoots.removeLast() }
    while let value = try iteratorStep(record) {
      // Spreading an array into itself never ends: the step budget and heap limit still apply.
      try tick()
      do {
        try body(value)
      } catch {
        // IteratorClose on an abrupt completion of the body: the body's error wins over any from
        // `return` (a failed `next` has marked the record done, so nothing is closed then).
        if error.termination == nil {
          do throws(Throw) {
            try iteratorClose(record)
          } catch {
            if error.termination != nil { throw error }
          }
        }
        throw error
      }
    }
  }

  func getIterator(_ iterable: Value) throws(Throw) -> IteratorRecord {
    let record = heap.register(
      IteratorRecord(shape: emptyShape, proto: .null, kind: .iteratorRecord), bytes: 96)
    if iterable.isObject, iterable.object.kind == .array, iterable.object.proto.bits == arrayPrototypeBits,
      iterable.object.shape.slot(of: PropertyKey(symbol: names.symbolIterator)) == nil
    {
      record.array = iterable.object
      return record
    }
    if iterable.isObject, let array = iterable.object as? TypedArrayObject, array.shape.count == 0,
      array.proto.bits == typedArrayPrototypeBits[Int(array.type.rawValue)]
    {
      // The frozen %TypedArray%.prototype[Symbol.iterator] is values(): read the elements directly.
      if array.isOutOfBounds {
        throw typeError("Cannot perform %TypedArray%.prototype.values on a detached ArrayBuffer")
      }
      record.array = array
      return record
    }
    let method = try get(iterable, .named(PropertyKey(symbol: names.symbolIterator)))
    guard isCallable(method) else {
      throw typeError("\(iterable.isObject ? "object" : display(iterable)) is not iterable")
    }
    let iterator = try call(method, this: iterable, [])
    guard iterator.isObject else { throw typeError("Result of the Symbol.iterator method is not an object") }
    record.iterator = iterator
    record.nextMethod = try get(iterator, names.next)
    return record
  }

  func getAsyncIterator(_ iterable: Value) throws(Throw) -> IteratorRecord {
    let method = try get(iterable, .named(PropertyKey(symbol: names.symbolAsyncIterator)))
    if method.isNullish { return try makeAsyncFromSyncIterator(try getIterator(iterable)) }
    let record = heap.register(
      IteratorRecord(shape: emptyShape, proto: .null, kind: .iteratorRecord), bytes: 96)
    let iterator = try call(method, this: iterable, [])
    guard iterator.isObject else {
      throw typeError("Result of the Symbol.asyncIterator method is not an object")
    }
    record.iterator = iterator
    record.nextMethod = try get(iterator, names.next)
    return record
  }

  /// The next value, or nil when done.
  func iteratorStep(_ record: IteratorRecord) throws(Throw) -> Value? {
    if record.isDone { return nil }
    if let array = record.array {
      if let typed = array as? TypedArrayObject {
        if typed.isOutOfBounds {
          record.isDone = true
          throw typeError("Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer")
        }
        guard record.arrayIndex < typed.length else {
          record.isDone = true
          return nil
        }
        record.arrayIndex += 1
        return typed.load(record.arrayIndex - 1, self)
      }
      if record.arrayIndex < array.elements.count {
        let value = array.elements[record.arrayIndex]
        record.arrayIndex += 1
        return value.isHole ? try get(Value(array), indexKey(record.arrayIndex - 1)) : value
      }
      record.isDone = true
      return nil
    }
    let result = try call(record.nextMethod, this: record.iterator, [])
    guard result.isObject else {
      record.isDone = true
      throw typeError("Iterator result \(display(result)) is not an object")
    }
    if toBoolean(try get(result, names.done)) {
      record.isDone = true
      return nil
    }
    return try get(result, names.value)
  }

  func iteratorClose(_ record: IteratorRecord) throws(Throw) {
    if record.isDone { return }
    record.isDone = true
    if record.array != nil { return }
    let method = try get(record.iterator, names.return)
    if method.isNullish { return }
    let result = try call(method, this: record.iterator, [])
    if !result.isObject { throw typeError("Iterator result \(display(result)) is not an object") }
  }

  func delegateStep(_ record: IteratorRecord, mode: Int, value: Value) throws(Throw) -> Value {
    if let array = record.array {
      // The compiled code asked for the protocol: materialise the array iterator.
      let method = try get(Value(array), .named(PropertyKey(symbol: names.symbolIterator)))
      record.iterator = try call(method, this: Value(array), [])
      record.nextMethod = try get(record.iterator, names.next)
      record.array = nil
    }
    switch mode {
    case 0:
      return try call(record.nextMethod, this: record.iterator, [value])
    case 1:
      let method = try get(record.iterator, names.return)
      if method.isNullish { return iteratorResult(value, done: true) }
      return try call(method, this: record.iterator, [value])
    default:
      let method = try get(record.iterator, names.throw)
      if method.isNullish {
        try iteratorClose(record)
        throw typeError("The iterator does not provide a 'throw' method")
      }
      return try call(method, this: record.iterator, [value])
    }
  }

  func forInEnumerator(_ value: Value) throws(Throw) -> ForInEnumerator {
    let enumerator = heap.register(
      ForInEnumerator(shape: emptyShape, proto: .null, kind: .forInEnumerator), bytes: 96)
    guard !value.isNullish else { return enumerator }
    let object = try toObject(value)
    enumerator.target = Value(object)
    var seen = Set<UInt64>()
    var current: JSObject? = object
    while let holder = current {
      // V8's order, which a proxy can observe: the keys, then the prototype, then each key's
      // enumerability.
      let keys = try ownKeys(holder, includeSymbols: false)
      let proto = try getPrototypeOf(holder)
      for key in keys {
        let keyValue = Value(intern(try toJSString(self.keyValue(key))))
        guard seen.insert(keyValue.bits).inserted else { continue }
        if let property = try ownProperty(holder, key), property.attributes.contains(.enumerable) {
          enumerator.keys.append(keyValue)
        }
      }
      current = proto.isObject ? proto.object : nil
    }
    return enumerator
  }

  func copyDataProperties(into target: JSObject, from source: Value, excluding: [Value]) throws(Throw) {
    guard !source.isNullish else { return }
    let object = try toObject(source)
    for key in try ownKeys(object) {
      let keyValue = self.keyValue(key)
      if excluding.contains(where: {
        strictEquals($0, keyValue) || (try? toKey($0)).map { sameKey($0, key) } == true
      }) {
        continue
      }
      guard let property = try ownProperty(object, key), property.attributes.contains(.enumerable) else {
        continue
      }
      try defineOwn(target, key, try get(object, key, receiver: Value(object)), .data)
    }
  }

  func sameKey(_ a: Key, _ b: Key) -> Bool {
    switch (a, b) {
    case (.index(let x), .index(let y)): x == y
    case (.named(let x), .named(let y)): x == y
    default: false
    }
  }
}
