import Diagnostics
import Foundation
import Frontend
import FuzzSupport

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

  runLibFuzzer(fuzzOneInput)
#else
  let arguments = Array(CommandLine.arguments.dropFirst())
  nonisolated(unsafe) var replayed = 0
  // Replays on the parser's thread, as every caller of the parser must.
  Frontend.withParserStack { replayed = replaySeedInputs(arguments, tool: "fuzz-parser", parseEveryGoal) }
  print("fuzz-parser: replayed \(replayed) inputs without a crash")
#endif
