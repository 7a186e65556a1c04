/// A property key after conversion: an array index or a named key.
enum Key: Hashable {
  case index(UInt32)
  case named(PropertyKey)
}

/// An own property as `getOwnPropertyDescriptor` sees it.
struct OwnProperty {
  var value: Value
  var getter: Value = .undefined
  var setter: Value = .undefined
  var attributes: Attributes
  var isAccessor: Bool { attributes.contains(.accessor) }
}

extension VM {
  // MARK: Keys

  /// The key of an atom: an index when the atom is a canonical array index.
  func key(atom: JSString) -> Key {
    if let index = atom.arrayIndex { return .index(index) }
    return .named(PropertyKey(atom: atom))
  }

  func toKey(_ value: Value) throws(Throw) -> Key {
    if value.isInt, value.int >= 0 { return .index(UInt32(value.int)) }
    if value.isString { return key(atom: intern(value.string)) }
    if value.isSymbol { return .named(PropertyKey(symbol: value.symbol)) }
    if value.isDouble {
      let number = value.double
      if number >= 0, number < 4_294_967_295, number == number.rounded(.towardZero), number.sign == .plus {
        return .index(UInt32(number))
      }
    }
    let primitive = try toPrimitive(value, hint: .string)
    if primitive.isSymbol { return .named(PropertyKey(symbol: primitive.symbol)) }
    return key(atom: intern(try toJSString(primitive)))
  }

  func intern(_ string: JSString) -> JSString {
    if string.isAtom { return string }
    if let atom = string.atom { return atom }
    let atom = self.atom(string.units)
    string.atom = atom
    return atom
  }

  func namedKey(_ key: Key) -> PropertyKey {
    switch key {
    case .named(let name): return name
    case .index(let index): return PropertyKey(atom: atom(String(index)))
    }
  }

  func keyValue(_ key: Key) -> Value {
    switch key {
    case .named(let name): return name.value
    case .index(let index): return Value(atom(String(index)))
    }
  }

  // MARK: Get

  func get(_ value: Value, _ key: Key) throws(Throw) -> Value {
    if value.isObject { return try get(value.object, key, receiver: value) }
    if value.isString {
      let string = value.string
      switch key {
      case .index(let index):
        if Int(index) < string.length { return self.string([string.unit(at: Int(index))]) }
      case .named(let name):
        if name == names.length { return Value(int: Int32(string.length)) }
      }
      return try get(realm.stringPrototype, key, receiver: value)
    }
    if value.isNullish {
      throw typeError(
        "Cannot read properties of \(value.isNull ? "null" : "undefined") (reading '\(display(keyValue(key)))')"
      )
    }
    return try get(prototypeForPrimitive(value), key, receiver: value)
  }

  func get(_ value: Value, _ name: PropertyKey) throws(Throw) -> Value {
    try get(value, .named(name))
  }

  func prototypeForPrimitive(_ value: Value) -> JSObject {
    if value.isNumber { return realm.numberPrototype }
    if value.isBool { return realm.booleanPrototype }
    if value.isSymbol { return realm.symbolPrototype }
    if value.isBigInt { return realm.bigintPrototype }
    return realm.stringPrototype
  }

  func get(_ object: JSObject, _ key: Key, receiver: Value) throws(Throw) -> Value {
    var current = object
    while true {
      if current.isProxy { return try proxyGet(current, key, receiver: receiver) }
      if current.kind == .typedArray, case let (array, number)? = typedArrayKey(current, key) {
        guard let position = array.validIndex(number) else { return .undefined }
        return array.load(position, self)
      }
      switch key {
      case .index(let index):
        if let found = indexedOwn(current, index) { return found }
        if current.shape.hasIndexKeys {
          if let found = try namedOwn(current, PropertyKey(atom: atom(String(index))), receiver: receiver) {
            return found
          }
        }
      case .named(let name):
        if let found = try namedOwn(current, name, receiver: receiver) { return found }
      }
      guard current.proto.isObject else { return .undefined }
      current = current.proto.object
    }
  }

