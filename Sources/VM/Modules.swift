import Bytecode
import Foundation
import Seal

/// Linking and evaluating a verified bundle's modules: each gets its imports and exactly the
/// capability handles its package receives, intersected with what the person running it allows.
extension VM {
  /// Decodes every module's code and links imports and handles. `handles` builds the handle object a
  /// package receives for a handle name.
  func link(
    _ bundle: VerifiedBundle, decoded: [String: BytecodeModule],
    handle: (String, BundlePackage) throws(Throw) -> Value
  )
    throws(Throw)
  {
    let manifest = bundle.manifest
    var indexByName: [String: Int] = [:]
    for (index, entry) in manifest.modules.enumerated() {
      guard let code = decoded[entry.name] else { throw internalError("module \(entry.name) has no code") }
      let record = ModuleRecord(
        name: entry.name, index: index, isCommonJS: code.functions.first?.kind == .commonJSBody,
        constants: code.constants)
      for (position, constant) in code.constants.enumerated() {
        switch constant {
        case .number(let number): record.constants[position] = Value(number: number)
        case .string(let units): record.constants[position] = Value(atom(units))
        case .bigint(let text):
          record.constants[position] = Value(bigint(BigIntValue.parseLiteral(text) ?? .zero))
        case .template, .regexp: record.constants[position] = .undefined
        }
      }
      record.functions = code.functions.enumerated().map {
        CompiledFunction($0.element, index: $0.offset, module: record)
      }
      modules.append(record)
      indexByName[entry.name] = index
    }
    for (index, entry) in manifest.modules.enumerated() {
      let record = modules[index]
      record.imports = try entry.imports.map { (name) throws(Throw) -> Int in
        guard let target = indexByName[name] else {
          throw internalError("module \(entry.name) imports unknown \(name)")
        }
        return target
      }
      guard let package = manifest.package(entry.package) else {
        throw internalError("module \(entry.name) has no package")
      }
      record.handles = try entry.handles.map { (name) throws(Throw) in try handle(name, package) }
      let namespace = newObject(proto: .null)
      namespace.kind = .namespace
      namespace.addProperty(
        PropertyKey(symbol: names.symbolToStringTag), Value(atom("Module")), [])
      namespace.isExtensible = false
      record.namespace = Value(namespace)
    }
  }

  /// Evaluates module `index` if it has not run (CommonJS require: cycles see partial exports).
  func evaluate(_ index: Int) throws(Throw) {
    let record = modules[index]
    switch record.state {
    case .evaluated, .evaluating: return
    case .failed: throw Throw(record.failure)
    case .unevaluated: break
    }
    record.state = .evaluating
    if record.isCommonJS {
      let module = newObject()
      let exports = newObject()
      module.addProperty(names.exports, Value(exports), .data)
      module.addProperty(key("id"), Value(atom(record.name)), .data)
      record.moduleObject = Value(module)
    }
    let body = record.functions[0]
    let function = heap.register(
      JSFunction(shape: emptyShape, proto: Value(realm.functionPrototype), kind: .function), bytes: 128)
    function.compiled = body
    do throws(Throw) {
      if body.containsAwait {
        try evaluateAsync(function, body)
      } else {
        _ = try runFrame(function, body, this: .undefined, .none, newTarget: .undefined, isConstruct: false)
      }
      record.state = .evaluated
    } catch {
      record.state = .failed
      record.failure = error.value
      throw error
    }
  }

  /// A module body with top-level `await` runs like an async function; the modules that import it
  /// wait for it by running the event loop until it settles.
  private func evaluateAsync(_ function: JSFunction, _ body: CompiledFunction) throws(Throw) {
    let state = heap.register(
      SuspendableState(
        function: function, compiled: body, arguments: .none, proto: .null, kind: .ordinary, vm: self),
      bytes: 128 + 8 * body.registerCount)
    let promise = newPromise()
    state.promise = Value(promise)
    temporaryRoots.append(Value(state))
    defer { temporaryRoots.removeLast() }
    try stepAsync(state, initialThrow: nil)
    try runEventLoop { promise.state != .pending }
    if promise.state == .rejected { throw Throw(promise.result) }
  }

