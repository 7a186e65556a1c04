/// `Array` and `Array.prototype`. Dense arrays take direct paths; other array-likes go through the
/// generic property operations, as the specification's algorithms do.
extension Realm {
  func installArray() {
    let vm = self.vm
    let array = constructor("Array", 1, prototype: arrayPrototype) { vm, call in
      let result = vm.newArray()
      if !call.newTarget.isUndefined && call.newTarget.bits != Value(call.callee).bits {
        // `class MyArray extends Array`: the instance's prototype comes from new.target.
        let proto = try vm.get(call.newTarget, vm.names.prototype)
        if proto.isObject { result.proto = proto }
      }
      if call.count == 1 && call[0].isNumber {
        let length = call[0].number
        guard length >= 0, length <= 4_294_967_295, length == length.rounded(.towardZero) else {
          throw vm.rangeError("Invalid array length")
        }
        try vm.setArrayLength(result, call[0])
        return Value(result)
      }
      for index in 0..<call.count { result.elements.append(call[index]) }
      return Value(result)
    }
    arrayConstructor = Value(array)
    method(array, "isArray", 1) { vm, call in Value(bool: try vm.isArray(call[0])) }
    method(array, "of", 0) { vm, call in
      let values = call.arguments.array
      guard vm.isConstructor(call.this), call.this.bits != Value(call.callee).bits,
        call.this.bits != vm.realm.arrayConstructor.bits
      else { return Value(vm.newArray(values)) }
      let result = try vm.construct(call.this, [Value(int: Int32(values.count))], newTarget: call.this)
      for (index, value) in values.enumerated() {
        try vm.defineOwn(result.object, vm.indexKey(index), value)
      }
      try vm.set(result, .named(vm.names.length), Value(int: Int32(values.count)))
      return result
    }
    method(array, "from", 1) { vm, call in
      let source = call[0]
      let mapper = call[1]
      if !mapper.isUndefined && !vm.isCallable(mapper) {
        throw vm.typeError("\(vm.display(mapper)) is not a function")
      }
      let result = vm.newArray()
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      let iteratorMethod =
        source.isNullish
        ? .undefined : try vm.get(source, .named(PropertyKey(symbol: vm.names.symbolIterator)))
      var index = 0
      func add(_ value: Value) throws(Throw) {
        let mapped =
          mapper.isUndefined
          ? value : try vm.call(mapper, this: call[2], [value, Value(number: Double(index))])
        result.elements.append(mapped)
        index += 1
      }
      if !iteratorMethod.isNullish {
        try vm.iterate(source) { (value) throws(Throw) in try add(value) }
      } else {
        let object = try vm.toObject(source)
        let length = try vm.toLength(vm.get(Value(object), vm.names.length))
        try vm.reserve(bytes: 8 * length)
        for position in 0..<length {
          try vm.tick()
          try add(try vm.get(Value(object), vm.indexKey(position)))
        }
      }
      if vm.isConstructor(call.this), call.this.bits != vm.realm.arrayConstructor.bits {
        // A subclass (`MyArray.from(...)`) gets an instance of itself.
        let instance = try vm.construct(call.this, [], newTarget: call.this)
        for index in 0..<result.elements.count {
          try vm.defineOwn(instance.object, vm.indexKey(index), result.elements[index])
        }
        try vm.set(instance, .named(vm.names.length), Value(int: Int32(result.elements.count)))
        return instance
      }
      return Value(result)
    }
    getter(array, vm.names.symbolSpecies, "[Symbol.species]") { _, call in call.this }

    let proto = arrayPrototype
    method(proto, "push", 1) { vm, call in
      if let array = call.this.object(ofKind: .array), array.isExtensible, !array.elementsFrozen {
        for index in 0..<call.count { array.elements.append(call[index]) }
        vm.heap.noteGrowth(bytes: 8 * call.count)
        return Value(number: Double(array.elements.count))
      }
      let object = try vm.toObject(call.this)
      var length = try vm.toLength(vm.get(Value(object), vm.names.length))
      for index in 0..<call.count {
        try vm.set(Value(object), vm.indexKey(length), call[index])
        length += 1
      }
      try vm.set(Value(object), .named(vm.names.length), Value(number: Double(length)))
      return Value(number: Double(length))
    }
    method(proto, "pop", 0) { vm, call in
      if let array = vm.plainDenseArray(call.this) {
        guard array.elements.count > 0 else { return .undefined }
        let last = array.elements[array.elements.count - 1]
        array.elements.count -= 1
        return last.isHole ? .undefined : last
      }
      let object = try vm.toObject(call.this)
      let length = try vm.toLength(vm.get(Value(object), vm.names.length))
      guard length > 0 else {
        try vm.set(Value(object), .named(vm.names.length), Value(int: 0))
        return .undefined
      }
      let value = try vm.get(Value(object), vm.indexKey(length - 1))
      _ = try vm.delete(object, vm.indexKey(length - 1))
      try vm.set(Value(object), .named(vm.names.length), Value(number: Double(length - 1)))
      return value
    }
    method(proto, "shift", 0) { vm, call in
      if let array = vm.plainDenseArray(call.this) {
        guard array.elements.count > 0 else { return .undefined }
        let first = array.elements[0]
        let base = array.elements.base!
        base.update(from: base + 1, count: array.elements.count - 1)
        array.elements.count -= 1
        return first.isHole ? .undefined : first
      }
      let object = try vm.toObject(call.this)
      let length = try vm.toLength(vm.get(Value(object), vm.names.length))
      guard length > 0 else {
        try vm.set(Value(object), .named(vm.names.length), Value(int: 0))
        return .undefined
      }
      let first = try vm.get(Value(object), .index(0))
      try vm.moveElements(object, from: 1, to: 0, count: length - 1)
      try vm.delete(object, vm.indexKey(length - 1))
      try vm.set(Value(object), .named(vm.names.length), Value(number: Double(length - 1)))
      return first
    }
    method(proto, "unshift", 1) { vm, call in
      if let array = vm.plainDenseArray(call.this) {
        let values = (0..<array.elements.count).map { array.elements[$0] }
        array.elements.count = 0
        for index in 0..<call.count { array.elements.append(call[index]) }
        for value in values { array.elements.append(value) }
        vm.heap.noteGrowth(bytes: 8 * call.count)
        return Value(number: Double(array.elements.count))
      }
      let object = try vm.toObject(call.this)
      let length = try vm.toLength(vm.get(Value(object), vm.names.length))
      if call.count > 0 {
        guard length + call.count <= 9_007_199_254_740_991 else {
          throw vm.typeError("Invalid array length")
        }
        try vm.moveElements(object, from: 0, to: call.count, count: length)
        for index in 0..<call.count { try vm.set(Value(object), vm.indexKey(index), call[index]) }
      }
      try vm.set(Value(object), .named(vm.names.length), Value(number: Double(length + call.count)))
      return Value(number: Double(length + call.count))
    }
    method(proto, "slice", 2) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      let start = try vm.relativeIndex(call[0], length, default: 0)
      let end = try vm.relativeIndex(call[1], length, default: length)
      let count = max(end - start, 0)
      if vm.plainDenseArray(call.this) != nil {
        let result = vm.newArray()
        result.elements.reserve(count)
        for index in start..<max(start, min(end, object.elements.count)) {
          result.elements.append(object.elements[index])
        }
        vm.heap.noteGrowth(bytes: 8 * count)
        return Value(result)
      }
      guard count <= 4_294_967_295 else { throw vm.rangeError("Invalid array length") }
      let result = try vm.arraySpeciesCreate(object, length: count)
      vm.temporaryRoots.append(result)
      defer { vm.temporaryRoots.removeLast() }
      for offset in 0..<count {
        try vm.tick()
        let key = vm.indexKey(start + offset)
        if try vm.hasProperty(object, key) {
          try vm.createDataPropertyOrThrow(
            result.object, .index(UInt32(offset)), try vm.get(Value(object), key))
        }
      }
      try vm.set(result, .named(vm.names.length), Value(number: Double(count)))
      return result
    }
    method(proto, "splice", 2) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      let start = try vm.relativeIndex(call[0], length, default: 0)
      let deleteCount: Int
      if call.count == 0 {
        deleteCount = 0
      } else if call.count == 1 {
        deleteCount = length - start
      } else {
        deleteCount = Int(min(max(try vm.toIntegerOrInfinity(call[1]), 0), Double(length - start)))
      }
      let inserted = call.count > 2 ? (2..<call.count).map { call[$0] } : []
      if let array = vm.plainDenseArray(call.this) {
        var values = (0..<array.elements.count).map { array.elements[$0] }
        let removed = Array(values[start..<start + deleteCount])
        values.replaceSubrange(start..<start + deleteCount, with: inserted)
        array.elements.count = 0
        for value in values { array.elements.append(value) }
        vm.heap.noteGrowth(bytes: 8 * inserted.count)
        return Value(vm.newArray(removed))
      }
      guard length + inserted.count - deleteCount <= 9_007_199_254_740_991 else {
        throw vm.typeError("Invalid array length")
      }
      let removed = try vm.arraySpeciesCreate(object, length: deleteCount)
      vm.temporaryRoots.append(removed)
      defer { vm.temporaryRoots.removeLast() }
      for offset in 0..<deleteCount {
        try vm.tick()
        let key = vm.indexKey(start + offset)
        if try vm.hasProperty(object, key) {
          try vm.createDataPropertyOrThrow(
            removed.object, vm.indexKey(offset), try vm.get(Value(object), key))
        }
      }
      try vm.set(removed, .named(vm.names.length), Value(number: Double(deleteCount)))
      if inserted.count < deleteCount {
        try vm.moveElements(
          object, from: start + deleteCount, to: start + inserted.count, count: length - start - deleteCount)
        var index = length
        while index > length - deleteCount + inserted.count {
          try vm.delete(object, vm.indexKey(index - 1))
          index -= 1
        }
      } else if inserted.count > deleteCount {
        try vm.moveElements(
          object, from: start + deleteCount, to: start + inserted.count, count: length - start - deleteCount)
      }
      for (offset, item) in inserted.enumerated() {
        try vm.set(Value(object), vm.indexKey(start + offset), item)
      }
      try vm.set(
        Value(object), .named(vm.names.length), Value(number: Double(length - deleteCount + inserted.count)))
      return removed
    }
    method(proto, "concat", 1) { vm, call in
      let result = vm.newArray()
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      for item in [call.this] + call.arguments.array {
        let spreadable =
          item.isObject
          ? try vm.get(item, .named(PropertyKey(symbol: vm.names.symbolIsConcatSpreadable))) : .undefined
        let isSpread = spreadable.isUndefined ? try vm.isArray(item) : vm.toBoolean(spreadable)
        if isSpread {
          let (object, length) = try vm.arrayLike(item)
          try vm.reserve(bytes: 8 * length)
          for index in 0..<length {
            try vm.tick()
            let key = vm.indexKey(index)
            result.elements.append(try vm.hasProperty(object, key) ? try vm.get(item, key) : .hole)
          }
        } else {
          result.elements.append(item)
        }
      }
      return Value(result)
    }
    method(proto, "join", 1) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      let separator = call[0].isUndefined ? [UInt16(0x2C)] : try vm.toJSString(call[0]).units
      return try vm.joined(object, length, separator)
    }
    method(proto, "toString", 0) { vm, call in
      let join = try vm.get(call.this, vm.names.join)
      if vm.isCallable(join) { return try vm.call(join, this: call.this, []) }
      return Value(vm.atom(try vm.objectToStringTag(call.this)))
    }
    method(proto, "toLocaleString", 0) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      return try vm.joined(object, length, [0x2C])
    }
    method(proto, "reverse", 0) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      if vm.plainDenseArray(call.this) != nil {
        var low = 0
        var high = length - 1
        while low < high {
          let swap = object.elements[low]
          object.elements[low] = object.elements[high]
          object.elements[high] = swap
          low += 1
          high -= 1
        }
        return call.this
      }
      var lower = 0
      while lower < length / 2 {
        try vm.tick()
        let upper = length - lower - 1
        let lowerKey = vm.indexKey(lower)
        let upperKey = vm.indexKey(upper)
        let lowerExists = try vm.hasProperty(object, lowerKey)
        let lowerValue = lowerExists ? try vm.get(Value(object), lowerKey) : .undefined
        let upperExists = try vm.hasProperty(object, upperKey)
        let upperValue = upperExists ? try vm.get(Value(object), upperKey) : .undefined
        if upperExists {
          try vm.set(Value(object), lowerKey, upperValue)
        } else if lowerExists {
          try vm.delete(object, lowerKey)
        }
        if lowerExists {
          try vm.set(Value(object), upperKey, lowerValue)
        } else if upperExists {
          try vm.delete(object, upperKey)
        }
        lower += 1
      }
      return Value(object)
    }
    method(proto, "indexOf", 1) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      var index = try vm.relativeIndex(call[1], length, default: 0)
      while index < length {
        try vm.tick()
        let key = vm.indexKey(index)
        if try vm.hasProperty(object, key), vm.strictEquals(try vm.get(Value(object), key), call[0]) {
          return Value(number: Double(index))
        }
        index += 1
      }
      return Value(int: -1)
    }
    method(proto, "lastIndexOf", 1) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      var index =
        call.count > 1
        ? try vm.relativeIndex(call[1], length, default: length - 1, clampToLast: true) : length - 1
      while index >= 0 {
        try vm.tick()
        let key = vm.indexKey(index)
        if try vm.hasProperty(object, key), vm.strictEquals(try vm.get(Value(object), key), call[0]) {
          return Value(number: Double(index))
        }
        index -= 1
      }
      return Value(int: -1)
    }
    method(proto, "includes", 1) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      var index = try vm.relativeIndex(call[1], length, default: 0)
      while index < length {
        try vm.tick()
        if vm.sameValueZero(try vm.get(Value(object), vm.indexKey(index)), call[0]) { return .true }
        index += 1
      }
      return .false
    }
    method(proto, "at", 1) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      let relative = try vm.toIntegerOrInfinity(call[0])
      let index = relative >= 0 ? relative : Double(length) + relative
      guard index >= 0, index < Double(length) else { return .undefined }
      return try vm.get(Value(object), vm.indexKey(Int(index)))
    }
    method(proto, "fill", 1) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      let start = try vm.relativeIndex(call[1], length, default: 0)
      let end = try vm.relativeIndex(call[2], length, default: length)
      if start < end {
        for index in start..<end {
          try vm.tick()
          try vm.set(Value(object), vm.indexKey(index), call[0])
        }
      }
      return Value(object)
    }
    method(proto, "copyWithin", 2) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      let target = try vm.relativeIndex(call[0], length, default: 0)
      let start = try vm.relativeIndex(call[1], length, default: 0)
      let end = try vm.relativeIndex(call[2], length, default: length)
      let count = min(end - start, length - target)
      guard count > 0 else { return Value(object) }
      let values = try vm.collect(count) { (offset) throws(Throw) -> Value? in
        let key = vm.indexKey(start + offset)
        return try vm.hasProperty(object, key) ? try vm.get(Value(object), key) : nil
      }
      for (offset, value) in values.enumerated() {
        let key = vm.indexKey(target + offset)
        if let value { try vm.set(Value(object), key, value) } else { _ = try vm.delete(object, key) }
      }
      return Value(object)
    }
    method(proto, "toReversed", 0) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      let values = try vm.collect(length) { (offset) throws(Throw) in
        try vm.get(Value(object), vm.indexKey(length - 1 - offset))
      }
      return Value(vm.newArray(values))
    }
    method(proto, "toSorted", 1) { vm, call in
      if !call[0].isUndefined && !vm.isCallable(call[0]) {
        throw vm.typeError("The comparison function must be either a function or undefined")
      }
      let (object, length) = try vm.arrayLike(call.this)
      let values = try vm.collect(length) { (index) throws(Throw) in
        try vm.get(Value(object), vm.indexKey(index))
      }
      return Value(vm.newArray(try vm.sortValues(values, call[0])))
    }
    method(proto, "toSpliced", 2) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      var values = try vm.collect(length) { (index) throws(Throw) in
        try vm.get(Value(object), vm.indexKey(index))
      }
      let start = try vm.relativeIndex(call[0], length, default: 0)
      let skip =
        call.count == 0
        ? 0
        : call.count == 1
          ? length - start
          : Int(min(max(try vm.toIntegerOrInfinity(call[1]), 0), Double(length - start)))
      values.replaceSubrange(
        start..<start + skip, with: call.count > 2 ? (2..<call.count).map { call[$0] } : [])
      return Value(vm.newArray(values))
    }
    method(proto, "with", 2) { vm, call in
      let (object, length) = try vm.arrayLike(call.this)
      let relative = try vm.toIntegerOrInfinity(call[0])
      let index = relative >= 0 ? relative : Double(length) + relative
      guard index >= 0, index < Double(length) else {
        throw vm.rangeError("Invalid index : \(vm.display(call[0]))")
      }
      var values = try vm.collect(length) { (position) throws(Throw) in
        try vm.get(Value(object), vm.indexKey(position))
      }
      values[Int(index)] = call[1]
      return Value(vm.newArray(values))
    }
    installArrayIterationMethods(proto)
    installArraySorting(proto)
    let values = method(proto, "values", 0) { vm, call in
      Value(try vm.makeArrayIterator(call.this, kind: 0))
    }
    proto.addProperty(PropertyKey(symbol: vm.names.symbolIterator), Value(values), .hidden)
    arrayValues = Value(values)
    let unscopables = vm.newObject(proto: .null)
    for name in [
      "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
      "flatMap",
      "includes", "keys", "toReversed", "toSorted", "toSpliced", "values",
    ] {
      unscopables.addProperty(vm.key(name), .true, .data)
    }
    proto.addProperty(PropertyKey(symbol: vm.names.symbolUnscopables), Value(unscopables), [.configurable])
    method(proto, "keys", 0) { vm, call in Value(try vm.makeArrayIterator(call.this, kind: 1)) }
    method(proto, "entries", 0) { vm, call in Value(try vm.makeArrayIterator(call.this, kind: 2)) }
  }

  /// The methods that take a callback: forEach, map, filter, reduce, find and friends, flat.
  func installArrayIterationMethods(_ proto: JSObject) {
    func callbackMethod(_ name: String, _ body: @escaping (VM, JSObject, Int, Value, Value) throws -> Value) {
      method(proto, name, 1) { vm, call in
        let (object, length) = try vm.arrayLike(call.this)
        guard vm.isCallable(call[0]) else { throw vm.typeError("\(vm.display(call[0])) is not a function") }
        return try body(vm, object, length, call[0], call[1])
      }
    }
    callbackMethod("forEach") { vm, object, length, callback, this in
      for index in 0..<length {

        guard let element = try vm.element(object, index) else { continue }
        _ = try vm.call(callback, this: this, element, Value(number: Double(index)), Value(object))
      }
      return .undefined
    }
    callbackMethod("map") { vm, object, length, callback, this in
      if let species = try vm.arraySpeciesConstructor(object) {
        let result = try vm.construct(species, [Value(number: Double(length))], newTarget: species)
        vm.temporaryRoots.append(result)
        defer { vm.temporaryRoots.removeLast() }
        for index in 0..<length {
          let key = vm.indexKey(index)
          guard let element = try vm.element(object, index) else { continue }
          let mapped = try vm.call(callback, this: this, element, Value(number: Double(index)), Value(object))
          try vm.defineOwn(result.object, key, mapped)
        }
        return result
      }
      let result = vm.newArray()
      try vm.reserve(bytes: 8 * length)
      result.elements.resize(to: length)
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      for index in 0..<length {

        guard let element = try vm.element(object, index) else { continue }
        result.elements[index] = try vm.call(
          callback, this: this, element, Value(number: Double(index)), Value(object))
      }
      return Value(result)
    }
    callbackMethod("filter") { vm, object, length, callback, this in
      let species = try vm.arraySpeciesConstructor(object)
      let result = vm.newArray()
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      for index in 0..<length {

        guard let element = try vm.element(object, index) else { continue }
        let value = element
        if vm.toBoolean(try vm.call(callback, this: this, value, Value(number: Double(index)), Value(object)))
        {
          result.elements.append(value)
        }
      }
      if let species {
        let instance = try vm.construct(species, [Value(int: 0)], newTarget: species)
        for index in 0..<result.elements.count {
          try vm.defineOwn(instance.object, vm.indexKey(index), result.elements[index])
        }
        return instance
      }
      return Value(result)
    }
    for (name, wantsTruth, returnsIndex, fromEnd) in [
      ("find", true, false, false), ("findIndex", true, true, false), ("findLast", true, false, true),
      ("findLastIndex", true, true, true), ("some", true, false, false), ("every", false, false, false),
    ] {
      callbackMethod(name) { vm, object, length, callback, this in
        for step in 0..<length {
          try vm.tick()
          let index = fromEnd ? length - 1 - step : step
          let key = vm.indexKey(index)
          if try (name == "some" || name == "every") && !vm.hasProperty(object, key) { continue }
          let value = try vm.get(Value(object), key)
          let result = vm.toBoolean(
            try vm.call(callback, this: this, value, Value(number: Double(index)), Value(object)))
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
        let (object, length) = try vm.arrayLike(call.this)
        guard vm.isCallable(call[0]) else { throw vm.typeError("\(vm.display(call[0])) is not a function") }
        func indices(_ step: Int) -> Int { fromEnd ? length - 1 - step : step }
        var position = 0
        var accumulator: Value
        if call.count >= 2 {
          accumulator = call[1]
        } else {
          while try position < length && !vm.hasProperty(object, vm.indexKey(indices(position))) {
            try vm.tick()
            position += 1
          }
          guard position < length else {
            throw vm.typeError("Reduce of empty array with no initial value")
          }
          accumulator = try vm.get(Value(object), vm.indexKey(indices(position)))
          position += 1
        }
        while position < length {
          try vm.tick()
          let index = indices(position)
          position += 1

          guard let element = try vm.element(object, index) else { continue }
          vm.temporaryRoots.append(accumulator)
          defer { vm.temporaryRoots.removeLast() }
          accumulator = try vm.call(
            call[0], this: .undefined, [accumulator, element, Value(number: Double(index)), Value(object)])
        }
        return accumulator
      }
    }
    method(proto, "flat", 0) { vm, call in
      let depth = call[0].isUndefined ? 1 : try vm.toIntegerOrInfinity(call[0])
      let result = vm.newArray()
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      try vm.flatten(into: result, call.this, depth: depth, mapper: nil, this: .undefined)
      return Value(result)
    }
    method(proto, "flatMap", 1) { vm, call in
      guard vm.isCallable(call[0]) else { throw vm.typeError("flatMap mapper function is not callable") }
      let result = vm.newArray()
      vm.temporaryRoots.append(Value(result))
      defer { vm.temporaryRoots.removeLast() }
      try vm.flatten(into: result, call.this, depth: 1, mapper: call[0], this: call[1])
      return Value(result)
    }
  }

  func installArraySorting(_ proto: JSObject) {
    method(proto, "sort", 1) { vm, call in
      let comparator = call[0]
      if !comparator.isUndefined && !vm.isCallable(comparator) {
        throw vm.typeError("The comparison function must be either a function or undefined")
      }
      let (object, length) = try vm.arrayLike(call.this)
      var values: [Value] = []
      var holes = 0
      for index in 0..<length {

        if let element = try vm.element(object, index) { values.append(element) } else { holes += 1 }
      }
      let sorted = try vm.sortValues(values, comparator)
      for (index, value) in sorted.enumerated() { try vm.set(Value(object), vm.indexKey(index), value) }
      for index in sorted.count..<(sorted.count + holes) { _ = try vm.delete(object, vm.indexKey(index)) }
      return Value(object)
    }
  }
}

