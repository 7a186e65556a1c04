/// Proxy exotic objects (ECMAScript 10.5): every internal method asks the handler's trap first and
/// checks the trap's answer against the target's invariants.
///
/// A proxy has its own empty shape, which no inline cache ever records, and a null `proto` field:
/// the interpreter's fast paths never see through one, and every lookup reaches the `VM` methods
/// below. A proxy whose target is callable must be a `JSFunction` (the interpreter calls functions
/// by class, and that class is final): it is one of kind `.callableProxy` whose `captured` values
/// are the target and the handler. Any other proxy is a `ProxyObject`.
final class ProxyObject: JSObject {
  /// The target, or null once revoked.
  var target: Value = .null
  /// The handler, or null once revoked.
  var handler: Value = .null

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(target)
    marker.mark(handler)
  }
}

extension JSObject {
  @inline(__always) var isProxy: Bool { kind == .proxy || kind == .callableProxy }
}

extension VM {
  // MARK: Creation

  /// ProxyCreate.
  func newProxy(target: Value, handler: Value) throws(Throw) -> JSObject {
    guard target.isObject, handler.isObject else {
      throw typeError("Cannot create proxy with a non-object as target or handler")
    }
    if let function = target.asFunction {
      let callable = heap.register(
        JSFunction(shape: proxyShape, proto: .null, kind: .callableProxy), bytes: 128)
      callable.isConstructor = function.isConstructor
      callable.captured = [target, handler]
      callable.native = { vm, call in
        call.newTarget.isUndefined
          ? try vm.proxyCall(call.callee, this: call.this, call.arguments.array)
          : try vm.proxyConstruct(call.callee, call.arguments.array, newTarget: call.newTarget)
      }
      return callable
    }
    let proxy = heap.register(ProxyObject(shape: proxyShape, proto: .null, kind: .proxy), bytes: 96)
    proxy.target = target
    proxy.handler = handler
    return proxy
  }

  /// The target and handler of a live proxy; a revoked one throws, naming the operation.
  func proxyParts(_ object: JSObject, _ operation: String) throws(Throw) -> (target: JSObject, handler: Value)
  {
    let (target, handler) =
      object.kind == .proxy
      ? ((object as! ProxyObject).target, (object as! ProxyObject).handler)
      : ((object as! JSFunction).captured[0], (object as! JSFunction).captured[1])
    guard handler.isObject else {
      throw typeError("Cannot perform '\(operation)' on a proxy that has been revoked")
    }
    return (target.object, handler)
  }

  /// Revoke: the proxy forgets its target and handler.
  func revokeProxy(_ object: JSObject) {
    if let proxy = object as? ProxyObject {
      proxy.target = .null
      proxy.handler = .null
    } else if let function = object as? JSFunction, function.kind == .callableProxy {
      function.captured = [.null, .null]
    }
  }

  /// The handler's trap for `name`, or nil when it has none (GetMethod).
  private func trap(_ handler: Value, _ name: String) throws(Throw) -> Value? {
    let trap = try get(handler, key(name))
    if trap.isNullish { return nil }
    guard isCallable(trap) else {
      throw typeError(
        "'\(display(trap))' returned for property '\(name)' of object '\(describeForError(handler))' is not a function"
      )
    }
    return trap
  }

  private func propertyName(_ key: Key) -> String { display(keyValue(key)) }

  // MARK: Internal methods

  func proxyGetPrototypeOf(_ proxy: JSObject) throws(Throw) -> Value {
    let (target, handler) = try proxyParts(proxy, "getPrototypeOf")
    guard let trap = try trap(handler, "getPrototypeOf") else { return try getPrototypeOf(target) }
    let proto = try call(trap, this: handler, [Value(target)])
    guard proto.isObject || proto.isNull else {
      throw typeError("'getPrototypeOf' on proxy: trap returned neither object nor null")
    }
    if try isExtensible(target) { return proto }
    guard sameValue(proto, try getPrototypeOf(target)) else {
      throw typeError(
        "'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype"
      )
    }
    return proto
  }

  func proxySetPrototypeOf(_ proxy: JSObject, _ proto: Value) throws(Throw) -> Bool {
    let (target, handler) = try proxyParts(proxy, "setPrototypeOf")
    guard let trap = try trap(handler, "setPrototypeOf") else { return try setPrototypeOf(target, proto) }
    guard toBoolean(try call(trap, this: handler, [Value(target), proto])) else { return false }
    if try isExtensible(target) { return true }
    guard sameValue(proto, try getPrototypeOf(target)) else {
      throw typeError(
        "'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target"
      )
    }
    return true
  }

