import Foundation

extension VM {
  /// The clock handle the lowering gives `Date.now()`, `new Date()` and `Date()`.
  func makeClockHandle(_ held: HeldCapabilities, package: String, context: RunContext) -> Value {
    let clock = newObject()
    // Whole milliseconds since the epoch, as Date.now() gives them.
    let nowMilliseconds = { (context.clock() * 1000).rounded(.down) }
    clock.addProperty(
      key("now"),
      Value(
        makeNative("now", length: 0) { vm, _ in
          guard held.clock else { throw vm.capabilityDenied(package, "clock", via: "Date.now") }
          return Value(number: nowMilliseconds())
        }), .hidden)
    // `new Date()` without arguments is lowered to `$clock.date()`, `Date(...)` to `$clock.string(...)`.
    clock.addProperty(
      key("date"),
      Value(
        makeNative("date", length: 0) { vm, _ in
          guard held.clock else { throw vm.capabilityDenied(package, "clock", via: "new Date()") }
          return Value(
            vm.makeDate(DateMath.timeClip(nowMilliseconds()), proto: Value(vm.realm.datePrototype)))
        }), .hidden)
    clock.addProperty(
      key("string"),
      Value(
        makeNative("string", length: 0) { vm, _ in
          guard held.clock else { throw vm.capabilityDenied(package, "clock", via: "Date()") }
          return vm.string(vm.dateToString(DateMath.timeClip(nowMilliseconds())))
        }), .hidden)
    freeze(clock)
    return Value(clock)
  }

  /// `performance` (and `require('perf_hooks').performance`): now() in monotonic milliseconds since
  /// the run started, and timeOrigin.
  func makePerformanceHandle(_ held: HeldCapabilities, package: String) -> Value {
    let performance = newObject()
    performance.addProperty(
      key("now"),
      Value(
        makeNative("now", length: 0) { vm, _ in
          guard held.clock else { throw vm.capabilityDenied(package, "clock", via: "performance.now") }
          return Value(number: vm.timers.now())
        }), .hidden)
    let getOrigin = makeNative("get timeOrigin", length: 0) { vm, _ in
      guard held.clock else { throw vm.capabilityDenied(package, "clock", via: "performance.timeOrigin") }
      return Value(number: (Date().timeIntervalSince1970 * 1000 - vm.timers.now()))
    }
    defineAccessor(
      performance, .named(key("timeOrigin")), getter: Value(getOrigin), setter: nil, attributes: [.enumerable]
    )
    freeze(performance)
    return Value(performance)
  }

  /// `require('timers/promises')`: setTimeout(delay, value) and setImmediate(value) as promises
  /// that a timer settles.
  func makeTimerPromisesHandle(_ held: HeldCapabilities, package: String) -> Value {
    func promised(_ name: String, immediate: Bool) -> Value {
      Value(
        makeNative(name, length: immediate ? 1 : 2) { vm, call in
          guard held.clock else {
            throw vm.capabilityDenied(package, "clock", via: "timers/promises.\(name)")
          }
          var delay = 0.0
          if !immediate {
            let requested = try vm.toNumber(call[0])
            delay = requested >= 1 && requested <= VM.maximumTimerDelay ? requested.rounded(.down) : 1
          }
          let promise = vm.newPromise()
          let settle = vm.makeNative("", length: 1) { vm, inner in
            vm.resolvePromise(inner.callee.captured[0].object as! PromiseObject, inner[0])
            return .undefined
          }
          settle.captured = [Value(promise)]
          _ = vm.timers.schedule(
            Value(settle), arguments: [immediate ? call[0] : call[1]], delay: delay, repeats: false,
            immediate: immediate)
          return Value(promise)
        })
    }
    return moduleObject([
      "setTimeout": promised("setTimeout", immediate: false),
      "setImmediate": promised("setImmediate", immediate: true),
    ])
  }

  /// The largest delay node accepts; a longer (or invalid) one becomes 1 ms.
  static let maximumTimerDelay = 2_147_483_647.0

  /// One of setTimeout, setInterval, setImmediate and their clear functions. The set functions
  /// return node's Timeout and Immediate objects: ref(), unref(), hasRef(), refresh(), close(), and
  /// Symbol.toPrimitive giving the id that clearTimeout also accepts.
  func makeTimerFunction(_ name: String, _ held: HeldCapabilities, package: String) -> Value {
    switch name {
    case "setTimeout", "setInterval", "setImmediate":
      let repeats = name == "setInterval"
      let immediate = name == "setImmediate"
      return Value(
        makeNative(name, length: immediate ? 1 : 2) { vm, call in
          guard held.clock else { throw vm.capabilityDenied(package, "clock", via: name) }
          guard vm.isCallable(call[0]) else {
            throw vm.invalidArgumentType("callback", "of type function", call[0])
          }
          var delay = 0.0
          if !immediate {
            let requested = try vm.toNumber(call[1])
            delay = requested >= 1 && requested <= VM.maximumTimerDelay ? requested.rounded(.down) : 1
          }
          let first = immediate ? 1 : 2
          let extra = call.count > first ? (first..<call.count).map { call[$0] } : []
          let id = vm.timers.schedule(
            call[0], arguments: extra, delay: delay, repeats: repeats, immediate: immediate)
          let object = vm.makeTimerObject(id, immediate: immediate)
          vm.timers.setReceiver(id, object)
          return object
        })
    default:
      return Value(
        makeNative(name, length: 1) { vm, call in
          guard held.clock else { throw vm.capabilityDenied(package, "clock", via: name) }
          if let id = try vm.timerID(call[0]) { vm.timers.cancel(id) }
          return .undefined
        })
    }
  }