extension VM {
  /// ArraySpeciesCreate's constructor for an array subclass instance, or nil for plain arrays (and
  /// whenever a plain array results).
  func arraySpeciesConstructor(_ original: JSObject) throws(Throw) -> Value? {
    guard original.kind == .array else { return nil }
    if original.proto.bits == arrayPrototypeBits && original.shape.slot(of: names.constructor) == nil {
      return nil
    }
    var constructor = try get(Value(original), names.constructor)
    if constructor.isObject {
      constructor = try get(constructor, .named(PropertyKey(symbol: names.symbolSpecies)))
      if constructor.isNull { constructor = .undefined }
    }
    if constructor.isUndefined || constructor.bits == realm.arrayConstructor.bits { return nil }
    guard isConstructor(constructor) else {
      throw typeError("object.constructor[Symbol.species] is not a constructor")
    }
    return constructor
  }

  /// An array whose elements a built-in may rearrange directly: dense storage, the intrinsic (frozen)
  /// Array.prototype above it, extensible and not frozen. Nothing on its chain can observe the
  /// difference from the specification's step-by-step algorithm.
  func plainDenseArray(_ value: Value) -> JSObject? {
    guard let array = value.object(ofKind: .array), array.proto.bits == arrayPrototypeBits,
      array.isExtensible, !array.elementsFrozen, !array.shape.hasIndexKeys,
      array.shape.slot(of: names.constructor) == nil
    else { return nil }
    return array
  }

