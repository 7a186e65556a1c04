import Foundation

/// Runs the tests in child processes, `jobs` at a time, over chunks: a Swift trap in the compiler or
/// the VM ends only its child. When a child dies, the tests of its chunk it did not report are run
/// again one per process, which pins the crash on the test that causes it. Its mutable state is
/// guarded by `lock`.
final class Scheduler: @unchecked Sendable {
  let executable: String
  /// The arguments every child gets (the test262 directory, the mode, the limits).
  let childArguments: [String]
  let jobs: Int
  let chunkSize: Int
  /// A child above this resident size is stopped (with `memoryKillSignal`); its test is reported as
  /// a crash.
  let maxResidentMegabytes: Int
  /// The CPU time a child may spend on one test (`RLIMIT_CPU`, set by the child before each test).
  let cpuSecondsPerTest: Int
  let memoryKillSignal = SIGKILL
  private let scratch: String
  private let lock = NSLock()
  private var pending: [[String]] = []
  private var results: [TestResult] = []
  private var total = 0
  private var reportedAt = Date()

  init(
    executable: String, childArguments: [String], jobs: Int, chunkSize: Int, maxResidentMegabytes: Int,
    cpuSecondsPerTest: Int
  ) throws {
    self.executable = executable
    self.maxResidentMegabytes = maxResidentMegabytes
    self.cpuSecondsPerTest = cpuSecondsPerTest
    self.childArguments = childArguments
    self.jobs = max(1, jobs)
    self.chunkSize = max(1, chunkSize)
    scratch = NSTemporaryDirectory() + "/cruft-test262-chunks-\(getpid())"
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: scratch) }

  func run(_ tests: [String]) -> [TestResult] {
    total = tests.count
    pending = stride(from: 0, to: tests.count, by: chunkSize).map {
      Array(tests[$0..<min($0 + chunkSize, tests.count)])
    }
    pending.reverse()
    let group = DispatchGroup()
    for worker in 0..<jobs {
      group.enter()
      let thread = Thread { [self] in
        while let chunk = nextChunk() {
          let done = runChunk(chunk, worker: worker)
          record(done)
        }
        group.leave()
      }
      thread.start()
    }
    group.wait()
    writeStandardError("\n")
    return results
  }

  private func nextChunk() -> [String]? {
    lock.lock()
    defer { lock.unlock() }
    return pending.popLast()
  }

  private func record(_ done: [TestResult]) {
    lock.lock()
    defer { lock.unlock() }
    results += done
    if Date().timeIntervalSince(reportedAt) > 2 || results.count == total {
      reportedAt = Date()
      let passed = results.filter { $0.outcome == .pass }.count
      let failed = results.filter { $0.outcome == .fail || $0.outcome == .crash }.count
      writeStandardError("\r\(results.count)/\(total) tests, \(passed) passed, \(failed) failed   ")
    }
  }

  /// Runs `tests` in one child. When it dies, the first test it did not report is the one that was
  /// running: that test runs again alone (a crash there is its own), then the rest as a new chunk.
  private func runChunk(_ tests: [String], worker: Int) -> [TestResult] {
    let (reported, status, errorText) = runChild(tests, worker: worker)
    if status == 0 && reported.count == tests.count { return reported }
    let seen = Set(reported.map(\.path))
    let rest = tests.filter { !seen.contains($0) }
    guard let suspect = rest.first else { return reported }
    if tests.count == 1 {
      return [TestResult(path: suspect, outcome: .crash, message: crashMessage(status, errorText))]
    }
    let alone = runChunk([suspect], worker: worker)
    let others = rest.count > 1 ? runChunk(Array(rest.dropFirst()), worker: worker) : []
    return reported + alone + others
  }

  /// Why a child died: the resource limit it passed, or the first line of its standard error that
  /// says why it stopped (Swift's "Fatal error: ..."), with the signal or status.
  func crashMessage(_ status: Int32, _ errorText: String) -> String {
    if status == -memoryKillSignal {
      return "memory: the child passed \(maxResidentMegabytes) MB resident and was stopped"
    }
    if status == -SIGXCPU {
      return
        "hang: the test ran \(cpuSecondsPerTest) s of CPU without ending (a loop the step budget does not count?)"
    }
    let lines = errorText.split(whereSeparator: \.isNewline).map(String.init)
    let signal = status < 0 ? "signal \(-status)" : "exit status \(status)"
    // Swift's backtracer prints "*** Swift runtime failure: WHY ***" and the frames: the first in
    // cruft's sources is where the trap is, the first that is not the failure itself names the
    // function. Without the backtracer, Swift prints "Fatal error: WHY".
    let binary = " in " + (executable as NSString).lastPathComponent
    func after(_ marker: String, in line: String) -> String? {
      guard let found = line.range(of: marker) else { return nil }
      var rest = String(line[found.upperBound...])
      if let end = rest.range(of: " ***") ?? rest.range(of: binary) { rest = String(rest[..<end.lowerBound]) }
      return rest.trimmingCharacters(in: .whitespaces)
    }
    let frames = lines.filter { $0.contains("/Sources/") && $0.contains(" at ") }
    var why =
      lines.lazy.filter { $0.hasPrefix("***") }.compactMap { after("Swift runtime failure: ", in: $0) }.first
      ?? lines.lazy.compactMap { after("Fatal error: ", in: $0) }.first
      ?? frames.lazy.compactMap { after("Swift runtime failure: ", in: $0) }.first
    if why == nil {
      why = lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("***") }
        .map { String($0.prefix(200)) }
    }
    var text = signal + (why.map { ": " + $0 } ?? "")
    if let first = frames.first, let at = first.range(of: " at ", options: .backwards),
      let sources = first[at.upperBound...].range(of: "Sources/")
    {
      // Sources/VM/File.swift:LINE (without the column).
      let parts = first[sources.lowerBound...].split(separator: ":")
      text += ", at " + parts.prefix(2).joined(separator: ":")
      let named = frames.first { !$0.contains("Swift runtime failure") && !$0.contains("[system]") }
      if let named, let address = named.range(of: " 0x") {
        var function = named[address.upperBound...].drop { !$0.isWhitespace }.dropFirst()
        if let end = function.range(of: " + ") ?? function.range(of: binary) {
          function = function[..<end.lowerBound]
        }
        text += " in " + function
      }
    }
    return text
  }

  /// Runs one child over `tests`: the results it wrote, its status (negative: the signal that
  /// ended it) and the end of its standard error.
  private func runChild(_ tests: [String], worker: Int) -> ([TestResult], Int32, String) {
    let base = scratch + "/worker\(worker)"
    let listPath = base + ".list"
    let outPath = base + ".out"
    let errorPath = base + ".err"
    let fileManager = FileManager.default
    _ = fileManager.createFile(atPath: listPath, contents: Data(tests.joined(separator: "\n").utf8))
    _ = fileManager.createFile(atPath: outPath, contents: nil)
    _ = fileManager.createFile(atPath: errorPath, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = childArguments + ["--chunk", listPath, "--chunk-results", outPath]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle(forWritingAtPath: errorPath)
    var status: Int32
    do {
      try process.run()
      // The memory limit: a built-in that allocates outside the VM's heap accounting must not take
      // the machine's memory. Polled, so it is a limit on resident size, never on time.
      var killedForMemory = false
      while process.isRunning {
        if Self.residentMegabytes(of: process.processIdentifier) > maxResidentMegabytes {
          killedForMemory = true
          kill(process.processIdentifier, memoryKillSignal)
          break
        }
        usleep(50_000)
      }
      process.waitUntilExit()
      status =
        process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
      if killedForMemory { status = -memoryKillSignal }
    } catch {
      return ([], 127, "cannot start \(executable): \(error)")
    }
    let decoder = JSONDecoder()
    let output = fileManager.contents(atPath: outPath) ?? Data()
    let results = output.split(separator: UInt8(ascii: "\n")).compactMap {
      try? decoder.decode(TestResult.self, from: Data($0))
    }
    let errorData = fileManager.contents(atPath: errorPath) ?? Data()
    let errorText = String(decoding: errorData.prefix(16384), as: UTF8.self)
    return (results, status, errorText)
  }
}

extension Scheduler {
  /// A process's resident set in megabytes, from /proc (0 when it cannot be read).
  static func residentMegabytes(of pid: Int32) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
  }
}

func writeStandardError(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}
