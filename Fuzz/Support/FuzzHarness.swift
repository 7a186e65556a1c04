import Foundation

// What every fuzz target shares: with -DFUZZING it hands control to libFuzzer; in a normal build
// it replays seed files, so CI runs each target's seed corpus on every build.

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  /// Runs libFuzzer with the process's arguments and exits with its status.
  public func runLibFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argc, &argv, testOneInput))
  }
#endif

/// Feeds every file named in `arguments`, and every file directly inside a named directory (in
/// name order), to `exercise`; returns how many inputs were replayed. A missing path exits with
/// status 2 and a message prefixed by `tool`.
public func replaySeedInputs(_ arguments: [String], tool: String, _ exercise: ([UInt8]) -> Void) -> Int {
  var replayed = 0
  for argument in arguments {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
      FileHandle.standardError.write(Data("\(tool): no such file '\(argument)'\n".utf8))
      exit(2)
    }
    let paths =
      isDirectory.boolValue
      ? ((try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []).sorted().map {
        argument + "/" + $0
      }
      : [argument]
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      exercise([UInt8](data))
      replayed += 1
    }
  }
  return replayed
}
