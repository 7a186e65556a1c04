/// `WeakRef` and `FinalizationRegistry`.
///
/// Both hold their targets weakly: the collector (`Heap.collect`) clears a WeakRef whose target is
/// no longer reachable and hands a registry the held values of its dead targets. A target made or
/// read through a WeakRef stays alive until the job queue is empty (the specification's
/// KeepDuringJob: `deref` twice in one job gives the same answer). Cleanup callbacks run as tasks,
/// after the microtasks, before timers, as in node.
final class WeakRefObject: JSObject {
  /// The target, or undefined once collected. Not traced.
  var target: Value = .undefined

  override func dropDeadReferences() {
    if target.isCell && !target.cell.marked { target = .undefined }
  }
}

final class FinalizationRegistryObject: JSObject {
  struct Registration {
    /// Weak.
    var target: Value
    /// Strong.
    var held: Value
    /// Weak; undefined when none was given or it died.
    var token: Value
  }

  var cleanup: Value = .undefined
  var registrations: [Registration] = []
  /// Held values of targets that died, waiting for the cleanup callback.
  var pending: [Value] = []

  override func trace(_ marker: inout Marker) {
    super.trace(&marker)
    marker.mark(cleanup)
    for registration in registrations { marker.mark(registration.held) }
    for held in pending { marker.mark(held) }
  }

  override func dropDeadReferences() {
    var kept: [Registration] = []
    for var registration in registrations {
      if registration.target.cell.marked {
        if registration.token.isCell && !registration.token.cell.marked { registration.token = .undefined }
        kept.append(registration)
      } else {
        pending.append(registration.held)
      }
    }
    registrations = kept
  }
}

extension VM {
  /// CanBeHeldWeakly: objects and symbols that are not in the global registry.
  func canBeHeldWeakly(_ value: Value) -> Bool {
    value.isObject || (value.isSymbol && value.symbol.registryKey.isUndefined)
  }

  /// Registries with held values of dead targets, in the order the collector found them.
  func registriesAwaitingCleanup() -> [FinalizationRegistryObject] {
    heap.weakHolders.compactMap { cell in
      guard let registry = cell as? FinalizationRegistryObject, !registry.pending.isEmpty else { return nil }
      return registry
    }
  }

  /// Runs the cleanup callbacks for every held value whose target the collector found dead.
  /// Returns whether any ran.
  func runFinalizationCleanups() throws(Throw) -> Bool {
    // Only a collection can give a registry dead targets: no need to look again before the next.
    guard heap.collections != collectionsSeenByCleanup else { return false }
    collectionsSeenByCleanup = heap.collections
    let registries = registriesAwaitingCleanup()
    guard !registries.isEmpty else { return false }
    for registry in registries {
      while !registry.pending.isEmpty {
        let held = registry.pending.removeFirst()
        temporaryRoots.append(held)
        defer { temporaryRoots.removeLast() }
        _ = try call(registry.cleanup, this: .undefined, [held])
      }
    }
    return true
  }
}

extension Realm {
  func installWeakReferences() {
    let vm = self.vm
    let weakRefPrototype = vm.newObject()
    intrinsics.append(weakRefPrototype)
    weakRefPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("WeakRef")), [.configurable])
    constructor("WeakRef", 1, prototype: weakRefPrototype) { vm, call in
      guard !call.newTarget.isUndefined else { throw vm.typeError("Constructor WeakRef requires 'new'") }
      guard vm.canBeHeldWeakly(call[0]) else {
        throw vm.typeError("WeakRef: invalid target")
      }
      let proto = try vm.prototype(fromNewTarget: call, fallback: weakRefPrototype)
      let reference = vm.heap.register(WeakRefObject(shape: vm.emptyShape, proto: proto), bytes: 96)
      vm.heap.registerWeakHolder(reference)
      reference.target = call[0]
      vm.keptAlive.append(call[0])
      return Value(reference)
    }
    method(weakRefPrototype, "deref", 0) { vm, call in
      guard let reference = call.this.isObject ? call.this.object as? WeakRefObject : nil else {
        throw vm.typeError(
          "Method WeakRef.prototype.deref called on incompatible receiver \(vm.describeForError(call.this))")
      }
      if !reference.target.isUndefined { vm.keptAlive.append(reference.target) }
      return reference.target
    }

    let registryPrototype = vm.newObject()
    intrinsics.append(registryPrototype)
    registryPrototype.addProperty(
      PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("FinalizationRegistry")),
      [.configurable])
    constructor("FinalizationRegistry", 1, prototype: registryPrototype) { vm, call in
      guard !call.newTarget.isUndefined else {
        throw vm.typeError("Constructor FinalizationRegistry requires 'new'")
      }
      guard vm.isCallable(call[0]) else {
        throw vm.typeError("FinalizationRegistry: cleanup must be callable")
      }
      let proto = try vm.prototype(fromNewTarget: call, fallback: registryPrototype)
      let registry = vm.heap.register(
        FinalizationRegistryObject(shape: vm.emptyShape, proto: proto), bytes: 128)
      vm.heap.registerWeakHolder(registry)
      registry.cleanup = call[0]
      return Value(registry)
    }
    func registry(_ vm: VM, _ call: NativeCall, _ name: String) throws(Throw) -> FinalizationRegistryObject {
      guard let registry = call.this.isObject ? call.this.object as? FinalizationRegistryObject : nil else {
        throw vm.typeError(
          "Method FinalizationRegistry.prototype.\(name) called on incompatible receiver \(vm.describeForError(call.this))"
        )
      }
      return registry
    }
    method(registryPrototype, "register", 2) { vm, call in
      let registry = try registry(vm, call, "register")
      let (target, held, token) = (call[0], call[1], call[2])
      guard vm.canBeHeldWeakly(target) else {
        throw vm.typeError("FinalizationRegistry.prototype.register: invalid target")
      }
      guard !vm.sameValue(target, held) else {
        throw vm.typeError("FinalizationRegistry.prototype.register: target and holdings must not be same")
      }
      guard token.isUndefined || vm.canBeHeldWeakly(token) else {
        throw vm.typeError("Invalid unregisterToken ('\(vm.display(token))')")
      }
      registry.registrations.append(.init(target: target, held: held, token: token))
      return .undefined
    }
    method(registryPrototype, "unregister", 1) { vm, call in
      let registry = try registry(vm, call, "unregister")
      guard vm.canBeHeldWeakly(call[0]) else {
        throw vm.typeError("Invalid unregisterToken ('\(vm.display(call[0]))')")
      }
      let before = registry.registrations.count
      registry.registrations.removeAll { $0.token.bits == call[0].bits }
      return Value(bool: registry.registrations.count != before)
    }
  }
}
