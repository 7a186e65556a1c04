/// A RegExp object: its compiled matcher, source and flags. `lastIndex` is an ordinary own property.
final class RegExpObject: JSObject {
  var matcher: CompiledRegExp!
  var source: [UInt16] = []
  var flags = "" {
    didSet {
      isGlobal = flags.utf8.contains(UInt8(ascii: "g"))
      isSticky = flags.utf8.contains(UInt8(ascii: "y"))
    }
  }
  /// Read on every exec: kept as flags rather than searched for in the string each time.
  private(set) var isGlobal = false
  private(set) var isSticky = false
}

extension VM {
  func makeRegExp(pattern: [UInt16], flags: String, proto: Value? = nil) throws(Throw) -> Value {
    let matcher: CompiledRegExp
    do {
      matcher = try CompiledRegExp(pattern: pattern, flags: flags)
    } catch {
      throw syntaxError(error.message)
    }
    let regexp = heap.register(
      RegExpObject(shape: emptyShape, proto: proto ?? Value(realm.regexpPrototype), kind: .regexp), bytes: 256
    )
    regexp.matcher = matcher
    regexp.source = pattern
    regexp.flags = String(flags.sorted { "dgimsuvy".firstIndex(of: $0)! < "dgimsuvy".firstIndex(of: $1)! })
    regexp.addProperty(names.lastIndex, Value(int: 0), [.writable])
    return Value(regexp)
  }

  /// RegExpBuiltinExec: a match array, or null.
  func regexpExec(_ regexp: RegExpObject, _ input: JSString) throws(Throw) -> Value {
    let usesLastIndex = regexp.isGlobal || regexp.isSticky
    var start = 0
    if usesLastIndex {
      let lastIndex = try toLength(get(Value(regexp), names.lastIndex))
      guard lastIndex <= input.length else {
        try set(Value(regexp), .named(names.lastIndex), Value(int: 0))
        return .null
      }
      start = lastIndex
    }
    let units = input.units
    let captures =
      regexp.isSticky
      ? regexp.matcher.match(units, at: start) : regexp.matcher.firstMatch(in: units, from: start)
    guard let captures, let whole = captures[0] else {
      if usesLastIndex { try set(Value(regexp), .named(names.lastIndex), Value(int: 0)) }
      return .null
    }
    if usesLastIndex { try set(Value(regexp), .named(names.lastIndex), Value(int: Int32(whole.upperBound))) }
    return Value(matchArray(regexp, units, captures, input: Value(input)))
  }

  func matchArray(_ regexp: RegExpObject, _ units: [UInt16], _ captures: [Range<Int>?], input: Value)
    -> JSObject
  {
    let array = newArray(captures.map { range in range.map { string(Array(units[$0])) } ?? .undefined })
    array.addProperty(names.index, Value(int: Int32(captures[0]!.lowerBound)), .data)
    array.addProperty(names.input, input, .data)
    if regexp.matcher.groupNames.isEmpty {
      array.addProperty(names.groups, .undefined, .data)
    } else {
      let groups = newObject(proto: .null)
      for (name, index) in regexp.matcher.groupNames {
        let value =
          index < captures.count ? captures[index].map { string(Array(units[$0])) } ?? .undefined : .undefined
        groups.addProperty(PropertyKey(atom: atom(name)), value, .data)
      }
      array.addProperty(names.groups, Value(groups), .data)
    }
    if regexp.flags.contains("d") {
      let indices = newArray(
        captures.map { range in
          range.map { Value(newArray([Value(int: Int32($0.lowerBound)), Value(int: Int32($0.upperBound))])) }
            ?? .undefined
        })
      array.addProperty(key("indices"), Value(indices), .data)
    }
    return array
  }

  /// `"s".split(obj)` and friends call `obj[Symbol.split]` when an object (other than a RegExp this
  /// VM matches itself) provides one.
  func delegateToSymbolMethod(_ target: Value, _ symbol: JSSymbol, _ arguments: [Value]) throws(Throw)
    -> Value?
  {
    guard target.isObject, target.object(ofKind: .regexp) == nil else { return nil }
    let method = try get(target, .named(PropertyKey(symbol: symbol)))
    guard !method.isNullish else { return nil }
    return try call(method, this: target, arguments)
  }

