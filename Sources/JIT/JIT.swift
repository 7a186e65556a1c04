import BitcodeRules
import CLLVM
import Dispatch

// libCruftJIT.so: cruftvm loads it (dlopen) only for a bundle with bitcode. Its C ABI is the
// contract of docs/jit.md: `cruft_jit_check`, `cruft_jit_compile`, and the variants that also check
// each listed function's arity, `cruft_jit_check_functions` and `cruft_jit_compile_functions`;
// `cruft_jit_release` frees what a compile returned.

public typealias CStringArray = UnsafePointer<UnsafePointer<CChar>?>

@_cdecl("cruft_jit_version")
public func cruftJITVersion() -> UInt32 {
  var major: UInt32 = 0
  var minor: UInt32 = 0
  var patch: UInt32 = 0
  LLVMGetVersion(&major, &minor, &patch)
  return major
}

/// Checks a bitcode module (rules 1-7). 1 if it passes, else 0 and the first violation in `error`.
@_cdecl("cruft_jit_check")
public func cruftJITCheck(
  _ bitcode: UnsafePointer<UInt8>?, _ length: Int, _ error: UnsafeMutablePointer<CChar>?, _ errorCapacity: Int
) -> Int32 {
  cruftJITCheckFunctions(bitcode, length, nil, nil, 0, error, errorCapacity)
}

/// `cruft_jit_check` plus rule 8: each of `functions` (functionCount names) is defined as
/// `cruft_fn_F` with the arity in `arities` (when `arities` is not null).
@_cdecl("cruft_jit_check_functions")
public func cruftJITCheckFunctions(
  _ bitcode: UnsafePointer<UInt8>?, _ length: Int, _ functions: CStringArray?,
  _ arities: UnsafePointer<Int32>?,
  _ functionCount: Int32, _ error: UnsafeMutablePointer<CChar>?, _ errorCapacity: Int
) -> Int32 {
  let listed = JITCompiler.listed(functions, arities, functionCount)
  let context = LLVMContextCreate()!
  defer { LLVMContextDispose(context) }
  switch JITCompiler.parseAndCheck(bitcode, length, context: context, listed: listed) {
  case .success(let module):
    LLVMDisposeModule(module)
    return 1
  case .failure(let failure):
    JITCompiler.write(failure.message, to: error, capacity: errorCapacity)
    return 0
  }
}

/// Checks and compiles one module; see docs/jit.md. Returns the handle keeping the code alive, or
/// null with the message in `error`.
@_cdecl("cruft_jit_compile")
public func cruftJITCompile(
  _ bitcode: UnsafePointer<UInt8>?, _ length: Int, _ symbols: CStringArray?,
  _ addresses: UnsafePointer<UnsafeRawPointer?>?, _ count: Int32, _ functions: CStringArray?,
  _ functionCount: Int32, _ outAddresses: UnsafeMutablePointer<UnsafeRawPointer?>?,
  _ error: UnsafeMutablePointer<CChar>?, _ errorCapacity: Int
) -> UnsafeMutableRawPointer? {
  cruftJITCompileFunctions(
    bitcode, length, symbols, addresses, count, functions, nil, functionCount, outAddresses, error,
    errorCapacity)
}

/// `cruft_jit_compile` where `arities` (functionCount entries, or null) gives each function's arity,
/// checked against its definition (rule 8).
@_cdecl("cruft_jit_compile_functions")
public func cruftJITCompileFunctions(
  _ bitcode: UnsafePointer<UInt8>?, _ length: Int, _ symbols: CStringArray?,
  _ addresses: UnsafePointer<UnsafeRawPointer?>?, _ count: Int32, _ functions: CStringArray?,
  _ arities: UnsafePointer<Int32>?, _ functionCount: Int32,
  _ outAddresses: UnsafeMutablePointer<UnsafeRawPointer?>?,
  _ error: UnsafeMutablePointer<CChar>?, _ errorCapacity: Int
) -> UnsafeMutableRawPointer? {
  var table: [(String, UInt64)] = []
  for index in 0..<Int(max(0, count)) {
    guard let name = symbols?[index], let address = addresses?[index] else { continue }
    table.append((String(cString: name), UInt64(UInt(bitPattern: address))))
  }
  let listed = JITCompiler.listed(functions, arities, functionCount)
  switch JITCompiler.compile(bitcode, length, symbols: table, listed: listed) {
  case .success(let (instance, found)):
    for (index, address) in found.enumerated() {
      outAddresses?[index] = UnsafeRawPointer(bitPattern: UInt(address))
    }
    return Unmanaged.passRetained(instance).toOpaque()
  case .failure(let failure):
    JITCompiler.write(failure.message, to: error, capacity: errorCapacity)
    return nil
  }
}

