import ArgumentParser
import Foundation
import VM

/// `cruftvm run`: every check of `verify`, then link and run the entry module and drain the job queue.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Verify a bundle, then run it with exactly the capabilities each package receives.",
    discussion: """
      Nothing of the bundle runs before every check of cruftvm verify has passed. Each package gets \
      the handles the bundle's manifest says it receives, intersected with what --allow and --grants \
      allow this run (stdio is allowed unless --deny-stdio). File paths are relative to --root (the \
      current directory by default), which process.cwd() returns. Exit status: the application's \
      process.exitCode or process.exit argument (0 when unset); 1 an uncaught exception; 2 a usage error; 10-60 a refused bundle (as verify); \
      61 native code refused (its bitcode failed a check or does not link); 62 the JIT library \
      libCruftJIT.so is missing for a bundle with native code (--no-jit runs it as bytecode); \
      70 a bundle this VM cannot link; 71 --max-steps, 72 --max-heap, 73 --max-depth exceeded.
      """)

  @Argument(help: "The bundle (NAME.cruft).")
  var bundle: String

  @Argument(parsing: .postTerminator, help: "Arguments for the application (process.argv after the bundle).")
  var arguments: [String] = []

  @OptionGroup var trust: TrustOptions

  @Option(
    name: .customLong("allow"),
    help: ArgumentHelp(
      "Allow a capability for this run: clock, random, stdio, env (every granted name), env:NAME,NAME, "
        + "fs:PATH (read and write), fs-read:PATH, fs-write:PATH, fs (every granted path), net (every granted host), "
        + "net:HOST:PORT (HOST:* for any port). Repeatable.",
      valueName: "CAPABILITY"))
  var allow: [String] = []

  @Option(
    name: .customLong("grants"),
    help: ArgumentHelp(
      "Allow what a JSON file lists, in cruft.json's grants form: {\"fs\": {\"read\": [\"./data\"]}, \"env\": [\"HOME\"], \"clock\": true}.",
      valueName: "FILE"))
  var grantFiles: [String] = []

  @Option(
    name: .customLong("root"),
    help: ArgumentHelp(
      "The application root: relative paths and fs grants start here (default: the current directory).",
      valueName: "DIR"))
  var root: String?

  @Flag(name: .customLong("deny-stdio"), help: "Do not allow stdio (console output) for this run.")
  var denyStdio = false

  @Option(
    help: ArgumentHelp(
      "Write a profile of the run to FILE: calls and parameter kinds per function, for cruftc build --profile.",
      valueName: "FILE"))
  var profile: String?

  @Flag(
    name: .customLong("no-jit"),
    help: "Run every function as bytecode: ignore the bundle's native code (its bitcode is not loaded).")
  var noJIT = false

  @Option(
    name: .customLong("max-steps"),
    help:
      "End the run after this many bytecode instructions (native code counts none, so this implies --no-jit)."
  )
  var maxSteps: Int?

  @Option(
    name: .customLong("max-heap"),
    help: "End the run when the heap exceeds this many megabytes (default 2048).")
  var maxHeap: Int?

  @Option(
    name: .customLong("max-depth"), help: "End the run when calls nest deeper than this (default 10000).")
  var maxDepth: Int?

  func run() throws {
    var options = RunOptions()
    do throws(RunError) {
      for item in allow { try options.grants.allow(item) }
      for file in grantFiles {
        guard let data = FileManager.default.contents(atPath: file) else {
          throw RunError(
            message: "--grants \(file): cannot read the file", help: nil, status: RunError.usageStatus)
        }
        try options.grants.allow(grantFile: data, named: file)
      }
    } catch {
      throw CommandFailure(
        message: "cruftvm: error: \(error.message)", help: error.help, status: error.status)
    }
    if denyStdio { options.grants.stdio = false }
    if let root {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue
      else {
        throw CommandFailure(
          message: "cruftvm: error: --root \(root): not a directory", status: ExitStatus.usage)
      }
      options.root =
        root.hasPrefix("/") ? root : FileManager.default.currentDirectoryPath + "/" + root
    }
    if let maxSteps {
      guard maxSteps > 0 else {
        throw CommandFailure(
          message: "cruftvm: error: --max-steps must be positive", status: ExitStatus.usage)
      }
      options.limits.maximumSteps = maxSteps
    }
    if let maxHeap {
      guard maxHeap > 0, maxHeap < 1 << 20 else {
        throw CommandFailure(
          message: "cruftvm: error: --max-heap must be between 1 and 1048575 (megabytes)",
          status: ExitStatus.usage)
      }
      options.limits.maximumHeapBytes = maxHeap << 20
    }
    if let maxDepth {
      guard maxDepth > 0, maxDepth <= 100_000 else {
        throw CommandFailure(
          message: "cruftvm: error: --max-depth must be between 1 and 100000", status: ExitStatus.usage)
      }
      options.limits.maximumDepth = maxDepth
    }
    options.arguments = [(bundle as NSString).lastPathComponent] + arguments
    options.environment = ProcessInfo.processInfo.environment
    let loaded: LoadedBundle
    do {
      let reader = try BundleReader.open(path: bundle)
      loaded = try BundleLoader.load(reader, trusting: try trust.load(), expectedLockfileDigest: nil)
    } catch {
      throw failure(error, bundle: bundle)
    }
    // Native code counts no instructions: a step limit holds only if everything runs as bytecode.
    let runsNativeCode = !noJIT && maxSteps == nil
    if runsNativeCode {
      do {
        options.nativeCode = try BundleLoader.compileNativeCode(loaded)
      } catch {
        throw CommandFailure(
          message: "\(Terminal.safe(bundle)): error: \(Terminal.safe(error.message))", help: error.help,
          status: error.status)
      }
    }
    let recording = profile.map { _ in ProfileRecording() }
    options.profile = recording
    let output = OutputBuffer()
    let outcome = BundleRunner.run(
      loaded, options: options, standardOutput: { output.write($0) },
      standardError: { text in
        output.flush()
        writeStandardError(text)
      })
    output.flush()
    if let profile, let recorded = recording?.profile {
      do {
        try Data(recorded.canonicalBytes).write(to: URL(fileURLWithPath: profile), options: .atomic)
      } catch {
        writeStandardError(
          "cruftvm: cannot write the profile \(Terminal.safe(profile)): \(error.localizedDescription)\n")
        if case .finished(0) = outcome { throw ExitCode(ExitStatus.usage) }
      }
    }
    switch outcome {
    case .finished: break
    case .uncaught(let text): writeStandardError(Terminal.safe(text) + "\n")
    case .stepLimit(let steps):
      writeStandardError("cruftvm: the run exceeded --max-steps (\(steps) instructions) and was stopped\n")
    case .heapLimit(let bytes):
      writeStandardError(
        "cruftvm: the run exceeded --max-heap (\(bytes >> 20) MB live after collection) and was stopped\n")
    case .stackLimit(let depth):
      writeStandardError("cruftvm: calls nested deeper than --max-depth (\(depth)) and the run was stopped\n")
    case .linkFailure(let message):
      writeStandardError("cruftvm: cannot run \(Terminal.safe(bundle)): \(Terminal.safe(message))\n")
    }
    throw ExitCode(outcome.exitStatus)
  }
}

/// Standard output, written in large blocks: console.log in a loop must not cost a system call each.
final class OutputBuffer {
  private var pending: [UInt8] = []

  func write(_ text: String) {
    pending.append(contentsOf: text.utf8)
    if pending.count >= 1 << 16 { flush() }
  }

  func flush() {
    guard !pending.isEmpty else { return }
    FileHandle.standardOutput.write(Data(pending))
    pending.removeAll(keepingCapacity: true)
  }
}
