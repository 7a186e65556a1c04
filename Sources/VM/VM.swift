import Bytecode

/// One activation record on the frame stack. Registers live in the register stack (or, for a
/// suspended generator or async function, in its own buffer); the record holds what the dispatch
/// loop needs to return to its caller.
struct Frame {
  var function: Unmanaged<JSFunction>
  var compiled: Unmanaged<CompiledFunction>
  /// The instruction being run (saved on every instruction, for handlers and stack traces).
  var pc: Int
  var base: UnsafeMutablePointer<Value>
  /// Where a callee's registers start.
  var top: UnsafeMutablePointer<Value>
  var this: Value
  var newTarget: Value
  var arguments: Arguments
  /// The caller's register that receives the result.
  var returnRegister: Int
  /// Returning from this frame returns from the Swift call that pushed it.
  var isEntry: Bool
  var isConstruct: Bool
  /// The generator or async state whose registers `base` points into.
  var suspendable: Unmanaged<SuspendableState>?
}

/// Resource limits of a run (`cruftvm run --max-heap --max-steps --max-depth`).
public struct RunLimits: Sendable {
  public var maximumHeapBytes: Int
  public var maximumSteps: Int
  public var maximumDepth: Int

  public init(maximumHeapBytes: Int = 2 << 30, maximumSteps: Int = Int.max, maximumDepth: Int = 10_000) {
    self.maximumHeapBytes = maximumHeapBytes
    self.maximumSteps = maximumSteps
    self.maximumDepth = maximumDepth
  }
}

/// A module of the bundle being run: its code, its links and its evaluation state.
final class ModuleRecord {
  enum State { case unevaluated, evaluating, evaluated, failed }

  let name: String
  let index: Int
  let isCommonJS: Bool
  var functions: [CompiledFunction] = []
  var constants: UnsafeMutablePointer<Value>
  let constantCount: Int
  var rawConstants: [Constant]
  /// Indices into the VM's modules, in import-table order.
  var imports: [Int] = []
  var handles: [Value] = []
  var state = State.unevaluated
  var failure: Value = .undefined
  /// CommonJS: the `module` object; ES: the namespace.
  var moduleObject: Value = .undefined
  var namespace: Value = .undefined
  var templateObjects: [Int: Value] = [:]

  init(name: String, index: Int, isCommonJS: Bool, constants: [Constant]) {
    self.name = name
    self.index = index
    self.isCommonJS = isCommonJS
    rawConstants = constants
    constantCount = constants.count
    self.constants = UnsafeMutablePointer<Value>.allocate(capacity: max(constants.count, 1))
    self.constants.initialize(repeating: .undefined, count: max(constants.count, 1))
  }

  deinit { constants.deallocate() }

  func trace(_ marker: inout Marker) {
    for index in 0..<constantCount { marker.mark(constants[index]) }
    for value in handles { marker.mark(value) }
    marker.mark(failure)
    marker.mark(moduleObject)
    marker.mark(namespace)
    for value in templateObjects.values { marker.mark(value) }
  }
}

/// The virtual machine: heap, intrinsics, register and frame stacks, modules and the job queue.
public final class VM {
  let heap: Heap
  let limits: RunLimits
  var atoms: [[UInt16]: JSString] = [:]
  let emptyShape = Shape()
  /// Every proxy's shape: it has no keys, and no inline cache ever records it.
  let proxyShape = Shape()
  var names: Names!
  var realm: Realm!
  var modules: [ModuleRecord] = []

