/// The intrinsics: prototypes, constructors and the frozen global object every package shares.
///
/// They are built once, then frozen (`freezeIntrinsics`) before any module runs, so no package can
/// change what another sees (`Array.prototype.push = ...` throws in strict code). Frozen data
/// properties are tamed: assigning `toString` on an ordinary object still creates an own property.
final class Realm {
  unowned let vm: VM
  let objectPrototype: JSObject
  let functionPrototype: JSObject
  let arrayPrototype: JSObject
  let stringPrototype: JSObject
  let numberPrototype: JSObject
  let booleanPrototype: JSObject
  let symbolPrototype: JSObject
  let bigintPrototype: JSObject
  let errorPrototype: JSObject
  var typeErrorPrototype: JSObject!
  var rangeErrorPrototype: JSObject!
  var referenceErrorPrototype: JSObject!
  var syntaxErrorPrototype: JSObject!
  var uriErrorPrototype: JSObject!
  var aggregateErrorPrototype: JSObject!
  var domExceptionPrototype: JSObject!
  let iteratorPrototype: JSObject
  let arrayIteratorPrototype: JSObject
  let generatorPrototype: JSObject
  let generatorFunctionPrototype: JSObject
  let asyncFunctionPrototype: JSObject
  let asyncGeneratorPrototype: JSObject
  let asyncGeneratorFunctionPrototype: JSObject
  let promisePrototype: JSObject
  let regexpPrototype: JSObject
  let regexpStringIteratorPrototype: JSObject
  let mapPrototype: JSObject
  let setPrototype: JSObject
  let datePrototype: JSObject
  let global: JSObject
  var promiseConstructor: Value = .undefined
  var arrayValues: Value = .undefined
  var arrayConstructor: Value = .undefined
  var functionHasInstance: Value = .undefined
  var throwTypeErrorAccessor: AccessorPair!
  var asyncFromSyncIteratorPrototype: JSObject!
  var arrayBufferPrototype: JSObject!
  var arrayBufferConstructor: Value = .undefined
  var dataViewPrototype: JSObject!
  /// %TypedArray%.prototype, and each concrete type's prototype and constructor by raw value.
  var typedArrayPrototype: JSObject!
  var typedArrayPrototypes: [JSObject] = []
  var typedArrayConstructors: [Value] = []
  /// Every intrinsic object, frozen together.
  var intrinsics: [JSObject] = []

  init(vm: VM) {
    self.vm = vm
    func make(_ proto: JSObject?, _ kind: ObjectKind = .ordinary) -> JSObject {
      vm.heap.register(
        JSObject(shape: vm.emptyShape, proto: proto.map { Value($0) } ?? .null, kind: kind), bytes: 128)
    }
    objectPrototype = make(nil)
    functionPrototype = vm.heap.register(
      JSFunction(shape: vm.emptyShape, proto: Value(objectPrototype), kind: .function), bytes: 128)
    (functionPrototype as! JSFunction).native = { _, _ in .undefined }
    arrayPrototype = make(objectPrototype, .array)
    stringPrototype = make(objectPrototype, .stringObject)
    numberPrototype = make(objectPrototype, .numberObject)
    booleanPrototype = make(objectPrototype, .booleanObject)
    symbolPrototype = make(objectPrototype)
    bigintPrototype = make(objectPrototype)
    errorPrototype = make(objectPrototype)
    iteratorPrototype = make(objectPrototype)
    arrayIteratorPrototype = make(iteratorPrototype)
    generatorPrototype = make(iteratorPrototype)
    generatorFunctionPrototype = make(functionPrototype)
    asyncFunctionPrototype = make(functionPrototype)
    asyncGeneratorPrototype = make(objectPrototype)
    asyncGeneratorFunctionPrototype = make(functionPrototype)
    promisePrototype = make(objectPrototype)
    regexpPrototype = make(objectPrototype)
    regexpStringIteratorPrototype = make(iteratorPrototype)
    mapPrototype = make(objectPrototype)
    setPrototype = make(objectPrototype)
    datePrototype = make(objectPrototype)
    global = make(objectPrototype)
    stringPrototype.primitive = Value(vm.atom(""))
    numberPrototype.primitive = Value(int: 0)
    booleanPrototype.primitive = .false
    intrinsics = [
      objectPrototype, functionPrototype, arrayPrototype, stringPrototype, numberPrototype, booleanPrototype,
      symbolPrototype, bigintPrototype, errorPrototype, iteratorPrototype, arrayIteratorPrototype,
      generatorPrototype, generatorFunctionPrototype, asyncFunctionPrototype, asyncGeneratorPrototype,
      asyncGeneratorFunctionPrototype, promisePrototype, regexpPrototype, regexpStringIteratorPrototype,
      mapPrototype, setPrototype, datePrototype, global,
    ]
  }