  /// An own indexed element, or nil when absent (a hole or out of range).
  @inline(__always) func indexedOwn(_ object: JSObject, _ index: UInt32) -> Value? {
    if object.kind == .array || object.kind == .arguments {
      guard Int(index) < object.elements.count else { return nil }
      let value = object.elements[Int(index)]
      return value.isHole ? nil : value
    }
    if object.kind == .stringObject {
      let string = object.primitive.string
      if Int(index) < string.length { return self.string([string.unit(at: Int(index))]) }
    }
    return nil
  }

  func namedOwn(_ object: JSObject, _ name: PropertyKey, receiver: Value) throws(Throw) -> Value? {
    if let slot = object.shape.slot(of: name) {
      let attributes = object.shape.attributes[slot]
      if attributes.contains(.accessor) {
        let pair = object.slots[slot].object as! AccessorPair
        guard !pair.getter.isUndefined else { return .undefined }
        return try call(pair.getter, this: receiver, [])
      }
      return object.slots[slot]
    }
    if name == names.length {
      if object.kind == .array { return Value(number: Double(object.elements.count)) }
      if object.kind == .stringObject { return Value(int: Int32(object.primitive.string.length)) }
      if object.kind == .arguments { return nil }
    }
    return nil
  }

  // MARK: Set

  /// [[Set]] in strict mode: a failure throws a TypeError.
  func set(_ target: Value, _ key: Key, _ value: Value) throws(Throw) {
    guard target.isObject else {
      if target.isNullish {
        throw typeError(
          "Cannot set properties of \(target.isNull ? "null" : "undefined") (setting '\(display(keyValue(key)))')"
        )
      }
      // Primitives: setters on the prototype chain still run; anything else fails in strict code.
      if case .named(let name) = key,
        let setter = try findSetter(prototypeForPrimitive(target), name)
      {
        _ = try call(setter, this: target, [value])
        return
      }
      throw typeError(
        "Cannot create property '\(display(keyValue(key)))' on \(typeOfName(target)) '\(display(target))'")
    }
    let object = target.object
    if case .index(let index) = key, object.kind == .array, !object.isFrozenElements {
      let position = Int(index)
      // With the intrinsic Array.prototype above it (frozen, no indexed properties), a hole or the
      // next index is written directly: nothing on the chain could intercept it.
      let pristine = object.proto.bits == arrayPrototypeBits
      if position < object.elements.count,
        !object.elements[position].isHole || (pristine && !object.shape.hasIndexKeys)
      {
        object.elements[position] = value
        return
      }
      if position == object.elements.count, pristine, object.isExtensible {
        object.elements.append(value)
        return
      }
    }
    try setSlow(object, key, value, receiver: target)
  }

  private func findSetter(_ start: JSObject, _ name: PropertyKey) throws(Throw) -> Value? {
    var current: JSObject? = start
    while let object = current {
      if let slot = object.shape.slot(of: name) {
        if object.shape.attributes[slot].contains(.accessor) {
          let pair = object.slots[slot].object as! AccessorPair
          return pair.setter.isUndefined ? nil : pair.setter
        }
        return nil
      }
      current = object.proto.isObject ? object.proto.object : nil
    }
    return nil
  }

