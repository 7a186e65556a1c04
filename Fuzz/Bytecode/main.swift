import Bytecode
import Foundation
import FuzzSupport
import VM

// A libFuzzer target for the bytecode decoder and verifier. Built with -DFUZZING
// (scripts/fuzz-bytecode.sh) it hands control to libFuzzer; in a normal build it replays the files or
// directories it is given, so CI runs the seed corpus (Fuzz/Bytecode/Seeds) on every build.
//
// An input is two bytes, then a code section as a bundle stores it: byte 0 (low three bits) is the
// module's import count and byte 1 (low three bits) its handle count, which a bundle's manifest
// would give. What matters most is what happens after the verifier says yes: the module is run
// under FuzzingHarness with a small step budget and heap cap, so that an out-of-bounds access the
// verifier should have prevented shows up under AddressSanitizer, not in production.
//
// `--extract-seeds DIR BUNDLE...` writes each code section of the given bundles to DIR in that input
// form (scripts/bytecode-seeds.sh compiles the differential suite and calls it).

/// The budget of one run: enough for the seed programs' loops to do real work, small enough that
/// libFuzzer keeps its pace.
let stepBudget = 20_000
let heapBudget = 16 << 20

/// FUZZ_BYTECODE_RUN_ALL=1 also runs modules with instructions the interpreter does not check yet
/// (`FuzzingHarness.opcodesKnownToCrash`), to see those crashes.
let runEverything = ProcessInfo.processInfo.environment["FUZZ_BYTECODE_RUN_ALL"] == "1"

struct Tally {
  var verified = 0
  var finished = 0
}
nonisolated(unsafe) var tally = Tally()

func exercise(_ bytes: [UInt8]) {
  guard bytes.count >= 2 else { return }
  let imports = Int(bytes[0] & 7)
  let handles = Int(bytes[1] & 7)
  guard let module = try? BytecodeEncoding.decode(Array(bytes.dropFirst(2))) else { return }
  if !runEverything && FuzzingHarness.module(module, contains: FuzzingHarness.opcodesKnownToCrash) {
    // Known to crash the interpreter on hostile register contents (see the list's comment): verify
    // only, so that the fuzzer looks for what is not known yet.
    _ = try? BytecodeVerifier.verify(module, imports: imports, handles: handles)
    return
  }
  switch FuzzingHarness.runVerifiedModule(
    module, imports: imports, handles: handles, steps: stepBudget, heapBytes: heapBudget)
  {
  case .rejected: return
  case .finished:
    tally.verified += 1
    tally.finished += 1
  case .uncaught, .limit:
    tally.verified += 1
  }
}

/// Runs `body` on a thread with a 64 MiB stack and waits for it. The VM's built-ins bound their
/// recursion (JSON.stringify at 5000 levels) by what a release build's frames fit in the main
/// thread's 8 MiB, and a debug build's AddressSanitizer frames are several times larger: without
/// the room, the fuzzer reports overflows a release build does not have.
func onLargeStack(_ body: @escaping @Sendable () -> Void) {
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    body()
    done.signal()
  }
  thread.stackSize = 64 << 20
  thread.start()
  done.wait()
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("fuzz-bytecode: \(message)\n".utf8))
  exit(2)
}

/// Writes every module's code section of each bundle to `directory` as a fuzz input: the module's
/// import and handle counts, then the section. The bundles' signatures are not checked (the seeds
/// are inputs, not code to trust); their section digests are.
func extractSeeds(to directory: String, from bundles: [String]) {
  do {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  } catch {
    fail("cannot create \(directory)")
  }
  var written = 0
  for path in bundles {
    let reader: BundleReader
    let sections: [String: [UInt8]]
    do {
      reader = try BundleReader.open(path: path)
      sections = try reader.verifySections()
    } catch {
      fail("\(path): \(error)")
    }
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    for (index, module) in reader.manifest.modules.enumerated() {
      guard let code = sections[module.codeSection] else { fail("\(path): \(module.name) has no code") }
      let seed = [UInt8(min(module.imports.count, 7)), UInt8(min(module.handles.count, 7))] + code
      let name = reader.manifest.modules.count == 1 ? stem : "\(stem)-\(index)"
      guard FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(seed)) else {
        fail("cannot write \(directory)/\(name)")
      }
      written += 1
    }
  }
  print("fuzz-bytecode: wrote \(written) seeds to \(directory)")
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--extract-seeds" {
  guard arguments.count >= 3 else { fail("usage: FuzzBytecode --extract-seeds DIR BUNDLE...") }
  extractSeeds(to: arguments[1], from: Array(arguments.dropFirst(2)))
  exit(0)
}

// `--disassemble FILE` prints an input's module, to read a crash's input.
if arguments.first == "--disassemble" {
  guard arguments.count == 2, let data = FileManager.default.contents(atPath: arguments[1]), data.count >= 2
  else {
    fail("usage: FuzzBytecode --disassemble FILE")
  }
  do {
    let module = try BytecodeEncoding.decode(Array(data.dropFirst(2)))
    print("imports \(data[0] & 7), handles \(data[1] & 7)")
    print(Disassembler.text(of: module, moduleName: arguments[1]))
  } catch {
    fail("\(arguments[1]): \(error)")
  }
  exit(0)
}

#if FUZZING
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    onLargeStack { exercise(bytes) }
    return 0
  }

  runLibFuzzer(fuzzOneInput)
#else
  let replayed = replaySeedInputs(arguments, tool: "fuzz-bytecode") { bytes in
    onLargeStack { exercise(bytes) }
  }
  print(
    "fuzz-bytecode: replayed \(replayed) inputs without a crash; \(tally.verified) verified, "
      + "\(tally.finished) ran to the end")
#endif