/// Frees the code a successful `cruft_jit_compile` returned (its functions may no longer be called).
@_cdecl("cruft_jit_release")
public func cruftJITRelease(_ handle: UnsafeMutableRawPointer?) {
  guard let handle else { return }
  Unmanaged<JITInstance>.fromOpaque(handle).release()
}

struct JITFailure: Error {
  var message: String
}

/// One LLJIT and the code it compiled.
final class JITInstance {
  let jit: LLVMOrcLLJITRef
  /// The session's error reporter writes here for as long as the session lives.
  let reported = ReportedErrors()

  init(_ jit: LLVMOrcLLJITRef) { self.jit = jit }

  deinit {
    if let error = LLVMOrcDisposeLLJIT(jit) { LLVMConsumeError(error) }
  }
}

/// What the session's error reporter saw (a link failure names the missing symbols there, while the
/// lookup only says materialization failed).
final class ReportedErrors: @unchecked Sendable {
  var messages: [String] = []
}

/// The result of a lookup, filled in by the lookup's callback (possibly on another thread).
final class LookupResult: @unchecked Sendable {
  var addresses: [String: UInt64] = [:]
  var error: String?
  let done = DispatchSemaphore(value: 0)
}

enum JITCompiler {
  static let initialized: Bool = {
    LLVMInitializeNativeTarget() == 0 && LLVMInitializeNativeAsmPrinter() == 0
  }()

  static func listed(_ functions: CStringArray?, _ arities: UnsafePointer<Int32>?, _ count: Int32)
    -> [BitcodeChecker.Listed]?
  {
    guard let functions else { return nil }
    return (0..<Int(max(0, count))).map { index in
      BitcodeChecker.Listed(
        symbol: functions[index].map { String(cString: $0) } ?? "", arity: arities.map { Int($0[index]) })
    }
  }

  static func write(_ message: String, to buffer: UnsafeMutablePointer<CChar>?, capacity: Int) {
    guard let buffer, capacity > 0 else { return }
    let utf8 = Array(message.utf8)
    var count = min(utf8.count, capacity - 1)
    // Never cut a UTF-8 sequence in two.
    while count > 0 && count < utf8.count && utf8[count] & 0xC0 == 0x80 { count -= 1 }
    let bytes = utf8[..<count]
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    buffer[bytes.count] = 0
  }

  /// Rules 1-7 (and 8 with `listed`): parses the bytes in `context` and checks the module; when
  /// `isolated`, only after a child process has survived doing the same (ReaderIsolation).
  static func parseAndCheck(
    _ bitcode: UnsafePointer<UInt8>?, _ length: Int, context: LLVMContextRef,
    listed: [BitcodeChecker.Listed]?,
    isolated: Bool = true
  ) -> Result<LLVMModuleRef, JITFailure> {
    guard let bitcode, length > 0 else { return .failure(JITFailure(message: "the bitcode is empty")) }
    if isolated, let refusal = ReaderIsolation.probe(bitcode, length, listed: listed) {
      return .failure(JITFailure(message: refusal))
    }
    let diagnostics = ReportedErrors()
    let box = Unmanaged.passRetained(diagnostics)
    defer { box.release() }
    // Without a handler, LLVM prints an error diagnostic and exits the process.
    LLVMContextSetDiagnosticHandler(
      context,
      { info, context in
        guard let info, let context else { return }
        let reported = Unmanaged<ReportedErrors>.fromOpaque(context).takeUnretainedValue()
        if let text = LLVMGetDiagInfoDescription(info) {
          reported.messages.append(String(cString: text))
          LLVMDisposeMessage(text)
        }
      }, box.toOpaque())
    defer { LLVMContextSetDiagnosticHandler(context, nil, nil) }
    let buffer = bitcode.withMemoryRebound(to: CChar.self, capacity: length) {
      LLVMCreateMemoryBufferWithMemoryRangeCopy($0, length, "bitcode")
    }!
    defer { LLVMDisposeMemoryBuffer(buffer) }
    var parsed: LLVMModuleRef?
    guard LLVMParseBitcodeInContext2(context, buffer, &parsed) == 0, let module = parsed else {
      let reason = diagnostics.messages.first.map { ": " + BitcodeChecker.printable($0) } ?? ""
      return .failure(JITFailure(message: "the bitcode does not parse\(reason)"))
    }
    var verifierMessage: UnsafeMutablePointer<CChar>?
    if LLVMVerifyModule(module, LLVMReturnStatusAction, &verifierMessage) != 0 {
      let text = verifierMessage.map { String(cString: $0) } ?? ""
      if let verifierMessage { LLVMDisposeMessage(verifierMessage) }
      LLVMDisposeModule(module)
      let first = text.split(separator: "\n").first.map(String.init) ?? "invalid module"
      return .failure(
        JITFailure(message: "the bitcode module does not verify: \(BitcodeChecker.printable(first))"))
    }
    if let verifierMessage { LLVMDisposeMessage(verifierMessage) }
    if let message = BitcodeChecker(module: module).check(listed: listed) {
      LLVMDisposeModule(module)
      return .failure(JITFailure(message: message))
    }
    return .success(module)
  }

