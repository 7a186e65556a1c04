/// `RegExp.prototype[Symbol.match]`, `[Symbol.matchAll]`, `[Symbol.replace]`, `[Symbol.search]`,
/// `[Symbol.split]`, the RegExp String Iterator, and the String methods that dispatch to them.
///
/// Each symbol method follows the specification's generic algorithm (any object with an `exec`
/// works as `this`), with a shortcut for pristine RegExp objects where nothing the algorithm reads
/// can have been replaced: then the matcher runs directly, without building match arrays.
extension VM {
  /// A RegExp whose behaviour is all built in: the frozen intrinsic prototype and no own property
  /// but `lastIndex`, so `exec`, `flags`, `constructor` and the flag getters are the intrinsics.
  func isPristine(_ regexp: RegExpObject) -> Bool {
    regexp.proto.bits == Value(realm.regexpPrototype).bits && regexp.shape.count == 1
      && !realm.regexpPrototype.isExtensible
  }

  /// IsRegExp: `Symbol.match` decides when present.
  func isRegExp(_ value: Value) throws(Throw) -> Bool {
    guard value.isObject else { return false }
    let matcher = try get(value, .named(PropertyKey(symbol: names.symbolMatch)))
    if !matcher.isUndefined { return toBoolean(matcher) }
    return value.object.kind == .regexp
  }

  /// AdvanceStringIndex: one code unit, or a whole surrogate pair in Unicode mode.
  func advanceStringIndex(_ units: [UInt16], _ index: Int, unicode: Bool) -> Int {
    guard unicode, index + 1 < units.count else { return index + 1 }
    let lead = units[index]
    let trail = units[index + 1]
    return (0xD800...0xDBFF).contains(lead) && (0xDC00...0xDFFF).contains(trail) ? index + 2 : index + 1
  }

  private func flagsText(_ rx: Value) throws(Throw) -> [UInt16] {
    if let regexp = rx.object(ofKind: .regexp) as? RegExpObject, isPristine(regexp) {
      return Array(regexp.flags.utf16)
    }
    return try toJSString(get(rx, names.flags)).units
  }

  private func setLastIndex(_ rx: Value, _ index: Int) throws(Throw) {
    try set(rx, .named(names.lastIndex), Value(number: Double(index)))
  }

  /// After an empty match, lastIndex moves on by one character so that the loop ends.
  private func stepPastEmptyMatch(_ rx: Value, _ result: Value, _ units: [UInt16], unicode: Bool)
    throws(Throw)
  {
    guard try toJSString(get(result, .index(0))).length == 0 else { return }
    let lastIndex = try toLength(get(rx, names.lastIndex))
    try setLastIndex(rx, advanceStringIndex(units, lastIndex, unicode: unicode))
  }

  // MARK: The symbol methods

  func regexpSymbolMatch(_ rx: Value, _ string: JSString) throws(Throw) -> Value {
    let flags = try flagsText(rx)
    guard flags.contains(0x67) else { return try regexpExecGeneric(rx, string) }
    let unicode = flags.contains(0x75) || flags.contains(0x76)
    try setLastIndex(rx, 0)
    var matches: [Value] = []
    let units = string.units
    while true {
      try tick()
      let result = try regexpExecGeneric(rx, string)
      guard result.isObject else { break }
      let matched = try toStringValue(get(result, .index(0)))
      matches.append(matched)
      temporaryRoots.append(matched)
      if matched.string.length == 0 { try stepPastEmptyMatch(rx, result, units, unicode: unicode) }
    }
    temporaryRoots.removeLast(matches.count)
    return matches.isEmpty ? .null : Value(newArray(matches))
  }

  func regexpSymbolSearch(_ rx: Value, _ string: JSString) throws(Throw) -> Value {
    if let regexp = rx.object(ofKind: .regexp) as? RegExpObject, isPristine(regexp), !regexp.isSticky,
      !regexp.isGlobal
    {
      guard let captures = regexp.matcher.firstMatch(in: string.units, from: 0), let whole = captures[0]
      else {
        return Value(int: -1)
      }
      return Value(int: Int32(whole.lowerBound))
    }
    let previous = try get(rx, names.lastIndex)
    if !sameValue(previous, Value(int: 0)) { try setLastIndex(rx, 0) }
    let result = try regexpExecGeneric(rx, string)
    let current = try get(rx, names.lastIndex)
    if !sameValue(current, previous) { try set(rx, .named(names.lastIndex), previous) }
    guard result.isObject else { return Value(int: -1) }
    return try get(result, names.index)
  }

