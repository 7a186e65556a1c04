/// `Date` (§21.4): the constructor, `Date.parse`, `Date.UTC` and the prototype's methods. The
/// arithmetic, parsing and string forms are in DateMath.swift and DateParse.swift.
///
/// The local time zone is UTC, always: no package learns the host's zone. The clock is ambient
/// authority, so the intrinsic never reads it: the capability lowering rewrites `new Date()`
/// without arguments, `Date(...)` and `Date.now()` to calls on the clock handle (`Handles.swift`),
/// which builds the same objects through `makeDate`. Reaching the clock another way
/// (`Reflect.construct(Date, [])`, `super()` in a subclass without arguments, `globalThis.Date()`,
/// `globalThis.Date.now()`) throws a TypeError.
extension VM {
  /// A Date object holding `time` (already time-clipped).
  func makeDate(_ time: Double, proto: Value) -> JSObject {
    let date = heap.register(JSObject(shape: emptyShape, proto: proto, kind: .date), bytes: 128)
    date.primitive = Value(time)
    return date
  }

  /// Date()'s string: toString's form.
  func dateToString(_ time: Double) -> String {
    time.isNaN ? "Invalid Date" : DateMath.dateString(time) + " " + DateMath.timeString(time)
  }

  fileprivate func clockNotReached(_ via: String) -> Throw {
    typeError(
      "cruft: \(via) reads the clock, which is reached only through the clock capability: call Date.now(), "
        + "new Date() or Date() directly (the compiler gives those the clock handle) and run with --allow clock"
    )
  }
}

