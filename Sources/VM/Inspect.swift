import Foundation

/// What `util.inspect(value, options)` lets a caller change.
struct InspectOptions {
  /// How many levels of nesting are shown before `[Object]`; infinity for no limit.
  var depth = 2.0
  /// Whether `[Symbol.for('nodejs.util.inspect.custom')]` methods are called.
  var customInspect = true
  /// Non-enumerable properties too (`[key]: value`), and an array's `[length]`.
  var showHidden = false
  /// How many inner levels may share a line; 0 (`compact: false`) puts every entry on its own line.
  var compact = 3
  var breakLength = 80
  /// Entries in sorted order.
  var sorted = false
  /// How many array elements are shown before `... N more items`.
  var maxArrayLength = 100
  /// How many characters of a string are shown before `... N more characters`.
  var maxStringLength = Int.max
  /// Accessors show their value (`[Getter: 1]`), calling the getter.
  var getters = false
}

/// `console.log`'s rendering of values, following Node's `util.inspect` for the common cases:
/// strings raw at top level and quoted inside, `-0`, arrays `[ 1, 2 ]`, objects `{ a: 1 }`, errors
/// by their stack, functions `[Function: name]`.
extension VM {
  func inspect(_ value: Value, topLevel: Bool, depth: Int = 0, seen: [UInt64] = []) throws(Throw) -> String {
    if value.isString {
      if topLevel { return value.string.swiftString }
      let units = value.string.units
      guard units.count > inspectOptions.maxStringLength else { return quote(value.string.swiftString) }
      let shown = String(decoding: units.prefix(inspectOptions.maxStringLength), as: UTF16.self)
      let more = units.count - inspectOptions.maxStringLength
      return quote(shown) + "... \(more) more character\(more == 1 ? "" : "s")"
    }
    if value.isNumber {
      if value.isDouble && value.double == 0 && value.double.sign == .minus { return "-0" }
      return value.isInt ? String(value.int) : numberToString(value.double)
    }
    if value.isBigInt { return value.bigint.value.toString(radix: 10) + "n" }
    if value.isSymbol { return display(value) }
    if !value.isObject { return try toSwiftString(value) }
    let object = value.object
    if depth == 0 && seen.isEmpty { inspectCircularTargets = [:] }
    if seen.contains(value.bits) {
      let number = inspectCircularTargets[value.bits] ?? inspectCircularTargets.count + 1
      inspectCircularTargets[value.bits] = number
      return "[Circular *\(number)]"
    }
    let text = try inspectObject(value, depth: depth, seen: seen)
    // An object that a value inside it refers back to is marked where it starts, as node does.
    if let number = inspectCircularTargets[value.bits] { return "<ref *\(number)> " + text }
    return text
  }

