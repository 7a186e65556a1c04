import Foundation

/// %TypedArray%.prototype: the accessors and every method (ECMAScript 2023, 23.2.3).
extension Realm {
  func installTypedArrayMethods(_ proto: JSObject) {
    let vm = self.vm
    for name in ["buffer", "byteLength", "byteOffset", "length"] {
      let label = name == "buffer" ? "%TypedArray%.prototype.buffer" : "TypedArray.prototype.\(name)"
      getter(proto, name) { vm, call in
        guard let object = call.this.object(ofKind: .typedArray) else {
          let receiver =
            name == "buffer" || call.this.object(ofKind: .array) != nil || !call.this.isObject
            ? vm.describeForError(call.this) : "[object Object]"
          throw vm.typeError("Method get \(label) called on incompatible receiver \(receiver)")
        }
        let array = unsafeDowncast(object, to: TypedArrayObject.self)
        switch name {
        case "buffer": return Value(array.buffer)
        case "byteLength": return Value(number: Double(array.byteLength))
        case "byteOffset": return Value(number: Double(array.isOutOfBounds ? 0 : array.byteOffset))
        default: return Value(number: Double(array.length))
        }
      }
    }
    getter(proto, vm.names.symbolToStringTag, "[Symbol.toStringTag]") { vm, call in
      guard let array = call.this.object(ofKind: .typedArray) as? TypedArrayObject else { return .undefined }
      return Value(vm.atom(array.type.name))
    }
    // Array.prototype.toString itself, as the specification requires.
    if let slot = arrayPrototype.shape.slot(of: vm.names.toString) {
      proto.addProperty(vm.names.toString, arrayPrototype.slots[slot], .hidden)
    }
    let values = method(proto, "values", 0) { vm, call in
      Value(
        try vm.makeArrayIterator(
          Value(try vm.thisTypedArray(call.this, "%TypedArray%.prototype.values")), kind: 0))
    }
    proto.addProperty(PropertyKey(symbol: vm.names.symbolIterator), Value(values), .hidden)
    method(proto, "keys", 0) { vm, call in
      Value(
        try vm.makeArrayIterator(
          Value(try vm.thisTypedArray(call.this, "%TypedArray%.prototype.keys")), kind: 1))
    }
    method(proto, "entries", 0) { vm, call in
      Value(
        try vm.makeArrayIterator(
          Value(try vm.thisTypedArray(call.this, "%TypedArray%.prototype.entries")), kind: 2))
    }
    method(proto, "at", 1) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.at")
      let relative = try vm.toIntegerOrInfinity(call[0])
      let index = relative >= 0 ? relative : Double(array.length) + relative
      guard index >= 0, index < Double(array.length) else { return .undefined }
      return array.load(Int(index), vm)
    }
    method(proto, "set", 1) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.set", allowDetached: true)
      try vm.typedArraySet(array, call[0], call[1])
      return .undefined
    }
    method(proto, "subarray", 2) { vm, call in
      guard let object = call.this.object(ofKind: .typedArray) else {
        throw vm.typeError(
          "Method %TypedArray%.prototype.subarray called on incompatible receiver \(vm.describeForError(call.this))"
        )
      }
      let array = unsafeDowncast(object, to: TypedArrayObject.self)
      let length = array.length
      let begin = try vm.relativeIndex(call[0], length, default: 0)
      let end = try vm.relativeIndex(call[1], length, default: length)
      let count = max(end - begin, 0)
      let offset = array.byteOffset + begin * array.type.elementSize
      // A length-tracking view's subarray without an end tracks too (ES2024).
      let tracks = array.tracksLength && call[1].isUndefined
      return Value(
        try vm.typedArraySpeciesCreate(
          array,
          [Value(array.buffer), Value(number: Double(offset))]
            + (tracks ? [] : [Value(number: Double(count))])))
    }
    method(proto, "slice", 2) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.slice")
      let length = array.length
      let start = try vm.relativeIndex(call[0], length, default: 0)
      let end = try vm.relativeIndex(call[1], length, default: length)
      let count = max(end - start, 0)
      let result = try vm.typedArraySpeciesCreate(array, [Value(number: Double(count))])
      guard count > 0 else { return Value(result) }
      if array.isOutOfBounds {
        throw vm.typeError("Cannot perform %TypedArray%.prototype.slice on a detached ArrayBuffer")
      }
      if result.type == array.type {
        let size = array.type.elementSize
        let available = min(count, array.length - start, result.length)
        if available > 0 { memmove(result.pointer(0), array.pointer(start), available * size) }
        return Value(result)
      }
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      for index in 0..<count {
        let value = start + index < array.length ? array.load(start + index, vm) : .undefined
        try vm.set(Value(result), vm.indexKey(index), value)
      }
      return Value(result)
    }
    method(proto, "fill", 1) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.fill")
      let length = array.length
      let bits = try vm.elementBits(array.type, call[0])
      let start = try vm.relativeIndex(call[1], length, default: 0)
      // The conversions may have shrunk a resizable buffer.
      let end = min(try vm.relativeIndex(call[2], length, default: length), array.length)
      if array.isOutOfBounds {
        throw vm.typeError("Cannot perform %TypedArray%.prototype.fill on a detached ArrayBuffer")
      }
      if start < end {
        if array.type.elementSize == 1 {
          memset(array.pointer(start), Int32(truncatingIfNeeded: bits & 0xFF), end - start)
        } else {
          for index in start..<end { array.storeBits(index, bits) }
        }
      }
      return call.this
    }
    method(proto, "copyWithin", 2) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.copyWithin")
      let length = array.length
      let target = try vm.relativeIndex(call[0], length, default: 0)
      let start = try vm.relativeIndex(call[1], length, default: 0)
      let end = try vm.relativeIndex(call[2], length, default: length)
      let count = min(end - start, array.length - target, array.length - start)
      if count > 0 {
        if array.isOutOfBounds {
          throw vm.typeError("Cannot perform %TypedArray%.prototype.copyWithin on a detached ArrayBuffer")
        }
        memmove(array.pointer(target), array.pointer(start), count * array.type.elementSize)
      }
      return call.this
    }
    method(proto, "reverse", 0) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.reverse")
      var low = 0
      var high = array.length - 1
      while low < high {
        let swap = array.loadBits(low)
        array.storeBits(low, array.loadBits(high))
        array.storeBits(high, swap)
        low += 1
        high -= 1
      }
      return call.this
    }
    method(proto, "toReversed", 0) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.toReversed")
      let length = array.length
      let result = try vm.allocateTypedArray(array.type, length: length)
      for index in 0..<length { result.storeBits(index, array.loadBits(length - 1 - index)) }
      return Value(result)
    }
    method(proto, "with", 2) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.with")
      let length = array.length
      let relative = try vm.toIntegerOrInfinity(call[0])
      let index = relative >= 0 ? relative : Double(length) + relative
      let bits = try vm.elementBits(array.type, call[1])
      guard let position = array.validIndex(index) else { throw vm.rangeError("Invalid typed array index") }
      let result = try vm.allocateTypedArray(array.type, length: length)
      let available = min(length, array.length)
      vm.copyElements(from: array, at: 0, to: result, at: 0, count: available)
      if available < length {
        // Elements gone with a shrunk buffer read as undefined: NaN, or a TypeError for BigInts.
        if array.type.isBigInt { throw vm.typeError("Cannot convert undefined to a BigInt") }
        for index in available..<length { result.storeBits(index, array.type.bits(forNumber: .nan)) }
      }
      result.storeBits(position, bits)
      return Value(result)
    }
    for (name, copies) in [("sort", false), ("toSorted", true)] {
      method(proto, name, 1) { vm, call in
        let comparator = call[0]
        if !comparator.isUndefined && !vm.isCallable(comparator) {
          throw vm.typeError("The comparison function must be either a function or undefined")
        }
        let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.\(name)")
        let target = copies ? try vm.allocateTypedArray(array.type, length: array.length) : array
        vm.temporaryRoots.append(Value(target))
        defer { vm.temporaryRoots.removeLast() }
        let sorted = try vm.sortedBits(array, comparator)
        for (index, bits) in sorted.enumerated() where index < target.length { target.storeBits(index, bits) }
        return copies ? Value(target) : call.this
      }
    }
    installTypedArraySearching(proto)
    installTypedArrayCallbacks(proto)
  }

  /// indexOf, lastIndexOf, includes, join, toLocaleString.
  func installTypedArraySearching(_ proto: JSObject) {
    for (name, sameValueZero) in [("indexOf", false), ("includes", true)] {
      method(proto, name, 1) { vm, call in
        let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.\(name)")
        let length = array.length
        let notFound = sameValueZero ? Value.false : Value(int: -1)
        guard length > 0 else { return notFound }
        var index = try vm.relativeIndex(call[1], length, default: 0)
        let search = call[0]
        if array.type.isBigInt ? !search.isBigInt : !search.isNumber {
          // No element equals a value of another type, except that a detached array reads undefined.
          if sameValueZero && search.isUndefined && index < length && array.length < length { return .true }
          return notFound
        }
        while index < array.length {
          try vm.tick()
          let element = array.load(index, vm)
          if sameValueZero ? vm.sameValueZero(element, search) : vm.strictEquals(element, search) {
            return sameValueZero ? .true : Value(number: Double(index))
          }
          index += 1
        }
        return notFound
      }
    }
    method(proto, "lastIndexOf", 1) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.lastIndexOf")
      let length = array.length
      guard length > 0 else { return Value(int: -1) }
      let from = call.count > 1 ? try vm.toIntegerOrInfinity(call[1]) : Double(length - 1)
      let start = from >= 0 ? min(from, Double(length - 1)) : Double(length) + from
      guard start >= 0 else { return Value(int: -1) }
      var index = Int(start)
      while index >= 0 {
        try vm.tick()
        if index < array.length, vm.strictEquals(array.load(index, vm), call[0]) {
          return Value(number: Double(index))
        }
        index -= 1
      }
      return Value(int: -1)
    }
    method(proto, "join", 1) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.join")
      let length = array.length
      let separator = call[0].isUndefined ? [UInt16(0x2C)] : try vm.toJSString(call[0]).units
      try vm.reserve(bytes: 2 * length * (separator.count + 4))
      var units: [UInt16] = []
      for index in 0..<length {
        if index > 0 { units += separator }
        if index < array.length { units += try vm.toJSString(array.load(index, vm)).units }
      }
      return vm.string(units)
    }
    method(proto, "toLocaleString", 0) { vm, call in
      let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.toLocaleString")
      let length = array.length
      var units: [UInt16] = []
      for index in 0..<length {
        try vm.tick()
        if index > 0 { units.append(0x2C) }
        let element = index < array.length ? array.load(index, vm) : Value.undefined
        if element.isNullish { continue }
        let method = try vm.get(element, vm.key("toLocaleString"))
        units += try vm.toJSString(try vm.call(method, this: element, [])).units
      }
      return vm.string(units)
    }
  }

  /// The methods that take a callback.
  func installTypedArrayCallbacks(_ proto: JSObject) {
    func callbackMethod(
      _ name: String, _ body: @escaping (VM, TypedArrayObject, Int, Value, Value) throws(Throw) -> Value
    ) {
      method(proto, name, 1) { vm, call in
        let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.\(name)")
        guard vm.isCallable(call[0]) else { throw vm.typeError("\(vm.display(call[0])) is not a function") }
        return try body(vm, array, array.length, call[0], call[1])
      }
    }
    /// The element at `index`, or undefined once the buffer is gone.
    func element(_ vm: VM, _ array: TypedArrayObject, _ index: Int) -> Value {
      index < array.length ? array.load(index, vm) : .undefined
    }
    callbackMethod("forEach") { (vm, array, length, callback, this) throws(Throw) in
      for index in 0..<length {
        try vm.tick()
        _ = try vm.call(
          callback, this: this, element(vm, array, index), Value(number: Double(index)), Value(array))
      }
      return .undefined
    }
    callbackMethod("map") { (vm, array, length, callback, this) throws(Throw) in
      let result = try vm.typedArraySpeciesCreate(
        array, [Value(number: Double(length))], checkContentType: false)
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      for index in 0..<length {
        try vm.tick()
        let mapped = try vm.call(
          callback, this: this, element(vm, array, index), Value(number: Double(index)), Value(array))
        try vm.set(Value(result), vm.indexKey(index), mapped)
      }
      return Value(result)
    }
    callbackMethod("filter") { (vm, array, length, callback, this) throws(Throw) in
      try vm.reserve(bytes: 8 * length)
      var kept: [UInt64] = []
      for index in 0..<length {
        try vm.tick()
        let value = element(vm, array, index)
        if vm.toBoolean(try vm.call(callback, this: this, value, Value(number: Double(index)), Value(array)))
        {
          kept.append(index < array.length ? array.loadBits(index) : 0)
        }
      }
      let result = try vm.typedArraySpeciesCreate(array, [Value(number: Double(kept.count))])
      if result.type == array.type {
        for (index, bits) in kept.enumerated() where index < result.length { result.storeBits(index, bits) }
        return Value(result)
      }
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      for (index, bits) in kept.enumerated() {
        try vm.set(Value(result), vm.indexKey(index), array.type.value(ofBits: bits, vm))
      }
      return Value(result)
    }
    for (name, wantsTruth, returnsIndex, fromEnd) in [
      ("find", true, false, false), ("findIndex", true, true, false), ("findLast", true, false, true),
      ("findLastIndex", true, true, true), ("some", true, false, false), ("every", false, false, false),
    ] {
      callbackMethod(name) { (vm, array, length, callback, this) throws(Throw) in
        for step in 0..<length {
          try vm.tick()
          let index = fromEnd ? length - 1 - step : step
          let value = element(vm, array, index)
          let result = vm.toBoolean(
            try vm.call(callback, this: this, value, Value(number: Double(index)), Value(array)))
          if result == wantsTruth {
            if name == "some" { return .true }
            if name == "every" { return .false }
            return returnsIndex ? Value(number: Double(index)) : value
          }
        }
        if name == "some" { return .false }
        if name == "every" { return .true }
        return returnsIndex ? Value(int: -1) : .undefined
      }
    }
    for (name, fromEnd) in [("reduce", false), ("reduceRight", true)] {
      method(proto, name, 1) { vm, call in
        let array = try vm.thisTypedArray(call.this, "%TypedArray%.prototype.\(name)")
        let length = array.length
        guard vm.isCallable(call[0]) else { throw vm.typeError("\(vm.display(call[0])) is not a function") }
        var position = 0
        var accumulator: Value
        if call.count >= 2 {
          accumulator = call[1]
        } else {
          guard length > 0 else { throw vm.typeError("Reduce of empty array with no initial value") }
          accumulator = element(vm, array, fromEnd ? length - 1 : 0)
          position = 1
        }
        while position < length {
          try vm.tick()
          let index = fromEnd ? length - 1 - position : position
          position += 1
          vm.temporaryRoots.append(accumulator)
          defer { vm.temporaryRoots.removeLast() }
          accumulator = try vm.call(
            call[0], this: .undefined,
            [accumulator, element(vm, array, index), Value(number: Double(index)), Value(array)])
        }
        return accumulator
      }
    }
  }
}
