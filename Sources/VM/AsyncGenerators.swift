import Bytecode

/// How a request resumes a generator; the raw values are what the compiled code reads from a
/// `yield`'s mode register.
enum ResumeMode: Int32 {
  case next = 0
  case `return` = 1
  case `throw` = 2
}

/// An async generator object (ES2023 27.6): the suspended frame of its body and the requests that
/// wait for it. The body runs only while a request is at the head of the queue, so every yield,
/// return or throw of the body settles exactly the promise of that request.
final class AsyncGeneratorObject: JSObject {
  /// [[AsyncGeneratorState]]. `executing` also covers a body suspended at an `await`: a request
  /// arriving then is only queued, exactly as while the body runs.
  enum Phase { case suspendedStart, suspendedYield, executing, awaitingReturn, completed }

  /// An AsyncGeneratorRequest: the completion to resume with and the promise `next`, `return` or
  /// `throw` returned for it.
  struct Request {
    var mode: ResumeMode
    var value: Value
    var promise: PromiseObject
  }

  var body: SuspendableState?
  var phase = Phase.suspendedStart
  /// [[AsyncGeneratorQueue]], oldest first. It rarely holds more than a few requests, so removing
  /// from the front of an array is cheap enough.
  var requests: [Request] = []

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(body)
    for request in requests {
      marker.mark(request.value)
      marker.mark(request.promise)
    }
  }
}

/// An async-from-sync iterator (27.1.4): lets `for await` and `yield*` in an async generator consume
/// a sync iterable, awaiting each value it produces.
final class AsyncFromSyncIterator: JSObject {
  var syncIterator: Value = .undefined
  var syncNext: Value = .undefined

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(syncIterator)
    marker.mark(syncNext)
  }
}

// MARK: - Async generator objects

extension VM {
  /// An async generator function's [[Call]]: the generator object, suspended at its start. As for
  /// sync generators, the body does not run until the first request.
  func makeAsyncGenerator(
    _ function: JSFunction, _ compiled: CompiledFunction, this: Value, _ arguments: Arguments
  )
    throws(Throw) -> Value
  {
    var proto = try get(Value(function), names.prototype)
    if !proto.isObject { proto = Value(realm.asyncGeneratorPrototype) }
    // The frame is internal: only the generator object reaches it, so user code never sees it.
    let body = heap.register(
      SuspendableState(
        function: function, compiled: compiled, arguments: arguments, proto: .null, kind: .ordinary, vm: self),
      bytes: 128 + 8 * compiled.registerCount)
    body.this = this
    let generator = heap.register(
      AsyncGeneratorObject(shape: emptyShape, proto: proto, kind: .asyncGenerator), bytes: 128)
    generator.body = body
    return Value(generator)
  }

  /// %AsyncGeneratorPrototype%.next, return and throw: AsyncGeneratorValidate, then
  /// AsyncGeneratorEnqueue, resuming the body at once when it is suspended. Always returns a
  /// promise; only a termination of the run is thrown.
  func asyncGeneratorRequest(_ receiver: Value, mode: ResumeMode, _ value: Value, method: String)
    throws(Throw)
    -> Value
  {
    let promise = newPromise()
    guard let generator = receiver.object(ofKind: .asyncGenerator) as? AsyncGeneratorObject else {
      rejectPromise(
        promise, typeError("\(method) method called on incompatible receiver \(display(receiver))").value)
      return Value(promise)
    }
    temporaryRoots.append(Value(promise))
    defer { temporaryRoots.removeLast() }
    let request = AsyncGeneratorObject.Request(mode: mode, value: value, promise: promise)
    switch (mode, generator.phase) {
    case (.next, .completed):
      resolvePromise(promise, iteratorResult(.undefined, done: true))
    case (.throw, .completed):
      rejectPromise(promise, value)
    case (.throw, .suspendedStart):
      // A throw before the body ever ran completes the generator without running it.
      generator.phase = .completed
      rejectPromise(promise, value)
    case (.return, .suspendedStart), (.return, .completed):
      // The body never runs again: the request only awaits its value (AsyncGeneratorAwaitReturn).
      generator.requests.append(request)
      generator.phase = .awaitingReturn
      awaitReturnRequest(generator)
    case (_, .suspendedStart), (_, .suspendedYield):
      generator.requests.append(request)
      try resume(generator, with: request)
    case (_, .executing), (_, .awaitingReturn):
      // The body or a pending return will reach this request when the ones before it settle.
      generator.requests.append(request)
    }
    return Value(promise)
  }

  /// AsyncGeneratorResume: runs the body from its start or from the `yield` it is suspended at.
  private func resume(_ generator: AsyncGeneratorObject, with request: AsyncGeneratorObject.Request)
    throws(Throw)
  {
    let body = generator.body!
    if body.state != .start {
      body.registers[body.resumeRegister] = request.value
      body.registers[body.modeRegister] = Value(int: request.mode.rawValue)
    }
    try runAsyncGenerator(generator, initialThrow: nil)
  }