  /// OrdinarySet along the prototype chain. A failure throws a TypeError when `strict`, else
  /// returns false (Reflect.set, a proxy without a `set` trap).
  @discardableResult
  func setSlow(_ object: JSObject, _ key: Key, _ value: Value, receiver: Value, strict: Bool = true)
    throws(Throw) -> Bool
  {
    if object.kind == .namespace {
      // A module namespace's [[Set]] always fails: only the exporting module changes its bindings.
      guard strict else { return false }
      throw typeError(
        "Cannot assign to read only property '\(display(keyValue(key)))' of object '[object Module]'")
    }
    // Find the property along the prototype chain (OrdinarySet).
    var current: JSObject? = object
    while let holder = current {
      if holder.isProxy {
        guard try proxySet(holder, key, value, receiver: receiver) else {
          guard strict else { return false }
          throw typeError("'set' on proxy: trap returned falsish for property '\(display(keyValue(key)))'")
        }
        return true
      }
      if holder.kind == .typedArray, case let (array, number)? = typedArrayKey(holder, key) {
        // Integer-indexed [[Set]]: the typed array itself converts and stores (ignoring an invalid
        // index); above another receiver, a valid element acts as a writable data property.
        if receiver.bits == Value(holder).bits {
          try typedArraySetElement(array, number, value)
          return true
        }
        guard array.validIndex(number) != nil else { return true }
        return try defineOnReceiver(receiver, key, value, strict: strict)
      }
      switch key {
      case .index(let index):
        if holder.kind == .array || holder.kind == .arguments {
          if Int(index) < holder.elements.count, !holder.elements[Int(index)].isHole {
            if holder === object && receiver.bits == Value(object).bits {
              if holder.isFrozenElements {
                guard strict else { return false }
                throw readOnly(key, object: receiver)
              }
              holder.elements[Int(index)] = value
              return true
            }
            return try defineOnReceiver(receiver, key, value, strict: strict)
          }
        }
        if holder.shape.hasIndexKeys, let slot = holder.shape.slot(of: namedKey(key)) {
          return try setFound(holder, slot, key, value, object: object, receiver: receiver, strict: strict)
        }
      case .named(let name):
        if let slot = holder.shape.slot(of: name) {
          return try setFound(holder, slot, key, value, object: object, receiver: receiver, strict: strict)
        }
        if name == names.length && holder.kind == .array && holder === object
          && receiver.bits == Value(object).bits
        {
          if holder.isFrozenElements && !strict { return false }
          try setArrayLength(holder, value)
          return true
        }
      }
      current = holder.proto.isObject ? holder.proto.object : nil
    }
    return try defineOnReceiver(receiver, key, value, strict: strict)
  }

  private func setFound(
    _ holder: JSObject, _ slot: Int, _ key: Key, _ value: Value, object: JSObject, receiver: Value,
    strict: Bool
  ) throws(Throw) -> Bool {
    let attributes = holder.shape.attributes[slot]
    if attributes.contains(.accessor) {
      let pair = holder.slots[slot].object as! AccessorPair
      guard !pair.setter.isUndefined else {
        guard strict else { return false }
        throw typeError(
          "Cannot set property \(display(keyValue(key))) of \(describeForError(receiver)) which has only a getter"
        )
      }
      _ = try call(pair.setter, this: receiver, [value])
      return true
    }
    guard attributes.contains(.writable) else {
      // Override taming: a frozen intrinsic's data property does not stop an ordinary object below
      // it from getting its own (`obj.toString = f`), as the design requires.
      if holder !== object, holder.isIntrinsic, receiver.isObject, receiver.object.isExtensible,
        !receiver.object.isIntrinsic
      {
        return try defineOnReceiver(receiver, key, value, strict: strict)
      }
      guard strict else { return false }
      throw readOnly(key, object: receiver)
    }
    if holder === object && receiver.bits == Value(object).bits {
      holder.slots[slot] = value
      return true
    }
    return try defineOnReceiver(receiver, key, value, strict: strict)
  }

  func readOnly(_ key: Key, object: Value? = nil) -> Throw {
    typeError(
      "Cannot assign to read only property '\(display(keyValue(key)))' of \(object.map { "object '\(describeForError($0))'" } ?? "object")"
    )
  }