  func trace(_ marker: inout Marker) {
    for object in intrinsics { marker.mark(object) }
    marker.mark(promiseConstructor)
    marker.mark(arrayValues)
    marker.mark(arrayConstructor)
    marker.mark(functionHasInstance)
    marker.mark(throwTypeErrorAccessor)
  }

  // MARK: Definition helpers

  /// Defines a built-in method (writable, configurable, not enumerable).
  @discardableResult
  func method(_ object: JSObject, _ name: String, _ length: Int, _ body: @escaping NativeFunction)
    -> JSFunction
  {
    let function = vm.makeNative(name, length: length, body)
    object.addProperty(vm.key(name), Value(function), .hidden)
    intrinsics.append(function)
    return function
  }

  @discardableResult
  func method(
    _ object: JSObject, _ symbol: JSSymbol, _ name: String, _ length: Int, _ body: @escaping NativeFunction
  )
    -> JSFunction
  {
    let function = vm.makeNative(name, length: length, body)
    object.addProperty(PropertyKey(symbol: symbol), Value(function), .hidden)
    intrinsics.append(function)
    return function
  }

  func getter(_ object: JSObject, _ name: String, _ body: @escaping NativeFunction) {
    let function = vm.makeNative("get " + name, length: 0, body)
    intrinsics.append(function)
    vm.defineAccessor(
      object, .named(vm.key(name)), getter: Value(function), setter: nil, attributes: [.configurable])
  }

  func getter(_ object: JSObject, _ symbol: JSSymbol, _ name: String, _ body: @escaping NativeFunction) {
    let function = vm.makeNative("get " + name, length: 0, body)
    intrinsics.append(function)
    vm.defineAccessor(
      object, .named(PropertyKey(symbol: symbol)), getter: Value(function), setter: nil,
      attributes: [.configurable])
  }

  func value(_ object: JSObject, _ name: String, _ value: Value, _ attributes: Attributes = .hidden) {
    object.addProperty(vm.key(name), value, attributes)
  }

  /// A constructor with its prototype, installed on the global object.
  @discardableResult
  func constructor(_ name: String, _ length: Int, prototype: JSObject, _ body: @escaping NativeFunction)
    -> JSFunction
  {
    let function = vm.makeNative(name, length: length, constructor: true, body)
    function.addProperty(vm.names.prototype, Value(prototype), [])
    prototype.addProperty(vm.names.constructor, Value(function), .hidden)
    global.addProperty(vm.key(name), Value(function), .hidden)
    intrinsics.append(function)
    return function
  }

  /// A plain namespace object (Math, JSON, Reflect) on the global object.
  func namespace(_ name: String, tag: String? = nil) -> JSObject {
    let object = vm.newObject()
    if let tag {
      object.addProperty(
        PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom(tag)), [.configurable])
    }
    global.addProperty(vm.key(name), Value(object), .hidden)
    intrinsics.append(object)
    return object
  }

  // MARK: Setup

  /// Installs every built-in, then freezes them all (unless `freezing` is false: conformance
  /// testing only, see `RunOptions.freezesIntrinsics`).
  func install(freezing: Bool = true) {
    installObject()
    installFunction()
    installErrors()
    installArray()
    installString()
    installNumberAndMath()
    installSymbolAndBoolean()
    installIterators()
    installJSON()
    installCollections()
    installDate()
    installPromise()
    installAsyncGenerators()
    installRegExp()
    installProxy()
    installWeakReferences()
    installAnnexB()
    installStructuredClone()
    installGlobals()
    installURIFunctions()
    installArrayBuffer()
    installTypedArrays()
    installTextCoding()
    if freezing { freezeIntrinsics() }
  }

  func freezeIntrinsics() {
    var seen = Set<ObjectIdentifier>()
    var pending = intrinsics
    while let object = pending.popLast() {
      guard seen.insert(ObjectIdentifier(object)).inserted else { continue }
      object.isIntrinsic = true
      vm.freeze(object)
      for slot in 0..<object.shape.count {
        let value = object.slots[slot]
        if value.isObject {
          let inner = value.object
          if let pair = inner as? AccessorPair {
            if pair.getter.isObject { pending.append(pair.getter.object) }
            if pair.setter.isObject { pending.append(pair.setter.object) }
          } else {
            pending.append(inner)
          }
        }
      }
      if object.proto.isObject { pending.append(object.proto.object) }
    }
  }

  func installGlobals() {
    value(global, "globalThis", Value(global))
    value(global, "undefined", .undefined, [])
    value(global, "NaN", Value(Double.nan), [])
    value(global, "Infinity", Value(Double.infinity), [])
    method(global, "queueMicrotask", 1) { vm, call in
      guard vm.isCallable(call[0]) else {
        throw vm.typeError(
          "The \"callback\" argument must be of type function. Received \(vm.display(call[0]))")
      }
      let promise = vm.newPromise()
      vm.then(
        promise, .init(derived: .undefined, onFulfilled: call[0], onRejected: .undefined, resume: .undefined))
      vm.resolvePromise(promise, .undefined)
      return .undefined
    }
  }
}
