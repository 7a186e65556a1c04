/// A property key: an interned string (an atom) or a symbol, identified by its value's bits.
struct PropertyKey: Hashable {
  let bits: UInt64

  @inline(__always) init(atom: JSString) { bits = Value(atom).bits }
  @inline(__always) init(symbol: JSSymbol) { bits = Value(symbol).bits }
  @inline(__always) init(bits: UInt64) { self.bits = bits }

  var value: Value { Value(bits: bits) }
  var isSymbol: Bool { value.isSymbol }
  var isPrivate: Bool { value.isSymbol && value.symbol.isPrivate }
}

/// Property attributes, as bits.
struct Attributes: OptionSet, Hashable {
  let rawValue: UInt8
  static let writable = Attributes(rawValue: 1)
  static let enumerable = Attributes(rawValue: 2)
  static let configurable = Attributes(rawValue: 4)
  /// The slot holds an `AccessorPair` object rather than a value.
  static let accessor = Attributes(rawValue: 8)

  static let data: Attributes = [.writable, .enumerable, .configurable]
  /// Methods and built-in functions: writable and configurable, not enumerable.
  static let hidden: Attributes = [.writable, .configurable]
}

/// A hidden class: the keys of an object in insertion order, their attributes and slot indices.
/// Objects built the same way share a shape, found through `transitions`, so an inline cache can
/// remember "objects of shape S keep key K in slot N" and hit with one comparison.
final class Shape {
  struct Transition: Hashable {
    let key: PropertyKey
    let attributes: Attributes
  }

  /// Unique per shape; dictionary shapes change their id on every change, so caches never hold them.
  private(set) var id: UInt32
  private(set) var keys: [PropertyKey]
  private(set) var attributes: [Attributes]
  private var index: [PropertyKey: Int]?
  private var transitions: [Transition: Shape] = [:]
  /// A shape owned by one object and changed in place (many keys, or a deleted key).
  let isDictionary: Bool
  /// Whether any key is an array index ("0", "17"): lookups of indices skip shapes without.
  private(set) var hasIndexKeys = false

  nonisolated(unsafe) private static var nextID: UInt32 = 1

  private static func freshID() -> UInt32 {
    nextID &+= 1
    return nextID
  }

  init(keys: [PropertyKey] = [], attributes: [Attributes] = [], isDictionary: Bool = false) {
    self.id = Shape.freshID()
    self.keys = keys
    self.attributes = attributes
    self.isDictionary = isDictionary
    hasIndexKeys = keys.contains { Shape.isIndex($0) }
    if keys.count > 8 { buildIndex() }
  }

  static func isIndex(_ key: PropertyKey) -> Bool {
    key.value.isString && key.value.string.arrayIndex != nil
  }

  private func buildIndex() {
    var table: [PropertyKey: Int] = [:]
    table.reserveCapacity(keys.count)
    for (slot, key) in keys.enumerated() { table[key] = slot }
    index = table
  }

  var count: Int { keys.count }

  @inline(__always) func slot(of key: PropertyKey) -> Int? {
    if let index { return index[key] }
    for slot in 0..<keys.count where keys[slot] == key { return slot }
    return nil
  }

  /// The shape with `key` added as the last slot.
  func adding(_ key: PropertyKey, _ attributes: Attributes) -> Shape {
    if isDictionary {
      if Shape.isIndex(key) { hasIndexKeys = true }
      keys.append(key)
      self.attributes.append(attributes)
      if index != nil { index![key] = keys.count - 1 } else if keys.count > 8 { buildIndex() }
      id = Shape.freshID()
      return self
    }
    let transition = Transition(key: key, attributes: attributes)
    if let next = transitions[transition] { return next }
    let next =
      keys.count >= 64
      ? Shape(keys: keys + [key], attributes: self.attributes + [attributes], isDictionary: true)
      : Shape(keys: keys + [key], attributes: self.attributes + [attributes])
    if !next.isDictionary { transitions[transition] = next }
    return next
  }

  /// A shape with one slot's attributes changed (a dictionary copy: such changes are rare).
  func changing(slot: Int, to newAttributes: Attributes) -> Shape {
    let shape = isDictionary ? self : Shape(keys: keys, attributes: attributes, isDictionary: true)
    shape.attributes[slot] = newAttributes
    shape.id = Shape.freshID()
    return shape
  }

  /// A dictionary shape without `slot`; the caller moves the later slots down by one.
  func removing(slot: Int) -> Shape {
    let shape = isDictionary ? self : Shape(keys: keys, attributes: attributes, isDictionary: true)
    shape.keys.remove(at: slot)
    shape.attributes.remove(at: slot)
    if shape.index != nil || shape.keys.count > 8 { shape.buildIndex() } else { shape.index = nil }
    shape.id = Shape.freshID()
    return shape
  }
}