  func proxyIsExtensible(_ proxy: JSObject) throws(Throw) -> Bool {
    let (target, handler) = try proxyParts(proxy, "isExtensible")
    guard let trap = try trap(handler, "isExtensible") else { return try isExtensible(target) }
    let result = toBoolean(try call(trap, this: handler, [Value(target)]))
    guard result == (try isExtensible(target)) else {
      throw typeError(
        "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is '\(!result)')"
      )
    }
    return result
  }

  func proxyPreventExtensions(_ proxy: JSObject) throws(Throw) -> Bool {
    let (target, handler) = try proxyParts(proxy, "preventExtensions")
    guard let trap = try trap(handler, "preventExtensions") else { return try preventExtensions(target) }
    let result = toBoolean(try call(trap, this: handler, [Value(target)]))
    if result, try isExtensible(target) {
      throw typeError("'preventExtensions' on proxy: trap returned truish but the proxy target is extensible")
    }
    return result
  }

  func proxyGetOwnProperty(_ proxy: JSObject, _ key: Key) throws(Throw) -> OwnProperty? {
    let (target, handler) = try proxyParts(proxy, "getOwnPropertyDescriptor")
    guard let trap = try trap(handler, "getOwnPropertyDescriptor") else {
      return try ownProperty(target, key)
    }
    let result = try call(trap, this: handler, [Value(target), keyValue(key)])
    guard result.isObject || result.isUndefined else {
      throw typeError(
        "'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property '\(propertyName(key))'"
      )
    }
    let targetProperty = try ownProperty(target, key)
    if result.isUndefined {
      guard let targetProperty else { return nil }
      guard targetProperty.attributes.contains(.configurable) else {
        throw typeError(
          "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '\(propertyName(key))' which is non-configurable in the proxy target"
        )
      }
      guard try isExtensible(target) else {
        throw typeError(
          "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property '\(propertyName(key))' which exists in the non-extensible proxy target"
        )
      }
      return nil
    }
    let extensible = try isExtensible(target)
    let descriptor = try toPropertyDescriptor(result).completed
    guard isCompatible(extensible: extensible, descriptor, current: targetProperty) else {
      throw typeError(
        "'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property '\(propertyName(key))' that is incompatible with the existing property in the proxy target"
      )
    }
    if descriptor.configurable == false {
      guard let targetProperty, !targetProperty.attributes.contains(.configurable) else {
        throw typeError(
          "'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for property '\(propertyName(key))' which is either non-existent or configurable in the proxy target"
        )
      }
      if descriptor.writable == false, targetProperty.attributes.contains(.writable) {
        throw typeError(
          "'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property '\(propertyName(key))' which is non-configurable, non-writable in the proxy target"
        )
      }
    }
    var attributes: Attributes = []
    if descriptor.enumerable == true { attributes.insert(.enumerable) }
    if descriptor.configurable == true { attributes.insert(.configurable) }
    if descriptor.isAccessor {
      return OwnProperty(
        value: .undefined, getter: descriptor.getter!, setter: descriptor.setter!,
        attributes: attributes.union(.accessor))
    }
    if descriptor.writable == true { attributes.insert(.writable) }
    return OwnProperty(value: descriptor.value!, attributes: attributes)
  }

  func proxyDefineOwnProperty(_ proxy: JSObject, _ key: Key, _ descriptor: PropertyDescriptor) throws(Throw)
    -> Bool
  {
    let (target, handler) = try proxyParts(proxy, "defineProperty")
    guard let trap = try trap(handler, "defineProperty") else {
      return try defineOwnProperty(target, key, descriptor)
    }
    let result = try call(
      trap, this: handler, [Value(target), keyValue(key), Value(descriptorObject(descriptor))])
    guard toBoolean(result) else { return false }
    let targetProperty = try ownProperty(target, key)
    let extensible = try isExtensible(target)
    let settingNonConfigurable = descriptor.configurable == false
    guard let targetProperty else {
      guard extensible else {
        throw typeError(
          "'defineProperty' on proxy: trap returned truish for adding property '\(propertyName(key))'  to the non-extensible proxy target"
        )
      }
      guard !settingNonConfigurable else {
        throw typeError(
          "'defineProperty' on proxy: trap returned truish for defining non-configurable property '\(propertyName(key))' which is either non-existent or configurable in the proxy target"
        )
      }
      return true
    }
    guard isCompatible(extensible: extensible, descriptor, current: targetProperty) else {
      throw typeError(
        "'defineProperty' on proxy: trap returned truish for adding property '\(propertyName(key))'  that is incompatible with the existing property in the proxy target"
      )
    }
    if settingNonConfigurable, targetProperty.attributes.contains(.configurable) {
      throw typeError(
        "'defineProperty' on proxy: trap returned truish for defining non-configurable property '\(propertyName(key))' which is either non-existent or configurable in the proxy target"
      )
    }
    if !targetProperty.isAccessor, !targetProperty.attributes.contains(.configurable),
      targetProperty.attributes.contains(.writable), descriptor.writable == false
    {
      throw typeError(
        "'defineProperty' on proxy: trap returned truish for defining non-configurable property '\(propertyName(key))' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object."
      )
    }
    return true
  }