extension Realm {
  func installDate() {
    let vm = self.vm
    let prototype = datePrototype
    // The prototype's methods are made first, then added in node's order (Object.getOwnPropertyNames
    // of Date.prototype lists them as node does).
    var methods: [String: JSFunction] = [:]
    @discardableResult
    func define(_ name: String, _ length: Int, _ body: @escaping NativeFunction) -> JSFunction {
      let function = vm.makeNative(name, length: length, body)
      intrinsics.append(function)
      methods[name] = function
      return function
    }
    let constructorFunction = constructor("Date", 7, prototype: prototype) { vm, call in
      if call.newTarget.isUndefined { throw vm.clockNotReached("Date() called as a function") }
      let time: Double
      switch call.count {
      case 0:
        throw vm.clockNotReached("new Date() without arguments")
      case 1:
        if let date = call[0].object(ofKind: .date) {
          time = date.primitive.number
        } else {
          let primitive = try vm.toPrimitive(call[0], hint: .default)
          time =
            primitive.isString ? DateParse.parse(primitive.string.units) : try vm.toNumber(primitive)
        }
      default:
        var fields: [Double] = []
        for index in 0..<min(call.count, 7) { fields.append(try vm.toNumber(call[index])) }
        time = DateMath.fromFields(fields)
      }
      let proto = try vm.prototype(fromNewTarget: call, fallback: vm.realm.datePrototype)
      return Value(vm.makeDate(DateMath.timeClip(time), proto: proto))
    }
    method(constructorFunction, "now", 0) { vm, _ in throw vm.clockNotReached("Date.now reached indirectly") }
    method(constructorFunction, "parse", 1) { vm, call in
      Value(number: DateParse.parse(try vm.toJSString(call[0]).units))
    }
    method(constructorFunction, "UTC", 7) { vm, call in
      var fields: [Double] = [try vm.toNumber(call[0])]
      if call.count > 1 {
        for index in 1..<min(call.count, 7) { fields.append(try vm.toNumber(call[index])) }
      }
      return Value(number: DateMath.timeClip(DateMath.fromFields(fields)))
    }

    /// thisTimeValue, with V8's two messages: getters say "this is not a Date object.", the other
    /// methods name themselves and the receiver.
    func timeValue(_ vm: VM, _ call: NativeCall, _ name: String?) throws(Throw) -> Double {
      guard let date = call.this.object(ofKind: .date) else {
        guard let name else { throw vm.typeError("this is not a Date object.") }
        throw vm.typeError(
          "Method Date.prototype.\(name) called on incompatible receiver \(vm.describeForError(call.this))")
      }
      return date.primitive.number
    }

    // Getters. `field` maps a valid time value to the result; an invalid date gives NaN.
    func getter(_ name: String, _ field: @escaping (Double) -> Double) {
      define(name, 0) { vm, call in
        let t = try timeValue(vm, call, nil)
        return Value(number: t.isNaN ? .nan : field(t))
      }
    }
    for utc in ["", "UTC"] {
      getter("get\(utc)FullYear") { Double(DateMath.Fields($0).year) }
      getter("get\(utc)Month") { Double(DateMath.Fields($0).month) }
      getter("get\(utc)Date") { Double(DateMath.Fields($0).date) }
      getter("get\(utc)Day") { Double(DateMath.Fields($0).weekDay) }
      getter("get\(utc)Hours") { Double(DateMath.Fields($0).hours) }
      getter("get\(utc)Minutes") { Double(DateMath.Fields($0).minutes) }
      getter("get\(utc)Seconds") { Double(DateMath.Fields($0).seconds) }
      getter("get\(utc)Milliseconds") { Double(DateMath.Fields($0).milliseconds) }
    }
    getter("getTime") { $0 }
    getter("valueOf") { $0 }
    getter("getTimezoneOffset") { _ in 0 }
    define("getYear", 0) { vm, call in
      let t = try timeValue(vm, call, "getYear")
      return Value(number: t.isNaN ? .nan : Double(DateMath.Fields(t).year) - 1900)
    }

    // Setters: `first` is the index of the first field set (year 0, month 1, date 2, hours 3,
    // minutes 4, seconds 5, milliseconds 6) and `length` how many fields the method takes. The time
    // value is read first, then each argument present is converted in order; only then does an
    // invalid date give NaN (or, for setFullYear, count as +0).
    func setter(_ name: String, first: Int, length: Int) {
      define(name, length) { vm, call in
        var t = try timeValue(vm, call, name)
        var given: [Double] = []
        for index in 0..<length where index == 0 || index < call.count {
          given.append(try vm.toNumber(call[index]))
        }
        if t.isNaN {
          guard first == 0 else { return Value(Double.nan) }
          t = 0
        }
        let f = DateMath.Fields(t)
        var fields = [
          Double(f.year), Double(f.month), Double(f.date), Double(f.hours), Double(f.minutes),
          Double(f.seconds), Double(f.milliseconds),
        ]
        for (offset, value) in given.enumerated() { fields[first + offset] = value }
        let day = DateMath.makeDay(fields[0], fields[1], fields[2])
        let time = DateMath.makeTime(fields[3], fields[4], fields[5], fields[6])
        let result = DateMath.timeClip(DateMath.makeDate(day, time))
        call.this.object.primitive = Value(result)
        return Value(number: result)
      }
    }
    for utc in ["", "UTC"] {
      setter("set\(utc)FullYear", first: 0, length: 3)
      setter("set\(utc)Month", first: 1, length: 2)
      setter("set\(utc)Date", first: 2, length: 1)
      setter("set\(utc)Hours", first: 3, length: 4)
      setter("set\(utc)Minutes", first: 4, length: 3)
      setter("set\(utc)Seconds", first: 5, length: 2)
      setter("set\(utc)Milliseconds", first: 6, length: 1)
    }
    define("setTime", 1) { vm, call in
      _ = try timeValue(vm, call, "setTime")
      let result = DateMath.timeClip(try vm.toNumber(call[0]))
      call.this.object.primitive = Value(result)
      return Value(number: result)
    }
    // Annex B: setYear takes a two-digit year as 1900 + year.
    define("setYear", 1) { vm, call in
      var t = try timeValue(vm, call, "setYear")
      let year = try vm.toNumber(call[0])
      if t.isNaN { t = 0 }
      var result = Double.nan
      if !year.isNaN {
        let integer = year.rounded(.towardZero)
        let fullYear = integer >= 0 && integer <= 99 ? 1900 + integer : year
        let f = DateMath.Fields(t)
        result = DateMath.timeClip(
          DateMath.makeDate(
            DateMath.makeDay(fullYear, Double(f.month), Double(f.date)), DateMath.timeWithinDay(t)))
      }
      call.this.object.primitive = Value(result)
      return Value(number: result)
    }

    // String forms.
    func formatter(_ name: String, _ format: @escaping (Double) -> String) -> JSFunction {
      define(name, 0) { vm, call in
        let t = try timeValue(vm, call, name)
        return vm.string(t.isNaN ? "Invalid Date" : format(t))
      }
    }
    _ = formatter("toString") { DateMath.dateString($0) + " " + DateMath.timeString($0) }
    _ = formatter("toDateString", DateMath.dateString)
    _ = formatter("toTimeString", DateMath.timeString)
    methods["toGMTString"] = formatter("toUTCString", DateMath.utcString)
    // A fixed en-US rendering (what node prints for en-US in UTC); locales and options are ignored.
    _ = formatter("toLocaleString") { DateMath.localeDateString($0) + ", " + DateMath.localeTimeString($0) }
    _ = formatter("toLocaleDateString", DateMath.localeDateString)
    _ = formatter("toLocaleTimeString", DateMath.localeTimeString)
    define("toISOString", 0) { vm, call in
      let t = try timeValue(vm, call, "toISOString")
      guard !t.isNaN else { throw vm.rangeError("Invalid time value") }
      return vm.string(DateMath.isoString(t))
    }
    define("toJSON", 1) { vm, call in
      let object = Value(try vm.toObject(call.this))
      let primitive = try vm.toPrimitive(object, hint: .number)
      if primitive.isNumber && !primitive.number.isFinite { return .null }
      let toISOString = try vm.get(object, vm.key("toISOString"))
      guard vm.isCallable(toISOString) else { throw vm.typeError("toISOString is not a function") }
      return try vm.call(toISOString, this: object, [])
    }
    let toPrimitive = vm.makeNative("[Symbol.toPrimitive]", length: 1) { vm, call in
      guard call.this.isObject else {
        throw vm.typeError(
          "Method Date.prototype [ @@toPrimitive ] called on incompatible receiver \(vm.describeForError(call.this))"
        )
      }
      let hint = call[0]
      let order: [PropertyKey]
      if hint.isString, ["string", "default"].contains(hint.string.swiftString) {
        order = [vm.names.toString, vm.names.valueOf]
      } else if hint.isString, hint.string.swiftString == "number" {
        order = [vm.names.valueOf, vm.names.toString]
      } else {
        throw vm.typeError("Invalid hint: \(vm.display(hint))")
      }
      for name in order {
        let function = try vm.get(call.this, name)
        if vm.isCallable(function) {
          let result = try vm.call(function, this: call.this, [])
          if !result.isObject { return result }
        }
      }
      throw vm.typeError("Cannot convert object to primitive value")
    }
    intrinsics.append(toPrimitive)
    var order = ["toString", "toDateString", "toTimeString", "toISOString", "toUTCString", "toGMTString"]
    for field in ["Date", "Day", "FullYear", "Hours", "Milliseconds", "Minutes", "Month", "Seconds", "Time"] {
      order += ["get" + field, "set" + field]
    }
    order += ["getTimezoneOffset"]
    for field in ["Date", "Day", "FullYear", "Hours", "Milliseconds", "Minutes", "Month", "Seconds"] {
      order += ["getUTC" + field, "setUTC" + field]
    }
    order += [
      "valueOf", "getYear", "setYear", "toJSON", "toLocaleString", "toLocaleDateString", "toLocaleTimeString",
    ]
    assert(methods.keys.allSatisfy(order.contains), "a Date.prototype method missing from the order")
    for name in order {
      if let function = methods[name] { prototype.addProperty(vm.key(name), Value(function), .hidden) }
    }
    prototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToPrimitive), Value(toPrimitive), [.configurable])
  }
}
