import ArgumentParser
import Diagnostics
import Foundation
import Frontend

struct ParseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "parse",
    abstract: "Parse JavaScript files and report syntax errors, or print their syntax trees.",
    discussion: """
      The goal (script, module or CommonJS) is chosen the way Node chooses a module format: .mjs is \
      a module, .cjs is CommonJS, and for .js the nearest package.json's "type" decides.
      Exit status: 0 when every file parses, 1 when any has a syntax error, 2 on usage or I/O errors.
      """)

  enum Goal: String, ExpressibleByArgument, CaseIterable {
    case auto, script, module, commonjs
  }

  @Argument(help: "JavaScript files to parse.")
  var files: [String] = []

  @Option(help: "The goal symbol: auto (as Node decides), script, module or commonjs.")
  var goal: Goal = .auto

  @Option(
    name: .customLong("files-from"),
    help: "Read more files from this list: one 'path' or 'goal<TAB>path' per line.")
  var fileList: String?

  @Flag(name: .customLong("dump-ast"), help: "Print each file's syntax tree.")
  var dumpAST = false

  @Flag(name: .customLong("dump-scopes"), help: "Print each file's scopes and what every name refers to.")
  var dumpScopes = false

  @Flag(name: .customLong("print"), help: "Print each file back as JavaScript from its syntax tree.")
  var printSource = false

  @Option(help: "Diagnostic output format: text, json or sarif.")
  var format: DiagnosticFormat = .text

  @Flag(help: "Print nothing for files that parse.")
  var quiet = false

  @Option(help: "Parse every file this many times and report throughput (with --stats).")
  var passes: Int = 1

  @Flag(help: "Report parse throughput: bytes, files, and MB/s of the median pass, parsing from memory.")
  var stats = false

  func validate() throws {
    if files.isEmpty && fileList == nil {
      throw ValidationError("give at least one file, or --files-from LIST")
    }
    if passes < 1 { throw ValidationError("--passes must be at least 1") }
  }

  func run() throws {
    let inputs = try collectInputs()
    var sources: [(SourceFile, SourceGoal)] = []
    sources.reserveCapacity(inputs.count)
    for (path, goal) in inputs {
      guard let data = FileManager.default.contents(atPath: path) else {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        throw CommandFailure(
          message: exists
            ? (isDirectory.boolValue ? "'\(path)' is a directory" : "cannot read '\(path)'")
            : "no such file '\(path)'",
          status: ExitStatus.usageOrIO)
      }
      sources.append((SourceFile(path: path, bytes: [UInt8](data)), goal ?? SourceGoal.detect(forPath: path)))
    }

    var diagnostics: [Diagnostic] = []
    var dumps: [String] = []
    var passTimes: [Double] = []
    let dump = dumpAST
    let scopes = dumpScopes
    let reprint = printSource
    let passCount = stats ? passes : 1
    Frontend.withParserStack {
      for pass in 0..<passCount {
        let clock = ContinuousClock()
        let started = clock.now
        for (file, goal) in sources {
          switch Frontend.parse(file, goal: goal) {
          case .success(let ast):
            if dump && pass == 0 { dumps.append(ASTDumper.dump(ast)) }
            if scopes && pass == 0 { dumps.append(ScopeDumper.dump(ScopeAnalysis.analyze(ast), ast: ast)) }
            if reprint && pass == 0 {
              var printer = ASTPrinter(ast: ast)
              dumps.append(printer.print(ast.root))
            }
          case .failure(let error):
            if pass == 0 { diagnostics.append(error.diagnostic(in: file)) }
          }
        }
        let elapsed = started.duration(to: clock.now)
        passTimes.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
      }
    }

    for text in dumps { writeStandardOutput(text) }
    let renderer = DiagnosticRenderer(
      toolVersion: Cruftc.version, colors: format == .text && standardErrorIsTerminal(),
      descriptors: allDescriptors)
    switch format {
    case .text:
      writeStandardError(renderer.render(diagnostics, format: .text))
      if !quiet && !stats && diagnostics.isEmpty && !dumpAST && !dumpScopes && !printSource {
        writeStandardError("parsed \(sources.count) file\(sources.count == 1 ? "" : "s"), no errors\n")
      }
    case .json, .sarif:
      writeStandardOutput(renderer.render(diagnostics, format: format))
    }
    if stats {
      let bytes = sources.reduce(0) { $0 + $1.0.bytes.count }
      let median = passTimes.sorted()[passTimes.count / 2]
      let throughput = Double(bytes) / 1_000_000 / median
      writeStandardOutput(
        String(
          format: "cruftc: %.1f MB/s (%d bytes, %d files, median of %d passes, %.3f s per pass)\n",
          throughput, bytes, sources.count, passTimes.count, median))
    }
    if !diagnostics.isEmpty { throw ExitCode(ExitStatus.inputErrors) }
  }

  private func collectInputs() throws -> [(String, SourceGoal?)] {
    let forced: SourceGoal? = goal == .auto ? nil : SourceGoal(rawValue: goal.rawValue)
    var inputs = files.map { ($0, forced) }
    if let fileList {
      guard let text = try? String(contentsOfFile: fileList, encoding: .utf8) else {
        throw CommandFailure(message: "cannot read file list '\(fileList)'", status: ExitStatus.usageOrIO)
      }
      for line in text.split(whereSeparator: \.isNewline) where !line.isEmpty {
        let fields = line.split(separator: "\t", maxSplits: 1)
        if fields.count == 2, let listed = SourceGoal(rawValue: String(fields[0])) {
          inputs.append((String(fields[1]), forced ?? listed))
        } else {
          inputs.append((String(line), forced))
        }
      }
    }
    return inputs
  }
}

extension DiagnosticFormat: ExpressibleByArgument {}
