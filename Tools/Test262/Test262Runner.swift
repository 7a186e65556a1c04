import ArgumentParser
import Foundation
import VM

/// `test262-runner`: runs test262's tests through cruft's compiler and VM and reports pass rates
/// per family (docs/conformance.md).
@main
struct Test262Runner: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test262-runner",
    abstract:
      "Run test262's built-ins tests through cruftc's stages and the VM; report pass rates per family.",
    discussion: """
      Each test is compiled as strict code with its harness files (a CommonJS module, or an ES module \
      for flags: [module]), sealed into an in-memory bundle, verified and run, in child processes over \
      chunks of tests so that a crash ends only its chunk. Tests that need eval, Function, sloppy mode, \
      host hooks or features newer than ECMAScript 2023 are counted as not applicable. Intrinsics are \
      unfrozen unless --frozen (the configuration cruftvm runs). Exit status: 0 when the run completed, \
      whatever the results; 2 on usage errors.
      """)

  @Option(help: "The test262 checkout (the directory holding test/ and harness/).")
  var test262: String?

  @Option(
    help: "Run nothing: print the table and failure reasons of this results file (--filter selects tests).")
  var summarize: String?

  @Flag(help: "Run with the intrinsics frozen, as cruftvm always does (default: unfrozen).")
  var frozen = false

  @Option(help: "Run the tests whose path below test/ starts with this (repeatable; default: built-ins).")
  var filter: [String] = []

  @Option(help: "Child processes running at once.")
  var jobs = 2

  @Option(help: "Tests per child process.")
  var chunkSize = 100

  @Option(help: "Write every test's outcome, and the summaries, to this JSON file.")
  var results: String?

  @Option(help: "End a test after this many bytecode instructions.")
  var maxSteps = 50_000_000

  @Option(help: "End a test when its heap exceeds this many megabytes.")
  var maxHeap = 512

  @Option(help: "End a test when calls nest deeper than this.")
  var maxDepth = 10_000

  @Option(help: "Stop a child process whose resident size passes this many megabytes (its test is a crash).")
  var maxMemory = 2048

  @Option(
    help:
      "CPU seconds one test may take before its child is stopped (a hang: a loop that does not count steps)."
  )
  var maxCpu = 60

  @Option(help: "Print this many of the most common failure reasons per family (0: none).")
  var reasons = 5

  @Flag(help: "Print the table as Markdown.")
  var markdown = false

  @Flag(help: "Print every failing test with its message.")
  var verbose = false

  @Flag(help: "Run every test in this process (no child processes: a crash ends the run).")
  var inProcess = false

  @Option(help: .hidden) var chunk: String?
  @Option(help: .hidden) var chunkResults: String?

  func validate() throws {
    if summarize != nil { return }
    guard let test262 else { throw ValidationError("--test262 DIR is required (or --summarize FILE)") }
    guard FileManager.default.fileExists(atPath: test262 + "/test"),
      FileManager.default.fileExists(atPath: test262 + "/harness/assert.js")
    else {
      throw ValidationError("\(test262) is not a test262 checkout (no test/ or harness/assert.js)")
    }
    guard jobs > 0, chunkSize > 0, maxSteps > 0, maxHeap > 0, maxDepth > 0, maxMemory > 0, maxCpu > 0 else {
      throw ValidationError("--jobs, --chunk-size and the limits must be positive")
    }
  }

  var limits: RunLimits {
    RunLimits(maximumHeapBytes: maxHeap << 20, maximumSteps: maxSteps, maximumDepth: maxDepth)
  }

  func run() throws {
    if let summarize {
      let file = try JSONDecoder().decode(
        ResultsFile.self, from: Data(contentsOf: URL(fileURLWithPath: summarize)))
      let prefixes = filter.map { $0.hasPrefix("test/") ? String($0.dropFirst(5)) : $0 }
      let selected = file.tests.filter { test in
        prefixes.isEmpty || prefixes.contains { test.path.hasPrefix($0) }
      }
      print(
        "test262 results of \(file.date), intrinsics \(file.frozenIntrinsics ? "frozen" : "unfrozen"), \(selected.count) tests\n"
      )
      report(selected)
      return
    }
    let root = URL(fileURLWithPath: test262 ?? ".").standardizedFileURL.path
    if let chunk, let chunkResults {
      try runChunk(root: root, list: chunk, output: chunkResults)
      return
    }
    let tests = discover(root: root)
    guard !tests.isEmpty else { throw ValidationError("no tests match \(filter)") }
    writeStandardError(
      "running \(tests.count) tests (\(frozen ? "frozen" : "unfrozen") intrinsics, \(inProcess ? 1 : jobs) at a time)\n"
    )
    let started = Date()
    var outcomes: [TestResult]
    if inProcess {
      let executor = try TestExecutor(test262: root, freezesIntrinsics: frozen, limits: limits)
      outcomes = tests.map { executor.run($0) }
    } else {
      let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
      var arguments = [
        "--test262", root, "--max-steps", "\(maxSteps)", "--max-heap", "\(maxHeap)", "--max-depth",
        "\(maxDepth)", "--max-cpu", "\(maxCpu)",
      ]
      if frozen { arguments.append("--frozen") }
      let scheduler = try Scheduler(
        executable: executable, childArguments: arguments, jobs: jobs, chunkSize: chunkSize,
        maxResidentMegabytes: maxMemory, cpuSecondsPerTest: maxCpu)
      outcomes = scheduler.run(tests)
    }
    outcomes.sort { $0.path < $1.path }
    let seconds = Date().timeIntervalSince(started)

    print(
      "test262 built-ins, intrinsics \(frozen ? "frozen" : "unfrozen"), \(outcomes.count) tests in "
        + String(format: "%.0f", seconds) + " s\n")
    report(outcomes)
    if let results {
      let formatter = ISO8601DateFormatter()
      let (families, all) = Report.summaries(outcomes)
      let file = ResultsFile(
        date: formatter.string(from: Date()), test262: root, frozenIntrinsics: frozen, families: families,
        all: all, tests: outcomes)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try encoder.encode(file).write(to: URL(fileURLWithPath: results))
      writeStandardError("wrote \(results)\n")
    }
  }

  /// Prints the failing tests (with --verbose), the table, the crashes and the failure reasons.
  func report(_ outcomes: [TestResult]) {
    if verbose {
      for result in outcomes where result.outcome == .fail || result.outcome == .crash {
        print("\(result.outcome.rawValue.uppercased()) \(result.path): \(result.message ?? "")")
      }
    }
    let (families, all) = Report.summaries(outcomes)
    print(Report.table(families, all: all, markdown: markdown))
    let crashes = outcomes.filter { $0.outcome == .crash }
    if !crashes.isEmpty {
      print("crashes:")
      for crash in crashes { print("  \(crash.path): \(crash.message ?? "")") }
      print("")
    }
    if reasons > 0 {
      print("most common failure reasons:")
      print(Report.failureReasons(outcomes, limit: reasons))
    }
  }

  /// The test files below test/ that match the filters, sorted; _FIXTURE files are not tests.
  func discover(root: String) -> [String] {
    let prefixes =
      filter.isEmpty ? ["built-ins"] : filter.map { $0.hasPrefix("test/") ? String($0.dropFirst(5)) : $0 }
    let testRoot = root + "/test"
    var found: Set<String> = []
    for prefix in prefixes {
      // The deepest directory the prefix names completely, then every file below it that matches.
      var start = prefix
      var isDirectory: ObjCBool = false
      while !start.isEmpty,
        !(FileManager.default.fileExists(atPath: testRoot + "/" + start, isDirectory: &isDirectory)
          && isDirectory.boolValue)
      {
        start = (start as NSString).deletingLastPathComponent
      }
      if FileManager.default.fileExists(atPath: testRoot + "/" + prefix, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        found.insert(prefix)
        continue
      }
      guard let enumerator = FileManager.default.enumerator(atPath: testRoot + "/" + start) else { continue }
      while let next = enumerator.nextObject() as? String {
        let path = start.isEmpty ? next : start + "/" + next
        guard path.hasPrefix(prefix), path.hasSuffix(".js"), !path.contains("_FIXTURE") else { continue }
        found.insert(path)
      }
    }
    return found.sorted()
  }

  /// Lets this process spend `seconds` more CPU time; past it the kernel ends it with SIGXCPU,
  /// which the parent reports as a hang of the test that was running.
  func limitCPUTime(seconds: Int) {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let used = Int(usage.ru_utime.tv_sec) + Int(usage.ru_stime.tv_sec) + 1
    var limit = rlimit(rlim_cur: rlim_t(used + seconds), rlim_max: rlim_t.max)
    setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &limit)
  }

  /// A child's work: run the listed tests, writing one JSON line per test as soon as it ends.
  func runChunk(root: String, list: String, output: String) throws {
    let tests = (try String(contentsOfFile: list, encoding: .utf8)).split(separator: "\n").map(String.init)
    guard let handle = FileHandle(forWritingAtPath: output) else {
      throw ValidationError("cannot write \(output)")
    }
    let executor = try TestExecutor(test262: root, freezesIntrinsics: frozen, limits: limits)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let parent = getppid()
    for test in tests {
      // Orphaned (the runner was stopped): stop too.
      if getppid() != parent { break }
      limitCPUTime(seconds: maxCpu)
      let result = executor.run(test)
      handle.write(try encoder.encode(result) + Data("\n".utf8))
    }
    try handle.close()
  }
}
