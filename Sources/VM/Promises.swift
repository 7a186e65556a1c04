/// Promises, the job queue, and async functions.
final class PromiseObject: JSObject {
  enum State { case pending, fulfilled, rejected }

  struct Reaction {
    /// The promise the `then` call returned (undefined for await's internal reactions).
    var derived: Value
    var onFulfilled: Value
    var onRejected: Value
    /// An async function's state to resume instead of calling handlers.
    var resume: Value
  }

  var state = State.pending
  var result: Value = .undefined
  var reactions: [Reaction] = []
  var isHandled = false

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(result)
    for reaction in reactions {
      marker.mark(reaction.derived)
      marker.mark(reaction.onFulfilled)
      marker.mark(reaction.onRejected)
      marker.mark(reaction.resume)
    }
  }
}

/// A microtask.
struct Job {
  enum Kind { case reaction, resolveThenable }
  var kind: Kind
  var reaction: PromiseObject.Reaction
  /// The settled value (reaction) or the thenable (resolveThenable).
  var argument: Value
  var fulfilled: Bool
  /// resolveThenable: the promise to resolve and the `then` function.
  var promise: Value = .undefined
  var then: Value = .undefined
}

struct JobQueue {
  private var jobs: [Job] = []
  private var head = 0

  var isEmpty: Bool { head == jobs.count }

  mutating func enqueue(_ job: Job) { jobs.append(job) }

  mutating func dequeue() -> Job? {
    guard head < jobs.count else { return nil }
    let job = jobs[head]
    head += 1
    if head > 1024 && head * 2 > jobs.count {
      jobs.removeFirst(head)
      head = 0
    }
    return job
  }

  func trace(_ marker: inout Marker) {
    for job in jobs[head...] {
      marker.mark(job.argument)
      marker.mark(job.promise)
      marker.mark(job.then)
      marker.mark(job.reaction.derived)
      marker.mark(job.reaction.onFulfilled)
      marker.mark(job.reaction.onRejected)
      marker.mark(job.reaction.resume)
    }
  }
}

extension VM {
  func newPromise(proto: Value? = nil) -> PromiseObject {
    heap.register(
      PromiseObject(shape: emptyShape, proto: proto ?? Value(realm.promisePrototype), kind: .promise),
      bytes: 128)
  }

  /// The resolve function's logic: thenables are adopted through a job.
  func resolvePromise(_ promise: PromiseObject, _ resolution: Value) {
    guard promise.state == .pending else { return }
    if resolution.isObject && resolution.object === promise {
      rejectPromise(promise, typeError("Chaining cycle detected for promise #<Promise>").value)
      return
    }
    guard resolution.isObject else {
      settle(promise, resolution, fulfilled: true)
      return
    }
    let then: Value
    do throws(Throw) {
      then = try get(resolution, names.then)
    } catch {
      if error.termination != nil { pendingTermination = error }
      rejectPromise(promise, error.value)
      return
    }
    guard isCallable(then) else {
      settle(promise, resolution, fulfilled: true)
      return
    }
    jobs.enqueue(
      Job(
        kind: .resolveThenable,
        reaction: .init(
          derived: .undefined, onFulfilled: .undefined, onRejected: .undefined, resume: .undefined),
        argument: resolution, fulfilled: true, promise: Value(promise), then: then))
  }

  func rejectPromise(_ promise: PromiseObject, _ reason: Value) {
    guard promise.state == .pending else { return }
    settle(promise, reason, fulfilled: false)
  }

  private func settle(_ promise: PromiseObject, _ value: Value, fulfilled: Bool) {
    promise.state = fulfilled ? .fulfilled : .rejected
    promise.result = value
    // HostPromiseRejectionTracker: a rejection nobody handles by the time the jobs run out ends the
    // run, as in node.
    if !fulfilled && !promise.isHandled { unhandledRejections.append(Value(promise)) }
    let reactions = promise.reactions
    promise.reactions = []
    for reaction in reactions {
      jobs.enqueue(Job(kind: .reaction, reaction: reaction, argument: value, fulfilled: fulfilled))
    }
  }

  /// PerformPromiseThen.
  func then(_ promise: PromiseObject, _ reaction: PromiseObject.Reaction) {
    if promise.state == .rejected && !promise.isHandled {
      unhandledRejections.removeAll { $0.bits == Value(promise).bits }
    }
    promise.isHandled = true
    switch promise.state {
    case .pending: promise.reactions.append(reaction)
    case .fulfilled, .rejected:
      jobs.enqueue(
        Job(
          kind: .reaction, reaction: reaction, argument: promise.result,
          fulfilled: promise.state == .fulfilled))
    }
  }

