import Bytecode

/// The registers and resume point of a generator or async function between its suspensions. For a
/// generator this is the generator object itself.
final class SuspendableState: JSObject {
  enum State { case start, suspended, running, completed }

  var function: JSFunction!
  var registers: UnsafeMutablePointer<Value>
  let registerCount: Int
  var savedArguments: UnsafeMutablePointer<Value>
  let argumentCount: Int
  var this: Value = .undefined
  var newTarget: Value = .undefined
  var pc = 0
  var awaitPC = 0
  var resumeRegister = 0
  var modeRegister = -1
  var state = State.start
  /// For async functions: the promise the call returned.
  var promise: Value = .undefined

  init(
    function: JSFunction, compiled: CompiledFunction, arguments: Arguments, proto: Value, kind: ObjectKind,
    vm: VM
  ) {
    registerCount = compiled.registerCount
    registers = UnsafeMutablePointer<Value>.allocate(capacity: max(registerCount, 1))
    registers.initialize(repeating: .undefined, count: max(registerCount, 1))
    for index in 0..<min(arguments.count, compiled.parameterCount) { registers[index] = arguments[index] }
    argumentCount = arguments.count
    savedArguments = UnsafeMutablePointer<Value>.allocate(capacity: max(arguments.count, 1))
    for index in 0..<arguments.count { (savedArguments + index).initialize(to: arguments[index]) }
    self.function = function
    super.init(shape: vm.emptyShape, proto: proto, kind: kind)
  }

  deinit {
    registers.deallocate()
    savedArguments.deallocate()
  }

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(function)
    for index in 0..<registerCount { marker.mark(registers[index]) }
    for index in 0..<argumentCount { marker.mark(savedArguments[index]) }
    marker.mark(this)
    marker.mark(newTarget)
    marker.mark(promise)
  }
}

extension VM {
  // MARK: Calling from Swift

  /// Calls `callee` with arguments that native code holds; they are copied to the register stack,
  /// which roots them.
  func call(_ callee: Value, this: Value, _ arguments: [Value]) throws(Throw) -> Value {
    let base = top
    guard base + arguments.count + 64 < stackEnd else {
      throw Throw(termination: .stackLimit(limits.maximumDepth))
    }
    for (index, argument) in arguments.enumerated() { base[index] = argument }
    top = base + arguments.count
    defer { top = base }
    return try invoke(
      callee, this: this, Arguments(base: base, count: arguments.count), newTarget: .undefined)
  }

  func construct(_ callee: Value, _ arguments: [Value], newTarget: Value? = nil) throws(Throw) -> Value {
    let base = top
    guard base + arguments.count + 64 < stackEnd else {
      throw Throw(termination: .stackLimit(limits.maximumDepth))
    }
    for (index, argument) in arguments.enumerated() { base[index] = argument }
    top = base + arguments.count
    defer { top = base }
    return try construct(
      callee, Arguments(base: base, count: arguments.count), newTarget: newTarget ?? callee)
  }

  /// [[Call]]. `top` must be above every live register.
  func invoke(_ callee: Value, this: Value, _ arguments: Arguments, newTarget: Value) throws(Throw) -> Value {
    guard let function = callee.asFunction else {
      throw typeError("\(display(callee)) is not a function")
    }
    if let native = function.native {
      return try callNative(
        native, NativeCall(callee: function, this: this, arguments: arguments, newTarget: .undefined))
    }
    if !function.boundTarget.isUndefined {
      let combined = function.boundArguments + arguments.array
      return try call(function.boundTarget, this: function.boundThis, combined)
    }
    guard let compiled = function.compiled else { throw typeError("not a function") }
    if function.isClassConstructor {
      throw typeError(
        "Class constructor \(String(decoding: compiled.name, as: UTF16.self)) cannot be invoked without 'new'"
      )
    }
    if let profiler { profiler.record(compiled, arguments) }
    if let info = function.info, info.pointee.nativeCode != nil,
      let result = try callNativeCode(info, arguments)
    {
      return result
    }
    switch compiled.kind {
    case .generator, .generatorMethod:
      return try makeGenerator(function, compiled, this: this, arguments)
    case .async, .asyncArrow, .asyncMethod:
      return try startAsync(function, compiled, this: this, arguments)
    case .asyncGenerator, .asyncGeneratorMethod:
      return try makeAsyncGenerator(function, compiled, this: this, arguments)
    default:
      return try runFrame(
        function, compiled, this: this, arguments, newTarget: .undefined, isConstruct: false)
    }
  }

  @inline(__always) func callNative(_ native: NativeFunction, _ call: NativeCall) throws(Throw) -> Value {
    do {
      return try native(self, call)
    } catch let thrown as Throw {
      throw thrown
    } catch {
      throw internalError("a built-in threw \(error)")
    }
  }

