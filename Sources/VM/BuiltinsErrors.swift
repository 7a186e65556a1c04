/// The Error constructors, and the stack strings errors carry (bundle module names and lines only).
extension Realm {
  func installErrors() {
    let vm = self.vm
    let base = errorConstructor("Error", prototype: errorPrototype, parent: nil)
    method(errorPrototype, "toString", 0) { vm, call in
      guard call.this.isObject else { throw vm.typeError("Error.prototype.toString called on non-object") }
      let nameValue = try vm.get(call.this, vm.names.name)
      let messageValue = try vm.get(call.this, vm.names.message)
      let name = nameValue.isUndefined ? "Error" : try vm.toSwiftString(nameValue)
      let message = messageValue.isUndefined ? "" : try vm.toSwiftString(messageValue)
      if name.isEmpty { return vm.string(message) }
      if message.isEmpty { return vm.string(name) }
      return vm.string(name + ": " + message)
    }
    method(base, "captureStackTrace", 2) { vm, call in
      // A harmless compatibility function: it gives the object a `stack` of bundle frames.
      guard call[0].isObject else { throw vm.typeError("Invalid argument") }
      let object = call[0].object
      try vm.defineOwn(
        object, .named(vm.names.stack), vm.string(vm.stackTrace(header: try vm.errorHeader(call[0]))), .hidden
      )
      return .undefined
    }
    value(base, "stackTraceLimit", Value(int: 10), .data)
    func sub(_ name: String) -> JSObject {
      let prototype = vm.heap.register(
        JSObject(shape: vm.emptyShape, proto: Value(errorPrototype)), bytes: 96)
      intrinsics.append(prototype)
      errorConstructor(name, prototype: prototype, parent: base)
      return prototype
    }
    typeErrorPrototype = sub("TypeError")
    rangeErrorPrototype = sub("RangeError")
    referenceErrorPrototype = sub("ReferenceError")
    syntaxErrorPrototype = sub("SyntaxError")
    _ = sub("EvalError")
    uriErrorPrototype = sub("URIError")
    let aggregatePrototype = vm.heap.register(
      JSObject(shape: vm.emptyShape, proto: Value(errorPrototype)), bytes: 96)
    intrinsics.append(aggregatePrototype)
    aggregateErrorPrototype = aggregatePrototype
    let aggregate = constructor("AggregateError", 2, prototype: aggregatePrototype) { vm, call in
      let target = call.newTarget.isUndefined ? Value(call.callee) : call.newTarget
      let error = try vm.objectFromConstructor(target, fallback: aggregatePrototype, kind: .error)
      if !call[1].isUndefined {
        error.addProperty(vm.names.message, try vm.toStringValue(call[1]), .hidden)
      }
      try vm.installCause(error, call[2])
      var errors: [Value] = []
      try vm.iterate(call[0]) { (item) throws(Throw) in errors.append(item) }
      error.addProperty(vm.names.errors, Value(vm.newArray(errors)), .hidden)
      vm.captureStack(error)
      return Value(error)
    }
    aggregate.proto = Value(base)
    value(aggregatePrototype, "name", Value(vm.atom("AggregateError")))
    value(aggregatePrototype, "message", Value(vm.atom("")))
  }

  @discardableResult
  func errorConstructor(_ name: String, prototype: JSObject, parent: JSFunction?) -> JSFunction {
    let function = constructor(name, 1, prototype: prototype) { vm, call in
      let target = call.newTarget.isUndefined ? Value(call.callee) : call.newTarget
      let error = try vm.objectFromConstructor(target, fallback: prototype, kind: .error)
      if !call[0].isUndefined {
        error.addProperty(vm.names.message, try vm.toStringValue(call[0]), .hidden)
      }
      try vm.installCause(error, call[1])
      vm.captureStack(error)
      return Value(error)
    }
    if let parent { function.proto = Value(parent) }
    value(prototype, "name", Value(vm.atom(name)))
    value(prototype, "message", Value(vm.atom("")))
    return function
  }
}

extension VM {
  func installCause(_ error: JSObject, _ options: Value) throws(Throw) {
    if options.isObject, try hasProperty(options.object, .named(names.cause)) {
      error.addProperty(names.cause, try get(options, names.cause), .hidden)
    }
  }

  func errorHeader(_ error: Value) throws(Throw) -> String {
    let nameValue = try get(error, names.name)
    let messageValue = try get(error, names.message)
    let name = nameValue.isUndefined ? "Error" : try toSwiftString(nameValue)
    let message = messageValue.isUndefined ? "" : try toSwiftString(messageValue)
    return message.isEmpty ? name : name + ": " + message
  }

  /// Gives a new error its `stack`: a header and the frames of the bundle's modules that are running.
  func captureStack(_ error: JSObject) {
    let header = (try? errorHeader(Value(error))) ?? "Error"
    error.addProperty(names.stack, string(stackTrace(header: header)), .hidden)
  }

  func stackTrace(header: String) -> String {
    var lines = [header]
    var index = frameCount - 1
    while index >= 0 && lines.count <= 10 {
      let frame = frames[index]
      let compiled = frame.compiled.takeUnretainedValue()
      let name = String(decoding: compiled.name, as: UTF16.self)
      var place = compiled.module.name
      if let position = compiled.position(at: frame.pc) { place += ":\(position.line):\(position.column)" }
      if compiled.kind == .moduleBody || name.isEmpty {
        lines.append("    at \(place)")
      } else {
        lines.append("    at \(name) (\(place))")
      }
      index -= 1
    }
    return lines.joined(separator: "\n")
  }
}