  /// Every match of a global regexp from its lastIndex on (match, matchAll and replace): exec until
  /// null, moving lastIndex past empty matches so that the loop ends.
  func execAll(_ regexp: RegExpObject, _ string: JSString) throws(Throw) -> [Value] {
    var results: [Value] = []
    while true {
      let result = try regexpExec(regexp, string)
      guard result.isObject else { return results }
      results.append(result)
      if try toJSString(get(result, .index(0))).length == 0 {
        let lastIndex = try toLength(get(Value(regexp), names.lastIndex))
        try set(Value(regexp), .named(names.lastIndex), Value(number: Double(lastIndex + 1)))
      }
    }
  }

  /// The pattern argument of match, matchAll and search: a RegExp as is, anything else compiled.
  func regexpArgument(_ value: Value, flags: String) throws(Throw) -> RegExpObject {
    if let existing = value.object(ofKind: .regexp) as? RegExpObject { return existing }
    let source = value.isUndefined ? [] : try toJSString(value).units
    return try makeRegExp(pattern: source, flags: flags).object as! RegExpObject
  }

  /// A RegExp whose exec is the built-in one: the intrinsic prototype and no own `exec`.
  func isPristine(_ regexp: RegExpObject) -> Bool {
    regexp.proto.bits == Value(realm.regexpPrototype).bits && regexp.shape.slot(of: key("exec")) == nil
  }

  /// RegExpExec: a user `exec` if overridden, else the built-in one.
  func regexpExecGeneric(_ target: Value, _ input: JSString) throws(Throw) -> Value {
    if let regexp = target.object(ofKind: .regexp) as? RegExpObject,
      regexp.proto.bits == Value(realm.regexpPrototype).bits
    {
      return try regexpExec(regexp, input)
    }
    let exec = try get(target, key("exec"))
    if isCallable(exec) {
      let result = try call(exec, this: target, [Value(input)])
      guard result.isObject || result.isNull else { throw typeError("exec result must be an object or null") }
      return result
    }
    guard let regexp = target.object(ofKind: .regexp) as? RegExpObject else {
      throw typeError("RegExp method called on incompatible receiver")
    }
    return try regexpExec(regexp, input)
  }

  /// GetSubstitution: `$&`, `$1`, `$<name>`, `` $` ``, `$'`, `$$` in a replacement string.
  func substitution(
    _ replacement: [UInt16], matched: [UInt16], position: Int, input: [UInt16], captures: [Value],
    groups: Value
  ) throws(Throw) -> [UInt16] {
    var out: [UInt16] = []
    var index = 0
    while index < replacement.count {
      let unit = replacement[index]
      guard unit == 0x24, index + 1 < replacement.count else {
        out.append(unit)
        index += 1
        continue
      }
      let next = replacement[index + 1]
      switch next {
      case 0x24:
        out.append(0x24)
        index += 2
      case 0x26:
        out += matched
        index += 2
      case 0x60:
        out += input[0..<position]
        index += 2
      case 0x27:
        out += input[min(position + matched.count, input.count)...]
        index += 2
      case 0x30...0x39:
        var number = Int(next - 0x30)
        var length = 2
        if index + 2 < replacement.count, replacement[index + 2] >= 0x30, replacement[index + 2] <= 0x39 {
          let twoDigit = number * 10 + Int(replacement[index + 2] - 0x30)
          if twoDigit >= 1 && twoDigit <= captures.count {
            number = twoDigit
            length = 3
          }
        }
        if number >= 1 && number <= captures.count {
          let capture = captures[number - 1]
          if !capture.isUndefined { out += try toJSString(capture).units }
          index += length
        } else {
          out.append(0x24)
          index += 1
        }
      case 0x3C:
        guard !groups.isUndefined, let close = replacement[(index + 2)...].firstIndex(of: 0x3E) else {
          out.append(0x24)
          index += 1
          continue
        }
        let name = Array(replacement[(index + 2)..<close])
        let value = try get(groups, .named(PropertyKey(atom: atom(name))))
        if !value.isUndefined { out += try toJSString(value).units }
        index = close + 1
      default:
        out.append(0x24)
        index += 1
      }
    }
    return out
  }
}