  /// Moves `count` elements from `from` to `to` one at a time, as shift, unshift and splice do: a
  /// missing source deletes the target. Walks backwards when moving up so nothing is overwritten.
  func moveElements(_ object: JSObject, from: Int, to: Int, count: Int) throws(Throw) {
    guard count > 0, from != to else { return }
    for step in 0..<count {
      let offset = to > from ? count - 1 - step : step
      try tick()
      let source = indexKey(from + offset)
      let target = indexKey(to + offset)
      if try hasProperty(object, source) {
        try set(Value(object), target, try get(Value(object), source))
      } else {
        try delete(object, target)
      }
    }
  }

  /// ArraySpeciesCreate(original, length).
  func arraySpeciesCreate(_ original: JSObject, length: Int) throws(Throw) -> Value {
    if let species = try arraySpeciesConstructor(original) {
      return try construct(species, [Value(number: Double(length))], newTarget: species)
    }
    let array = newArray()
    try setArrayLength(array, Value(number: Double(length)))
    return Value(array)
  }

  /// CreateDataPropertyOrThrow.
  func createDataPropertyOrThrow(_ object: JSObject, _ key: Key, _ value: Value) throws(Throw) {
    try defineProperty(
      object, key, PropertyDescriptor(value: value, writable: true, enumerable: true, configurable: true))
  }