  /// The timer a clear function or a Timeout method names: a Timeout/Immediate object, or the id
  /// (a number or numeric string) its Symbol.toPrimitive gave.
  func timerID(_ value: Value) throws(Throw) -> Int? {
    if value.isObject {
      return timerBrand(value.object).map { Int($0) }
    }
    if value.isNumber, value.number.isFinite { return Int(value.number) }
    if value.isString, let id = Int(value.string.swiftString) { return id }
    return nil
  }

  /// A Timeout or Immediate object keeps its timer id in the `primitive` slot, which no guest can
  /// set on an ordinary object; with the prototype it was made with, that is the brand its methods
  /// check (the VM's internal counters, also ordinary with an integer there, have no such prototype).
  func timerBrand(_ object: JSObject) -> Int32? {
    guard object.kind == .ordinary, object.primitive.isInt, let prototypes = timerPrototypeCache,
      object.proto.isObject,
      object.proto.object === prototypes.timeout || object.proto.object === prototypes.immediate
    else { return nil }
    return object.primitive.int
  }

  func makeTimerObject(_ id: Int, immediate: Bool) -> Value {
    let prototype = immediate ? timerPrototypes.immediate : timerPrototypes.timeout
    let object = newObject(proto: Value(prototype))
    object.primitive = Value(int: Int32(truncatingIfNeeded: id))
    return Value(object)
  }

  /// The prototypes of Timeout and Immediate, built once per VM and frozen.
  var timerPrototypes: (timeout: JSObject, immediate: JSObject) {
    if let built = timerPrototypeCache { return built }
    func brand(_ vm: VM, _ this: Value, _ method: String) throws(Throw) -> Int {
      guard this.isObject, let id = vm.timerBrand(this.object) else {
        throw vm.typeError("Timeout.prototype.\(method) called on an object that is not a timer")
      }
      return Int(id)
    }
    func common(_ prototype: JSObject, refresh: Bool) {
      prototype.addProperty(
        key("ref"),
        Value(
          makeNative("ref", length: 0) { vm, call in
            vm.timers.setReferenced(try brand(vm, call.this, "ref"), true)
            return call.this
          }), .hidden)
      prototype.addProperty(
        key("unref"),
        Value(
          makeNative("unref", length: 0) { vm, call in
            vm.timers.setReferenced(try brand(vm, call.this, "unref"), false)
            return call.this
          }), .hidden)
      prototype.addProperty(
        key("hasRef"),
        Value(
          makeNative("hasRef", length: 0) { vm, call in
            Value(bool: vm.timers.isReferenced(try brand(vm, call.this, "hasRef")) ?? false)
          }), .hidden)
      guard refresh else { return }
      prototype.addProperty(
        key("refresh"),
        Value(
          makeNative("refresh", length: 0) { vm, call in
            vm.timers.refresh(try brand(vm, call.this, "refresh"))
            return call.this
          }), .hidden)
      prototype.addProperty(
        key("close"),
        Value(
          makeNative("close", length: 0) { vm, call in
            vm.timers.cancel(try brand(vm, call.this, "close"))
            return call.this
          }), .hidden)
      prototype.addProperty(
        PropertyKey(symbol: names.symbolToPrimitive),
        Value(
          makeNative("[Symbol.toPrimitive]", length: 0) { vm, call in
            Value(int: Int32(try brand(vm, call.this, "[Symbol.toPrimitive]")))
          }), .hidden)
    }
    let timeout = newObject()
    common(timeout, refresh: true)
    let immediate = newObject()
    common(immediate, refresh: false)
    for (prototype, name) in [(timeout, "Timeout"), (immediate, "Immediate")] {
      let constructor = makeNative(name, length: 0) { vm, _ in throw vm.typeError("Illegal constructor") }
      constructor.addProperty(names.prototype, Value(prototype), [])
      prototype.addProperty(names.constructor, Value(constructor), .hidden)
      freeze(constructor)
      freeze(prototype)
    }
    timerPrototypeCache = (timeout, immediate)
    return (timeout, immediate)
  }
}
