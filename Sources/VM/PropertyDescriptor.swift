/// A property descriptor as `Object.defineProperty` and the proxy traps exchange them: every field is
/// optional, because "absent" and "false" or "undefined" mean different things.
struct PropertyDescriptor {
  var value: Value?
  var writable: Bool?
  var getter: Value?
  var setter: Value?
  var enumerable: Bool?
  var configurable: Bool?

  init(
    value: Value? = nil, writable: Bool? = nil, getter: Value? = nil, setter: Value? = nil,
    enumerable: Bool? = nil, configurable: Bool? = nil
  ) {
    self.value = value
    self.writable = writable
    self.getter = getter
    self.setter = setter
    self.enumerable = enumerable
    self.configurable = configurable
  }

  /// The complete descriptor of an existing own property.
  init(_ property: OwnProperty) {
    if property.isAccessor {
      getter = property.getter
      setter = property.setter
    } else {
      value = property.value
      writable = property.attributes.contains(.writable)
    }
    enumerable = property.attributes.contains(.enumerable)
    configurable = property.attributes.contains(.configurable)
  }

  var isAccessor: Bool { getter != nil || setter != nil }
  var isData: Bool { value != nil || writable != nil }
  var isGeneric: Bool { !isAccessor && !isData }

  /// CompletePropertyDescriptor: the absent fields take their defaults.
  var completed: PropertyDescriptor {
    var result = self
    if isGeneric || isData {
      result.value = value ?? .undefined
      result.writable = writable ?? false
    } else {
      result.getter = getter ?? .undefined
      result.setter = setter ?? .undefined
    }
    result.enumerable = enumerable ?? false
    result.configurable = configurable ?? false
    return result
  }
}

extension VM {
  /// ToPropertyDescriptor: reads the fields in the specified order, each only when present.
  func toPropertyDescriptor(_ value: Value) throws(Throw) -> PropertyDescriptor {
    guard value.isObject else {
      throw typeError("Property description must be an object: \(display(value))")
    }
    let object = value.object
    func field(_ name: PropertyKey) throws(Throw) -> Value? {
      try hasProperty(object, .named(name)) ? try get(value, name) : nil
    }
    var descriptor = PropertyDescriptor()
    descriptor.enumerable = try field(names.enumerable).map(toBoolean)
    descriptor.configurable = try field(names.configurable).map(toBoolean)
    descriptor.value = try field(names.value)
    descriptor.writable = try field(names.writable).map(toBoolean)
    descriptor.getter = try field(names.get)
    descriptor.setter = try field(names.set)
    if let getter = descriptor.getter, !getter.isUndefined, !isCallable(getter) {
      throw typeError("Getter must be a function: \(display(getter))")
    }
    if let setter = descriptor.setter, !setter.isUndefined, !isCallable(setter) {
      throw typeError("Setter must be a function: \(display(setter))")
    }
    if descriptor.isAccessor && descriptor.isData {
      throw typeError(
        "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute")
    }
    return descriptor
  }

  /// FromPropertyDescriptor: an object with exactly the present fields.
  func descriptorObject(_ descriptor: PropertyDescriptor) -> JSObject {
    let object = newObject()
    if let value = descriptor.value { object.addProperty(names.value, value, .data) }
    if let writable = descriptor.writable { object.addProperty(names.writable, Value(bool: writable), .data) }
    if let getter = descriptor.getter { object.addProperty(names.get, getter, .data) }
    if let setter = descriptor.setter { object.addProperty(names.set, setter, .data) }
    if let enumerable = descriptor.enumerable {
      object.addProperty(names.enumerable, Value(bool: enumerable), .data)
    }
    if let configurable = descriptor.configurable {
      object.addProperty(names.configurable, Value(bool: configurable), .data)
    }
    return object
  }

  func descriptorObject(_ property: OwnProperty) -> JSObject {
    descriptorObject(PropertyDescriptor(property))
  }

