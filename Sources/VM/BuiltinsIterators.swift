/// An iterator over an indexed collection: arrays, strings, Map and Set entries.
final class ListIterator: JSObject {
  var target: Value = .undefined
  var position = 0
  /// 0 values, 1 keys, 2 entries.
  var selection = 0
  var isDone = false

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(target)
  }
}

/// %IteratorPrototype%, array and string iterators, and the generator prototype.
extension Realm {
  func installIterators() {
    let vm = self.vm
    method(iteratorPrototype, vm.names.symbolIterator, "[Symbol.iterator]", 0) { _, call in call.this }
    method(arrayIteratorPrototype, "next", 0) { vm, call in
      guard let iterator = call.this.object(ofKind: .arrayIterator) as? ListIterator else {
        throw vm.typeError("next method called on an incompatible receiver")
      }
      if iterator.isDone { return vm.iteratorResult(.undefined, done: true) }
      let target = iterator.target
      let length: Int
      if let array = target.object as? TypedArrayObject {
        if array.isOutOfBounds {
          throw vm.typeError("Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer")
        }
        length = array.length
      } else {
        length =
          target.object.kind == .array
          ? target.object.elements.count : try vm.toLength(vm.get(target, vm.names.length))
      }
      let index = iterator.position
      guard index < length else {
        iterator.isDone = true
        return vm.iteratorResult(.undefined, done: true)
      }
      iterator.position += 1
      switch iterator.selection {
      case 1: return vm.iteratorResult(Value(number: Double(index)), done: false)
      case 2:
        let value = try vm.get(target, vm.indexKey(index))
        return vm.iteratorResult(Value(vm.newArray([Value(number: Double(index)), value])), done: false)
      default: return vm.iteratorResult(try vm.get(target, vm.indexKey(index)), done: false)
      }
    }
    arrayIteratorPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("Array Iterator")), [.configurable])

    let stringIteratorPrototype = vm.newObject(proto: Value(iteratorPrototype))
    intrinsics.append(stringIteratorPrototype)
    stringIteratorPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("String Iterator")), [.configurable])
    method(stringIteratorPrototype, "next", 0) { vm, call in
      guard let iterator = call.this.object(ofKind: .stringIterator) as? ListIterator else {
        throw vm.typeError("next method called on an incompatible receiver")
      }
      let string = iterator.target.string
      let index = iterator.position
      guard index < string.length else { return vm.iteratorResult(.undefined, done: true) }
      let first = string.unit(at: index)
      var count = 1
      if first & 0xFC00 == 0xD800, index + 1 < string.length, string.unit(at: index + 1) & 0xFC00 == 0xDC00 {
        count = 2
      }
      iterator.position += count
      return vm.iteratorResult(vm.string(Array(string.units[index..<index + count])), done: false)
    }
    method(stringPrototype, vm.names.symbolIterator, "[Symbol.iterator]", 0) { vm, call in
      if call.this.isNullish {
        throw vm.typeError("String.prototype[Symbol.iterator] called on null or undefined")
      }
      let iterator = vm.heap.register(
        ListIterator(shape: vm.emptyShape, proto: Value(stringIteratorPrototype), kind: .stringIterator),
        bytes: 96)
      iterator.target = try vm.toStringValue(call.this)
      return Value(iterator)
    }

    generatorPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("Generator")), [.configurable])
    for (name, mode) in [("next", 0), ("return", 1), ("throw", 2)] {
      method(generatorPrototype, name, 1) { vm, call in
        guard let state = call.this.object(ofKind: .generator) as? SuspendableState else {
          throw vm.typeError("\(name) method called on incompatible receiver \(vm.display(call.this))")
        }
        return try vm.resumeGenerator(state, mode: mode, call[0])
      }
    }
  }
}

extension VM {
  func makeArrayIterator(_ value: Value, kind: Int) throws(Throw) -> JSObject {
    let iterator = heap.register(
      ListIterator(shape: emptyShape, proto: Value(realm.arrayIteratorPrototype), kind: .arrayIterator),
      bytes: 96)
    iterator.target = Value(try toObject(value))
    iterator.selection = kind
    return iterator
  }
}