  func regexpSymbolReplace(_ rx: Value, _ string: JSString, _ replacer: Value) throws(Throw) -> Value {
    let units = string.units
    let functional = isCallable(replacer)
    let template = functional ? [] : try toJSString(replacer).units
    let flags = try flagsText(rx)
    let global = flags.contains(0x67)
    var out: [UInt16] = []
    var last = 0
    if !functional, !template.contains(0x24), let regexp = rx.object(ofKind: .regexp) as? RegExpObject,
      isPristine(regexp), !regexp.isSticky
    {
      // Nothing here can observe the built-in exec (frozen prototype, no own properties, a literal
      // replacement): match directly, without building match arrays.
      var from = 0
      let unicode = flags.contains(0x75) || flags.contains(0x76)
      if global { try setLastIndex(rx, 0) }
      while from <= units.count, let captures = regexp.matcher.firstMatch(in: units, from: from),
        let whole = captures[0], whole.lowerBound >= last
      {
        try tick()
        out += units[last..<whole.lowerBound]
        out += template
        last = whole.upperBound
        if !global { break }
        from =
          whole.isEmpty ? advanceStringIndex(units, whole.upperBound, unicode: unicode) : whole.upperBound
      }
      out += units[last...]
      return self.string(out)
    }
    let unicode = flags.contains(0x75) || flags.contains(0x76)
    if global { try setLastIndex(rx, 0) }
    var results: [Value] = []
    defer { temporaryRoots.removeLast(results.count) }
    while true {
      try tick()
      let result = try regexpExecGeneric(rx, string)
      guard result.isObject else { break }
      results.append(result)
      temporaryRoots.append(result)
      if !global { break }
      try stepPastEmptyMatch(rx, result, units, unicode: unicode)
    }
    for match in results {
      let count = try toLength(get(match, names.length))
      let matched = try toJSString(get(match, .index(0))).units
      let position = max(0, min(Int(try toIntegerOrInfinity(get(match, names.index))), units.count))
      var captures: [Value] = []
      for index in 1..<max(count, 1) {
        let capture = try get(match, indexKey(index))
        captures.append(capture.isUndefined ? capture : try toStringValue(capture))
      }
      var groups = try get(match, names.groups)
      let replacement: [UInt16]
      if functional {
        var arguments = [self.string(matched)] + captures + [Value(int: Int32(position)), Value(string)]
        if !groups.isUndefined { arguments.append(groups) }
        replacement = try toJSString(call(replacer, this: .undefined, arguments)).units
      } else {
        if !groups.isUndefined { groups = Value(try toObject(groups)) }
        replacement = try substitution(
          template, matched: matched, position: position, input: units, captures: captures, groups: groups)
      }
      guard position >= last else { continue }
      out += units[last..<position]
      out += replacement
      last = min(position + matched.count, units.count)
    }
    out += units[last...]
    return self.string(out)
  }

