import Bytecode
import Seal

/// The bytecode verifier: the last check before a module's code may run.
///
/// It proves, for every function, the facts the interpreter relies on without checking at run time:
/// every instruction is a known opcode with all its operand words present; registers are below the
/// function's register count (and a register window `args, argc` lies inside it); constants,
/// functions, inline caches, imports and handles are in range, and constants have the kind their
/// opcode reads; a function's length is an int32; argument indices are not negative; every inline cache serves one instruction; every
/// jump target and handler address is the start of an instruction; handler ranges are well formed;
/// and control cannot run off the end of the code.
///
/// It does not prove what a register holds at run time: instructions that need an object, an
/// iterator record or a private name must check (FuzzingHarness.opcodesKnownToCrash
/// lists those that do not yet).
public enum BytecodeVerifier {
  public static let isImplemented = true

  /// Limits on what a function may declare, so that a hostile bundle cannot make the VM allocate
  /// without bound before anything runs.
  public static let maximumRegisters: UInt32 = 65_536
  public static let maximumInlineCaches: UInt32 = 1 << 20

  public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
    public var function: Int
    public var pc: Int
    public var message: String
    public var description: String { "function #\(function) at word \(pc): \(message)" }
  }

  /// Decodes and verifies one `code` section's bytes.
  public static func verify(section: BundleSectionEntry, bytes: [UInt8], imports: Int, handles: Int)
    throws(BundleError) -> BytecodeModule
  {
    let module: BytecodeModule
    do {
      module = try BytecodeEncoding.decode(bytes)
    } catch {
      throw BundleError(
        .invalidBytecode, "section \"\(section.name)\" is not valid compiled code: \(error)")
    }
    do {
      try verify(module, imports: imports, handles: handles)
    } catch {
      throw BundleError(.invalidBytecode, "section \"\(section.name)\": \(error)")
    }
    return module
  }

  public static func verify(_ module: BytecodeModule, imports: Int, handles: Int) throws(Failure) {
    guard !module.functions.isEmpty else {
      throw Failure(function: 0, pc: 0, message: "a module has no body")
    }
    guard module.functions[0].kind == .moduleBody || module.functions[0].kind == .commonJSBody else {
      throw Failure(function: 0, pc: 0, message: "function #0 is not a module body")
    }
    for (index, function) in module.functions.enumerated() {
      if index > 0 && (function.kind == .moduleBody || function.kind == .commonJSBody) {
        throw Failure(function: index, pc: 0, message: "only function #0 may be a module body")
      }
      try verify(function, index: index, module: module, imports: imports, handles: handles)
    }
  }

  static func verify(
    _ function: BytecodeFunction, index: Int, module: BytecodeModule, imports: Int, handles: Int
  )
    throws(Failure)
  {
    func fail(_ pc: Int, _ message: String) -> Failure { Failure(function: index, pc: pc, message: message) }
    guard function.registerCount <= maximumRegisters else {
      throw fail(0, "\(function.registerCount) registers exceed the limit of \(maximumRegisters)")
    }
    guard function.parameterCount <= function.registerCount else {
      throw fail(0, "\(function.parameterCount) parameters but only \(function.registerCount) registers")
    }
    guard function.inlineCacheCount <= maximumInlineCaches else { throw fail(0, "too many inline caches") }
    // A closure's `length` property is made from it as an int32.
    guard function.length <= UInt32(Int32.max) else {
      throw fail(0, "length \(function.length) does not fit in an int32")
    }
    let code = function.code
    guard !code.isEmpty else { throw fail(0, "the function has no code") }
    var starts = [Bool](repeating: false, count: code.count)
    var targets: [(pc: Int, target: UInt32)] = []
    var pc = 0
    var last = Opcode.nop
    var cacheUsers: [Int: Int] = [:]
    let registers = function.registerCount
    while pc < code.count {
      starts[pc] = true
      guard code[pc] <= UInt32(UInt8.max), let opcode = Opcode(rawValue: UInt8(code[pc])) else {
        throw fail(pc, "unknown opcode \(code[pc])")
      }
      let operands = opcode.operands
      guard pc + operands.count < code.count else { throw fail(pc, "\(opcode.mnemonic) is truncated") }
      for (position, kind) in operands.enumerated() {
        let word = code[pc + 1 + position]
        switch kind {
        case .register:
          guard word < registers else {
            throw fail(pc, "\(opcode.mnemonic): register r\(word) out of range (\(registers) registers)")
          }
        case .count:
          let start = code[pc + position]
          guard UInt64(start) + UInt64(word) <= UInt64(registers) else {
            throw fail(
              pc,
              "\(opcode.mnemonic): register window r\(start)+\(word) out of range (\(registers) registers)")
          }
        case .constant:
          guard Int(word) < module.constants.count else {
            throw fail(pc, "\(opcode.mnemonic): constant \(word) out of range")
          }
          try checkConstantKind(opcode, module.constants[Int(word)], pc: pc, fail: fail)
        case .function:
          guard Int(word) < module.functions.count, word > 0 else {
            throw fail(pc, "\(opcode.mnemonic): function #\(word) out of range")
          }
          let kind = module.functions[Int(word)].kind
          if opcode == .newClass && !kind.isClassConstructor {
            throw fail(pc, "newClass of function #\(word), which is not a class constructor")
          }
          if opcode == .newClosure && kind.isClassConstructor {
            throw fail(pc, "newClosure of class constructor #\(word)")
          }
        case .inlineCache:
          guard word < function.inlineCacheCount else {
            throw fail(pc, "\(opcode.mnemonic): inline cache \(word) out of range")
          }
        case .importIndex:
          guard Int(word) < imports else {
            throw fail(pc, "\(opcode.mnemonic): import \(word) out of range (\(imports) imports)")
          }
        case .handleIndex:
          guard Int(word) < handles else {
            throw fail(pc, "\(opcode.mnemonic): handle \(word) out of range (\(handles) handles)")
          }
        case .selector:
          guard word < opcode.selectorBound else {
            throw fail(pc, "\(opcode.mnemonic): selector \(word) out of range")
          }
        case .target:
          targets.append((pc, word))
        case .immediate:
          break
        }
      }
      // The interpreter reads actual argument `index` without a lower bound (a negative index would
      // read before the arguments), so the immediate must be a non-negative int32.
      if opcode == .loadArgument || opcode == .createRest, code[pc + 2] > UInt32(Int32.max) {
        throw fail(pc, "\(opcode.mnemonic): argument index \(Int32(bitPattern: code[pc + 2])) is negative")
      }
      // The fast paths of getNamed and setNamed trust a cache hit without looking at the property's
      // attributes: a cache one site filled must never serve another (a read of a read-only
      // property would let a write through).
      if let cache = opcode.inlineCacheOperand.map({ Int(code[pc + 1 + $0]) }) {
        if let first = cacheUsers[cache] {
          throw fail(pc, "\(opcode.mnemonic): inline cache \(cache) is already used at word \(first)")
        }
        cacheUsers[cache] = pc
      }
      if opcode == .yield && !function.kind.isGenerator { throw fail(pc, "yield outside a generator") }
      if opcode == .await && !function.kind.isAsync && function.kind != .moduleBody {
        throw fail(pc, "await outside an async function or module body")
      }
      last = opcode
      pc += opcode.length
    }
    guard !last.fallsThrough else { throw fail(pc, "control can run off the end of the code") }
    for (at, target) in targets {
      guard Int(target) < code.count, starts[Int(target)] else {
        throw fail(at, "jump target \(target) is not the start of an instruction")
      }
    }
    var previousCallee = -1
    for callee in function.calleeTexts {
      let at = Int(callee.pc)
      guard at > previousCallee, at < code.count, starts[at] else {
        throw fail(at, "callee text at \(callee.pc) is out of order or not the start of an instruction")
      }
      previousCallee = at
    }
    for handler in function.handlers {
      guard handler.start <= handler.end, Int(handler.end) <= code.count else {
        throw fail(Int(handler.start), "handler range [\(handler.start), \(handler.end)) is malformed")
      }
      guard Int(handler.handler) < code.count, starts[Int(handler.handler)] else {
        throw fail(
          Int(handler.handler), "handler address \(handler.handler) is not the start of an instruction")
      }
      guard handler.register < registers else {
        throw fail(Int(handler.start), "handler register r\(handler.register) out of range")
      }
    }
  }

  private static func checkConstantKind(
    _ opcode: Opcode, _ constant: Constant, pc: Int, fail: (Int, String) -> Failure
  ) throws(Failure) {
    let ok: Bool
    switch (opcode, constant) {
    case (.getTemplateObject, .template): ok = true
    case (.getTemplateObject, _): ok = false
    case (.newRegExp, .regexp): ok = true
    case (.newRegExp, _): ok = false
    case (.loadConst, .number), (.loadConst, .string), (.loadConst, .bigint): ok = true
    case (.loadConst, _): ok = false
    case (_, .string): ok = true
    default: ok = false
    }
    guard ok else { throw fail(pc, "\(opcode.mnemonic) cannot read a constant of this kind") }
  }
}

extension Opcode {
  /// The position (among the operands) of the instruction's inline-cache operand, if it has one.
  fileprivate var inlineCacheOperand: Int? { operands.firstIndex(of: .inlineCache) }
}