  func proxyHas(_ proxy: JSObject, _ key: Key) throws(Throw) -> Bool {
    let (target, handler) = try proxyParts(proxy, "has")
    guard let trap = try trap(handler, "has") else { return try hasProperty(target, key) }
    let result = toBoolean(try call(trap, this: handler, [Value(target), keyValue(key)]))
    if !result, let targetProperty = try ownProperty(target, key) {
      guard targetProperty.attributes.contains(.configurable) else {
        throw typeError(
          "'has' on proxy: trap returned falsish for property '\(propertyName(key))' which exists in the proxy target as non-configurable"
        )
      }
      guard try isExtensible(target) else {
        throw typeError(
          "'has' on proxy: trap returned falsish for property '\(propertyName(key))' but the proxy target is not extensible"
        )
      }
    }
    return result
  }

  func proxyGet(_ proxy: JSObject, _ key: Key, receiver: Value) throws(Throw) -> Value {
    let (target, handler) = try proxyParts(proxy, "get")
    guard let trap = try trap(handler, "get") else { return try get(target, key, receiver: receiver) }
    let result = try call(trap, this: handler, [Value(target), keyValue(key), receiver])
    if let targetProperty = try ownProperty(target, key), !targetProperty.attributes.contains(.configurable) {
      if !targetProperty.isAccessor, !targetProperty.attributes.contains(.writable),
        !sameValue(result, targetProperty.value)
      {
        throw typeError(
          "'get' on proxy: property '\(propertyName(key))' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '\(display(targetProperty.value))' but got '\(display(result))')"
        )
      }
      if targetProperty.isAccessor, targetProperty.getter.isUndefined, !result.isUndefined {
        throw typeError(
          "'get' on proxy: property '\(propertyName(key))' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '\(display(result))')"
        )
      }
    }
    return result
  }

  func proxySet(_ proxy: JSObject, _ key: Key, _ value: Value, receiver: Value) throws(Throw) -> Bool {
    let (target, handler) = try proxyParts(proxy, "set")
    guard let trap = try trap(handler, "set") else {
      return try setSlow(target, key, value, receiver: receiver, strict: false)
    }
    guard toBoolean(try call(trap, this: handler, [Value(target), keyValue(key), value, receiver])) else {
      return false
    }
    if let targetProperty = try ownProperty(target, key), !targetProperty.attributes.contains(.configurable) {
      if !targetProperty.isAccessor, !targetProperty.attributes.contains(.writable),
        !sameValue(value, targetProperty.value)
      {
        throw typeError(
          "'set' on proxy: trap returned truish for property '\(propertyName(key))' which exists in the proxy target as a non-configurable and non-writable data property with a different value"
        )
      }
      if targetProperty.isAccessor, targetProperty.setter.isUndefined {
        throw typeError(
          "'set' on proxy: trap returned truish for property '\(propertyName(key))' which exists in the proxy target as a non-configurable and non-writable accessor property without a setter"
        )
      }
    }
    return true
  }

  func proxyDelete(_ proxy: JSObject, _ key: Key) throws(Throw) -> Bool {
    let (target, handler) = try proxyParts(proxy, "deleteProperty")
    guard let trap = try trap(handler, "deleteProperty") else {
      return try delete(target, key, strict: false)
    }
    guard toBoolean(try call(trap, this: handler, [Value(target), keyValue(key)])) else { return false }
    guard let targetProperty = try ownProperty(target, key) else { return true }
    guard targetProperty.attributes.contains(.configurable) else {
      throw typeError(
        "'deleteProperty' on proxy: trap returned truish for property '\(propertyName(key))' which is non-configurable in the proxy target"
      )
    }
    guard try isExtensible(target) else {
      throw typeError(
        "'deleteProperty' on proxy: trap returned truish for property '\(propertyName(key))' but the proxy target is non-extensible"
      )
    }
    return true
  }