  /// The end of OrdinarySet: the value becomes (or updates) the receiver's own data property.
  private func defineOnReceiver(_ receiver: Value, _ key: Key, _ value: Value, strict: Bool) throws(Throw)
    -> Bool
  {
    guard receiver.isObject else {
      guard strict else { return false }
      throw typeError("Cannot create property '\(display(keyValue(key)))' on \(typeOfName(receiver))")
    }
    let object = receiver.object
    if object.isProxy {
      let existing = try ownProperty(object, key)
      if let existing, existing.isAccessor || !existing.attributes.contains(.writable) {
        guard strict else { return false }
        throw readOnly(key, object: receiver)
      }
      let descriptor =
        existing == nil
        ? PropertyDescriptor(value: value, writable: true, enumerable: true, configurable: true)
        : PropertyDescriptor(value: value)
      guard try proxyDefineOwnProperty(object, key, descriptor) else {
        guard strict else { return false }
        throw typeError(
          "'defineProperty' on proxy: trap returned falsish for property '\(display(keyValue(key)))'")
      }
      return true
    }
    if let existing = ordinaryOwnProperty(object, key) {
      guard !existing.isAccessor, existing.attributes.contains(.writable) else {
        guard strict else { return false }
        throw readOnly(key, object: receiver)
      }
      try defineOwn(object, key, value, existing.attributes)
      return true
    }
    guard object.isExtensible else {
      guard strict else { return false }
      throw typeError("Cannot add property \(display(keyValue(key))), object is not extensible")
    }
    try defineOwn(object, key, value, .data)
    return true
  }

  func setArrayLength(_ array: JSObject, _ value: Value) throws(Throw) {
    let number = try toNumber(value)
    guard number >= 0, number <= 4_294_967_295, number == number.rounded(.towardZero) else {
      throw rangeError("Invalid array length")
    }
    if array.isFrozenElements { throw readOnly(.named(names.length), object: Value(array)) }
    let newLength = Int(number)
    guard newLength <= array.elements.count + (1 << 24) else {
      throw rangeError("cruft: array length \(newLength) is beyond what dense arrays hold")
    }
    if newLength > array.elements.count {
      let growth = 8 * (newLength - array.elements.count)
      try reserve(bytes: growth)
      heap.noteGrowth(bytes: growth)
    }
    if newLength < array.elements.count && array.shape.hasIndexKeys {
      // Special elements at or above the new length go, from the top; a non-configurable one stops
      // the truncation just above itself.
      let doomed = (0..<array.shape.count).compactMap { slot -> (Int, Int)? in
        guard let index = array.shape.keys[slot].value.string.arrayIndex, Int(index) >= newLength else {
          return nil
        }
        return (Int(index), slot)
      }.sorted { $0.0 > $1.0 }
      for (index, _) in doomed {
        let slot = array.shape.slot(of: namedKey(.index(UInt32(index))))!
        guard array.shape.attributes[slot].contains(.configurable) else {
          array.elements.resize(to: index + 1)
          throw typeError("Cannot delete property '\(index)' of \(describeForError(Value(array)))")
        }
        array.removeProperty(slot: slot)
      }
    }
    array.elements.resize(to: newLength)
  }

  /// An element about to live in the shape: its dense position becomes a hole, and an index at or
  /// past the end makes the array that long.
  func makeRoomForSpecialElement(_ array: JSObject, _ index: UInt32) throws(Throw) {
    let position = Int(index)
    if position < array.elements.count {
      array.elements[position] = .hole
      return
    }
    guard array.isExtensible else {
      throw typeError("Cannot add property \(index), object is not extensible")
    }
    guard position < array.elements.count + (1 << 24) else {
      throw rangeError("cruft: array index \(index) is beyond what dense arrays hold")
    }
    let growth = 8 * (position + 1 - array.elements.count)
    try reserve(bytes: growth)
    heap.noteGrowth(bytes: growth)
    array.elements.resize(to: position + 1)
  }

  // MARK: Define