  /// Pushes an entry frame for a bytecode function at `top` and runs it to completion.
  func runFrame(
    _ function: JSFunction, _ compiled: CompiledFunction, this: Value, _ arguments: Arguments,
    newTarget: Value,
    isConstruct: Bool
  ) throws(Throw) -> Value {
    let base = top
    guard frameCount < frameCapacity - 1, frameCount < limits.maximumDepth,
      base + compiled.registerCount + 8 < stackEnd
    else {
      throw Throw(termination: .stackLimit(limits.maximumDepth))
    }
    for index in 0..<compiled.registerCount {
      base[index] = index < compiled.parameterCount ? arguments[index] : .undefined
    }
    (frames + frameCount).initialize(
      to: Frame(
        function: .passUnretained(function), compiled: .passUnretained(compiled), pc: 0, base: base,
        top: base + compiled.registerCount, this: this, newTarget: newTarget, arguments: arguments,
        returnRegister: 0,
        isEntry: true, isConstruct: isConstruct, suspendable: nil))
    frameCount += 1
    let saved = top
    defer { top = saved }
    switch try execute() {
    case .returned(let value): return value
    case .suspended: throw typeError("cruft: a suspension outside a generator")
    }
  }

  /// The TypeError for calling, or constructing with `new`, a value that cannot be: it names the
  /// callee as the source spells it (`o.f is not a function`) when the compiler recorded that for the
  /// instruction at `pc`, as V8 does, else shows the value.
  func notCallable(_ callee: Value, frame: UnsafeMutablePointer<Frame>, pc: Int, constructing: Bool = false)
    -> Throw
  {
    let compiled = frame.pointee.compiled.takeUnretainedValue()
    let name = compiled.calleeText(at: pc).map { String(decoding: $0, as: UTF16.self) } ?? display(callee)
    return typeError("\(name) is not \(constructing ? "a constructor" : "a function")")
  }

  /// [[Construct]].
  func construct(_ callee: Value, _ arguments: Arguments, newTarget: Value) throws(Throw) -> Value {
    guard let function = callee.asFunction, function.isConstructor else {
      throw typeError("\(display(callee)) is not a constructor")
    }
    if let native = function.native {
      return try callNative(
        native, NativeCall(callee: function, this: .undefined, arguments: arguments, newTarget: newTarget))
    }
    if !function.boundTarget.isUndefined {
      let combined = function.boundArguments + arguments.array
      let target = newTarget.bits == callee.bits ? function.boundTarget : newTarget
      return try construct(function.boundTarget, combined, newTarget: target)
    }
    guard let compiled = function.compiled else { throw typeError("not a constructor") }
    var this = Value.hole
    if !function.isDerived {
      let object = try objectFromConstructor(newTarget, fallback: realm.objectPrototype)
      this = Value(object)
      if !function.fieldInitializer.isUndefined {
        _ = try call(function.fieldInitializer, this: this, [])
      }
    }
    return try runFrame(function, compiled, this: this, arguments, newTarget: newTarget, isConstruct: true)
  }

  /// The prototype a built-in constructor gives its new object: new.target's `prototype` when a
  /// subclass constructs it, else the intrinsic `fallback`.
  func prototype(fromNewTarget call: NativeCall, fallback: JSObject) throws(Throw) -> Value {
    guard !call.newTarget.isUndefined, call.newTarget.bits != Value(call.callee).bits else {
      return Value(fallback)
    }
    let candidate = try get(call.newTarget, names.prototype)
    return candidate.isObject ? candidate : Value(fallback)
  }

  /// OrdinaryCreateFromConstructor: a new object whose prototype is newTarget.prototype.
  func objectFromConstructor(_ newTarget: Value, fallback: JSObject, kind: ObjectKind = .ordinary)
    throws(Throw)
    -> JSObject
  {
    var proto = Value(fallback)
    if newTarget.isObject {
      let candidate = try get(newTarget, names.prototype)
      if candidate.isObject { proto = candidate }
    }
    return heap.register(JSObject(shape: emptyShape, proto: proto, kind: kind), bytes: 128)
  }

  // MARK: Function objects

  /// A closure of `compiled` over `environment`.
  func makeClosure(_ compiled: CompiledFunction, environment: Environment?) -> JSFunction {
    let kind = compiled.kind
    let proto: JSObject =
      kind.isGenerator
      ? (kind.isAsync ? realm.asyncGeneratorFunctionPrototype : realm.generatorFunctionPrototype)
      : kind.isAsync ? realm.asyncFunctionPrototype : realm.functionPrototype
    let function = heap.register(
      JSFunction(shape: emptyShape, proto: Value(proto), kind: .function), bytes: 160)
    function.compiled = compiled
    function.environment = environment
    function.isConstructor = kind.isConstructor
    function.isClassConstructor = kind.isClassConstructor
    function.isDerived = kind == .derivedConstructor
    function.addProperty(names.length, Value(int: Int32(compiled.length)), [.configurable])
    function.addProperty(names.name, string(compiled.name), [.configurable])
    if kind == .normal {
      let prototype = newObject()
      prototype.addProperty(names.constructor, Value(function), .hidden)
      function.addProperty(names.prototype, Value(prototype), [.writable])
    } else if kind.isGenerator {
      let prototype = newObject(
        proto: Value(kind.isAsync ? realm.asyncGeneratorPrototype : realm.generatorPrototype))
      function.addProperty(names.prototype, Value(prototype), [.writable])
    }
    return function
  }