  func proxyOwnKeys(_ proxy: JSObject) throws(Throw) -> [Key] {
    let (target, handler) = try proxyParts(proxy, "ownKeys")
    guard let trap = try trap(handler, "ownKeys") else { return try ownKeys(target) }
    let result = try call(trap, this: handler, [Value(target)])
    guard result.isObject else {
      throw typeError("CreateListFromArrayLike called on non-object")
    }
    let length = try toLength(get(result, names.length))
    var keys: [Key] = []
    var seen = Set<Key>()
    for index in 0..<length {
      try tick()
      let element = try get(result, indexKey(index))
      guard element.isString || element.isSymbol else {
        throw typeError("\(display(element)) is not a valid property name")
      }
      let key = try toKey(element)
      guard seen.insert(key).inserted else {
        throw typeError("'ownKeys' on proxy: trap returned duplicate entries")
      }
      keys.append(key)
    }
    let extensible = try isExtensible(target)
    var configurableKeys: [Key] = []
    var fixedKeys: [Key] = []
    for key in try ownKeys(target) {
      let property = try ownProperty(target, key)
      if let property, !property.attributes.contains(.configurable) {
        fixedKeys.append(key)
      } else {
        configurableKeys.append(key)
      }
    }
    if extensible && fixedKeys.isEmpty { return keys }
    var unchecked = seen
    for key in fixedKeys {
      guard unchecked.remove(key) != nil else {
        throw typeError(
          "'ownKeys' on proxy: trap result did not include '\(propertyName(key))'")
      }
    }
    if extensible { return keys }
    for key in configurableKeys {
      guard unchecked.remove(key) != nil else {
        throw typeError(
          "'ownKeys' on proxy: trap result did not include '\(propertyName(key))'")
      }
    }
    guard unchecked.isEmpty else {
      throw typeError(
        "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible")
    }
    return keys
  }

  func proxyCall(_ proxy: JSFunction, this: Value, _ arguments: [Value]) throws(Throw) -> Value {
    let (target, handler) = try proxyParts(proxy, "apply")
    guard let trap = try trap(handler, "apply") else { return try call(Value(target), this: this, arguments) }
    return try call(trap, this: handler, [Value(target), this, Value(newArray(arguments))])
  }

  func proxyConstruct(_ proxy: JSFunction, _ arguments: [Value], newTarget: Value) throws(Throw)
    -> Value
  {
    let (target, handler) = try proxyParts(proxy, "construct")
    guard let trap = try trap(handler, "construct") else {
      return try construct(Value(target), arguments, newTarget: newTarget)
    }
    let result = try call(trap, this: handler, [Value(target), Value(newArray(arguments)), newTarget])
    guard result.isObject else {
      throw typeError("'construct' on proxy: trap returned non-object ('\(display(result))')")
    }
    return result
  }

  /// IsArray: sees through proxies.
  func isArray(_ value: Value) throws(Throw) -> Bool {
    guard value.isObject else { return false }
    var object = value.object
    while object.isProxy {
      object = try proxyParts(object, "IsArray").target
    }
    return object.kind == .array
  }
}

extension Realm {
  func installProxy() {
    let proxyConstructor = vm.makeNative("Proxy", length: 2, constructor: true) { vm, call in
      guard !call.newTarget.isUndefined else { throw vm.typeError("Constructor Proxy requires 'new'") }
      return Value(try vm.newProxy(target: call[0], handler: call[1]))
    }
    global.addProperty(vm.key("Proxy"), Value(proxyConstructor), .hidden)
    intrinsics.append(proxyConstructor)
    method(proxyConstructor, "revocable", 2) { vm, call in
      let proxy = try vm.newProxy(target: call[0], handler: call[1])
      let revoke = vm.makeNative("", length: 0) { vm, call in
        let fields = call.callee.captured
        if fields.count == 1, fields[0].isObject { vm.revokeProxy(fields[0].object) }
        call.callee.captured = []
        return .undefined
      }
      revoke.captured = [Value(proxy)]
      let result = vm.newObject()
      result.addProperty(vm.key("proxy"), Value(proxy), .data)
      result.addProperty(vm.key("revoke"), Value(revoke), .data)
      return Value(result)
    }
  }
}