  /// Runs jobs, then timers, until `done` holds or nothing is left to run. As in node, the
  /// process.nextTick queue runs before the promise jobs when a task ends (the module body, a timer),
  /// and again each time the promise jobs run out.
  /// `startWithTicks` is false after an ES module entry: node evaluates it inside a promise job, so
  /// the promise jobs it queued run before its nextTick callbacks.
  /// Then the loop's phases, as libuv's: every timer due at the loop's time, then the immediates
  /// queued before the check phase began, each a task followed by the ticks and promise jobs.
  func runEventLoop(startWithTicks: Bool = true, until done: () -> Bool = { false }) throws(Throw) {
    var ticksFirst = startWithTicks
    // Immediates still to run in the current check phase (0: the timers phase).
    var checkPhaseLeft = 0
    while !done() {
      if timers.hasTicks && (ticksFirst || jobs.isEmpty), let tick = timers.dequeueTick() {
        ticksFirst = true
        _ = try call(tick.callback, this: .undefined, tick.arguments)
        try collectIfNeeded()
        continue
      }
      ticksFirst = false
      if let job = jobs.dequeue() {
        try run(job)
        try collectIfNeeded()
        if let termination = pendingTermination {
          pendingTermination = nil
          throw termination
        }
        continue
      }
      if endsOnUnhandledRejection, let first = unhandledRejections.first {
        // node's processPromiseRejections: once the ticks and jobs are done, an unhandled rejection
        // is fatal. The reason is reported as an uncaught exception.
        pendingRejectionReason = (first.object as? PromiseObject)?.result ?? .undefined
        throw Throw(termination: .unhandledRejection)
      }
      // The microtasks are done: WeakRef targets may go (ClearKeptObjects), and registries whose
      // targets died get their cleanup callbacks, as a task of their own.
      keptAlive.removeAll()
      if try runFinalizationCleanups() { continue }
      if checkPhaseLeft > 0, let immediate = timers.takeImmediate() {
        checkPhaseLeft -= 1
        _ = try call(immediate.callback, this: immediate.receiver, immediate.arguments)
        ticksFirst = true
        continue
      }
      checkPhaseLeft = 0
      // Requests under way: complete their results, waiting (until timer work is due) when none is in.
      if try completeHostOperations() { continue }
      guard timers.hasReferencedWork else { return }
      timers.updateLoopTime()
      if let timer = timers.nextDue() {
        hostOperations.timerRanSinceLastPoll = true
        _ = try call(timer.callback, this: timer.receiver, timer.arguments)
        ticksFirst = true
        continue
      }
      if timers.immediateCount > 0 {
        checkPhaseLeft = timers.immediateCount
        continue
      }
      if let due = timers.nextDueTime, due > timers.loopTime {
        Thread.sleep(forTimeInterval: (due - timers.loopTime) / 1000)
      }
    }
  }

  /// `require()` of a bundle module: its `module.exports`, or an ES module's namespace.
  func require(_ index: Int) throws(Throw) -> Value {
    try evaluate(index)
    let record = modules[index]
    if record.isCommonJS { return try get(record.moduleObject, names.exports) }
    return record.namespace
  }

  /// `import` of a bundle module: its namespace (for CommonJS: `default` and the exports' own keys).
  func importNamespace(_ index: Int) throws(Throw) -> Value {
    try evaluate(index)
    let record = modules[index]
    guard record.isCommonJS else { return record.namespace }
    let namespace = record.namespace.object
    let exports = try get(record.moduleObject, names.exports)
    try defineOwn(namespace, .named(names.default_), exports, [.writable, .enumerable])
    if exports.isObject {
      for key in try ownKeys(exports.object, includeSymbols: false, onlyEnumerable: true)
      where namedKey(key) != names.default_ {
        try defineOwn(namespace, key, try get(exports, key), [.writable, .enumerable])
      }
    }
    return record.namespace
  }

  func moduleMeta(_ record: ModuleRecord, _ selector: Int) throws(Throw) -> Value {
    switch selector {
    case 0: return record.moduleObject
    case 1: return record.moduleObject.isObject ? try get(record.moduleObject, names.exports) : .undefined
    case 2: return Value(atom("/" + record.name))
    case 3:
      let name = record.name
      let directory = name.lastIndex(of: "/").map { String(name[..<$0]) } ?? name
      return Value(atom("/" + directory))
    default:
      let meta = newObject(proto: .null)
      meta.addProperty(names.url, Value(atom("cruft:" + record.name)), .data)
      return Value(meta)
    }
  }
}
