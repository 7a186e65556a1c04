import ArgumentParser
import Backend
import Bytecode
import CapLowering
import Diagnostics
import Foundation
import GraphCheck
import HotPaths
import Provenance
import Seal

struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract:
      "Compile the project: check it, lower every module to explicit capability handles, compile it to bytecode, and write the sealed bundle.",
    discussion: """
      The build first runs everything cruftc check runs, and stops on any error. Without --emit it \
      writes the sealed bundle (default: PROJECT/NAME.cruft), signed with --key or with the default \
      builder key in $XDG_CONFIG_HOME/cruft (else ~/.config/cruft), created on first use. --emit \
      prints a stage's output instead: lowered (each module as a function of its handles and \
      imports), capabilities (what each package claims, is granted and receives), bytecode (the \
      disassembly of every module), hot-report (for each function considered for native code, \
      whether it was selected and why), or llvm (the optimised LLVM IR of the selected functions). \
      --no-native compiles everything to bytecode only.
      Exit status: 0 success, 1 the project has errors, 2 usage or I/O error.
      """)

  enum Emit: String, ExpressibleByArgument, CaseIterable {
    case lowered, capabilities, bytecode
    case hotReport = "hot-report"
    case llvm
  }

  @OptionGroup var project: ProjectOptions

  @Option(help: "Print instead of writing the bundle: lowered, capabilities, bytecode, hot-report or llvm.")
  var emit: Emit?

  @Flag(help: "Write no native code: every function runs as bytecode.")
  var noNative = false

  @Option(
    help: "A profile from cruftvm run --profile: call counts and argument kinds that select more functions.")
  var profile: String?

  @Option(help: "The bundle to write (default: PROJECT/NAME.cruft, NAME the application's name).")
  var out: String?

  @Option(
    help:
      "The builder's secret key file (cruftc key generate); default: the builder key in the config directory."
  )
  var key: String?

  func run() throws {
    let checked = ProjectCheck(try project.load())
    printDiagnostics(checked.diagnostics, format: .text)
    if checked.diagnostics.contains(where: { $0.severity == .error }) {
      writeStandardError("build: stopped: fix the errors above first\n")
      throw ExitCode(ExitStatus.inputErrors)
    }
    switch emit {
    case .lowered?:
      for module in CapLowering.lower(checked.graph, report: checked.capabilities) {
        writeStandardOutput(module.text + "\n")
      }
      return
    case .capabilities?:
      for package in checked.capabilities.packages {
        writeStandardOutput(
          "\(package.key) \(package.name): claims \(package.claims.summary) (\(package.claimSource.rawValue)); "
            + "granted \(package.grants.summary); receives \(package.receives.summary)\n")
      }
      return
    case .bytecode?, .hotReport?, .llvm?, nil:
      break
    }
    let result = Backend.compile(
      checked.graph, report: checked.capabilities,
      options: BackendOptions(nativeCode: !noNative, profile: try readProfile()))
    printDiagnostics(result.diagnostics, format: .text)
    if result.hasErrors {
      writeStandardError("build: stopped: fix the errors above first\n")
      throw ExitCode(ExitStatus.inputErrors)
    }
    let modules = result.modules.compactMap { $0 }
    if emit == .bytecode {
      for module in modules {
        writeStandardOutput(Disassembler.text(of: module.code, moduleName: module.name) + "\n")
      }
      return
    }
    if emit == .hotReport {
      writeStandardOutput(hotReport(modules, graph: checked.graph))
      return
    }
    if emit == .llvm {
      for module in modules {
        guard let hot = module.hotPaths, !hot.functions.isEmpty else { continue }
        writeStandardOutput("; module \(module.name)\n" + hot.irText)
      }
      return
    }
    try writeBundle(checked, modules: modules)
  }

  func readProfile() throws -> RunProfile? {
    guard let profile else { return nil }
    guard let data = FileManager.default.contents(atPath: profile) else {
      throw CommandFailure(message: "cannot read the profile \(profile)", status: ExitStatus.usageOrIO)
    }
    do {
      return try RunProfile(bytes: [UInt8](data))
    } catch {
      throw CommandFailure(message: "\(profile): \(error.message)", status: ExitStatus.usageOrIO)
    }
  }

  /// One line per function considered, `MODULE:LINE:COLUMN NAME: selected|not selected: REASON`; the
  /// Node library's modules are counted but not listed.
  func hotReport(_ modules: [CompiledModule], graph: ModuleGraph) -> String {
    var text = ""
    var considered = 0
    var selected = 0
    var librarySelected = 0
    for module in modules {
      let isLibrary = module.package == NodeLibrary.packageKey
      if module.profileUse == .staleCode && !isLibrary {
        text += "\(module.name): the profile was recorded for other code of this module: ignored\n"
      }
      for entry in module.hotPaths?.report ?? [] {
        if isLibrary {
          if entry.selected { librarySelected += 1 }
          continue
        }
        considered += 1
        if entry.selected { selected += 1 }
        text +=
          "\(module.name):\(entry.line):\(entry.column) \(entry.name): "
          + (entry.selected ? "selected" : "not selected") + ": \(entry.reason)\n"
      }
    }
    text += "hot paths: \(selected) of \(considered) functions selected"
    text += librarySelected > 0 ? " (and \(librarySelected) in the Node library)\n" : "\n"
    if noNative { text += "hot paths: --no-native: nothing is lowered\n" }
    return text
  }

  func writeBundle(_ checked: ProjectCheck, modules: [CompiledModule]) throws {
    guard let lockfile = checked.lockfile else {
      throw CommandFailure(
        message: "there is no readable cruft.lock: run cruftc lock", status: ExitStatus.inputErrors)
    }
    let signer = try builderKey()
    let bytes: [UInt8]
    do {
      bytes = try BundleAssembly.bundle(
        graph: checked.graph, report: checked.capabilities, compiled: modules, lockfile: lockfile,
        compilerVersion: "cruftc \(Cruftc.version)", key: signer)
    } catch {
      throw CommandFailure(message: "cannot seal the bundle: \(error)", status: ExitStatus.inputErrors)
    }
    let application = checked.graph.packages.first { $0.key == "." }?.name ?? "application"
    let path =
      out ?? (project.directory as NSString).appendingPathComponent(safeFileName(application) + ".cruft")
    do {
      try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandFailure(
        message: "cannot write \(path): \(error.localizedDescription)", status: ExitStatus.usageOrIO)
    }
    writeStandardOutput(
      "wrote \(path) (\(modules.count) modules, \(bytes.count) bytes, signed by \(signer.fingerprint))\n")
  }

  /// A package name as a file name: a scope's slash would make a directory.
  func safeFileName(_ name: String) -> String {
    let trimmed = name.hasPrefix("@") ? String(name.dropFirst()) : name
    return trimmed.replacingOccurrences(of: "/", with: "-")
  }

  /// The key given with --key, or the default builder key, created (and its fingerprint printed)
  /// the first time it is needed.
  func builderKey() throws -> SecretKey {
    if let key { return try readSecretKey(key) }
    let environment = ProcessInfo.processInfo.environment
    let base: String
    if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
      base = config
    } else if let home = environment["HOME"], !home.isEmpty {
      base = home + "/.config"
    } else {
      throw CommandFailure(
        message: "no --key given and neither XDG_CONFIG_HOME nor HOME is set", status: ExitStatus.usageOrIO)
    }
    let directory = base + "/cruft"
    let basePath = directory + "/builder"
    if FileManager.default.fileExists(atPath: basePath + ".key") {
      return try readSecretKey(basePath + ".key")
    }
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw CommandFailure(
        message: "cannot create \(directory): \(error.localizedDescription)", status: ExitStatus.usageOrIO)
    }
    let created = SecretKey()
    do {
      try KeyFiles.writeKeyPair(created, basePath: basePath, name: "builder")
    } catch {
      throw CommandFailure(message: error.description, status: ExitStatus.usageOrIO)
    }
    writeStandardError(
      "created the builder key \(basePath).key; its fingerprint is \(created.fingerprint) "
        + "(trust \(basePath).pub to run what this machine builds)\n")
    return created
  }
}