  func arrayLike(_ value: Value) throws(Throw) -> (JSObject, Int) {
    let object = try toObject(value)
    if object.kind == .array { return (object, object.elements.count) }
    return (object, try toLength(get(Value(object), names.length)))
  }

  /// A relative index argument (slice, fill, indexOf) clamped into 0...length.
  func relativeIndex(_ value: Value, _ length: Int, default fallback: Int, clampToLast: Bool = false)
    throws(Throw) -> Int
  {
    if value.isUndefined { return fallback }
    let relative = try toIntegerOrInfinity(value)
    if clampToLast {
      // lastIndexOf: -1 (nothing to search) when the start is before the first element.
      return relative >= 0 ? Int(min(relative, Double(length - 1))) : Int(max(Double(length) + relative, -1))
    }
    if relative < 0 { return Int(max(Double(length) + relative, 0)) }
    return Int(min(relative, Double(length)))
  }

  func joined(_ object: JSObject, _ length: Int, _ separator: [UInt16]) throws(Throw) -> Value {
    let identity = Value(object).bits
    guard joining.insert(identity).inserted else { return Value(names.emptyString) }
    defer { joining.remove(identity) }
    var units: [UInt16] = []
    for index in 0..<length {
      try tick()
      if index > 0 { units += separator }
      let value = try get(Value(object), indexKey(index))
      if !value.isNullish { units += try toJSString(value).units }
    }
    return string(units)
  }

