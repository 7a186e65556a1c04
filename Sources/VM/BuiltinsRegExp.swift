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

  /// RegExpExec: a user `exec` if overridden, else the built-in one.
  func regexpExecGeneric(_ target: Value, _ input: JSString) throws(Throw) -> Value {
    if let regexp = target.object(ofKind: .regexp) as? RegExpObject,
      regexp.proto.bits == Value(realm.regexpPrototype).bits, !realm.regexpPrototype.isExtensible,
      regexp.shape.slot(of: key("exec")) == nil
    {
      return try regexpExec(regexp, input)
    }
    let exec = try get(target, key("exec"))
    if isCallable(exec) {
      let result = try call(exec, this: target, [Value(input)])
      guard result.isObject || result.isNull else {
        throw typeError("RegExp exec method returned something other than an Object or null")
      }
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
    installRegExpSymbolMethods()
    installStringRegExpMethods()
  }
}
