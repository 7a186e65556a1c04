/// The object internal methods that built-ins reach through (`Object.*`, `Reflect.*`, `instanceof`,
/// `for-in`): one entry point each, sending proxies to their traps and everything else to the
/// ordinary behaviour. `get`, `set`, `ownProperty`, `hasProperty`, `delete` and `ownKeys` live in
/// `Properties.swift` with their fast paths.
extension VM {
  /// [[GetPrototypeOf]].
  func getPrototypeOf(_ object: JSObject) throws(Throw) -> Value {
    object.isProxy ? try proxyGetPrototypeOf(object) : object.proto
  }

  /// [[SetPrototypeOf]]: false when the object is not extensible or the new chain would be cyclic.
  func setPrototypeOf(_ object: JSObject, _ proto: Value) throws(Throw) -> Bool {
    if object.isProxy { return try proxySetPrototypeOf(object, proto) }
    if object.proto.bits == proto.bits { return true }
    // Object.prototype is an immutable prototype exotic object.
    guard object.isExtensible, object !== realm.objectPrototype else { return false }
    var current = proto
    while current.isObject {
      let candidate = current.object
      if candidate === object { return false }
      // The spec stops at a proxy: its prototype is whatever its trap says at the time.
      if candidate.isProxy { break }
      current = candidate.proto
    }
    object.proto = proto
    return true
  }

  /// [[IsExtensible]].
  func isExtensible(_ object: JSObject) throws(Throw) -> Bool {
    object.isProxy ? try proxyIsExtensible(object) : object.isExtensible
  }

  /// [[PreventExtensions]].
  func preventExtensions(_ object: JSObject) throws(Throw) -> Bool {
    if object.isProxy { return try proxyPreventExtensions(object) }
    object.isExtensible = false
    return true
  }

  /// [[DefineOwnProperty]]: false when the definition is not allowed.
  func defineOwnProperty(_ object: JSObject, _ key: Key, _ descriptor: PropertyDescriptor) throws(Throw)
    -> Bool
  {
    if object.isProxy { return try proxyDefineOwnProperty(object, key, descriptor) }
    return try ordinaryDefineOwnProperty(object, key, descriptor)
  }

  /// DefinePropertyOrThrow, with V8's messages.
  func defineProperty(_ object: JSObject, _ key: Key, descriptor: Value) throws(Throw) {
    try defineProperty(object, key, try toPropertyDescriptor(descriptor))
  }

  func defineProperty(_ object: JSObject, _ key: Key, _ converted: PropertyDescriptor) throws(Throw) {
    guard try defineOwnProperty(object, key, converted) else {
      let name = display(keyValue(key))
      if object.isProxy {
        throw typeError("'defineProperty' on proxy: trap returned falsish for property '\(name)'")
      }
      if let array = object as? TypedArrayObject, case let (_, number)? = typedArrayKey(array, key),
        array.validIndex(number) == nil
      {
        throw typeError("Invalid typed array index")
      }
      if !object.isExtensible, ordinaryOwnProperty(object, key) == nil {
        throw typeError("Cannot define property \(name), object is not extensible")
      }
      throw typeError("Cannot redefine property: \(name)")
    }
  }

  /// The `Object.setPrototypeOf` / `__proto__` form: throws where [[SetPrototypeOf]] says no.
  func setPrototype(_ object: JSObject, _ proto: Value) throws(Throw) {
    guard try setPrototypeOf(object, proto) else {
      if object.isProxy {
        throw typeError("'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'")
      }
      if !object.isExtensible {
        throw typeError("\(describeForError(Value(object))) is not extensible")
      }
      throw typeError("Cyclic __proto__ value")
    }
  }

  /// SetIntegrityLevel: `Object.freeze` (`frozen`) or `Object.seal`.
  func setIntegrityLevel(_ object: JSObject, frozen: Bool) throws(Throw) -> Bool {
    if !object.isProxy {
      if frozen, let array = object as? TypedArrayObject, array.length > 0 {
        throw typeError("Cannot freeze array buffer views with elements")
      }
      if frozen {
        freeze(object)
      } else {
        if object.kind == .array {
          // Dense elements are always configurable: a sealed array's elements move to its shape,
          // writable and non-configurable.
          for index in 0..<object.elements.count where !object.elements[index].isHole {
            try defineOwn(object, .index(UInt32(index)), object.elements[index], [.writable, .enumerable])
          }
        }
        object.isExtensible = false
        for slot in 0..<object.shape.count where object.shape.attributes[slot].contains(.configurable) {
          object.setAttributes(slot: slot, object.shape.attributes[slot].subtracting(.configurable))
        }
      }
      return true
    }
    guard try preventExtensions(object) else { return false }
    for key in try ownKeys(object) {
      var descriptor = PropertyDescriptor(configurable: false)
      if frozen, let current = try ownProperty(object, key), !current.isAccessor {
        descriptor.writable = false
      }
      guard try defineOwnProperty(object, key, descriptor) else {
        throw typeError("Cannot redefine property: \(display(keyValue(key)))")
      }
    }
    return true
  }

  /// TestIntegrityLevel: `Object.isFrozen` (`frozen`) or `Object.isSealed`.
  func testIntegrityLevel(_ object: JSObject, frozen: Bool) throws(Throw) -> Bool {
    if try isExtensible(object) { return false }
    for key in try ownKeys(object) {
      guard let property = try ownProperty(object, key) else { continue }
      if property.attributes.contains(.configurable) { return false }
      if frozen && !property.isAccessor && property.attributes.contains(.writable) { return false }
    }
    return true
  }
}
