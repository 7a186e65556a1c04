/// The web-compatibility built-ins of ECMAScript's Annex B that node has and packages still call:
/// the legacy accessor methods of `Object.prototype`, the HTML methods of `String.prototype`,
/// `trimLeft`/`trimRight`, and the restricted `caller`/`arguments` of `Function.prototype`.
/// (`escape`/`unescape` are with the URI functions; `RegExp.$1` and friends are left out on purpose:
/// they would be a channel between packages.)
extension Realm {
  func installAnnexB() {
    let vm = self.vm
    for (name, isGetter) in [("__defineGetter__", true), ("__defineSetter__", false)] {
      method(objectPrototype, name, 2) { vm, call in
        let object = try vm.toObject(call.this)
        guard vm.isCallable(call[1]) else {
          throw vm.typeError("Object.prototype.\(name): Expecting function")
        }
        var descriptor = PropertyDescriptor(enumerable: true, configurable: true)
        if isGetter { descriptor.getter = call[1] } else { descriptor.setter = call[1] }
        try vm.defineProperty(object, try vm.toKey(call[0]), descriptor)
        return .undefined
      }
    }
    for (name, isGetter) in [("__lookupGetter__", true), ("__lookupSetter__", false)] {
      method(objectPrototype, name, 1) { vm, call in
        var object: JSObject? = try vm.toObject(call.this)
        let key = try vm.toKey(call[0])
        while let current = object {
          if let property = try vm.ownProperty(current, key) {
            guard property.isAccessor else { return .undefined }
            return isGetter ? property.getter : property.setter
          }
          let proto = try vm.getPrototypeOf(current)
          object = proto.isObject ? proto.object : nil
        }
        return .undefined
      }
    }

    // CreateHTML: `"x".bold()` is `<b>x</b>`; an attribute value has its quotes escaped.
    for (name, tag, attribute) in [
      ("anchor", "a", "name"), ("big", "big", ""), ("blink", "blink", ""), ("bold", "b", ""),
      ("fixed", "tt", ""), ("fontcolor", "font", "color"), ("fontsize", "font", "size"),
      ("italics", "i", ""), ("link", "a", "href"), ("small", "small", ""), ("strike", "strike", ""),
      ("sub", "sub", ""), ("sup", "sup", ""),
    ] {
      method(stringPrototype, name, attribute.isEmpty ? 0 : 1) { vm, call in
        if call.this.isNullish { throw vm.typeError("String.prototype.\(name) called on null or undefined") }
        let string = try vm.toJSString(call.this).units
        var out = Array("<\(tag)".utf16)
        if !attribute.isEmpty {
          let value = try vm.toJSString(call[0]).units
          out += Array(" \(attribute)=\"".utf16)
          for unit in value {
            if unit == 0x22 { out += Array("&quot;".utf16) } else { out.append(unit) }
          }
          out.append(0x22)
        }
        out.append(0x3E)
        out += string
        out += Array("</\(tag)>".utf16)
        return vm.string(out)
      }
    }
    // trimLeft and trimRight are the same function objects as trimStart and trimEnd.
    for (legacy, current) in [("trimLeft", "trimStart"), ("trimRight", "trimEnd")] {
      let function = stringPrototype.slots[stringPrototype.shape.slot(of: vm.key(current))!]
      stringPrototype.addProperty(vm.key(legacy), function, .hidden)
    }

    // %Function.prototype% has the restricted `caller` and `arguments` accessors.
    for name in ["caller", "arguments"] {
      functionPrototype.addProperty(vm.key(name), Value(throwTypeErrorAccessor), [.configurable, .accessor])
    }

    method(bigintPrototype, "toLocaleString", 0) { vm, call in
      let value = try vm.thisBigIntValue(call.this, "toLocaleString")
      // The fixed en-US locale: digits grouped by three with commas, as node prints them.
      let digits = Array(value.bigint.value.toString(radix: 10).utf16)
      let negative = digits.first == 0x2D
      let magnitude = negative ? Array(digits.dropFirst()) : digits
      var out: [UInt16] = []
      for (index, digit) in magnitude.enumerated() {
        if index > 0 && (magnitude.count - index) % 3 == 0 { out.append(0x2C) }
        out.append(digit)
      }
      return vm.string((negative ? [0x2D] : []) + out)
    }
    bigintPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("BigInt")), [.configurable])
  }
}