extension Realm {
  func installRegExp() {
    let vm = self.vm
    let regexpConstructor = constructor("RegExp", 2, prototype: regexpPrototype) { vm, call in
      var pattern = call[0]
      var flags = call[1]
      if let existing = pattern.object(ofKind: .regexp) as? RegExpObject {
        if call.newTarget.isUndefined && flags.isUndefined { return pattern }
        if flags.isUndefined { flags = Value(vm.atom(existing.flags)) }
        pattern = Value(vm.atom(existing.source))
      }
      let source = pattern.isUndefined ? [] : try vm.toJSString(pattern).units
      let flagText = flags.isUndefined ? "" : try vm.toSwiftString(flags)
      var proto: Value? = nil
      if !call.newTarget.isUndefined && call.newTarget.bits != Value(call.callee).bits {
        let candidate = try vm.get(call.newTarget, vm.names.prototype)
        if candidate.isObject { proto = candidate }
      }
      return try vm.makeRegExp(pattern: source, flags: flagText, proto: proto)
    }
    getter(regexpConstructor, vm.names.symbolSpecies, "[Symbol.species]") { _, call in call.this }
    let proto = regexpPrototype
    func this(_ vm: VM, _ call: NativeCall, _ name: String) throws(Throw) -> RegExpObject {
      guard let regexp = call.this.object(ofKind: .regexp) as? RegExpObject else {
        throw vm.typeError("RegExp.prototype.\(name) requires that 'this' be a RegExp object")
      }
      return regexp
    }
    method(proto, "exec", 1) { vm, call in
      try vm.regexpExec(try this(vm, call, "exec"), try vm.toJSString(call[0]))
    }
    method(proto, "test", 1) { vm, call in
      Value(bool: !(try vm.regexpExecGeneric(call.this, try vm.toJSString(call[0]))).isNull)
    }
    method(proto, "toString", 0) { vm, call in
      let source = try vm.toSwiftString(vm.get(call.this, vm.names.source))
      let flags = try vm.toSwiftString(vm.get(call.this, vm.names.flags))
      return vm.string("/\(source)/\(flags)")
    }
    getter(proto, "source") { vm, call in
      if call.this.isObject && call.this.object === vm.realm.regexpPrototype { return vm.string("(?:)") }
      let regexp = try this(vm, call, "source")
      if regexp.source.isEmpty { return vm.string("(?:)") }
      var escaped: [UInt16] = []
      var inClass = false
      var index = 0
      while index < regexp.source.count {
        let unit = regexp.source[index]
        if unit == 0x5C, index + 1 < regexp.source.count {
          escaped += [unit, regexp.source[index + 1]]
          index += 2
          continue
        }
        if unit == 0x5B { inClass = true }
        if unit == 0x5D { inClass = false }
        if unit == 0x2F && !inClass {
          escaped += [0x5C, 0x2F]
        } else if unit == 0x0A {
          escaped += Array("\\n".utf16)
        } else {
          escaped.append(unit)
        }
        index += 1
      }
      return vm.string(escaped)
    }
    getter(proto, "flags") { vm, call in
      if let regexp = call.this.object(ofKind: .regexp) as? RegExpObject { return vm.string(regexp.flags) }
      guard call.this.isObject else {
        throw vm.typeError("RegExp.prototype.flags getter called on non-object")
      }
      var out = ""
      for (flag, name) in [
        ("d", "hasIndices"), ("g", "global"), ("i", "ignoreCase"), ("m", "multiline"), ("s", "dotAll"),
        ("u", "unicode"), ("v", "unicodeSets"), ("y", "sticky"),
      ] {
        if vm.toBoolean(try vm.get(call.this, vm.key(name))) { out += flag }
      }
      return vm.string(out)
    }
    for (flag, name) in [
      ("d", "hasIndices"), ("g", "global"), ("i", "ignoreCase"), ("m", "multiline"), ("s", "dotAll"),
      ("u", "unicode"), ("v", "unicodeSets"), ("y", "sticky"),
    ] {
      getter(proto, name) { vm, call in
        if call.this.isObject && call.this.object === vm.realm.regexpPrototype { return .undefined }
        return Value(bool: try this(vm, call, name).flags.contains(flag))
      }
    }
    installStringRegExpMethods()
  }