  /// A promise reaction's resumption of an async generator: either its body's `await` settled, or,
  /// while awaiting a return request's value, that value did.
  func resumeAsyncGenerator(_ generator: AsyncGeneratorObject, value: Value, threw: Bool) throws(Throw) {
    // The job that called this was already dequeued: nothing else may root the generator now.
    temporaryRoots.append(Value(generator))
    defer { temporaryRoots.removeLast() }
    if generator.phase == .awaitingReturn {
      generator.phase = .completed
      completeStep(generator, value, threw: threw, done: true)
      drainQueue(generator)
      return
    }
    let body = generator.body!
    if !threw { body.registers[body.resumeRegister] = value }
    try runAsyncGenerator(generator, initialThrow: threw ? value : nil)
  }

  /// Runs the body until it awaits (subscribing its resumption), yields to an empty queue, or
  /// completes. A yield with requests still queued resumes at once with the next one, as
  /// AsyncGeneratorYield does without suspending.
  private func runAsyncGenerator(_ generator: AsyncGeneratorObject, initialThrow: Value?) throws(Throw) {
    // The running frame roots only the body's state, not the generator that holds the queue.
    temporaryRoots.append(Value(generator))
    defer { temporaryRoots.removeLast() }
    let body = generator.body!
    var pendingThrow = initialThrow
    while true {
      generator.phase = .executing
      let completion: Completion
      do throws(Throw) {
        completion = try runSuspendable(body, initialThrow: pendingThrow)
      } catch {
        if error.termination != nil { throw error }
        generator.phase = .completed
        completeStep(generator, error.value, threw: true, done: true)
        drainQueue(generator)
        return
      }
      pendingThrow = nil
      switch completion {
      case .returned(let value):
        generator.phase = .completed
        completeStep(generator, value, threw: false, done: true)
        drainQueue(generator)
        return
      case .suspended(let value) where body.modeRegister < 0:
        then(
          promiseResolve(value),
          .init(
            derived: .undefined, onFulfilled: .undefined, onRejected: .undefined, resume: Value(generator)))
        return
      case .suspended(let value):
        completeStep(generator, value, threw: false, done: false)
        guard let next = generator.requests.first else {
          generator.phase = .suspendedYield
          return
        }
        body.registers[body.resumeRegister] = next.value
        body.registers[body.modeRegister] = Value(int: next.mode.rawValue)
      }
    }
  }

  /// AsyncGeneratorCompleteStep: settles the oldest request's promise.
  private func completeStep(_ generator: AsyncGeneratorObject, _ value: Value, threw: Bool, done: Bool) {
    guard !generator.requests.isEmpty else { return }
    let request = generator.requests.removeFirst()
    if threw {
      rejectPromise(request.promise, value)
    } else {
      resolvePromise(request.promise, iteratorResult(value, done: done))
    }
  }

  /// AsyncGeneratorDrainQueue: once the body has completed, settles the requests left, stopping to
  /// await the value of a return request.
  private func drainQueue(_ generator: AsyncGeneratorObject) {
    while let next = generator.requests.first {
      switch next.mode {
      case .return:
        generator.phase = .awaitingReturn
        awaitReturnRequest(generator)
        return
      case .throw:
        completeStep(generator, next.value, threw: true, done: true)
      case .next:
        completeStep(generator, .undefined, threw: false, done: true)
      }
    }
  }

  /// AsyncGeneratorAwaitReturn: awaits the value of the return request at the head of the queue;
  /// `resumeAsyncGenerator` settles it.
  private func awaitReturnRequest(_ generator: AsyncGeneratorObject) {
    guard let request = generator.requests.first else { return }
    then(
      promiseResolve(request.value),
      .init(derived: .undefined, onFulfilled: .undefined, onRejected: .undefined, resume: Value(generator)))
  }
}

// MARK: - Async-from-sync iterators

extension VM {
  /// CreateAsyncFromSyncIterator: an async iterator record over a sync one, for `for await` and
  /// `yield*` over an iterable without `Symbol.asyncIterator`.
  func makeAsyncFromSyncIterator(_ sync: IteratorRecord) throws(Throw) -> IteratorRecord {
    if let array = sync.array {
      // getIterator reads plain arrays by index; the wrapper needs the real iterator protocol.
      let method = try get(Value(array), .named(PropertyKey(symbol: names.symbolIterator)))
      sync.iterator = try call(method, this: Value(array), [])
      sync.nextMethod = try get(sync.iterator, names.next)
      sync.array = nil
    }
    let wrapper = heap.register(
      AsyncFromSyncIterator(
        shape: emptyShape, proto: Value(realm.asyncFromSyncIteratorPrototype), kind: .asyncFromSyncIterator),
      bytes: 96)
    wrapper.syncIterator = sync.iterator
    wrapper.syncNext = sync.nextMethod
    // The sync record is reused as the async one: it is fresh, and only the compiled code holds it.
    sync.iterator = Value(wrapper)
    sync.nextMethod = try get(Value(wrapper), names.next)
    return sync
  }