  private func inspectObject(_ value: Value, depth: Int, seen: [UInt64]) throws(Throw) -> String {
    let object = value.object
    if inspectOptions.customInspect, let custom = try customInspection(value, depth: depth, seen: seen) {
      return custom
    }
    if let function = value.asFunction {
      let label = try functionLabel(function, value)
      let parts = try propertyEntries(object, depth: depth, seen: seen + [value.bits])
        .filter { !$0.hasPrefix("prototype:") }
      return parts.isEmpty ? label : label + " " + wrap(parts, open: "{", close: "}", depth: depth)
    }
    if object.kind == .error || isErrorInstance(object) {
      // Node prints the stack; an error without frames (no stack, or a copy with Error.prototype as
      // its prototype) is bracketed: `[Error: message]`.
      let stack = try get(value, names.stack)
      let text = stack.isString ? stack.string.swiftString : try errorHeader(value)
      return text.contains("\n    at ") ? text : "[\(text)]"
    }
    let inner = seen + [value.bits]
    if object.kind == .date {
      // Node prints a Date as its ISO string, a subclass's name first, own properties after; a Date
      // with properties beyond the depth limit is [Date].
      let time = object.primitive.number
      var text = time.isNaN ? "Invalid Date" : DateMath.isoString(time)
      var name = "Date"
      if object.proto.isObject, object.proto.object !== realm.datePrototype,
        let constructor = try? get(object.proto, names.constructor), constructor.isObject,
        let constructorName = try? toSwiftString(get(constructor, names.name)), !constructorName.isEmpty
      {
        name = constructorName
        text = name + " " + text
      }
      let properties = try enumerableOwn(object)
      if properties.isEmpty { return text }
      if Double(depth) > inspectOptions.depth { return "[\(name)]" }
      inspectDeepestLevel = depth
      var parts: [String] = []
      for (key, property) in properties {
        parts.append(
          "\(propertyName(key)): \(try inspect(property, topLevel: false, depth: depth + 1, seen: inner))")
      }
      return text + " " + wrap(parts, open: "{", close: "}", depth: depth)
    }
    if Double(depth) > inspectOptions.depth, object.kind != .regexp {
      // Node shows an empty array or object as itself at any depth, anything else by its name.
      let empty = try ownKeys(object, includeSymbols: true, onlyEnumerable: true).isEmpty
      if object.kind == .array && empty { return "[]" }
      let label = try constructorLabel(object)
      if empty && (object.kind == .ordinary || object.kind == .arguments) {
        return label == "Object" ? "{}" : label + " {}"
      }
      return label.hasPrefix("[") ? label : "[\(label)]"
    }
    inspectDeepestLevel = depth
    switch object.kind {
    case .regexp:
      let source = try toSwiftString(get(value, key("source")))
      let flags = try toSwiftString(get(value, key("flags")))
      let parts = try propertyEntries(object, depth: depth, seen: inner)
      let text = "/\(source)/\(flags)"
      return parts.isEmpty ? text : text + " " + wrap(parts, open: "{", close: "}", depth: depth)
    case .array:
      var parts: [String] = []
      var holes = 0
      func flushHoles() {
        if holes > 0 { parts.append("<\(holes) empty item\(holes == 1 ? "" : "s")>") }
        holes = 0
      }
      let shown = min(object.elements.count, inspectOptions.maxArrayLength)
      var allNumbers = true
      for index in 0..<shown {
        let element = object.elements[index]
        allNumbers = allNumbers && (element.isNumber || element.isBigInt)
        if element.isHole {
          holes += 1
          continue
        }
        flushHoles()
        parts.append(try inspect(element, topLevel: false, depth: depth + 1, seen: inner))
      }
      flushHoles()
      let more = object.elements.count - shown
      if more > 0 { parts.append("... \(more) more item\(more == 1 ? "" : "s")") }
      parts += try propertyEntries(object, depth: depth, seen: inner, skipIndices: true)
      return nodeList(
        parts, open: "[", close: "]", indentation: 2 * depth, padStart: allNumbers, moreItems: more > 0,
        grouping: true, depth: depth)
    case .map, .set:
      let collection = object as! CollectionObject
      var parts: [String] = []
      for position in collection.keys.indices where collection.live[position] {
        let key = try inspect(collection.keys[position], topLevel: false, depth: depth + 1, seen: inner)
        if object.kind == .map {
          parts.append(
            "\(key) => \(try inspect(collection.values[position], topLevel: false, depth: depth + 1, seen: inner))"
          )
        } else {
          parts.append(key)
        }
      }
      let name = object.kind == .map ? "Map" : "Set"
      return "\(name)(\(collection.size)) "
        + (parts.isEmpty ? "{}" : wrap(parts, open: "{", close: "}", depth: depth))
    case .promise:
      let promise = object as! PromiseObject
      let state =
        switch promise.state {
        case .pending: "<pending>"
        case .fulfilled: try inspect(promise.result, topLevel: false, depth: depth + 1, seen: inner)
        case .rejected:
          "<rejected> " + (try inspect(promise.result, topLevel: false, depth: depth + 1, seen: inner))
        }
      return "Promise { \(state) }"
    case .typedArray:
      let array = object as! TypedArrayObject
      var parts: [String] = []
      for index in 0..<min(array.length, 100) {
        parts.append(try inspect(array.load(index, self), topLevel: false, depth: depth + 1, seen: inner))
      }
      if array.length > 100 {
        parts.append("... \(array.length - 100) more item\(array.length == 101 ? "" : "s")")
      }
      for (key, property) in try enumerableOwn(object) {
        if case .named = key {
          parts.append(
            "\(propertyName(key)): \(try inspect(property, topLevel: false, depth: depth + 1, seen: inner))")
        }
      }
      // A subclass shows its own name and the type: `Bytes(2) [Uint8Array] [ 0, 0 ]`.
      let tag = array.type.name
      var name = tag
      if let constructor = try? get(object.proto, names.constructor), constructor.isObject,
        let constructorName = try? toSwiftString(get(constructor, names.name)), !constructorName.isEmpty
      {
        name = constructorName == tag ? tag : "\(constructorName)(\(array.length)) [\(tag)]"
      }
      if name == tag { name = "\(tag)(\(array.length))" }
      return nodeList(
        parts, open: "\(name) [", close: "]", indentation: 2 * depth, padStart: parts.count <= array.length,
        moreItems: array.length > 100, grouping: true, depth: depth)
    case .textEncoder:
      return "{ encoding: 'utf-8' }"
    case .textDecoder:
      let decoder = object as! TextDecoderObject
      return "TextDecoder { encoding: 'utf-8', fatal: \(decoder.fatal), ignoreBOM: \(decoder.ignoreBOM) }"
    case .arrayBuffer:
      let buffer = object as! ArrayBufferObject
      let shown = min(buffer.byteLength, 100)
      var bytes = (0..<shown).map { index -> String in
        let byte = buffer.data!.load(fromByteOffset: index, as: UInt8.self)
        return String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
      }.joined(separator: " ")
      if buffer.byteLength > shown {
        bytes += " ... \(buffer.byteLength - shown) more byte\(buffer.byteLength - shown == 1 ? "" : "s")"
      }
      if buffer.isDetached { return "ArrayBuffer { (detached), byteLength: 0 }" }
      return wrap(
        ["[Uint8Contents]: <\(bytes)>", "byteLength: \(buffer.byteLength)"], open: "ArrayBuffer {",
        close: "}",
        depth: depth)
    case .dataView:
      let view = object as! DataViewObject
      return wrap(
        [
          "byteLength: \(view.viewByteLength)", "byteOffset: \(view.byteOffset)",
          "buffer: \(try inspect(Value(view.buffer), topLevel: false, depth: depth + 1, seen: inner))",
        ], open: "DataView {", close: "}", depth: depth)
    case .booleanObject, .numberObject, .stringObject, .bigintObject, .symbolObject:
      let name =
        switch object.kind {
        case .booleanObject: "Boolean"
        case .numberObject: "Number"
        case .stringObject: "String"
        case .bigintObject: "BigInt"
        default: "Symbol"
        }
      return "[\(name): \(try inspect(object.primitive, topLevel: false))]"
    case .mapIterator, .setIterator:
      // The entries still to come, as node previews them: `[Map Entries] { [ 1, 2 ] }`.
      let iterator = object as! ListIterator
      let isMap = object.kind == .mapIterator
      var parts: [String] = []
      if !iterator.isDone, let collection = iterator.target.object as? CollectionObject {
        for position in iterator.position..<collection.keys.count where collection.live[position] {
          let key = collection.keys[position]
          let item = isMap ? collection.values[position] : key
          switch iterator.selection {
          case 2:
            parts.append(
              try inspect(Value(newArray([key, item])), topLevel: false, depth: depth + 1, seen: inner))
          case 1: parts.append(try inspect(key, topLevel: false, depth: depth + 1, seen: inner))
          default: parts.append(try inspect(item, topLevel: false, depth: depth + 1, seen: inner))
          }
        }
      }
      let name = "[\(isMap ? "Map" : "Set") \(iterator.selection == 2 ? "Entries" : "Iterator")] "
      return name + (parts.isEmpty ? "{}" : wrap(parts, open: "{", close: "}", depth: depth))
    case .weakMap, .weakSet:
      // Their entries are not observable, as in node without showHidden.
      return "\(try constructorLabel(object)) { <items unknown> }"
    case .arguments:
      let parts = try propertyEntries(object, depth: depth, seen: inner)
      return "[Arguments] " + (parts.isEmpty ? "{}" : wrap(parts, open: "{", close: "}", depth: depth))
    default:
      let parts = try propertyEntries(object, depth: depth, seen: inner)
      let label = try constructorLabel(object)
      var prefix = label == "Object" ? "" : label + " "
      if let tag = try toStringTag(object), tag != label {
        prefix = label + " [\(tag)] "
      }
      if parts.isEmpty { return prefix + "{}" }
      return prefix + wrap(parts, open: "{", close: "}", depth: depth)
    }
  }

