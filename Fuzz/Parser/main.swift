import Diagnostics
import Foundation
import Frontend

// A libFuzzer target for the parser. Built with -DFUZZING (see scripts/fuzz-parser.sh) it hands
// control to libFuzzer; in a normal build it replays the files or directories it is given, so CI
// runs the seed corpus through the parser on every build.

func parseEveryGoal(_ bytes: [UInt8]) {
  let file = SourceFile(path: "fuzz.js", bytes: bytes)
  for goal in SourceGoal.allCases {
    _ = Frontend.parse(file, goal: goal)
  }
}

#if FUZZING
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    parseEveryGoal(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
#else
  /// Replays files and directories of inputs; runs off the main actor on the parser's thread.
  nonisolated func replay(_ arguments: [String]) -> Int {
    var replayed = 0
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        FileHandle.standardError.write(Data("fuzz-parser: no such file '\(argument)'\n".utf8))
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
        parseEveryGoal([UInt8](data))
        replayed += 1
      }
    }
    return replayed
  }

  let arguments = Array(CommandLine.arguments.dropFirst())
  nonisolated(unsafe) var replayed = 0
  Frontend.withParserStack { replayed = replay(arguments) }
  print("fuzz-parser: replayed \(replayed) inputs without a crash")
#endif