  let stack: UnsafeMutablePointer<Value>
  let stackEnd: UnsafeMutablePointer<Value>
  let frames: UnsafeMutablePointer<Frame>
  var frameCount = 0
  let frameCapacity: Int
  /// Instructions left before `--max-steps` ends the run.
  var stepsLeft: Int
  /// Values native code holds across calls back into programs, kept alive by the collector.
  var temporaryRoots: [Value] = []
  /// Targets of WeakRefs made or read since the job queue was last empty (KeepDuringJob).
  var keptAlive: [Value] = []
  /// `heap.collections` when the event loop last looked for registries with dead targets.
  var collectionsSeenByCleanup = 0
  /// The first free register-stack slot while native code runs (set before every slow path).
  var top: UnsafeMutablePointer<Value>
  /// `Array.prototype`'s bits: arrays with it as prototype may grow by appending without a lookup
  /// (the frozen prototype chain has no indexed properties).
  var arrayPrototypeBits: UInt64 = 0
  /// `String.prototype` and the `length` atom, for the inline caches of string receivers.
  var stringPrototypeBits: UInt64 = 0
  var lengthAtomBits: UInt64 = 0
  /// The intrinsic prototype of each typed array type, by `TypedArrayType.rawValue`.
  let typedArrayPrototypeBits = UnsafeMutablePointer<UInt64>.allocate(capacity: TypedArrayType.allCases.count)
  var jobs = JobQueue()
  var timers = Timers()
  /// Timeout.prototype and Immediate.prototype, made on the first timer (ClockHandle.swift).
  var timerPrototypeCache: (timeout: JSObject, immediate: JSObject)?
  /// Network requests under way off the VM thread (the event loop waits for them).
  var hostOperations = HostOperations()
  /// The Headers and Response prototypes of the net handle, made on first use.
  var netPrototypes: NetPrototypes?
  /// A termination raised where it could not be thrown (inside a promise resolution), thrown by the
  /// job loop.
  var pendingTermination: Throw?
  /// Arrays being joined, so that an array containing itself joins as "" instead of recursing.
  var joining: Set<UInt64> = []
  /// `Symbol.for`'s registry, by the interned key's bits.
  var symbolRegistry: [UInt64: JSSymbol] = [:]
  /// The options of the `util.inspect` call in progress (console.log uses the defaults): kept here
  /// rather than passed down every recursive call of `inspect`.
  /// The lowest address the host (Swift) stack may reach before a run is stopped as too deep: each
  /// native function that calls bytecode re-enters `execute` one Swift frame deeper. Zero: unchecked.
  var hostStackFloor: UInt = 0
  /// `cruftvm run --profile`: records every call of a bytecode function (Profiler.swift).
  var profiler: Profiler?
  /// Rejected promises without a handler yet, oldest first: checked each time the job queue runs out.
  var unhandledRejections: [Value] = []
  /// The bundle's library Buffer.prototype once looked up (undefined: the bundle has none).
  var nodeBufferPrototype: Value?
  var endsOnUnhandledRejection = true
  /// The reason of the rejection that ended the run (`Termination.unhandledRejection`).
  var pendingRejectionReason: Value = .undefined
  var inspectOptions = InspectOptions()
  /// The capability kinds each package's manifest `receives` (by package name), for denials to say
  /// whether the bundle or the run withholds a capability.
  var bundleGrantedKinds: [String: Set<String>] = [:]
  /// The nesting level of the object `inspect` entered last: node keeps a value on one line only when
  /// fewer than three levels of objects were printed below it.
  var inspectDeepestLevel = 0
  /// The objects found to contain references back to themselves in the `inspect` call in progress,
  /// numbered as node numbers them (`<ref *1>`, `[Circular *1]`).
  var inspectCircularTargets: [UInt64: Int] = [:]
  /// `util.inspect` itself, made once: custom inspect methods receive it, and it is never treated as one.
  var inspectFunction: JSFunction?
  /// Where `console.log` and `process.stdout.write` go, and `console.error`.
  var standardOutput: (String) -> Void = { print($0, terminator: "") }
  var standardError: (String) -> Void = { _ in }

  init(limits: RunLimits, freezesIntrinsics: Bool = true) {
    self.limits = limits
    heap = Heap(maximumBytes: limits.maximumHeapBytes)
    let stackSize = 4 << 20
    // Not initialized: touching 32 MB up front cost most of start-up. Every frame writes its
    // registers before use, and the collector scans only below the highest frame's top.
    stack = UnsafeMutablePointer<Value>.allocate(capacity: stackSize)
    stackEnd = stack + stackSize
    top = stack
    frameCapacity = limits.maximumDepth + 64
    frames = UnsafeMutablePointer<Frame>.allocate(capacity: frameCapacity)
    stepsLeft = limits.maximumSteps
    names = Names(vm: self)
    realm = Realm(vm: self)
    arrayPrototypeBits = Value(realm.arrayPrototype).bits
    stringPrototypeBits = Value(realm.stringPrototype).bits
    lengthAtomBits = names.length.bits
    realm.install(freezing: freezesIntrinsics)
    for type in TypedArrayType.allCases {
      typedArrayPrototypeBits[Int(type.rawValue)] = Value(realm.typedArrayPrototypes[Int(type.rawValue)]).bits
    }
    // Unfrozen (conformance testing only), Array.prototype and the typed array prototypes may gain
    // indexed properties or a new iterator: no array takes the paths that assume they cannot.
    if !freezesIntrinsics {
      arrayPrototypeBits = 0
      for type in TypedArrayType.allCases { typedArrayPrototypeBits[Int(type.rawValue)] = 0 }
    }
  }

  deinit {
    stack.deallocate()
    frames.deallocate()
    typedArrayPrototypeBits.deallocate()
  }

  // MARK: Allocation

  func atom(_ units: [UInt16]) -> JSString {
    if let existing = atoms[units] { return existing }
    let string = heap.register(JSString(units: units), bytes: 48 + 2 * units.count)
    string.isAtom = true
    atoms[units] = string
    return string
  }

  func atom(_ text: String) -> JSString { atom(Array(text.utf16)) }

  func key(_ text: String) -> PropertyKey { PropertyKey(atom: atom(text)) }