  /// IsCompatiblePropertyDescriptor: whether `descriptor` may be applied over `current` (absent:
  /// nil) on an object that is or is not extensible.
  func isCompatible(extensible: Bool, _ descriptor: PropertyDescriptor, current: OwnProperty?) -> Bool {
    guard let current else { return extensible }
    guard !current.attributes.contains(.configurable) else { return true }
    if descriptor.configurable == true { return false }
    if let enumerable = descriptor.enumerable, enumerable != current.attributes.contains(.enumerable) {
      return false
    }
    if !descriptor.isGeneric && descriptor.isAccessor != current.isAccessor { return false }
    if current.isAccessor {
      if let getter = descriptor.getter, !sameValue(getter, current.getter) { return false }
      if let setter = descriptor.setter, !sameValue(setter, current.setter) { return false }
    } else if !current.attributes.contains(.writable) {
      if descriptor.writable == true { return false }
      if let value = descriptor.value, !sameValue(value, current.value) { return false }
    }
    return true
  }

  /// OrdinaryDefineOwnProperty (ValidateAndApplyPropertyDescriptor), with the array and module
  /// namespace exotics. False when the definition is not allowed.
  func ordinaryDefineOwnProperty(_ object: JSObject, _ key: Key, _ descriptor: PropertyDescriptor)
    throws(Throw) -> Bool
  {
    if object.kind == .array, case .named(let name) = key, name == names.length {
      return try defineArrayLength(object, descriptor)
    }
    if object.kind == .typedArray, case let (array, number)? = typedArrayKey(object, key) {
      return try typedArrayDefine(
        array, number, value: descriptor.value, configurable: descriptor.configurable,
        enumerable: descriptor.enumerable, writable: descriptor.writable, isAccessor: descriptor.isAccessor)
    }
    let current = ordinaryOwnProperty(object, key)
    guard isCompatible(extensible: object.isExtensible, descriptor, current: current) else { return false }
    if object.kind == .namespace {
      // A namespace's exports change only through their modules: a compatible definition is a no-op.
      return current != nil
    }
    var attributes: Attributes = []
    let isAccessor: Bool
    if let current, descriptor.isGeneric || descriptor.isAccessor == current.isAccessor {
      isAccessor = current.isAccessor
      attributes = current.attributes.subtracting(.accessor)
    } else {
      // A new property, or one changing between data and accessor: configurable and enumerable
      // carry over, everything else starts from its default.
      isAccessor = descriptor.isAccessor
      if let current { attributes = current.attributes.intersection([.configurable, .enumerable]) }
    }
    if let enumerable = descriptor.enumerable {
      if enumerable { attributes.insert(.enumerable) } else { attributes.remove(.enumerable) }
    }
    if let configurable = descriptor.configurable {
      if configurable { attributes.insert(.configurable) } else { attributes.remove(.configurable) }
    }
    if isAccessor {
      let keeps = current?.isAccessor == true
      let getter = descriptor.getter ?? (keeps ? current!.getter : .undefined)
      let setter = descriptor.setter ?? (keeps ? current!.setter : .undefined)
      if case .index(let index) = key, object.kind == .array || object.kind == .arguments {
        try makeRoomForSpecialElement(object, index)
      }
      defineAccessor(object, key, getter: getter, setter: setter, attributes: attributes)
      return true
    }
    if let writable = descriptor.writable {
      if writable { attributes.insert(.writable) } else { attributes.remove(.writable) }
    }
    let value = descriptor.value ?? (current?.isAccessor == false ? current!.value : .undefined)
    if let current, !current.isAccessor, current.attributes == attributes, sameValue(current.value, value) {
      return true
    }
    try defineOwn(object, key, value, attributes)
    return true
  }

  /// ArraySetLength through a descriptor.
  private func defineArrayLength(_ array: JSObject, _ descriptor: PropertyDescriptor) throws(Throw) -> Bool {
    var newLength: Int?
    if let value = descriptor.value {
      let number = try toNumber(value)
      guard number >= 0, number <= 4_294_967_295, number == number.rounded(.towardZero) else {
        throw rangeError("Invalid array length")
      }
      newLength = Int(number)
    }
    let current = ordinaryOwnProperty(array, .named(names.length))!
    var checked = descriptor
    checked.value = newLength.map { Value(number: Double($0)) }
    guard isCompatible(extensible: array.isExtensible, checked, current: current) else { return false }
    if let newLength, newLength != array.elements.count {
      guard !array.isFrozenElements else { return false }
      try setArrayLength(array, Value(number: Double(newLength)))
    }
    if descriptor.writable == false { array.elementsFrozen = true }
    return true
  }
}
