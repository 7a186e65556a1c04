/// A key compared by SameValueZero: numbers by value (-0 is 0), strings by contents, others by identity.
struct CollectionKey: Hashable {
  let bits: UInt64
  let units: [UInt16]?

  init(_ value: Value) {
    if value.isString {
      bits = 0
      units = value.string.units
    } else if value.isNumber {
      let number = value.number
      bits = number == 0 ? 0 : Value(number).bits
      units = nil
    } else if value.isBigInt {
      bits = 1
      units = value.bigint.value.toString(radix: 16).utf16.map { $0 }
    } else {
      bits = value.bits
      units = nil
    }
  }
}

/// A Map or Set: entries in insertion order, with deleted positions left as tombstones so that
/// live iterators keep their place.
final class CollectionObject: JSObject {
  var keys: [Value] = []
  var values: [Value] = []
  var live: [Bool] = []
  var index: [CollectionKey: Int] = [:]
  var size = 0

  var isWeak: Bool { kind == .weakMap || kind == .weakSet }

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    // A weak collection's entries are ephemerons: see `markEphemerons`.
    guard !isWeak else { return }
    for key in keys { marker.mark(key) }
    for value in values { marker.mark(value) }
  }

  override func markEphemerons(_ marker: inout Marker) -> Bool {
    var marked = false
    for position in keys.indices where live[position] && keys[position].cell.marked {
      let value = values[position]
      if value.isCell && !value.cell.marked {
        marker.mark(value)
        marked = true
      }
    }
    return marked
  }

  /// Entries whose key died go; the survivors are compacted (nothing iterates a weak collection).
  override func dropDeadReferences() {
    var survivors: [(Value, Value)] = []
    for position in keys.indices where live[position] && keys[position].cell.marked {
      survivors.append((keys[position], values[position]))
    }
    guard survivors.count != size || keys.count > 2 * size + 8 else { return }
    keys.removeAll()
    values.removeAll()
    live.removeAll()
    index.removeAll()
    size = 0
    for (key, value) in survivors { set(key, value) }
  }

  func find(_ key: Value) -> Int? { index[CollectionKey(key)] }

  func set(_ key: Value, _ value: Value) {
    if let position = find(key) {
      values[position] = value
      return
    }
    let normalized = key.isNumber && key.number == 0 ? Value(int: 0) : key
    index[CollectionKey(key)] = keys.count
    keys.append(normalized)
    values.append(value)
    live.append(true)
    size += 1
  }

  func remove(_ key: Value) -> Bool {
    guard let position = index.removeValue(forKey: CollectionKey(key)) else { return false }
    live[position] = false
    keys[position] = .undefined
    values[position] = .undefined
    size -= 1
    return true
  }

  func clear() {
    for position in live.indices {
      live[position] = false
      keys[position] = .undefined
      values[position] = .undefined
    }
    index.removeAll()
    size = 0
  }
}