  func regexpSymbolSplit(_ rx: Value, _ string: JSString, limit limitValue: Value) throws(Throw) -> Value {
    let units = string.units
    if let regexp = rx.object(ofKind: .regexp) as? RegExpObject, isPristine(regexp) {
      let limit = limitValue.isUndefined ? Int(UInt32.max) : Int(toUint32(try toNumber(limitValue)))
      return Value(try splitDirectly(regexp, units, limit: limit))
    }
    let regexpConstructor = try get(Value(realm.global), key("RegExp"))
    let constructor = try speciesConstructor(rx, default: regexpConstructor)
    var flags = try flagsText(rx)
    let unicode = flags.contains(0x75) || flags.contains(0x76)
    if !flags.contains(0x79) { flags.append(0x79) }
    let splitter = try construct(constructor, [rx, self.string(flags)])
    temporaryRoots.append(splitter)
    defer { temporaryRoots.removeLast() }
    let result = newArray()
    let limit = limitValue.isUndefined ? Int(UInt32.max) : Int(toUint32(try toNumber(limitValue)))
    guard limit > 0 else { return Value(result) }
    if units.isEmpty {
      if try regexpExecGeneric(splitter, string).isNull { result.elements.append(Value(string)) }
      return Value(result)
    }
    var start = 0
    var position = 0
    while position < units.count {
      try tick()
      try setLastIndex(splitter, position)
      let match = try regexpExecGeneric(splitter, string)
      guard match.isObject else {
        position = advanceStringIndex(units, position, unicode: unicode)
        continue
      }
      let end = min(try toLength(get(splitter, names.lastIndex)), units.count)
      if end == start {
        position = advanceStringIndex(units, position, unicode: unicode)
        continue
      }
      result.elements.append(self.string(Array(units[start..<position])))
      if result.elements.count == limit { return Value(result) }
      start = end
      let count = max(try toLength(get(match, names.length)) - 1, 0)
      for index in 0..<count {
        result.elements.append(try get(match, indexKey(index + 1)))
        if result.elements.count == limit { return Value(result) }
      }
      position = start
    }
    result.elements.append(self.string(Array(units[start...])))
    return Value(result)
  }

  /// The split algorithm on the matcher itself, for a pristine regexp (the splitter the generic
  /// algorithm constructs would behave exactly like this).
  private func splitDirectly(_ regexp: RegExpObject, _ units: [UInt16], limit: Int) throws(Throw) -> JSObject
  {
    let result = newArray()
    guard limit > 0 else { return result }
    if units.isEmpty {
      if regexp.matcher.match(units, at: 0) == nil { result.elements.append(self.string(units)) }
      return result
    }
    let unicode = regexp.flags.contains("u") || regexp.flags.contains("v")
    var start = 0
    var position = 0
    while position < units.count {
      try tick()
      guard let captures = regexp.matcher.match(units, at: position), let whole = captures[0] else {
        position = advanceStringIndex(units, position, unicode: unicode)
        continue
      }
      let end = min(whole.upperBound, units.count)
      if end == start {
        position = advanceStringIndex(units, position, unicode: unicode)
        continue
      }
      result.elements.append(string(Array(units[start..<position])))
      if result.elements.count == limit { return result }
      for capture in captures.dropFirst() {
        result.elements.append(capture.map { string(Array(units[$0])) } ?? .undefined)
        if result.elements.count == limit { return result }
      }
      start = end
      position = end
    }
    result.elements.append(string(Array(units[start...])))
    return result
  }

  func regexpSymbolMatchAll(_ rx: Value, _ string: JSString) throws(Throw) -> Value {
    let regexpConstructor = try get(Value(realm.global), key("RegExp"))
    let constructor = try speciesConstructor(rx, default: regexpConstructor)
    let flags = try flagsText(rx)
    let matcher = try construct(constructor, [rx, self.string(flags)])
    temporaryRoots.append(matcher)
    defer { temporaryRoots.removeLast() }
    let lastIndex = try toLength(get(rx, names.lastIndex))
    try setLastIndex(matcher, lastIndex)
    let iterator = heap.register(
      RegExpStringIterator(
        shape: emptyShape, proto: Value(realm.regexpStringIteratorPrototype), kind: .regexpStringIterator),
      bytes: 96)
    iterator.matcher = matcher
    iterator.string = Value(string)
    iterator.isGlobal = flags.contains(0x67)
    iterator.isUnicode = flags.contains(0x75) || flags.contains(0x76)
    return Value(iterator)
  }
}

/// %RegExpStringIteratorPrototype%'s objects: matchAll's lazy iterator.
final class RegExpStringIterator: JSObject {
  var matcher: Value = .undefined
  var string: Value = .undefined
  var isGlobal = false
  var isUnicode = false
  var isDone = false

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(matcher)
    marker.mark(string)
  }
}