  /// PromiseResolve(%Promise%, value).
  func promiseResolve(_ value: Value) -> PromiseObject {
    if value.isObject, let promise = value.object as? PromiseObject,
      promise.proto.bits == Value(realm.promisePrototype).bits
    {
      return promise
    }
    let promise = newPromise()
    resolvePromise(promise, value)
    return promise
  }

  /// A pair of resolving functions for `promise`, sharing one "already resolved" flag.
  func resolvingFunctions(_ promise: PromiseObject) -> (resolve: JSFunction, reject: JSFunction) {
    let flag = newObject(proto: .null)
    let resolve = makeNative("", length: 1) { vm, call in
      let state = call.callee.captured[1].object
      guard state.isExtensible else { return .undefined }
      state.isExtensible = false
      vm.resolvePromise(call.callee.captured[0].object as! PromiseObject, call[0])
      return .undefined
    }
    let reject = makeNative("", length: 1) { vm, call in
      let state = call.callee.captured[1].object
      guard state.isExtensible else { return .undefined }
      state.isExtensible = false
      vm.rejectPromise(call.callee.captured[0].object as! PromiseObject, call[0])
      return .undefined
    }
    resolve.captured = [Value(promise), Value(flag)]
    reject.captured = [Value(promise), Value(flag)]
    return (resolve, reject)
  }

  /// Runs jobs until the queue is empty.
  func drainJobs() throws(Throw) {
    while let job = jobs.dequeue() {
      if let termination = pendingTermination {
        pendingTermination = nil
        throw termination
      }
      try run(job)
      try collectIfNeeded()
    }
  }

  func run(_ job: Job) throws(Throw) {
    switch job.kind {
    case .resolveThenable:
      let promise = job.promise.object as! PromiseObject
      let (resolve, reject) = resolvingFunctions(promise)
      do throws(Throw) {
        _ = try call(job.then, this: job.argument, [Value(resolve), Value(reject)])
      } catch {
        if error.termination != nil { throw error }
        _ = try call(Value(reject), this: .undefined, [error.value])
      }
    case .reaction:
      let reaction = job.reaction
      if reaction.resume.isObject {
        if let generator = reaction.resume.object as? AsyncGeneratorObject {
          return try resumeAsyncGenerator(generator, value: job.argument, threw: !job.fulfilled)
        }
        try resumeAsync(
          reaction.resume.object as! SuspendableState, value: job.argument, threw: !job.fulfilled)
        return
      }
      let handler = job.fulfilled ? reaction.onFulfilled : reaction.onRejected
      let derived = reaction.derived.isObject ? reaction.derived.object as? PromiseObject : nil
      // A `then` on a promise subclass settles through the capability its constructor made.
      let capability = reaction.derived.isObject ? reaction.derived.object as? PromiseCapabilityRecord : nil
      var fulfilled = job.fulfilled
      var outcome = job.argument
      if isCallable(handler) {
        do throws(Throw) {
          outcome = try call(handler, this: .undefined, [job.argument])
          fulfilled = true
        } catch {
          if error.termination != nil { throw error }
          outcome = error.value
          fulfilled = false
        }
      }
      if let derived {
        if fulfilled { resolvePromise(derived, outcome) } else { rejectPromise(derived, outcome) }
      } else if let capability {
        _ = try call(fulfilled ? capability.resolve : capability.reject, this: .undefined, [outcome])
      }
    }
  }

  // MARK: Async functions

  func startAsync(_ function: JSFunction, _ compiled: CompiledFunction, this: Value, _ arguments: Arguments)
    throws(Throw) -> Value
  {
    let promise = newPromise()
    let state = heap.register(
      SuspendableState(
        function: function, compiled: compiled, arguments: arguments, proto: .null, kind: .ordinary, vm: self),
      bytes: 128 + 8 * compiled.registerCount)
    state.this = this
    state.promise = Value(promise)
    temporaryRoots.append(Value(state))
    defer { temporaryRoots.removeLast() }
    try stepAsync(state, initialThrow: nil)
    return Value(promise)
  }