  /// Defines or replaces an own data property (CreateDataProperty when `attributes` is `.data`).
  func defineOwn(_ object: JSObject, _ key: Key, _ value: Value, _ attributes: Attributes = .data)
    throws(Throw)
  {
    if object.kind == .typedArray, case let (array, number)? = typedArrayKey(object, key) {
      let defined = try typedArrayDefine(
        array, number, value: value, configurable: attributes.contains(.configurable),
        enumerable: attributes.contains(.enumerable), writable: attributes.contains(.writable),
        isAccessor: false)
      guard defined else {
        throw typeError(
          array.validIndex(number) == nil
            ? "Invalid typed array index" : "Cannot redefine property: \(display(keyValue(key)))")
      }
      return
    }
    switch key {
    case .index(let index) where object.kind == .array || object.kind == .arguments:
      if object.shape.hasIndexKeys, let slot = object.shape.slot(of: namedKey(key)) {
        // A special element (accessor or other attributes) becomes a plain one, or stays special.
        guard attributes == .data || object.kind == .arguments else {
          object.slots[slot] = value
          if object.shape.attributes[slot] != attributes { object.setAttributes(slot: slot, attributes) }
          return
        }
        object.removeProperty(slot: slot)
      }
      if attributes == .data || object.kind == .arguments {
        let position = Int(index)
        if position < object.elements.count {
          object.elements[position] = value
          return
        }
        guard object.isExtensible else {
          throw typeError("Cannot add property \(index), object is not extensible")
        }
        guard position <= object.elements.count + (1 << 24) else {
          throw rangeError("cruft: array index \(index) is beyond what dense arrays hold")
        }
        if position > object.elements.count {
          let growth = 8 * (position - object.elements.count)
          try reserve(bytes: growth)
          heap.noteGrowth(bytes: growth)
          object.elements.resize(to: position)
        }
        object.elements.append(value)
        heap.noteGrowth(bytes: 8)
        return
      }
      // An element with other attributes lives in the shape, its dense position a hole.
      try makeRoomForSpecialElement(object, index)
      object.addProperty(namedKey(key), value, attributes)
    default:
      let name = namedKey(key)
      if let slot = object.shape.slot(of: name) {
        object.slots[slot] = value
        if object.shape.attributes[slot] != attributes { object.setAttributes(slot: slot, attributes) }
        return
      }
      object.addProperty(name, value, attributes)
    }
  }

  /// An accessor property; on an array index, the caller first calls `makeRoomForSpecialElement`.
  func defineAccessor(_ object: JSObject, _ key: Key, getter: Value?, setter: Value?, attributes: Attributes)
  {
    let name = namedKey(key)
    if let slot = object.shape.slot(of: name), object.shape.attributes[slot].contains(.accessor) {
      let pair = object.slots[slot].object as! AccessorPair
      if let getter { pair.getter = getter }
      if let setter { pair.setter = setter }
      object.setAttributes(slot: slot, attributes.union(.accessor))
      return
    }
    let pair = heap.register(AccessorPair(shape: emptyShape, proto: .null, kind: .accessorPair), bytes: 64)
    pair.getter = getter ?? .undefined
    pair.setter = setter ?? .undefined
    if let slot = object.shape.slot(of: name) {
      object.slots[slot] = Value(pair)
      object.setAttributes(slot: slot, attributes.union(.accessor))
    } else {
      object.addProperty(name, Value(pair), attributes.union(.accessor))
    }
  }

  // MARK: Own properties, has, delete

  /// [[GetOwnProperty]], proxies included.
  func ownProperty(_ object: JSObject, _ key: Key) throws(Throw) -> OwnProperty? {
    if object.isProxy { return try proxyGetOwnProperty(object, key) }
    return ordinaryOwnProperty(object, key)
  }