  /// A native function object.
  func makeNative(
    _ name: String, length: Int, constructor: Bool = false, _ body: @escaping NativeFunction
  ) -> JSFunction {
    let function = heap.register(
      JSFunction(shape: emptyShape, proto: Value(realm.functionPrototype), kind: .function), bytes: 160)
    function.native = body
    function.isConstructor = constructor
    function.addProperty(names.length, Value(int: Int32(length)), [.configurable])
    function.addProperty(names.name, Value(atom(name)), [.configurable])
    return function
  }

  // MARK: Generators

  func makeGenerator(
    _ function: JSFunction, _ compiled: CompiledFunction, this: Value, _ arguments: Arguments
  )
    throws(Throw) -> Value
  {
    var proto = try get(Value(function), names.prototype)
    if !proto.isObject { proto = Value(realm.generatorPrototype) }
    let state = heap.register(
      SuspendableState(
        function: function, compiled: compiled, arguments: arguments, proto: proto, kind: .generator, vm: self
      ),
      bytes: 128 + 8 * compiled.registerCount)
    state.this = this
    return Value(state)
  }

  /// Resumes a generator: mode 0 next, 1 return, 2 throw. Returns the iterator result object.
  func resumeGenerator(_ state: SuspendableState, mode: Int, _ value: Value) throws(Throw) -> Value {
    switch state.state {
    case .running:
      throw typeError("Generator is already running")
    case .completed:
      if mode == 2 { throw Throw(value) }
      return iteratorResult(mode == 1 ? value : .undefined, done: true)
    case .start:
      if mode == 1 {
        state.state = .completed
        return iteratorResult(value, done: true)
      }
      if mode == 2 {
        state.state = .completed
        throw Throw(value)
      }
    case .suspended:
      state.registers[state.resumeRegister] = value
      if state.modeRegister >= 0 { state.registers[state.modeRegister] = Value(int: Int32(mode)) }
    }
    let completion = try runSuspendable(state, initialThrow: nil)
    switch completion {
    case .returned(let result): return iteratorResult(result, done: true)
    case .suspended(let yielded): return iteratorResult(yielded, done: false)
    }
  }

  /// Runs a generator's or async function's frame from its saved pc.
  func runSuspendable(_ state: SuspendableState, initialThrow: Value?) throws(Throw) -> Completion {
    guard frameCount < frameCapacity - 1, frameCount < limits.maximumDepth else {
      throw Throw(termination: .stackLimit(limits.maximumDepth))
    }
    let compiled = state.function.compiled!
    let pc = initialThrow == nil ? state.pc : state.awaitPC
    (frames + frameCount).initialize(
      to: Frame(
        function: .passUnretained(state.function), compiled: .passUnretained(compiled), pc: pc,
        base: state.registers, top: top, this: state.this, newTarget: state.newTarget,
        arguments: Arguments(base: state.savedArguments, count: state.argumentCount), returnRegister: 0,
        isEntry: true, isConstruct: false, suspendable: .passUnretained(state)))
    frameCount += 1
    state.state = .running
    do throws(Throw) {
      let completion = try execute(initialThrow: initialThrow)
      if case .returned = completion { state.state = .completed } else { state.state = .suspended }
      return completion
    } catch {
      state.state = .completed
      throw error
    }
  }

  func iteratorResult(_ value: Value, done: Bool) -> Value {
    let result = newObject()
    result.addProperty(names.value, value, .data)
    result.addProperty(names.done, Value(bool: done), .data)
    return Value(result)
  }
}

extension VM {
  /// Calls with three arguments written straight onto the register stack (the array methods'
  /// callbacks), without building an argument array.
  func call(_ callee: Value, this: Value, _ a: Value, _ b: Value, _ c: Value) throws(Throw) -> Value {
    let base = top
    guard base + 3 + 64 < stackEnd else { throw Throw(termination: .stackLimit(limits.maximumDepth)) }
    base[0] = a
    base[1] = b
    base[2] = c
    top = base + 3
    defer { top = base }
    return try invoke(callee, this: this, Arguments(base: base, count: 3), newTarget: .undefined)
  }

  func call(_ callee: Value, this: Value, _ a: Value, _ b: Value) throws(Throw) -> Value {
    let base = top
    guard base + 2 + 64 < stackEnd else { throw Throw(termination: .stackLimit(limits.maximumDepth)) }
    base[0] = a
    base[1] = b
    top = base + 2
    defer { top = base }
    return try invoke(callee, this: this, Arguments(base: base, count: 2), newTarget: .undefined)
  }

  /// Element `index` of an array-like object, or nil when it has none (a hole); dense arrays are read
  /// directly.
  @inline(__always) func element(_ object: JSObject, _ index: Int) throws(Throw) -> Value? {
    try tick()
    if object.kind == .array, index < object.elements.count {
      let value = object.elements[index]
      if !value.isHole { return value }
    }
    let key = indexKey(index)
    guard try hasProperty(object, key) else { return nil }
    return try get(Value(object), key)
  }
}