  func resumeAsync(_ state: SuspendableState, value: Value, threw: Bool) throws(Throw) {
    if threw {
      try stepAsync(state, initialThrow: value)
    } else {
      state.registers[state.resumeRegister] = value
      try stepAsync(state, initialThrow: nil)
    }
  }

  /// Runs an async function until its next await (subscribing its resumption) or its end.
  func stepAsync(_ state: SuspendableState, initialThrow: Value?) throws(Throw) {
    let promise = state.promise.object as! PromiseObject
    do throws(Throw) {
      switch try runSuspendable(state, initialThrow: initialThrow) {
      case .returned(let value):
        resolvePromise(promise, value)
      case .suspended(let awaited):
        let awaitedPromise = promiseResolve(awaited)
        then(
          awaitedPromise,
          .init(derived: .undefined, onFulfilled: .undefined, onRejected: .undefined, resume: Value(state)))
      }
    } catch {
      if error.termination != nil { throw error }
      rejectPromise(promise, error.value)
    }
  }
}

extension Realm {
  func installPromise() {
    let vm = self.vm
    let promiseConstructor = constructor("Promise", 1, prototype: promisePrototype) { vm, call in
      guard !call.newTarget.isUndefined else {
        throw vm.typeError("Promise constructor cannot be invoked without 'new'")
      }
      guard vm.isCallable(call[0]) else {
        throw vm.typeError("Promise resolver \(vm.display(call[0])) is not a function")
      }
      let proto = try vm.prototype(fromNewTarget: call, fallback: vm.realm.promisePrototype)
      let promise = vm.newPromise(proto: proto)
      let (resolve, reject) = vm.resolvingFunctions(promise)
      vm.temporaryRoots.append(contentsOf: [Value(promise), Value(resolve), Value(reject)])
      defer { vm.temporaryRoots.removeLast(3) }
      do {
        _ = try vm.call(call[0], this: .undefined, [Value(resolve), Value(reject)])
      } catch let error as Throw {
        if error.termination != nil { throw error }
        _ = try vm.call(Value(reject), this: .undefined, [error.value])
      }
      return Value(promise)
    }
    self.promiseConstructor = Value(promiseConstructor)
    getter(promiseConstructor, vm.names.symbolSpecies, "[Symbol.species]") { _, call in call.this }
    promisePrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("Promise")), [.configurable])
    method(promisePrototype, "then", 2) { vm, call in
      guard let promise = call.this.object(ofKind: .promise) as? PromiseObject else {
        throw vm.typeError(
          "Method Promise.prototype.then called on incompatible receiver \(vm.display(call.this))")
      }
      let constructor = try vm.speciesConstructor(call.this, default: vm.realm.promiseConstructor)
      let capability = try vm.newPromiseCapability(constructor)
      vm.then(
        promise,
        .init(
          derived: capability.derived, onFulfilled: vm.isCallable(call[0]) ? call[0] : .undefined,
          onRejected: vm.isCallable(call[1]) ? call[1] : .undefined, resume: .undefined))
      return capability.promise
    }
    method(promisePrototype, "catch", 1) { vm, call in
      try vm.call(try vm.get(call.this, vm.names.then), this: call.this, [.undefined, call[0]])
    }
    method(promisePrototype, "finally", 1) { vm, call in
      let onFinally = call[0]
      guard call.this.isObject else {
        throw vm.typeError(
          "Method Promise.prototype.finally called on incompatible receiver \(vm.display(call.this))")
      }
      let constructor = try vm.speciesConstructor(call.this, default: vm.realm.promiseConstructor)
      guard vm.isCallable(onFinally) else {
        return try vm.call(try vm.get(call.this, vm.names.then), this: call.this, [onFinally, onFinally])
      }
      let thenFinally = vm.makeNative("", length: 1) { vm, inner in
        let result = try vm.call(inner.callee.captured[0], this: .undefined, [])
        let promise = try vm.promiseResolve(constructor: inner.callee.captured[1], result)
        let valueThunk = vm.makeNative("", length: 0) { _, thunk in thunk.callee.captured[0] }
        valueThunk.captured = [inner[0]]
        return try vm.invoke(promise, vm.names.then, [Value(valueThunk)])
      }
      let catchFinally = vm.makeNative("", length: 1) { vm, inner in
        let result = try vm.call(inner.callee.captured[0], this: .undefined, [])
        let promise = try vm.promiseResolve(constructor: inner.callee.captured[1], result)
        let thrower = vm.makeNative("", length: 0) { _, thunk in throw Throw(thunk.callee.captured[0]) }
        thrower.captured = [inner[0]]
        return try vm.invoke(promise, vm.names.then, [Value(thrower)])
      }
      thenFinally.captured = [onFinally, constructor]
      catchFinally.captured = [onFinally, constructor]
      return try vm.call(
        try vm.get(call.this, vm.names.then), this: call.this, [Value(thenFinally), Value(catchFinally)])
    }
    method(promiseConstructor, "resolve", 1) { vm, call in
      guard call.this.isObject else { throw vm.typeError("PromiseResolve called on non-object") }
      return try vm.promiseResolve(constructor: call.this, call[0])
    }
    method(promiseConstructor, "reject", 1) { vm, call in
      let capability = try vm.newPromiseCapability(call.this)
      _ = try vm.call(capability.reject, this: .undefined, [call[0]])
      return capability.promise
    }
    method(promiseConstructor, "withResolvers", 0) { vm, call in
      let capability = try vm.newPromiseCapability(call.this)
      let result = vm.newObject()
      result.addProperty(vm.key("promise"), capability.promise, .data)
      result.addProperty(vm.key("resolve"), capability.resolve, .data)
      result.addProperty(vm.key("reject"), capability.reject, .data)
      return Value(result)
    }
    for combinator in ["all", "allSettled", "any", "race"] {
      method(promiseConstructor, combinator, 1) { vm, call in
        try vm.promiseCombinator(combinator, constructor: call.this, call[0])
      }
    }
  }
}