  /// One step of an async-from-sync iterator: calls the sync method, then
  /// AsyncFromSyncIteratorContinuation. Errors reject the returned promise instead of throwing.
  fileprivate func asyncFromSyncStep(_ call: NativeCall, mode: ResumeMode) throws(Throw) -> Value {
    let promise = newPromise()
    temporaryRoots.append(Value(promise))
    defer { temporaryRoots.removeLast() }
    guard let wrapper = call.this.object(ofKind: .asyncFromSyncIterator) as? AsyncFromSyncIterator else {
      rejectPromise(promise, typeError("not an async-from-sync iterator").value)
      return Value(promise)
    }
    do throws(Throw) {
      let result: Value
      switch mode {
      case .next:
        result = try self.call(wrapper.syncNext, this: wrapper.syncIterator, call.count > 0 ? [call[0]] : [])
      case .return, .throw:
        let method = try get(wrapper.syncIterator, mode == .return ? names.return : names.throw)
        if method.isNullish {
          // A missing `return` completes with the value. A missing `throw` closes the sync
          // iterator and rejects with a TypeError: the protocol was violated.
          if mode == .return {
            resolvePromise(promise, iteratorResult(call[0], done: true))
          } else {
            let closer = try get(wrapper.syncIterator, names.return)
            if !closer.isNullish {
              let closed = try self.call(closer, this: wrapper.syncIterator, [])
              guard closed.isObject else {
                throw typeError("Iterator result \(display(closed)) is not an object")
              }
            }
            rejectPromise(promise, typeError("The iterator does not provide a 'throw' method").value)
          }
          return Value(promise)
        }
        result = try self.call(method, this: wrapper.syncIterator, call.count > 0 ? [call[0]] : [])
      }
      guard result.isObject else { throw typeError("Iterator result \(display(result)) is not an object") }
      temporaryRoots.append(result)
      defer { temporaryRoots.removeLast() }
      let done = toBoolean(try get(result, names.done))
      let value = try get(result, names.value)
      // The value is awaited, then rewrapped: `unwrap` is one of two shared functions, by `done`.
      let unwrap = call.callee.captured[done ? 1 : 0]
      let awaited: Value
      do throws(Throw) {
        awaited = try promiseResolve(constructor: realm.promiseConstructor, value)
      } catch {
        // A wrapper that cannot be resolved (a poisoned `constructor`) closes the sync iterator
        // unless it is done, and rejects with the error.
        if error.termination != nil { throw error }
        if !done, mode != .return {
          let closer = try? get(wrapper.syncIterator, names.return)
          if let closer, !closer.isNullish { _ = try? self.call(closer, this: wrapper.syncIterator, []) }
        }
        throw error
      }
      then(
        awaited.object as! PromiseObject,
        .init(derived: Value(promise), onFulfilled: unwrap, onRejected: .undefined, resume: .undefined))
    } catch {
      if error.termination != nil { throw error }
      rejectPromise(promise, error.value)
    }
    return Value(promise)
  }
}

// MARK: - Intrinsics

extension Realm {
  /// %AsyncIteratorPrototype%, %AsyncGeneratorPrototype%'s methods and %AsyncFromSyncIteratorPrototype%.
  func installAsyncGenerators() {
    let vm = self.vm
    let asyncIteratorPrototype = vm.newObject(proto: Value(objectPrototype))
    intrinsics.append(asyncIteratorPrototype)
    method(asyncIteratorPrototype, vm.names.symbolAsyncIterator, "[Symbol.asyncIterator]", 0) { _, call in
      call.this
    }

    asyncGeneratorPrototype.proto = Value(asyncIteratorPrototype)
    asyncGeneratorPrototype.addProperty(
      vm.names.constructor, Value(asyncGeneratorFunctionPrototype), [.configurable])
    asyncGeneratorPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("AsyncGenerator")), [.configurable])
    for (name, mode) in [("next", ResumeMode.next), ("return", .return), ("throw", .throw)] {
      method(asyncGeneratorPrototype, name, 1) { vm, call in
        try vm.asyncGeneratorRequest(call.this, mode: mode, call[0], method: name)
      }
    }

    let asyncFromSyncIteratorPrototype = vm.newObject(proto: Value(asyncIteratorPrototype))
    intrinsics.append(asyncFromSyncIteratorPrototype)
    self.asyncFromSyncIteratorPrototype = asyncFromSyncIteratorPrototype
    // Shared by every step: the continuation needs only `done` (captured[0] false, [1] true).
    let unwraps = [false, true].map { done in
      Value(vm.makeNative("", length: 1) { vm, call in vm.iteratorResult(call[0], done: done) })
    }
    for (name, mode) in [("next", ResumeMode.next), ("return", .return), ("throw", .throw)] {
      let function = method(asyncFromSyncIteratorPrototype, name, 1) { vm, call in
        try vm.asyncFromSyncStep(call, mode: mode)
      }
      function.captured = unwraps
    }
  }
}