  /// A stable merge sort (the specification requires stability); undefined values go last.
  func sortValues(_ values: [Value], _ comparator: Value) throws(Throw) -> [Value] {
    let defined = values.filter { !$0.isUndefined }
    let undefinedCount = values.count - defined.count
    temporaryRoots.append(contentsOf: values)
    defer { temporaryRoots.removeLast(values.count) }
    var keys: [[UInt16]] = []
    if comparator.isUndefined {
      keys = try defined.map { (value) throws(Throw) in try toJSString(value).units }
    }
    var order = Array(defined.indices)
    func lessOrEqual(_ a: Int, _ b: Int) throws(Throw) -> Bool {
      if comparator.isUndefined { return !keys[b].lexicographicallyPrecedes(keys[a]) }
      let result = try toNumber(try call(comparator, this: .undefined, defined[a], defined[b]))
      return !(result > 0)
    }
    try stableMergeSort(&order, lessOrEqual)
    return order.map { defined[$0] } + Array(repeating: .undefined, count: undefinedCount)
  }

  func flatten(into result: JSObject, _ source: Value, depth: Double, mapper: Value?, this: Value)
    throws(Throw)
  {
    let (object, length) = try arrayLike(source)
    for index in 0..<length {
      let key = indexKey(index)
      guard try hasProperty(object, key) else { continue }
      var value = try get(Value(object), key)
      if let mapper {
        value = try call(mapper, this: this, [value, Value(number: Double(index)), Value(object)])
      }
      if depth > 0, value.object(ofKind: .array) != nil {
        try flatten(into: result, value, depth: depth - 1, mapper: nil, this: .undefined)
      } else {
        result.elements.append(value)
      }
    }
  }
}

extension VM {
  /// A stable bottom-up merge sort; `lessOrEqual` may call into the program (and throw). Used by
  /// Array.prototype.sort and %TypedArray%.prototype.sort, so both call a comparator in the same
  /// order.
  func stableMergeSort<T>(_ items: inout [T], _ lessOrEqual: (T, T) throws(Throw) -> Bool) throws(Throw) {
    var buffer = items
    var width = 1
    while width < items.count {
      var start = 0
      while start < items.count {
        let middle = min(start + width, items.count)
        let end = min(start + 2 * width, items.count)
        var left = start
        var right = middle
        var out = start
        while left < middle && right < end {
          if try lessOrEqual(items[left], items[right]) {
            buffer[out] = items[left]
            left += 1
          } else {
            buffer[out] = items[right]
            right += 1
          }
          out += 1
        }
        while left < middle {
          buffer[out] = items[left]
          left += 1
          out += 1
        }
        while right < end {
          buffer[out] = items[right]
          right += 1
          out += 1
        }
        start = end
      }
      swap(&items, &buffer)
      width *= 2
    }
  }
}
