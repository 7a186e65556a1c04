/// What an object is, beyond its properties. Internal kinds (environments, iterator records) never
/// reach programs: the compiler only puts them in registers it owns.
enum ObjectKind: UInt8 {
  case ordinary, array, function, error, arguments
  case booleanObject, numberObject, stringObject, symbolObject, bigintObject
  case date, regexp, map, set, weakMap, weakSet, promise
  case generator, asyncGenerator, namespace, proxy, callableProxy
  case arrayIterator, mapIterator, setIterator, stringIterator, regexpStringIterator
  case environment, iteratorRecord, forInEnumerator, accessorPair, asyncFromSyncIterator
  case arrayBuffer, typedArray, dataView, textEncoder, textDecoder
}

/// Dense indexed storage: an array's elements (holes are `Value.hole`).
struct Elements {
  var base: UnsafeMutablePointer<Value>?
  var count = 0
  var capacity = 0

  @inline(__always) subscript(index: Int) -> Value {
    get { base.unsafelyUnwrapped[index] }
    nonmutating set { base.unsafelyUnwrapped[index] = newValue }
  }

  mutating func reserve(_ minimum: Int) {
    guard minimum > capacity else { return }
    let newCapacity = max(minimum, capacity * 2, 4)
    let storage = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
    if let base {
      storage.moveInitialize(from: base, count: count)
      base.deallocate()
    }
    base = storage
    capacity = newCapacity
  }

  @inline(__always) mutating func append(_ value: Value) {
    if count == capacity { reserve(count + 1) }
    base.unsafelyUnwrapped[count] = value
    count += 1
  }

  /// Sets the count, filling new positions with holes.
  mutating func resize(to newCount: Int) {
    if newCount > count {
      reserve(newCount)
      (base.unsafelyUnwrapped + count).initialize(repeating: .hole, count: newCount - count)
    }
    count = newCount
  }

  func free() { base?.deallocate() }
}

/// An object: a shape with its slots, a prototype, and for arrays dense elements.
class JSObject: Cell {
  var shape: Shape {
    didSet { shapeID = shape.id }
  }
  /// The shape's id, stored here so that an inline-cache check reads no other object.
  var shapeID: UInt32
  var slots: UnsafeMutablePointer<Value>
  var slotCapacity: Int32
  /// The prototype: an object or null.
  var proto: Value
  var kind: ObjectKind
  var isExtensible = true
  /// Object.freeze on an array or arguments object: its elements became read-only.
  var elementsFrozen = false
  /// Part of the realm's frozen intrinsics (override taming applies to its data properties).
  var isIntrinsic = false
  var elements = Elements()
  /// The wrapped primitive of a Boolean/Number/String/Symbol object, a Date's time value, an error's
  /// captured stack string.
  var primitive: Value = .undefined

  init(shape: Shape, proto: Value, kind: ObjectKind = .ordinary) {
    self.shape = shape
    shapeID = shape.id
    self.proto = proto
    self.kind = kind
    let capacity = max(shape.count, 4)
    slots = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
    slotCapacity = Int32(capacity)
  }

  deinit {
    slots.deallocate()
    elements.free()
  }

  override var liveBytes: Int { 96 + 8 * (Int(slotCapacity) + elements.capacity) }

  override func trace(_ marker: inout Marker) {
    marker.mark(proto)
    marker.mark(primitive)
    for index in 0..<shape.count { marker.mark(slots[index]) }
    for index in 0..<elements.count { marker.mark(elements[index]) }
  }

  // MARK: Own properties

  /// Appends a new own property; the caller made sure the key is absent.
  @inline(__always) func addProperty(_ key: PropertyKey, _ value: Value, _ attributes: Attributes) {
    let slot = shape.count
    shape = shape.adding(key, attributes)
    if slot >= Int(slotCapacity) {
      let newCapacity = Int(slotCapacity) * 2
      let storage = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
      storage.moveInitialize(from: slots, count: slot)
      slots.deallocate()
      slots = storage
      slotCapacity = Int32(newCapacity)
    }
    slots[slot] = value
  }

  func removeProperty(slot: Int) {
    let count = shape.count
    shape = shape.removing(slot: slot)
    var index = slot
    while index + 1 < count {
      slots[index] = slots[index + 1]
      index += 1
    }
  }

  func setAttributes(slot: Int, _ attributes: Attributes) {
    shape = shape.changing(slot: slot, to: attributes)
  }
}

/// A getter and setter stored in an accessor property's slot.
final class AccessorPair: JSObject {
  var getter: Value = .undefined
  var setter: Value = .undefined

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(getter)
    marker.mark(setter)
  }
}

/// Closure environment: the captured bindings of one scope.
final class Environment: JSObject {
  let parent: Environment?
  /// The parent's address, for walking the chain without reference counting.
  let parentPointer: UnsafeMutableRawPointer?
  let values: UnsafeMutablePointer<Value>
  let count: Int

  init(parent: Environment?, count: Int, emptyShape: Shape) {
    self.parent = parent
    parentPointer = parent.map { Unmanaged.passUnretained($0).toOpaque() }
    self.count = count
    values = UnsafeMutablePointer<Value>.allocate(capacity: max(count, 1))
    values.initialize(repeating: .hole, count: max(count, 1))
    super.init(shape: emptyShape, proto: .null, kind: .environment)
  }

  init(copying other: Environment) {
    parent = other.parent
    parentPointer = other.parentPointer
    count = other.count
    values = UnsafeMutablePointer<Value>.allocate(capacity: max(count, 1))
    values.initialize(from: other.values, count: max(count, 1))
    super.init(shape: other.shape, proto: .null, kind: .environment)
  }

  deinit { values.deallocate() }

  override func trace(_ marker: inout Marker) {
    marker.mark(parent)
    for index in 0..<count { marker.mark(values[index]) }
  }
}
