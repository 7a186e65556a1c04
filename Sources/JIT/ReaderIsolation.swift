import BitcodeRules
import CLLVM

#if canImport(Glibc)
  import Glibc
#endif

/// LLVM's bitcode reader is not hardened against hostile bytes: a corrupted length field can make it
/// abort ("LLVM ERROR: out of memory") instead of returning an error (scripts/fuzz-bitcode.py finds
/// such inputs in a few hundred mutations). Only bitcode signed by a trusted builder reaches it, but a
/// refusal must still be a message and an exit status, never a crash of cruftvm: so every section is
/// first parsed and checked in a forked child, and only bytes the child survived are parsed here.
enum ReaderIsolation {
  /// nil when a child process parsed and checked the bytes without dying (whatever it concluded);
  /// otherwise why the bytes are refused.
  static func probe(_ bitcode: UnsafePointer<UInt8>, _ length: Int, listed: [BitcodeChecker.Listed]?)
    -> String?
  {
    let child = fork()
    if child < 0 { return "cannot start the process that reads the bitcode (fork failed)" }
    if child == 0 {
      // What LLVM (and the crash reporter) would print about bytes it dies on is not the user's output.
      let null = open("/dev/null", O_WRONLY)
      if null >= 0 { dup2(null, 2) }
      let context = LLVMContextCreate()!
      if case .success(let module) = JITCompiler.parseAndCheck(
        bitcode, length, context: context, listed: listed, isolated: false)
      {
        LLVMDisposeModule(module)
      }
      _exit(0)
    }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 {
      if errno != EINTR { return "cannot wait for the process that reads the bitcode" }
    }
    // WIFEXITED: the low 7 bits are 0; WTERMSIG: the low 7 bits otherwise.
    let signal = status & 0x7F
    if signal == 0 && (status >> 8) & 0xFF == 0 { return nil }
    if signal != 0 {
      return "the bitcode is malformed: LLVM's bitcode reader stopped on it (signal \(signal))"
    }
    return "the bitcode is malformed: LLVM's bitcode reader exited on it (status \((status >> 8) & 0xFF))"
  }
}