  /// The String methods that take patterns: match, matchAll, replace, replaceAll, search, split.
  func installStringRegExpMethods() {
    let proto = stringPrototype
    method(proto, "match", 1) { vm, call in
      if call.this.isNullish { throw vm.typeError("String.prototype method called on null or undefined") }
      if let result = try vm.delegateToSymbolMethod(
        call[0], vm.names.symbolMatch, [try vm.toStringValue(call.this)])
      {
        return result
      }
      let string = try vm.toJSString(call.this)
      let regexp = try vm.regexpArgument(call[0], flags: "")
      guard regexp.isGlobal else { return try vm.regexpExec(regexp, string) }
      try vm.set(Value(regexp), .named(vm.names.lastIndex), Value(int: 0))
      let matches = try vm.execAll(regexp, string).map { (result) throws(Throw) in
        try vm.get(result, .index(0))
      }
      return matches.isEmpty ? .null : Value(vm.newArray(matches))
    }
    method(proto, "matchAll", 1) { vm, call in
      if call.this.isNullish { throw vm.typeError("String.prototype method called on null or undefined") }
      if let result = try vm.delegateToSymbolMethod(
        call[0], vm.names.symbolMatchAll, [try vm.toStringValue(call.this)])
      {
        return result
      }
      let string = try vm.toJSString(call.this)
      let regexp: RegExpObject
      if let existing = call[0].object(ofKind: .regexp) as? RegExpObject {
        guard existing.isGlobal else {
          throw vm.typeError("String.prototype.matchAll called with a non-global RegExp argument")
        }
        regexp = try vm.makeRegExp(pattern: existing.source, flags: existing.flags).object as! RegExpObject
        try vm.set(Value(regexp), .named(vm.names.lastIndex), try vm.get(Value(existing), vm.names.lastIndex))
      } else {
        regexp = try vm.regexpArgument(call[0], flags: "g")
      }
      let results = try vm.execAll(regexp, string)
      return Value(try vm.makeArrayIterator(Value(vm.newArray(results)), kind: 0))
    }
    method(proto, "search", 1) { vm, call in
      if call.this.isNullish { throw vm.typeError("String.prototype method called on null or undefined") }
      if let result = try vm.delegateToSymbolMethod(
        call[0], vm.names.symbolSearch, [try vm.toStringValue(call.this)])
      {
        return result
      }
      let string = try vm.toJSString(call.this)
      let regexp = try vm.regexpArgument(call[0], flags: "")
      guard let captures = regexp.matcher.firstMatch(in: string.units, from: 0), let whole = captures[0]
      else {
        return Value(int: -1)
      }
      return Value(int: Int32(whole.lowerBound))
    }
    for all in [false, true] {
      method(proto, all ? "replaceAll" : "replace", 2) { vm, call in
        if call.this.isNullish { throw vm.typeError("String.prototype method called on null or undefined") }
        if let result = try vm.delegateToSymbolMethod(
          call[0], vm.names.symbolReplace, [try vm.toStringValue(call.this), call[1]])
        {
          return result
        }
        let string = try vm.toJSString(call.this)
        let units = string.units
        let replacer = call[1]
        let functional = vm.isCallable(replacer)
        let template = functional ? [] : try vm.toJSString(replacer).units
        var out: [UInt16] = []
        var last = 0
        if let regexp = call[0].object(ofKind: .regexp) as? RegExpObject {
          if all && !regexp.isGlobal { throw vm.typeError("replaceAll must be called with a global RegExp") }
          if !functional, !template.contains(0x24), !regexp.isSticky, vm.isPristine(regexp) {
            // The built-in exec cannot be observed here (frozen prototype, no own exec, a literal
            // replacement): match directly, without building match arrays.
            var from = 0
            if regexp.isGlobal { try vm.set(Value(regexp), .named(vm.names.lastIndex), Value(int: 0)) }
            while from <= units.count, let captures = regexp.matcher.firstMatch(in: units, from: from),
              let whole = captures[0]
            {
              out += units[last..<whole.lowerBound]
              out += template
              last = whole.upperBound
              if !regexp.isGlobal { break }
              from = whole.isEmpty ? whole.upperBound + 1 : whole.upperBound
            }
            out += units[last...]
            return vm.string(out)
          }
          var matches: [Value] = []
          if regexp.isGlobal {
            try vm.set(Value(regexp), .named(vm.names.lastIndex), Value(int: 0))
            matches = try vm.execAll(regexp, string)
          } else {
            let result = try vm.regexpExec(regexp, string)
            if result.isObject { matches.append(result) }
          }
          vm.temporaryRoots.append(contentsOf: matches)
          defer { vm.temporaryRoots.removeLast(matches.count) }
          for match in matches {
            let matched = try vm.toJSString(vm.get(match, .index(0))).units
            let position = Int(try vm.toIntegerOrInfinity(vm.get(match, vm.names.index)))
            let count = try vm.toLength(vm.get(match, vm.names.length))
            var captures: [Value] = []
            for index in 1..<max(count, 1) {
              let capture = try vm.get(match, .index(UInt32(index)))
              captures.append(capture.isUndefined ? capture : try vm.toStringValue(capture))
            }
            let groups = try vm.get(match, vm.names.groups)
            let replacement: [UInt16]
            if functional {
              var arguments = [vm.string(matched)] + captures + [Value(int: Int32(position)), Value(string)]
              if !groups.isUndefined { arguments.append(groups) }
              replacement = try vm.toJSString(vm.call(replacer, this: .undefined, arguments)).units
            } else {
              replacement = try vm.substitution(
                template, matched: matched, position: position, input: units, captures: captures,
                groups: groups)
            }
            guard position >= last else { continue }
            out += units[last..<min(position, units.count)]
            out += replacement
            last = min(position + matched.count, units.count)
          }
          out += units[last...]
          return vm.string(out)
        }
        let search = try vm.toJSString(call[0]).units
        var positions: [Int] = []
        var from = 0
        while let found = VM.find(search, in: units, from: from) {
          positions.append(found)
          if !all { break }
          from = found + max(search.count, 1)
          if from > units.count { break }
        }
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
      if call.this.isNullish { throw vm.typeError("String.prototype method called on null or undefined") }
      if let result = try vm.delegateToSymbolMethod(
        call[0], vm.names.symbolSplit, [try vm.toStringValue(call.this), call[1]])
      {
        return result
      }
      let string = try vm.toJSString(call.this)
      let units = string.units
      let limit = call[1].isUndefined ? Int(UInt32.max) : Int(UInt32(bitPattern: try vm.toInt32(call[1])))
      let result = vm.newArray()
      guard limit > 0 else { return Value(result) }
      if let regexp = call[0].object(ofKind: .regexp) as? RegExpObject {
        if units.isEmpty {
          if regexp.matcher.match(units, at: 0) == nil { result.elements.append(Value(string)) }
          return Value(result)
        }
        var last = 0
        var position = 0
        while position < units.count {
          guard let captures = regexp.matcher.match(units, at: position), let whole = captures[0],
            whole.upperBound != last || whole.upperBound > position
          else {
            position += 1
            continue
          }
          let end = min(whole.upperBound, units.count)
          if end == last {
            position += 1
            continue
          }
          result.elements.append(vm.string(Array(units[last..<position])))
          if result.elements.count == limit { return Value(result) }
          for capture in captures.dropFirst() {
            result.elements.append(capture.map { vm.string(Array(units[$0])) } ?? .undefined)
            if result.elements.count == limit { return Value(result) }
          }
          last = end
          position = end
        }
        result.elements.append(vm.string(Array(units[last...])))
        return Value(result)
      }
      if call[0].isUndefined {
        result.elements.append(Value(string))
        return Value(result)
      }
      let separator = try vm.toJSString(call[0]).units
      if separator.isEmpty {
        for unit in units.prefix(limit) { result.elements.append(vm.string([unit])) }
        return Value(result)
      }
      var start = 0
      while let found = VM.find(separator, in: units, from: start) {
        result.elements.append(vm.string(Array(units[start..<found])))
        if result.elements.count == limit { return Value(result) }
        start = found + separator.count
      }
      result.elements.append(vm.string(Array(units[start...])))
      return Value(result)
    }
  }
}
