import Foundation

/// %TypedArray%, its eleven concrete constructors and their creation paths (ECMAScript 2023, 23.2).
/// The prototype methods are in BuiltinsTypedArrayMethods.swift.
extension Realm {
  func installTypedArrays() {
    let vm = self.vm
    let proto = vm.newObject()
    intrinsics.append(proto)
    typedArrayPrototype = proto
    let abstract = vm.makeNative("TypedArray", length: 0, constructor: true) { vm, _ in
      throw vm.typeError("Abstract class TypedArray not directly constructable")
    }
    abstract.addProperty(vm.names.prototype, Value(proto), [])
    proto.addProperty(vm.names.constructor, Value(abstract), .hidden)
    intrinsics.append(abstract)
    getter(abstract, vm.names.symbolSpecies, "[Symbol.species]") { _, call in call.this }
    method(abstract, "from", 1) { vm, call in try vm.typedArrayFrom(call) }
    method(abstract, "of", 0) { vm, call in
      guard vm.isConstructor(call.this) else {
        throw vm.typeError("\(vm.describeForError(call.this)) is not a constructor")
      }
      let result = try vm.typedArrayCreate(call.this, [Value(int: Int32(call.count))])
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      for index in 0..<call.count {
        try vm.set(Value(result), vm.indexKey(index), call[index])
      }
      return Value(result)
    }
    installTypedArrayMethods(proto)
    for type in TypedArrayType.allCases {
      let prototype = vm.newObject(proto: Value(proto))
      intrinsics.append(prototype)
      let function = constructor(type.name, 3, prototype: prototype) { vm, call in
        try vm.constructTypedArray(type, call)
      }
      function.proto = Value(abstract)
      value(function, "BYTES_PER_ELEMENT", Value(int: Int32(type.elementSize)), [])
      value(prototype, "BYTES_PER_ELEMENT", Value(int: Int32(type.elementSize)), [])
      typedArrayPrototypes.append(prototype)
      typedArrayConstructors.append(Value(function))
    }
  }
}

extension VM {
  // MARK: Receivers

  static let incompatibleReceiverMethods: Set<String> = [
    "%TypedArray%.prototype.at", "%TypedArray%.prototype.join", "%TypedArray%.prototype.slice",
    "%TypedArray%.prototype.sort", "%TypedArray%.prototype.toLocaleString",
    "%TypedArray%.prototype.toReversed",
    "%TypedArray%.prototype.toSorted",
  ]

  /// ValidateTypedArray: `this` must be a typed array whose buffer is attached.
  func thisTypedArray(_ value: Value, _ method: String, allowDetached: Bool = false) throws(Throw)
    -> TypedArrayObject
  {
    guard let object = value.object(ofKind: .typedArray) else {
      // V8 words the check two ways, depending on the method.
      if VM.incompatibleReceiverMethods.contains(method) {
        throw typeError("Method \(method) called on incompatible receiver \(describeForError(value))")
      }
      throw typeError("this is not a typed array.")
    }
    let array = unsafeDowncast(object, to: TypedArrayObject.self)
    if array.isOutOfBounds && !allowDetached {
      throw typeError("Cannot perform \(method) on a detached ArrayBuffer")
    }
    return array
  }

  // MARK: Construction