  /// Checks, then compiles with an LLJIT whose code sees only `symbols`, and looks up the listed
  /// functions (in order).
  static func compile(
    _ bitcode: UnsafePointer<UInt8>?, _ length: Int, symbols: [(String, UInt64)],
    listed: [BitcodeChecker.Listed]?
  ) -> Result<(JITInstance, [UInt64]), JITFailure> {
    guard initialized else { return .failure(JITFailure(message: "LLVM has no native target here")) }
    let threadSafeContext = LLVMOrcCreateNewThreadSafeContext()!
    defer { LLVMOrcDisposeThreadSafeContext(threadSafeContext) }
    let context = LLVMOrcThreadSafeContextGetContext(threadSafeContext)!
    let module: LLVMModuleRef
    switch parseAndCheck(bitcode, length, context: context, listed: listed) {
    case .success(let checked): module = checked
    case .failure(let failure): return .failure(failure)
    }
    var created: LLVMOrcLLJITRef?
    if let error = LLVMOrcCreateLLJIT(&created, LLVMOrcCreateLLJITBuilder()) {
      LLVMDisposeModule(module)
      return .failure(JITFailure(message: "cannot create the JIT: \(consume(error))"))
    }
    let instance = JITInstance(created!)
    let jit = instance.jit
    let session = LLVMOrcLLJITGetExecutionSession(jit)!
    let reported = instance.reported
    let reporterBox = Unmanaged.passUnretained(reported)
    LLVMOrcExecutionSessionSetErrorReporter(
      session,
      { context, error in
        guard let context, let error else { return }
        Unmanaged<ReportedErrors>.fromOpaque(context).takeUnretainedValue().messages.append(consume(error))
      }, reporterBox.toOpaque())
    // A bare JITDylib: LLJIT's main JITDylib links the process's symbols (through its platform
    // JITDylib); this one sees only what is defined in it, so any other symbol fails the link.
    let dylib = LLVMOrcExecutionSessionCreateBareJITDylib(session, "cruft")!
    if !symbols.isEmpty {
      var pairs = symbols.map { (name, address) in
        LLVMOrcCSymbolMapPair(
          Name: LLVMOrcLLJITMangleAndIntern(jit, name),
          Sym: LLVMJITEvaluatedSymbol(
            Address: address,
            Flags: LLVMJITSymbolFlags(
              GenericFlags: UInt8(
                LLVMJITSymbolGenericFlagsExported.rawValue | LLVMJITSymbolGenericFlagsCallable.rawValue),
              TargetFlags: 0)))
      }
      let unit = LLVMOrcAbsoluteSymbols(&pairs, pairs.count)
      if let error = LLVMOrcJITDylibDefine(dylib, unit) {
        LLVMOrcDisposeMaterializationUnit(unit)
        LLVMDisposeModule(module)
        return .failure(JITFailure(message: "cannot define the runtime symbols: \(consume(error))"))
      }
    }
    LLVMSetTarget(module, LLVMOrcLLJITGetTripleString(jit))
    LLVMSetDataLayout(module, LLVMOrcLLJITGetDataLayoutStr(jit))
    let threadSafeModule = LLVMOrcCreateNewThreadSafeModule(module, threadSafeContext)!
    if let error = LLVMOrcLLJITAddLLVMIRModule(jit, dylib, threadSafeModule) {
      return .failure(JITFailure(message: "cannot add the module: \(consume(error))"))
    }
    let names = listed?.map(\.symbol) ?? []
    guard !names.isEmpty else { return .success((instance, [])) }
    let result = LookupResult()
    let resultBox = Unmanaged.passRetained(result)
    var order = [
      LLVMOrcCJITDylibSearchOrderElement(
        JD: dylib, JDLookupFlags: LLVMOrcJITDylibLookupFlagsMatchExportedSymbolsOnly)
    ]
    var lookupSet = names.map { name in
      LLVMOrcCLookupSetElement(
        Name: LLVMOrcLLJITMangleAndIntern(jit, name), LookupFlags: LLVMOrcSymbolLookupFlagsRequiredSymbol)
    }
    LLVMOrcExecutionSessionLookup(
      session, LLVMOrcLookupKindStatic, &order, 1, &lookupSet, lookupSet.count,
      { error, pairs, count, context in
        let result = Unmanaged<LookupResult>.fromOpaque(context!).takeRetainedValue()
        if let error {
          result.error = consume(error)
        } else if let pairs {
          for index in 0..<count {
            let name = String(cString: LLVMOrcSymbolStringPoolEntryStr(pairs[index].Name))
            result.addresses[name] = pairs[index].Sym.Address
          }
        }
        result.done.signal()
      }, resultBox.toOpaque())
    result.done.wait()
    if let error = result.error {
      return .failure(JITFailure(message: linkFailure(lookup: error, reported: reported.messages)))
    }
    var addresses: [UInt64] = []
    for name in names {
      let mangled = LLVMOrcLLJITMangleAndIntern(jit, name)!
      let key = String(cString: LLVMOrcSymbolStringPoolEntryStr(mangled))
      LLVMOrcReleaseSymbolStringPoolEntry(mangled)
      guard let address = result.addresses[key], address != 0 else {
        return .failure(JITFailure(message: "the compiled code has no '\(BitcodeChecker.printable(name))'"))
      }
      addresses.append(address)
    }
    return .success((instance, addresses))
  }