extension VM {
  /// One element of a combinator settled (or the iteration ended): when none is left, `all` and
  /// `allSettled` resolve with the values and `any` rejects with an AggregateError of the reasons.
  func countDown(
    _ counter: JSObject, _ kind: String, _ capability: PromiseCapabilityRecord, _ values: JSObject
  )
    throws(Throw)
  {
    counter.primitive = Value(int: counter.primitive.int - 1)
    guard counter.primitive.int == 0 else { return }
    if kind == "any" {
      let error = makeError(realm.aggregateErrorPrototype, "All promises were rejected")
      error.object.addProperty(names.errors, Value(values), .hidden)
      _ = try call(capability.reject, this: .undefined, [error])
    } else {
      _ = try call(capability.resolve, this: .undefined, [Value(values)])
    }
  }

  /// Promise.all, allSettled, any and race on the constructor `this` (PerformPromiseAll and its
  /// siblings): each element goes through `C.resolve`, then its `then` is invoked with element
  /// functions that settle once.
  func promiseCombinator(_ kind: String, constructor: Value, _ iterable: Value) throws(Throw) -> Value {
    let capability = try newPromiseCapabilityRecord(constructor)
    temporaryRoots.append(Value(capability))
    defer { temporaryRoots.removeLast() }
    func rejectWith(_ error: Throw) throws(Throw) -> Value {
      if error.termination != nil { throw error }
      _ = try call(capability.reject, this: .undefined, [error.value])
      return capability.promise
    }
    let promiseResolve: Value
    do throws(Throw) {
      promiseResolve = try get(constructor, key("resolve"))
      guard isCallable(promiseResolve) else {
        throw typeError("Promise resolve or reject function is not callable")
      }
    } catch {
      return try rejectWith(error)
    }
    let values = newArray()
    let counter = newObject(proto: .null)
    counter.primitive = Value(int: 1)
    temporaryRoots.append(contentsOf: [Value(values), Value(counter)])
    defer { temporaryRoots.removeLast(2) }
    var index = 0
    do throws(Throw) {
      try iterate(iterable) { (item) throws(Throw) in
        let position = index
        index += 1
        if kind != "race" {
          values.elements.append(.undefined)
          counter.primitive = Value(int: counter.primitive.int + 1)
        }
        let next = try call(promiseResolve, this: constructor, [item])
        if kind == "race" {
          _ = try invoke(next, names.then, [capability.resolve, capability.reject])
          return
        }
        let once = newObject(proto: .null)
        func elementFunction(_ fulfilled: Bool) -> JSFunction {
          let function = makeNative("", length: 1) { vm, call in
            let once = call.callee.captured[3].object
            guard once.isExtensible else { return .undefined }
            once.isExtensible = false
            let values = call.callee.captured[1].object
            let capability = call.callee.captured[0].object as! PromiseCapabilityRecord
            let counter = call.callee.captured[2].object
            var stored = call[0]
            if kind == "allSettled" {
              let entry = vm.newObject()
              entry.addProperty(vm.key("status"), Value(vm.atom(fulfilled ? "fulfilled" : "rejected")), .data)
              entry.addProperty(vm.key(fulfilled ? "value" : "reason"), call[0], .data)
              stored = Value(entry)
            }
            values.elements[position] = stored
            try vm.countDown(counter, kind, capability, values)
            return .undefined
          }
          function.captured = [Value(capability), Value(values), Value(counter), Value(once)]
          return function
        }
        let onFulfilled: Value
        let onRejected: Value
        switch kind {
        case "all":
          onFulfilled = Value(elementFunction(true))
          onRejected = capability.reject
        case "any":
          onFulfilled = capability.resolve
          onRejected = Value(elementFunction(false))
        default:
          // allSettled: both element functions of an element share one "already called" flag.
          onFulfilled = Value(elementFunction(true))
          onRejected = Value(elementFunction(false))
        }
        _ = try invoke(next, names.then, [onFulfilled, onRejected])
      }
    } catch {
      return try rejectWith(error)
    }
    if kind != "race" { try countDown(counter, kind, capability, values) }
    return capability.promise
  }