  /// The concrete constructors: `new X()`, `new X(length)`, `new X(typedArray)`,
  /// `new X(iterable or array-like)`, `new X(buffer, byteOffset, length)`.
  func constructTypedArray(_ type: TypedArrayType, _ call: NativeCall) throws(Throw) -> Value {
    guard !call.newTarget.isUndefined else { throw typeError("Constructor \(type.name) requires 'new'") }
    let proto = try prototype(fromNewTarget: call, fallback: realm.typedArrayPrototypes[Int(type.rawValue)])
    let first = call[0]
    guard first.isObject else {
      let length = try toIndex(first, "Invalid typed array length: \(display(first))")
      return Value(try allocateTypedArray(type, length: length, proto: proto))
    }
    let size = type.elementSize
    if let buffer = first.object as? ArrayBufferObject {
      let offset = try toIndex(
        call[1], "Start offset \(display(call[1])) is outside the bounds of the buffer")
      guard offset % size == 0 else {
        throw rangeError("start offset of \(type.name) should be a multiple of \(size)")
      }
      let requested =
        call[2].isUndefined ? nil : try toIndex(call[2], "Invalid typed array length: \(display(call[2]))")
      if buffer.isDetached { throw typeError("Cannot perform Construct on a detached ArrayBuffer") }
      let bufferLength = buffer.byteLength
      let byteLength: Int
      if requested == nil && buffer.isResizable {
        // A length-tracking view of a resizable buffer.
        guard offset <= bufferLength else {
          throw rangeError("Start offset \(offset) is outside the bounds of the buffer")
        }
        return Value(makeTypedArray(type, buffer: buffer, byteOffset: offset, length: nil, proto: proto))
      }
      if let requested {
        byteLength = requested * size
        guard offset + byteLength <= bufferLength else {
          throw rangeError("Invalid typed array length: \(requested)")
        }
      } else {
        guard bufferLength % size == 0 else {
          throw rangeError("byte length of \(type.name) should be a multiple of \(size)")
        }
        guard offset <= bufferLength else {
          throw rangeError("Start offset \(offset) is outside the bounds of the buffer")
        }
        byteLength = bufferLength - offset
      }
      return Value(
        makeTypedArray(type, buffer: buffer, byteOffset: offset, length: byteLength / size, proto: proto))
    }
    if let source = first.object as? TypedArrayObject {
      if source.isOutOfBounds { throw typeError("Cannot perform Construct on a detached ArrayBuffer") }
      guard source.type.isBigInt == type.isBigInt else {
        throw typeError("Cannot mix BigInt and other types, use explicit conversions")
      }
      let result = try allocateTypedArray(type, length: source.length, proto: proto)
      copyElements(from: source, at: 0, to: result, at: 0, count: source.length)
      return Value(result)
    }
    let iteratorMethod = try get(first, .named(PropertyKey(symbol: names.symbolIterator)))
    if !iteratorMethod.isNullish {
      guard isCallable(iteratorMethod) else {
        throw typeError("\(display(iteratorMethod)) is not a function")
      }
      let values = try iteratedList(first)
      temporaryRoots.append(Value(values))
      defer { temporaryRoots.removeLast() }
      let result = try allocateTypedArray(type, length: values.elements.count, proto: proto)
      temporaryRoots.append(Value(result))
      defer { temporaryRoots.removeLast() }
      for index in 0..<values.elements.count {
        try typedArraySetElement(result, Double(index), values.elements[index])
      }
      return Value(result)
    }
    let length = try toLength(get(first, names.length))
    let result = try allocateTypedArray(type, length: length, proto: proto)
    temporaryRoots.append(Value(result))
    defer { temporaryRoots.removeLast() }
    for index in 0..<length {
      try tick()
      try typedArraySetElement(result, Double(index), try get(first, indexKey(index)))
    }
    return Value(result)
  }

  /// The values an iterable produces, in an array the collector sees.
  func iteratedList(_ iterable: Value) throws(Throw) -> JSObject {
    let list = newArray()
    temporaryRoots.append(Value(list))
    defer { temporaryRoots.removeLast() }
    try iterate(iterable) { (value) throws(Throw) in
      list.elements.append(value)
      heap.noteGrowth(bytes: 8)
    }
    return list
  }