  static func find(_ needle: String, in text: String) -> String.Index? {
    var index = text.startIndex
    while index < text.endIndex {
      if text[index...].hasPrefix(needle) { return index }
      index = text.index(after: index)
    }
    return nil
  }

  /// The message for a failed link: the symbols the code needs that the VM does not provide, when the
  /// session reported them (`Symbols not found: [ pow ]`), else LLVM's own text.
  static func linkFailure(lookup: String, reported: [String]) -> String {
    for message in reported {
      let marker = "Symbols not found: ["
      guard let start = Self.find(marker, in: message) else { continue }
      let rest = message[message.index(start, offsetBy: marker.count)...]
      let list = rest.prefix { $0 != "]" }
      let missing = list.split(separator: ",").map {
        BitcodeChecker.printable(String($0.trimming(" ")))
      }.filter { !$0.isEmpty }
      if missing.count == 1 {
        return "the compiled code calls '\(missing[0])', which the VM does not provide"
      }
      if !missing.isEmpty {
        return "the compiled code calls "
          + missing.map { "'\($0)'" }.joined(separator: ", ")
          + ", which the VM does not provide"
      }
    }
    let text = (reported + [lookup]).joined(separator: "; ")
    return "the compiled code does not link: \(BitcodeChecker.printable(text))"
  }
}

/// The message of an LLVM error, which it consumes.
func consume(_ error: LLVMErrorRef) -> String {
  guard let text = LLVMGetErrorMessage(error) else { return "unknown error" }
  defer { LLVMDisposeErrorMessage(text) }
  return String(cString: text)
}

extension Substring {
  func trimming(_ character: Character) -> Substring {
    var slice = self
    while slice.first == character { slice = slice.dropFirst() }
    while slice.last == character { slice = slice.dropLast() }
    return slice
  }
}