  /// Node's layout of an array-like's entries (`reduceToSingleString` with `groupArrayElements`):
  /// more than six entries are grouped in aligned columns, a short list stays on one line. The
  /// result is not indented; `indentation` is where node would place it, which narrows the lines.
  /// Node's `reduceToSingleString` with `compact: 3`: entries share one line when the value has
  /// fewer than three levels of objects below it and the line fits in 80 columns.
  private func nodeList(
    _ parts: [String], open: String, close: String, indentation: Int, padStart: Bool, moreItems: Bool,
    grouping: Bool, depth: Int
  ) -> String {
    let breakLength = inspectOptions.breakLength
    if parts.isEmpty { return open + close }
    var output =
      inspectOptions.sorted && !grouping
      ? parts.sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) } : parts
    let entries = output.count
    if grouping && inspectOptions.compact > 0 && entries > 6 {
      let outputLength = moreItems ? entries - 1 : entries
      let lengths = output.map { $0.count }
      let totalLength = lengths.prefix(outputLength).reduce(0) { $0 + $1 + 2 }
      let maxLength = lengths.prefix(outputLength).max() ?? 0
      let actualMax = maxLength + 2
      if actualMax * 3 + indentation < breakLength
        && (Double(totalLength) / Double(actualMax) > 5 || maxLength <= 6)
      {
        let averageBias = (Double(actualMax) - Double(totalLength) / Double(entries)).squareRoot()
        let biasedMax = max(Double(actualMax) - 3 - averageBias, 1)
        let columns = min(
          Int((2.5 * biasedMax * Double(outputLength)).squareRoot() / biasedMax + 0.5),
          (breakLength - indentation) / actualMax, 3 * 4, 15)
        if columns > 1 {
          var widths: [Int] = []
          for column in 0..<columns {
            var width = 0
            for index in stride(from: column, to: outputLength, by: columns) {
              width = max(width, lengths[index])
            }
            widths.append(width + 2)
          }
          var rows: [String] = []
          for start in stride(from: 0, to: outputLength, by: columns) {
            let end = min(start + columns, outputLength)
            var row = ""
            for index in start..<end - 1 {
              row += pad(output[index] + ", ", widths[index - start], start: padStart)
            }
            let last = end - 1
            row += padStart ? pad(output[last], widths[last - start] - 2, start: true) : output[last]
            rows.append(row)
          }
          if moreItems { rows.append(output[entries - 1]) }
          output = rows
        }
      }
    }
    if entries == output.count && inspectDeepestLevel - depth < inspectOptions.compact {
      let start = output.count + indentation + open.count + 10
      let total = output.reduce(output.count + start) { $0 + $1.count }
      if output.count * 2 + start <= breakLength && total <= breakLength {
        let joined = output.joined(separator: ", ")
        if !joined.contains("\n") { return "\(open) \(joined) \(close)" }
      }
    }
    return open + "\n"
      + output.map { "  " + $0.replacingOccurrences(of: "\n", with: "\n  ") }.joined(separator: ",\n")
      + "\n" + close
  }

  private func pad(_ text: String, _ width: Int, start: Bool) -> String {
    let count = text.count
    guard count < width else { return text }
    let fill = String(repeating: " ", count: width - count)
    return start ? fill + text : text + fill
  }

  private func wrap(_ parts: [String], open: String, close: String, depth: Int) -> String {
    nodeList(
      parts, open: open, close: close, indentation: 2 * depth, padStart: false, moreItems: false,
      grouping: false,
      depth: depth)
  }

  private func propertyName(_ key: Key) -> String {
    switch key {
    case .index(let index): return "'\(index)'"
    case .named(let name):
      let text = display(name.value)
      let isIdentifier =
        !text.isEmpty
        && text.unicodeScalars.allSatisfy {
          $0 == "_" || $0 == "$" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }
        && !("0"..."9").contains(text.unicodeScalars.first!)
      return isIdentifier ? text : quote(text)
    }
  }

  /// Node's `strEscape`: single quotes unless the text has one and no double quote (then double),
  /// or both and no backtick (then backticks); control characters escaped.
  private func quote(_ text: String) -> String {
    var quoteMark: Unicode.Scalar = "'"
    if text.contains("'") {
      if !text.contains("\"") {
        quoteMark = "\""
      } else if !text.contains("`") && !text.contains("${") {
        quoteMark = "`"
      }
    }
    var out = String(quoteMark)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      case "\u{8}": out += "\\b"
      case "\u{C}": out += "\\f"
      case "\\": out += "\\\\"
      case quoteMark: out += "\\" + String(quoteMark)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7f {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + String(quoteMark)
  }

  /// `[Function: f]`, `[AsyncFunction: f]`, `[GeneratorFunction: f]`, `[class A extends B]`.
  private func functionLabel(_ function: JSFunction, _ value: Value) throws(Throw) -> String {
    let nameValue = (try? get(value, names.name)) ?? .undefined
    let name = nameValue.isString ? nameValue.string.swiftString : ""
    if function.isClassConstructor {
      var label = "[class \(name.isEmpty ? "(anonymous)" : name)"
      if function.proto.isObject, function.proto.object !== realm.functionPrototype,
        let base = try? get(function.proto, names.name), base.isString, !base.string.swiftString.isEmpty
      {
        label += " extends \(base.string.swiftString)"
      }
      return label + "]"
    }
    let kind: String
    switch function.compiled?.kind {
    case .async?, .asyncArrow?, .asyncMethod?: kind = "AsyncFunction"
    case .generator?, .generatorMethod?: kind = "GeneratorFunction"
    case .asyncGenerator?, .asyncGeneratorMethod?: kind = "AsyncGeneratorFunction"
    default: kind = "Function"
    }
    return name.isEmpty ? "[\(kind) (anonymous)]" : "[\(kind): \(name)]"
  }

  /// `Symbol.toStringTag` when it is a non-empty string that is not an own enumerable property
  /// (which is printed as a key), as node's `formatRaw` reads it.
  private func toStringTag(_ object: JSObject) throws(Throw) -> String? {
    let tagKey = Key.named(PropertyKey(symbol: names.symbolToStringTag))
    if let own = try ownProperty(object, tagKey), own.attributes.contains(.enumerable) { return nil }
    guard let tag = try? get(Value(object), tagKey), tag.isString else { return nil }
    let text = tag.string.swiftString
    return text.isEmpty ? nil : text
  }

  /// The name node puts before an object: its prototype's constructor's name, `[Object: null
  /// prototype]` without a prototype, "Object" for plain objects.
  private func constructorLabel(_ object: JSObject) throws(Throw) -> String {
    if object.proto.isNull { return "[Object: null prototype]" }
    guard object.proto.isObject, object.proto.object !== realm.objectPrototype else { return "Object" }
    if let constructor = try? get(object.proto, names.constructor), constructor.isObject,
      let name = try? get(constructor, names.name), name.isString, !name.string.swiftString.isEmpty
    {
      return name.string.swiftString
    }
    return "Object"
  }

  /// `instanceof Error` without calling anything the guest controls: Error.prototype on the chain.
  private func isErrorInstance(_ object: JSObject) -> Bool {
    var pointer = object.proto
    var steps = 0
    while pointer.isObject && !pointer.object.isProxy && steps < 10_000 {
      if pointer.object === realm.errorPrototype { return true }
      pointer = pointer.object.proto
      steps += 1
    }
    return false
  }

  /// An object's own properties as node lists them: enumerable string keys, then enumerable symbols
  /// (with `showHidden`, the others too, in brackets); accessors are not called but shown as
  /// `[Getter]`, `[Setter]` or `[Getter/Setter]`.
  private func propertyEntries(_ object: JSObject, depth: Int, seen: [UInt64], skipIndices: Bool = false)
    throws(Throw) -> [String]
  {
    var parts: [String] = []
    var symbols: [String] = []
    for key in try ownKeys(object) {
      if skipIndices, case .index = key { continue }
      guard let property = try ownProperty(object, key) else { continue }
      let hidden = !property.attributes.contains(.enumerable)
      if hidden && !inspectOptions.showHidden { continue }
      var name = propertyName(key)
      var isSymbol = false
      if case .named(let atom) = key, atom.isSymbol {
        name = "[\(display(atom.value))]"
        isSymbol = true
      }
      if hidden { name = "[\(name)]" }
      let shown: String
      if property.isAccessor {
        let getter = !property.getter.isUndefined
        let setter = !property.setter.isUndefined
        let kind = getter ? (setter ? "Getter/Setter" : "Getter") : setter ? "Setter" : ""
        if getter && inspectOptions.getters {
          let got = try call(property.getter, this: Value(object), [])
          shown = "[\(kind): \(try inspect(got, topLevel: false, depth: depth + 1, seen: seen))]"
        } else {
          shown = kind.isEmpty ? "undefined" : "[\(kind)]"
        }
      } else {
        shown = try inspect(property.value, topLevel: false, depth: depth + 1, seen: seen)
      }
      if isSymbol { symbols.append("\(name): \(shown)") } else { parts.append("\(name): \(shown)") }
    }
    return parts + symbols
  }

  /// Node's hook: an object's `[util.inspect.custom](depth, options, inspect)` method decides how it
  /// prints (Buffer's `<Buffer 68 69>`, URL's fields). A string result is printed as it is; any other
  /// result that is not the object itself is inspected in its place.
  private func customInspection(_ value: Value, depth: Int, seen: [UInt64]) throws(Throw) -> String? {
    let symbol = registeredSymbol(atom("nodejs.util.inspect.custom"))
    let method = try get(value, .named(PropertyKey(symbol: symbol)))
    let inspectFunction = makeInspectFunction()
    guard method.asFunction != nil, method.bits != inspectFunction.bits else { return nil }
    let options = newObject()
    let remaining = inspectOptions.depth - Double(depth)
    options.addProperty(key("depth"), Value(number: remaining), .data)
    options.addProperty(key("customInspect"), .true, .data)
    options.addProperty(
      key("stylize"),
      Value(makeNative("stylize", length: 2) { vm, call in Value(try vm.toJSString(call[0])) }),
      .data)
    let result = try call(method, this: value, [Value(number: remaining), Value(options), inspectFunction])
    if result.isString { return result.string.swiftString }
    if result.bits == value.bits { return nil }
    return try inspect(result, topLevel: false, depth: depth, seen: seen)
  }
}