  /// %TypedArray%.from(source, mapfn, thisArg).
  func typedArrayFrom(_ call: NativeCall) throws(Throw) -> Value {
    let constructor = call.this
    guard isConstructor(constructor) else {
      throw typeError("\(describeForError(constructor)) is not a constructor")
    }
    let mapper = call[1]
    if !mapper.isUndefined && !isCallable(mapper) { throw typeError("\(display(mapper)) is not a function") }
    let source = call[0]
    if source.isNullish {
      throw typeError(
        "\(source.isNull ? "object null" : "undefined") is not iterable (cannot read property Symbol(Symbol.iterator))"
      )
    }
    let iteratorMethod = try get(source, .named(PropertyKey(symbol: names.symbolIterator)))
    let values: Value
    let length: Int
    if !iteratorMethod.isNullish {
      guard isCallable(iteratorMethod) else {
        throw typeError("\(display(iteratorMethod)) is not a function")
      }
      let list = try iteratedList(source)
      values = Value(list)
      length = list.elements.count
    } else {
      let object = try toObject(source)
      values = Value(object)
      length = try toLength(get(values, names.length))
    }
    temporaryRoots.append(values)
    defer { temporaryRoots.removeLast() }
    let result = try typedArrayCreate(constructor, [Value(number: Double(length))])
    temporaryRoots.append(Value(result))
    defer { temporaryRoots.removeLast() }
    for index in 0..<length {
      try tick()
      var value = try get(values, indexKey(index))
      if !mapper.isUndefined {
        value = try self.call(mapper, this: call[2], value, Value(number: Double(index)))
      }
      try set(Value(result), indexKey(index), value)
    }
    return Value(result)
  }

  /// TypedArrayCreateFromConstructor: `new C(...arguments)`, which must make a typed array at least
  /// as long as a length argument asks.
  func typedArrayCreate(_ constructor: Value, _ arguments: [Value]) throws(Throw) -> TypedArrayObject {
    if arguments.count == 1, let type = intrinsicTypedArrayType(constructor) {
      let length = try toIndex(arguments[0], "Invalid typed array length: \(display(arguments[0]))")
      return try allocateTypedArray(type, length: length)
    }
    let created = try construct(constructor, arguments, newTarget: constructor)
    let array = try thisTypedArray(created, "Construct")
    if arguments.count == 1, arguments[0].isNumber, Double(array.length) < arguments[0].number {
      throw typeError("Derived TypedArray constructor created an array which was too small")
    }
    return array
  }

  /// The type whose intrinsic constructor `value` is.
  func intrinsicTypedArrayType(_ value: Value) -> TypedArrayType? {
    guard let index = realm.typedArrayConstructors.firstIndex(where: { $0.bits == value.bits }) else {
      return nil
    }
    return TypedArrayType(rawValue: UInt8(index))
  }

  /// TypedArraySpeciesCreate: a typed array made by the exemplar's species constructor, with the
  /// exemplar's content type (Number or BigInt).
  ///
  /// `map` skips the content-type check as V8 does: storing its results then fails to convert.
  func typedArraySpeciesCreate(
    _ exemplar: TypedArrayObject, _ arguments: [Value], checkContentType: Bool = true
  )
    throws(Throw) -> TypedArrayObject
  {
    let type = exemplar.type
    let fallback = realm.typedArrayConstructors[Int(type.rawValue)]
    // Without own properties and with its intrinsic (frozen) prototype, the species is the default.
    let pristine =
      exemplar.shape.count == 0 && exemplar.proto.bits == typedArrayPrototypeBits[Int(type.rawValue)]
    let constructor = pristine ? fallback : try speciesConstructor(Value(exemplar), default: fallback)
    if constructor.bits == fallback.bits {
      if arguments.count == 1 { return try allocateTypedArray(type, length: Int(arguments[0].number)) }
      if let buffer = arguments[0].object(ofKind: .arrayBuffer) as? ArrayBufferObject {
        if buffer.isDetached { throw typeError("Cannot perform Construct on a detached ArrayBuffer") }
        let offset = Int(arguments[1].number)
        // subarray of a length-tracking view passes no length; both stay within the buffer.
        let length = arguments.count > 2 ? Int(arguments[2].number) : nil
        guard offset + (length ?? 0) * type.elementSize <= buffer.byteLength else {
          throw rangeError("Invalid typed array length: \(length ?? 0)")
        }
        return makeTypedArray(type, buffer: buffer, byteOffset: offset, length: length)
      }
    }
    let result = try typedArrayCreate(constructor, arguments)
    guard result.type.isBigInt == type.isBigInt || !checkContentType else {
      throw typeError("Cannot mix BigInt and other types, use explicit conversions")
    }
    return result
  }

  // MARK: Copying