extension Realm {
  func installRegExpSymbolMethods() {
    let vm = self.vm
    let proto = regexpPrototype
    func receiver(_ vm: VM, _ call: NativeCall, _ name: String) throws(Throw) -> Value {
      guard call.this.isObject else {
        throw vm.typeError(
          "Method RegExp.prototype.\(name) called on incompatible receiver \(vm.describeForError(call.this))")
      }
      return call.this
    }
    method(proto, vm.names.symbolMatch, "[Symbol.match]", 1) { vm, call in
      let rx = try receiver(vm, call, "@@match")
      return try vm.regexpSymbolMatch(rx, try vm.toJSString(call[0]))
    }
    method(proto, vm.names.symbolMatchAll, "[Symbol.matchAll]", 1) { vm, call in
      let rx = try receiver(vm, call, "@@matchAll")
      return try vm.regexpSymbolMatchAll(rx, try vm.toJSString(call[0]))
    }
    method(proto, vm.names.symbolReplace, "[Symbol.replace]", 2) { vm, call in
      let rx = try receiver(vm, call, "@@replace")
      return try vm.regexpSymbolReplace(rx, try vm.toJSString(call[0]), call[1])
    }
    method(proto, vm.names.symbolSearch, "[Symbol.search]", 1) { vm, call in
      let rx = try receiver(vm, call, "@@search")
      return try vm.regexpSymbolSearch(rx, try vm.toJSString(call[0]))
    }
    method(proto, vm.names.symbolSplit, "[Symbol.split]", 2) { vm, call in
      let rx = try receiver(vm, call, "@@split")
      return try vm.regexpSymbolSplit(rx, try vm.toJSString(call[0]), limit: call[1])
    }

    let iteratorProto = regexpStringIteratorPrototype
    method(iteratorProto, "next", 0) { vm, call in
      guard let iterator = call.this.isObject ? call.this.object as? RegExpStringIterator : nil else {
        throw vm.typeError(
          "Method %RegExpStringIterator%.prototype.next called on incompatible receiver \(vm.describeForError(call.this))"
        )
      }
      if iterator.isDone { return vm.iteratorResult(.undefined, done: true) }
      let string = iterator.string.string
      let match = try vm.regexpExecGeneric(iterator.matcher, string)
      guard match.isObject else {
        iterator.isDone = true
        return vm.iteratorResult(.undefined, done: true)
      }
      if iterator.isGlobal {
        if try vm.toJSString(vm.get(match, .index(0))).length == 0 {
          let lastIndex = try vm.toLength(vm.get(iterator.matcher, vm.names.lastIndex))
          try vm.set(
            iterator.matcher, .named(vm.names.lastIndex),
            Value(number: Double(vm.advanceStringIndex(string.units, lastIndex, unicode: iterator.isUnicode)))
          )
        }
      } else {
        iterator.isDone = true
      }
      return vm.iteratorResult(match, done: false)
    }
    iteratorProto.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("RegExp String Iterator")),
      [.configurable])
  }

  /// The String methods that take patterns: each hands an object argument with the matching symbol
  /// method to it, and otherwise makes a RegExp (or, for replace and split, works on strings).
  func installStringRegExpMethods() {
    let proto = stringPrototype
    func coercible(_ vm: VM, _ call: NativeCall, _ name: String) throws(Throw) -> Value {
      if call.this.isNullish { throw vm.typeError("String.prototype.\(name) called on null or undefined") }
      return call.this
    }
    /// GetMethod(argument, symbol), for an object argument (primitives are never asked: a method
    /// added to a primitive's prototype is not called, as the specification now says).
    func symbolMethod(_ vm: VM, _ argument: Value, _ symbol: JSSymbol) throws(Throw) -> Value? {
      guard argument.isObject else { return nil }
      let method = try vm.get(argument, .named(PropertyKey(symbol: symbol)))
      if method.isNullish { return nil }
      guard vm.isCallable(method) else {
        throw vm.typeError("\(vm.typeOfName(method)) \(vm.display(method)) is not a function")
      }
      return method
    }
    for (name, symbol, flags) in [
      ("match", vm.names.symbolMatch, ""), ("search", vm.names.symbolSearch, ""),
    ] {
      method(proto, name, 1) { vm, call in
        let this = try coercible(vm, call, name)
        if let method = try symbolMethod(vm, call[0], symbol) {
          return try vm.call(method, this: call[0], [this])
        }
        let string = try vm.toStringValue(this)
        let source = call[0].isUndefined ? [] : try vm.toJSString(call[0]).units
        let rx = try vm.makeRegExp(pattern: source, flags: flags)
        return try vm.call(try vm.get(rx, .named(PropertyKey(symbol: symbol))), this: rx, [string])
      }
    }
    method(proto, "matchAll", 1) { vm, call in
      let this = try coercible(vm, call, "matchAll")
      if call[0].isObject {
        if try vm.isRegExp(call[0]) {
          let flags = try vm.get(call[0], vm.names.flags)
          if flags.isNullish {
            throw vm.typeError(
              "The .flags property of the argument to String.prototype.matchAll cannot be null or undefined")
          }
          guard try vm.toJSString(flags).units.contains(0x67) else {
            throw vm.typeError("String.prototype.matchAll called with a non-global RegExp argument")
          }
        }
        if let method = try symbolMethod(vm, call[0], vm.names.symbolMatchAll) {
          return try vm.call(method, this: call[0], [this])
        }
      }
      let string = try vm.toStringValue(this)
      let source = call[0].isUndefined ? [] : try vm.toJSString(call[0]).units
      let rx = try vm.makeRegExp(pattern: source, flags: "g")
      return try vm.call(
        try vm.get(rx, .named(PropertyKey(symbol: vm.names.symbolMatchAll))), this: rx, [string])
    }
    for all in [false, true] {
      let name = all ? "replaceAll" : "replace"
      method(proto, name, 2) { vm, call in
        let this = try coercible(vm, call, name)
        if call[0].isObject {
          if all, try vm.isRegExp(call[0]) {
            let flags = try vm.get(call[0], vm.names.flags)
            if flags.isNullish {
              throw vm.typeError("String.prototype.replaceAll called on null or undefined")
            }
            guard try vm.toJSString(flags).units.contains(0x67) else {
              throw vm.typeError("String.prototype.replaceAll called with a non-global RegExp argument")
            }
          }
          if let method = try symbolMethod(vm, call[0], vm.names.symbolReplace) {
            return try vm.call(method, this: call[0], [this, call[1]])
          }
        }
        let string = try vm.toJSString(this)
        let search = try vm.toJSString(call[0]).units
        let replacer = call[1]
        let functional = vm.isCallable(replacer)
        let template = functional ? [] : try vm.toJSString(replacer).units
        let units = string.units
        var positions: [Int] = []
        var from = 0
        while let found = VM.find(search, in: units, from: from) {
          positions.append(found)
          if !all { break }
          from = found + max(search.count, 1)
          if from > units.count { break }
        }
        var out: [UInt16] = []
        var last = 0
        for position in positions {
          let replacement =
            functional
            ? try vm.toJSString(
              vm.call(
                replacer, this: .undefined, [vm.string(search), Value(int: Int32(position)), Value(string)])
            ).units
            : try vm.substitution(
              template, matched: search, position: position, input: units, captures: [], groups: .undefined)
          out += units[last..<position]
          out += replacement
          last = position + search.count
        }
        out += units[last...]
        return vm.string(out)
      }
    }
    method(proto, "split", 2) { vm, call in
      let this = try coercible(vm, call, "split")
      if let method = try symbolMethod(vm, call[0], vm.names.symbolSplit) {
        return try vm.call(method, this: call[0], [this, call[1]])
      }
      let units = try vm.toJSString(this).units
      let limit = call[1].isUndefined ? Int(UInt32.max) : Int(toUint32(try vm.toNumber(call[1])))
      let separatorValue = call[0].isUndefined ? nil : try vm.toJSString(call[0]).units
      let result = vm.newArray()
      guard limit > 0 else { return Value(result) }
      guard let separator = separatorValue else {
        result.elements.append(vm.string(units))
        return Value(result)
      }
      if separator.isEmpty {
        for unit in units.prefix(limit) { result.elements.append(vm.string([unit])) }
        return Value(result)
      }
      var start = 0
      while let found = VM.find(separator, in: units, from: start) {
        try vm.tick()
        result.elements.append(vm.string(Array(units[start..<found])))
        if result.elements.count == limit { return Value(result) }
        start = found + separator.count
      }
      result.elements.append(vm.string(Array(units[start...])))
      return Value(result)
    }
  }
}