  /// Invoke(value, name, arguments).
  func invoke(_ value: Value, _ name: PropertyKey, _ arguments: [Value]) throws(Throw) -> Value {
    try call(try get(value, name), this: value, arguments)
  }
}

/// A PromiseCapability whose promise may come from any constructor: the promise and the two
/// functions that settle it.
final class PromiseCapabilityRecord: JSObject {
  var promise: Value = .undefined
  var resolve: Value = .undefined
  var reject: Value = .undefined

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(promise)
    marker.mark(resolve)
    marker.mark(reject)
  }
}

struct PromiseCapability {
  var promise: Value
  var resolve: Value
  var reject: Value
  /// What a reaction settles: the intrinsic promise itself, or the capability record.
  var derived: Value
}

extension VM {
  /// NewPromiseCapability(C). For the intrinsic Promise the promise and its resolving functions are
  /// made directly (nothing observable differs).
  func newPromiseCapability(_ constructor: Value) throws(Throw) -> PromiseCapability {
    if constructor.bits == realm.promiseConstructor.bits {
      let promise = newPromise()
      let (resolve, reject) = resolvingFunctions(promise)
      return PromiseCapability(
        promise: Value(promise), resolve: Value(resolve), reject: Value(reject), derived: Value(promise))
    }
    let record = try newPromiseCapabilityRecord(constructor)
    return PromiseCapability(
      promise: record.promise, resolve: record.resolve, reject: record.reject, derived: Value(record))
  }

  func newPromiseCapabilityRecord(_ constructor: Value) throws(Throw) -> PromiseCapabilityRecord {
    guard isConstructor(constructor) else { throw typeError("\(display(constructor)) is not a constructor") }
    let record = heap.register(PromiseCapabilityRecord(shape: emptyShape, proto: .null), bytes: 96)
    temporaryRoots.append(Value(record))
    defer { temporaryRoots.removeLast() }
    if constructor.bits == realm.promiseConstructor.bits {
      let promise = newPromise()
      let (resolve, reject) = resolvingFunctions(promise)
      record.promise = Value(promise)
      record.resolve = Value(resolve)
      record.reject = Value(reject)
      return record
    }
    let executor = makeNative("", length: 2) { vm, call in
      let record = call.callee.captured[0].object as! PromiseCapabilityRecord
      guard record.resolve.isUndefined, record.reject.isUndefined else {
        throw vm.typeError("Promise executor has already been invoked with non-undefined arguments")
      }
      record.resolve = call[0]
      record.reject = call[1]
      return .undefined
    }
    executor.captured = [Value(record)]
    record.promise = try construct(constructor, [Value(executor)], newTarget: constructor)
    guard isCallable(record.resolve), isCallable(record.reject) else {
      throw typeError("Promise resolve or reject function is not callable")
    }
    return record
  }

  /// PromiseResolve(C, x).
  func promiseResolve(constructor: Value, _ value: Value) throws(Throw) -> Value {
    if value.isObject, value.object is PromiseObject {
      if try get(value, names.constructor).bits == constructor.bits { return value }
    }
    let capability = try newPromiseCapability(constructor)
    _ = try call(capability.resolve, this: .undefined, [value])
    return capability.promise
  }
}