  /// OrdinaryGetOwnProperty, with the array, arguments and String exotics.
  func ordinaryOwnProperty(_ object: JSObject, _ key: Key) -> OwnProperty? {
    if object.kind == .typedArray, case let (array, number)? = typedArrayKey(object, key) {
      guard let position = array.validIndex(number) else { return nil }
      return OwnProperty(value: array.load(position, self), attributes: .data)
    }
    if case .index(let index) = key {
      if object.kind == .array || object.kind == .arguments {
        if Int(index) < object.elements.count, !object.elements[Int(index)].isHole {
          return OwnProperty(
            value: object.elements[Int(index)],
            attributes: object.isFrozenElements ? [.enumerable] : .data)
        }
        if !object.shape.hasIndexKeys { return nil }
      }
      if object.kind == .stringObject, Int(index) < object.primitive.string.length {
        return OwnProperty(
          value: string([object.primitive.string.unit(at: Int(index))]), attributes: [.enumerable])
      }
    }
    if case .index = key, !object.shape.hasIndexKeys { return nil }
    let name = namedKey(key)
    if let slot = object.shape.slot(of: name) {
      let attributes = object.shape.attributes[slot]
      if attributes.contains(.accessor) {
        let pair = object.slots[slot].object as! AccessorPair
        return OwnProperty(
          value: .undefined, getter: pair.getter, setter: pair.setter, attributes: attributes)
      }
      return OwnProperty(value: object.slots[slot], attributes: attributes)
    }
    if name == names.length {
      if object.kind == .array {
        return OwnProperty(
          value: Value(number: Double(object.elements.count)),
          attributes: object.isFrozenElements ? [] : [.writable])
      }
      if object.kind == .stringObject {
        return OwnProperty(value: Value(int: Int32(object.primitive.string.length)), attributes: [])
      }
    }
    return nil
  }

  /// [[HasProperty]] along the prototype chain, proxies included.
  func hasProperty(_ object: JSObject, _ key: Key) throws(Throw) -> Bool {
    var current: JSObject? = object
    while let holder = current {
      if holder.isProxy { return try proxyHas(holder, key) }
      if holder.kind == .typedArray, case let (array, number)? = typedArrayKey(holder, key) {
        return array.validIndex(number) != nil
      }
      if ordinaryOwnProperty(holder, key) != nil { return true }
      current = holder.proto.isObject ? holder.proto.object : nil
    }
    return false
  }

  /// [[Delete]]: a property that cannot be deleted throws a TypeError when `strict` (the `delete`
  /// operator in strict code), else gives false (Reflect.deleteProperty).
  @discardableResult
  func delete(_ object: JSObject, _ key: Key, strict: Bool = true) throws(Throw) -> Bool {
    if object.isProxy {
      guard try proxyDelete(object, key) else {
        guard strict else { return false }
        throw typeError(
          "'deleteProperty' on proxy: trap returned falsish for property '\(display(keyValue(key)))'")
      }
      return true
    }
    if object.kind == .typedArray, case let (array, number)? = typedArrayKey(object, key) {
      guard array.validIndex(number) == nil else {
        guard strict else { return false }
        throw typeError(
          "Cannot delete property '\(display(keyValue(key)))' of \(describeForError(Value(object)))")
      }
      return true
    }
    if case .index(let index) = key, object.kind == .array || object.kind == .arguments,
      Int(index) >= object.elements.count || !object.elements[Int(index)].isHole || !object.shape.hasIndexKeys
    {
      guard Int(index) < object.elements.count else { return true }
      if object.isFrozenElements {
        guard strict else { return false }
        throw typeError("Cannot delete property '\(index)' of \(describeForError(Value(object)))")
      }
      if Int(index) == object.elements.count - 1 && object.kind == .arguments {
        object.elements[Int(index)] = .hole
      } else {
        object.elements[Int(index)] = .hole
      }
      return true
    }
    let name = namedKey(key)
    guard let slot = object.shape.slot(of: name) else {
      if name == names.length && object.kind == .array {
        guard strict else { return false }
        throw typeError("Cannot delete property 'length' of \(describeForError(Value(object)))")
      }
      if object.kind == .stringObject, case .index(let index) = key,
        Int(index) < object.primitive.string.length
      {
        guard strict else { return false }
        throw typeError("Cannot delete property '\(index)' of \(describeForError(Value(object)))")
      }
      return true
    }
    guard object.shape.attributes[slot].contains(.configurable) else {
      guard strict else { return false }
      throw typeError("Cannot delete property '\(display(name.value))' of \(describeForError(Value(object)))")
    }
    object.removeProperty(slot: slot)
    return true
  }