extension Realm {
  func installCollections() {
    let vm = self.vm
    for isMap in [true, false] {
      let prototype = isMap ? mapPrototype : setPrototype
      let name = isMap ? "Map" : "Set"
      let kind: ObjectKind = isMap ? .map : .set
      let constructorFunction = constructor(name, 0, prototype: prototype) { vm, call in
        guard !call.newTarget.isUndefined else { throw vm.typeError("Constructor \(name) requires 'new'") }
        let fallback = isMap ? vm.realm.mapPrototype : vm.realm.setPrototype
        let proto = try vm.prototype(fromNewTarget: call, fallback: fallback)
        let collection = vm.heap.register(
          CollectionObject(shape: vm.emptyShape, proto: proto, kind: kind), bytes: 128)
        if !call[0].isNullish {
          vm.temporaryRoots.append(Value(collection))
          defer { vm.temporaryRoots.removeLast() }
          let adder = try vm.get(Value(collection), isMap ? vm.names.set : vm.key("add"))
          try vm.iterate(call[0]) { (item) throws(Throw) in
            if isMap {
              guard item.isObject else {
                throw vm.typeError("Iterator value \(vm.display(item)) is not an entry object")
              }
              _ = try vm.call(
                adder, this: Value(collection), [try vm.get(item, .index(0)), try vm.get(item, .index(1))])
            } else {
              _ = try vm.call(adder, this: Value(collection), [item])
            }
          }
        }
        return Value(collection)
      }
      getter(constructorFunction, vm.names.symbolSpecies, "[Symbol.species]") { _, call in call.this }
      if isMap {
        method(constructorFunction, "groupBy", 2) { vm, call in
          if call[0].isNullish { throw vm.typeError("\(vm.display(call[0])) is not iterable") }
          guard vm.isCallable(call[1]) else { throw vm.typeError("\(vm.display(call[1])) is not a function") }
          let map = vm.heap.register(
            CollectionObject(shape: vm.emptyShape, proto: Value(vm.realm.mapPrototype), kind: .map),
            bytes: 128)
          vm.temporaryRoots.append(Value(map))
          defer { vm.temporaryRoots.removeLast() }
          var index = 0
          try vm.iterate(call[0]) { (item) throws(Throw) in
            let key = try vm.call(call[1], this: .undefined, [item, Value(number: Double(index))])
            index += 1
            if let position = map.find(key) {
              map.values[position].object.elements.append(item)
            } else {
              map.set(key, Value(vm.newArray([item])))
            }
          }
          return Value(map)
        }
      }
      prototype.addProperty(
        PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom(name)), [.configurable])
      func this(_ vm: VM, _ call: NativeCall, _ method: String) throws(Throw) -> CollectionObject {
        guard let collection = call.this.object(ofKind: kind) as? CollectionObject else {
          throw vm.typeError(
            "Method \(name).prototype.\(method) called on incompatible receiver \(vm.display(call.this))")
        }
        return collection
      }
      if isMap {
        method(prototype, "get", 1) { vm, call in
          let map = try this(vm, call, "get")
          return map.find(call[0]).map { map.values[$0] } ?? .undefined
        }
        method(prototype, "set", 2) { vm, call in
          try this(vm, call, "set").set(call[0], call[1])
          return call.this
        }
      } else {
        method(prototype, "add", 1) { vm, call in
          try this(vm, call, "add").set(call[0], call[0])
          return call.this
        }
      }
      method(prototype, "has", 1) { vm, call in Value(bool: try this(vm, call, "has").find(call[0]) != nil) }
      method(prototype, "delete", 1) { vm, call in Value(bool: try this(vm, call, "delete").remove(call[0])) }
      method(prototype, "clear", 0) { vm, call in
        try this(vm, call, "clear").clear()
        return .undefined
      }
      getter(prototype, "size") { vm, call in Value(int: Int32(try this(vm, call, "size").size)) }
      method(prototype, "forEach", 1) { vm, call in
        let collection = try this(vm, call, "forEach")
        guard vm.isCallable(call[0]) else { throw vm.typeError("\(vm.display(call[0])) is not a function") }
        var position = 0
        while position < collection.keys.count {
          if collection.live[position] {
            _ = try vm.call(
              call[0], this: call[1], [collection.values[position], collection.keys[position], call.this])
          }
          position += 1
        }
        return .undefined
      }
      let iteratorPrototype = vm.newObject(proto: Value(self.iteratorPrototype))
      intrinsics.append(iteratorPrototype)
      iteratorPrototype.addProperty(
        PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("\(name) Iterator")), [.configurable])
      let iteratorKind: ObjectKind = isMap ? .mapIterator : .setIterator
      method(iteratorPrototype, "next", 0) { vm, call in
        guard let iterator = call.this.object(ofKind: iteratorKind) as? ListIterator else {
          throw vm.typeError("next method called on an incompatible receiver")
        }
        guard !iterator.isDone, let collection = iterator.target.object as? CollectionObject else {
          return vm.iteratorResult(.undefined, done: true)
        }
        while iterator.position < collection.keys.count && !collection.live[iterator.position] {
          iterator.position += 1
        }
        guard iterator.position < collection.keys.count else {
          iterator.isDone = true
          return vm.iteratorResult(.undefined, done: true)
        }
        let position = iterator.position
        iterator.position += 1
        switch iterator.selection {
        case 0: return vm.iteratorResult(collection.values[position], done: false)
        case 1: return vm.iteratorResult(collection.keys[position], done: false)
        default:
          return vm.iteratorResult(
            Value(vm.newArray([collection.keys[position], collection.values[position]])), done: false)
        }
      }
      func makeIterator(_ selection: Int) -> NativeFunction {
        { vm, call in
          let collection = try this(vm, call, "entries")
          let iterator = vm.heap.register(
            ListIterator(shape: vm.emptyShape, proto: Value(iteratorPrototype), kind: iteratorKind), bytes: 96
          )
          iterator.target = Value(collection)
          iterator.selection = selection
          return Value(iterator)
        }
      }
      let entries = method(prototype, "entries", 0, makeIterator(2))
      let values = method(prototype, "values", 0, makeIterator(0))
      if isMap {
        method(prototype, "keys", 0, makeIterator(1))
        prototype.addProperty(PropertyKey(symbol: vm.names.symbolIterator), Value(entries), .hidden)
      } else {
        prototype.addProperty(vm.key("keys"), Value(values), .hidden)
        prototype.addProperty(PropertyKey(symbol: vm.names.symbolIterator), Value(values), .hidden)
      }
    }
    installWeakCollections()
  }

  /// WeakMap and WeakSet: their entries are ephemerons (`CollectionObject.markEphemerons`); an entry
  /// whose key is otherwise unreachable is dropped at the next collection.
  func installWeakCollections() {
    let vm = self.vm
    for isMap in [true, false] {
      let name = isMap ? "WeakMap" : "WeakSet"
      let kind: ObjectKind = isMap ? .weakMap : .weakSet
      let prototype = vm.newObject()
      intrinsics.append(prototype)
      prototype.addProperty(
        PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom(name)), [.configurable])
      constructor(name, 0, prototype: prototype) { vm, call in
        guard !call.newTarget.isUndefined else { throw vm.typeError("Constructor \(name) requires 'new'") }
        let proto = try vm.prototype(fromNewTarget: call, fallback: prototype)
        let collection = vm.heap.register(
          CollectionObject(shape: vm.emptyShape, proto: proto, kind: kind), bytes: 128)
        vm.heap.registerWeakHolder(collection)
        if !call[0].isNullish {
          vm.temporaryRoots.append(Value(collection))
          defer { vm.temporaryRoots.removeLast() }
          try vm.iterate(call[0]) { (item) throws(Throw) in
            let key = isMap ? try vm.get(item, .index(0)) : item
            guard vm.canBeHeldWeakly(key) else {
              throw vm.typeError("Invalid value used \(isMap ? "as weak map key" : "in weak set")")
            }
            collection.set(key, isMap ? try vm.get(item, .index(1)) : key)
          }
        }
        return Value(collection)
      }
      func this(_ vm: VM, _ call: NativeCall) throws(Throw) -> CollectionObject {
        guard let collection = call.this.object(ofKind: kind) as? CollectionObject else {
          throw vm.typeError(
            "Method \(name).prototype method called on incompatible receiver \(vm.display(call.this))")
        }
        return collection
      }
      if isMap {
        method(prototype, "get", 1) { vm, call in
          let map = try this(vm, call)
          return map.find(call[0]).map { map.values[$0] } ?? .undefined
        }
        method(prototype, "set", 2) { vm, call in
          guard vm.canBeHeldWeakly(call[0]) else { throw vm.typeError("Invalid value used as weak map key") }
          try this(vm, call).set(call[0], call[1])
          return call.this
        }
      } else {
        method(prototype, "add", 1) { vm, call in
          guard vm.canBeHeldWeakly(call[0]) else { throw vm.typeError("Invalid value used in weak set") }
          try this(vm, call).set(call[0], call[0])
          return call.this
        }
      }
      method(prototype, "has", 1) { vm, call in Value(bool: try this(vm, call).find(call[0]) != nil) }
      method(prototype, "delete", 1) { vm, call in Value(bool: try this(vm, call).remove(call[0])) }
    }
  }
}
