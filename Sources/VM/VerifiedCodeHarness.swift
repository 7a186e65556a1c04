import Bytecode

/// For fuzzing and tests only: runs one module's code without a bundle.
///
/// `cruftvm` only ever runs code that came out of a signed bundle, through `BundleLoader` and
/// `VM.link`. The bytecode fuzzer (`Fuzz/Bytecode`) and the verifier's mutation test need to run
/// modules that never had a bundle, to check that whatever the verifier accepts is safe to run. This
/// entry point verifies the module itself first, so it is not a way around the verifier: code it
/// runs is exactly code `BytecodeVerifier.verify` accepts. No program or tool should call it.
public enum FuzzingHarness {
  /// How one run ended.
  public enum Outcome: Equatable, Sendable {
    /// The verifier refused the module (its message); nothing ran.
    case rejected(String)
    /// The module body and the job queue ran to the end.
    case finished
    /// An exception nobody caught.
    case uncaught
    /// The step, heap or stack limit ended the run.
    case limit
  }

  /// Instructions with which verified code can crash the VM today, in ways the verifier cannot
  /// rule out because it does not track what registers hold:
  /// - most of these trust a register's contents without checking (an object, an iterator record, a
  ///   for-in enumerator, a private name's symbol), as the compiler only emits them on registers it
  ///   filled accordingly: `loadInt r0, 7; arrayPush r0, r0` dereferences the int as an object;
  /// - `loadHole` makes the uninitialized marker, which the compiler never lets escape a
  ///   `checkInitialized`, but on which `toNumber` and `toJSString` call themselves forever.
  /// Until the interpreter checks at run time, the fuzzer and the mutation test do not run modules
  /// that contain them (they still verify them).
  public static let opcodesKnownToCrash: Set<Opcode> = []

  /// Whether any instruction of `module`, which must have passed the verifier, is one of `opcodes`.
  public static func module(_ module: BytecodeModule, contains opcodes: Set<Opcode>) -> Bool {
    for function in module.functions {
      var pc = 0
      while pc < function.code.count {
        guard let opcode = Opcode(rawValue: UInt8(truncatingIfNeeded: function.code[pc])) else {
          return false
        }
        if opcodes.contains(opcode) { return true }
        pc += opcode.length
      }
    }
    return false
  }

  /// Verifies `module` and, when it passes, runs it as the only module of a program: its body, then
  /// the job queue. Import `i` (below `imports`) is the module itself, so `require` and `import` see
  /// a cycle; each of the `handles` handles is a `console` whose output is dropped. The run stops
  /// after `steps` instructions or when the heap estimate passes `heapBytes`; calls nest at most 200
  /// deep. Timers never run: no handle can schedule one.
  public static func runVerifiedModule(
    _ module: BytecodeModule, imports: Int = 0, handles: Int = 0, steps: Int, heapBytes: Int
  ) -> Outcome {
    do {
      try BytecodeVerifier.verify(module, imports: imports, handles: handles)
    } catch {
      return .rejected(error.description)
    }
    let vm = VM(limits: RunLimits(maximumHeapBytes: heapBytes, maximumSteps: steps, maximumDepth: 200))
    // A VM is never freed in `cruftvm` (one per process): its built-ins' closures hold it, and the
    // heap holds them. A fuzzer makes one per input, so break that cycle when the run is over:
    // collect with no roots (the heap lets every cell go) and drop the realm's and the names' cells.
    defer {
      vm.heap.collect { _ in }
      vm.realm = nil
      vm.names = nil
      vm.modules = []
      vm.temporaryRoots = []
    }
    vm.standardOutput = { _ in }
    vm.standardError = { _ in }
    let record = ModuleRecord(
      name: "fuzz.js", index: 0, isCommonJS: module.functions[0].kind == .commonJSBody,
      constants: module.constants)
    // The same constant values `VM.link` makes; templates and regexps are read from `rawConstants`.
    for (position, constant) in module.constants.enumerated() {
      switch constant {
      case .number(let number): record.constants[position] = Value(number: number)
      case .string(let units): record.constants[position] = Value(vm.atom(units))
      case .bigint(let text):
        record.constants[position] = Value(vm.bigint(BigIntValue.parseLiteral(text) ?? .zero))
      case .template, .regexp: record.constants[position] = .undefined
      }
    }
    record.functions = module.functions.enumerated().map {
      CompiledFunction($0.element, index: $0.offset, module: record)
    }
    vm.modules.append(record)
    record.imports = Array(repeating: 0, count: imports)
    let namespace = vm.newObject(proto: .null)
    namespace.addProperty(PropertyKey(symbol: vm.names.symbolToStringTag), Value(vm.atom("Module")), [])
    record.namespace = Value(namespace)
    let package = BundlePackage(
      key: ".", name: "fuzz", version: "0.0.0", integrity: SHA512Digest(of: []),
      receives: .object([JSONMember(key: "stdio", value: .bool(true))]))
    let context = RunContext(arguments: ["cruftvm"], environment: [:], clock: { 0 })
    do throws(Throw) {
      record.handles = try (0..<handles).map { (_) throws(Throw) in
        try vm.makeHandle("console", package: package, grants: RunGrants(), context: context)
      }
      do throws(Throw) {
        try vm.evaluate(0)
        try vm.runEventLoop()
      } catch {
        if error.termination != nil { throw error }
        return .uncaught
      }
      return .finished
    } catch {
      return .limit
    }
  }
}