  /// [[OwnPropertyKeys]]. `onlyEnumerable` is a shortcut for ordinary objects; a proxy answers with
  /// all its keys, so callers that need enumerable ones still ask `ownProperty` for each.
  func ownKeys(_ object: JSObject, includeSymbols: Bool = true, onlyEnumerable: Bool = false) throws(Throw)
    -> [Key]
  {
    if object.isProxy {
      let keys = try proxyOwnKeys(object)
      return includeSymbols
        ? keys : keys.filter { if case .named(let name) = $0 { !name.isSymbol } else { true } }
    }
    return ordinaryOwnKeys(object, includeSymbols: includeSymbols, onlyEnumerable: onlyEnumerable)
  }

  /// OrdinaryOwnPropertyKeys: indices ascending, then strings in creation order, then symbols.
  func ordinaryOwnKeys(_ object: JSObject, includeSymbols: Bool = true, onlyEnumerable: Bool = false) -> [Key]
  {
    var indices: [UInt32] = []
    if object.kind == .array || object.kind == .arguments {
      for index in 0..<object.elements.count where !object.elements[index].isHole {
        indices.append(UInt32(index))
      }
    } else if object.kind == .stringObject {
      indices = (0..<UInt32(object.primitive.string.length)).map { $0 }
    } else if let array = object as? TypedArrayObject {
      // Indices beyond 2^32 - 2 are still integer indices of a typed array, listed as names.
      indices = (0..<UInt32(min(array.length, 4_294_967_295))).map { $0 }
    }
    var strings: [Key] = []
    var symbols: [Key] = []
    var namedIndices: [UInt32] = []
    let shape = object.shape
    for slot in 0..<shape.count {
      let key = shape.keys[slot]
      if onlyEnumerable && !shape.attributes[slot].contains(.enumerable) { continue }
      if key.isSymbol {
        if includeSymbols && !key.isPrivate { symbols.append(.named(key)) }
      } else if let index = key.value.string.arrayIndex {
        namedIndices.append(index)
      } else {
        strings.append(.named(key))
      }
    }
    if !namedIndices.isEmpty { indices = (indices + namedIndices).sorted() }
    if object.kind == .namespace {
      // A namespace lists its exports in code-unit order, whatever order they were set in.
      strings.sort {
        namedKey($0).value.string.units.lexicographicallyPrecedes(namedKey($1).value.string.units)
      }
    }
    var keys = indices.map { Key.index($0) }
    if object.kind == .array && !onlyEnumerable { keys.append(.named(names.length)) }
    if object.kind == .stringObject && !onlyEnumerable { keys.append(.named(names.length)) }
    return keys + strings + symbols
  }
}

extension JSObject {
  /// Whether the elements are frozen (Object.freeze on an array): marked by a non-extensible array
  /// whose `elementsFrozen` flag is set.
  var isFrozenElements: Bool { elementsFrozen }
}

extension VM {
  /// The key of an integer index: an array index below 2^32 - 1, a string key above (array-likes
  /// may be as long as 2^53 - 1).
  @inline(__always) func indexKey(_ index: Int) -> Key {
    if index >= 0 && index < 4_294_967_295 { return .index(UInt32(index)) }
    return .named(PropertyKey(atom: atom(String(index))))
  }
}