  func string(_ units: [UInt16]) -> Value { Value(plainString(units)) }

  func string(_ text: String) -> Value { string(Array(text.utf16)) }

  /// A fresh (not interned) string.
  func plainString(_ units: [UInt16]) -> JSString {
    heap.register(JSString(units: units), bytes: 48 + 2 * units.count)
  }

  func plainString(_ text: String) -> JSString { plainString(Array(text.utf16)) }

  @inline(never) func currentStackAddress() -> UInt {
    var marker = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
  }

  /// `Symbol.for(key)`: the one symbol of the global registry for a key.
  func registeredSymbol(_ key: JSString) -> JSSymbol {
    let interned = Value(intern(key))
    if let existing = symbolRegistry[interned.bits] { return existing }
    let created = newSymbol(description: interned)
    created.registryKey = interned
    symbolRegistry[interned.bits] = created
    return created
  }

  func newObject(proto: Value? = nil) -> JSObject {
    heap.register(
      JSObject(shape: emptyShape, proto: proto ?? Value(realm.objectPrototype)), bytes: 128)
  }

  func newArray(_ values: [Value] = []) -> JSObject {
    let array = heap.register(
      JSObject(shape: emptyShape, proto: Value(realm.arrayPrototype), kind: .array),
      bytes: 128 + 8 * values.count)
    array.elements.reserve(values.count)
    for value in values { array.elements.append(value) }
    return array
  }

  func newSymbol(description: Value, isPrivate: Bool = false) -> JSSymbol {
    heap.register(JSSymbol(description: description, isPrivate: isPrivate), bytes: 48)
  }

  /// Charges one step of a built-in's loop against `--max-steps`, and ends the run when the heap
  /// estimate is over `--max-heap` even before a collection (built-ins cannot collect).
  @inline(__always) func tick() throws(Throw) {
    stepsLeft &-= 1
    if _slowPath(stepsLeft < 0) { throw Throw(termination: .stepLimit(limits.maximumSteps)) }
    if _slowPath(heap.isOverLimit) { throw Throw(termination: .heapLimit(limits.maximumHeapBytes)) }
  }

  /// `count` values made by `body`, for built-ins that copy an array-like: the length comes from
  /// the program, so the memory is reserved against `--max-heap` first and each step is charged.
  func collect<T>(_ count: Int, _ body: (Int) throws(Throw) -> T) throws(Throw) -> [T] {
    try reserve(bytes: 8 * count)
    var out: [T] = []
    out.reserveCapacity(count)
    for index in 0..<count {
      try tick()
      out.append(try body(index))
    }
    return out
  }

  /// Ends the run before a built-in allocates more than `--max-heap` allows.
  func reserve(bytes: Int) throws(Throw) {
    if heap.liveAfterCollection + heap.allocatedSinceCollection + bytes > limits.maximumHeapBytes {
      throw Throw(termination: .heapLimit(limits.maximumHeapBytes))
    }
  }

  // MARK: Collection

  /// Collects if enough was allocated; called only where every live value is rooted (instruction
  /// boundaries of the dispatch loop).
  @inline(never) func collectIfNeeded() throws(Throw) {
    guard heap.wantsCollection else { return }
    collectGarbage()
    if heap.isOverLimit { throw Throw(termination: .heapLimit(limits.maximumHeapBytes)) }
  }

  func collectGarbage() {
    heap.collect { marker in
      for atom in atoms.values { marker.mark(atom) }
      realm.trace(&marker)
      names.trace(&marker)
      for symbol in symbolRegistry.values { marker.mark(symbol) }
      marker.mark(inspectFunction)
      for promise in unhandledRejections { marker.mark(promise) }
      marker.mark(pendingRejectionReason)
      if let nodeBufferPrototype { marker.mark(nodeBufferPrototype) }
      for module in modules { module.trace(&marker) }
      var top = self.top
      for index in 0..<frameCount {
        let frame = frames[index]
        marker.mark(frame.function.takeUnretainedValue())
        marker.mark(frame.this)
        marker.mark(frame.newTarget)
        marker.mark(frame.suspendable?.takeUnretainedValue())
        if frame.suspendable == nil { top = max(top, frame.top) }
        for argument in 0..<frame.arguments.count { marker.mark(frame.arguments[argument]) }
      }
      var slot = stack
      while slot < top {
        marker.mark(slot.pointee)
        slot += 1
      }
      for value in temporaryRoots { marker.mark(value) }
      for value in keptAlive { marker.mark(value) }
      jobs.trace(&marker)
      timers.trace(&marker)
      if let prototypes = timerPrototypeCache {
        marker.mark(Value(prototypes.timeout))
        marker.mark(Value(prototypes.immediate))
      }
      hostOperations.trace(&marker)
      netPrototypes?.trace(&marker)
    }
  }
}