  /// Copies `count` elements between typed arrays of the same content type, converting between
  /// element types (the buffers may be the same when the types are; `set` clones otherwise).
  func copyElements(
    from source: TypedArrayObject, at sourceIndex: Int, to target: TypedArrayObject, at targetIndex: Int,
    count: Int
  ) {
    guard count > 0 else { return }
    if source.type == target.type {
      memmove(target.pointer(targetIndex), source.pointer(sourceIndex), count * source.type.elementSize)
      return
    }
    for offset in 0..<count {
      let bits = source.loadBits(sourceIndex + offset)
      if source.type.isBigInt {
        target.storeBits(targetIndex + offset, bits)
      } else {
        target.storeBits(targetIndex + offset, target.type.bits(forNumber: source.type.number(ofBits: bits)))
      }
    }
  }

  /// %TypedArray%.prototype.set(source, offset).
  func typedArraySet(_ target: TypedArrayObject, _ source: Value, _ offsetArgument: Value) throws(Throw) {
    let offset = try toIntegerOrInfinity(offsetArgument)
    guard offset >= 0 else { throw rangeError("offset is out of bounds") }
    if let sourceArray = source.object(ofKind: .typedArray) as? TypedArrayObject {
      if target.isOutOfBounds || sourceArray.isOutOfBounds {
        throw typeError("Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer")
      }
      guard offset.isFinite, Double(sourceArray.length) + offset <= Double(target.length) else {
        throw rangeError("offset is out of bounds")
      }
      guard sourceArray.type.isBigInt == target.type.isBigInt else {
        throw typeError("Cannot mix BigInt and other types, use explicit conversions")
      }
      let start = Int(offset)
      if sourceArray.buffer === target.buffer && sourceArray.type != target.type {
        // Overlapping views of different types: read every source element before writing any.
        try reserve(bytes: 8 * sourceArray.length)
        let bits = (0..<sourceArray.length).map { sourceArray.loadBits($0) }
        for (index, value) in bits.enumerated() {
          let converted =
            target.type.isBigInt ? value : target.type.bits(forNumber: sourceArray.type.number(ofBits: value))
          target.storeBits(start + index, converted)
        }
      } else {
        copyElements(from: sourceArray, at: 0, to: target, at: start, count: sourceArray.length)
      }
      return
    }
    if target.isOutOfBounds {
      throw typeError("Cannot perform %TypedArray%.prototype.set on a detached ArrayBuffer")
    }
    let object = try toObject(source)
    let length = try toLength(get(Value(object), names.length))
    guard offset.isFinite, Double(length) + offset <= Double(target.length) else {
      throw rangeError("offset is out of bounds")
    }
    let start = Int(offset)
    for index in 0..<length {
      try tick()
      var value: Value = .hole
      if object.kind == .array, index < object.elements.count { value = object.elements[index] }
      if value.isHole { value = try get(Value(object), indexKey(index)) }
      try typedArraySetElement(target, Double(start + index), value)
    }
  }

  /// The sorted elements of `array`: numerically (-0 before +0, NaN last) or by `comparator`.
  func sortedBits(_ array: TypedArrayObject, _ comparator: Value) throws(Throw) -> [UInt64] {
    try reserve(bytes: 16 * array.length)
    var items = (0..<array.length).map { array.loadBits($0) }
    let type = array.type
    if comparator.isUndefined {
      switch type {
      case .bigInt64: items.sort { Int64(bitPattern: $0) < Int64(bitPattern: $1) }
      case .bigUint64: items.sort()
      default:
        items.sort { a, b in
          let x = type.number(ofBits: a)
          let y = type.number(ofBits: b)
          if x.isNaN { return false }
          if y.isNaN { return true }
          if x == 0 && y == 0 { return x.sign == .minus && y.sign == .plus }
          return x < y
        }
      }
      return items
    }
    try stableMergeSort(&items) { (a, b) throws(Throw) -> Bool in
      try tick()
      let result = try toNumber(
        try call(comparator, this: .undefined, type.value(ofBits: a, self), type.value(ofBits: b, self)))
      return !(result > 0)
    }
    return items
  }
}
