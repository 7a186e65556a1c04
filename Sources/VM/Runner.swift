import Bytecode
import Foundation
import Seal

/// How a run ended, and the exit status `cruftvm run` reports for it (docs/vm.md lists them).
public enum RunOutcome: Equatable, Sendable {
  /// The application finished, or called process.exit; its status is `process.exitCode` (0 when
  /// unset) or exit's argument.
  case finished(Int32)
  /// An exception nobody caught: the printed error and stack.
  case uncaught(String)
  case stepLimit(Int)
  case heapLimit(Int)
  case stackLimit(Int)
  /// The bundle could not be linked (it needs a handle or module this VM lacks).
  case linkFailure(String)

  public var exitStatus: Int32 {
    switch self {
    case .finished(let status): status
    case .uncaught: 1
    case .stepLimit: 71
    case .heapLimit: 72
    case .stackLimit: 73
    case .linkFailure: RunError.linkStatus
    }
  }
}

public struct RunOptions: Sendable {
  public var limits = RunLimits()
  public var grants = RunGrants()
  /// `process.argv`: the bundle's name first, then the arguments after `--`.
  public var arguments: [String] = []
  public var environment: [String: String] = [:]
  /// The application root: guest paths are relative to it and fs grants' prefixes start from it.
  public var root = FileManager.default.currentDirectoryPath
  /// Conformance testing only (the test262 runner); `cruftvm` never sets it: false leaves the
  /// intrinsics unfrozen, so a test can check a built-in's writable and configurable attributes.
  public var freezesIntrinsics = true
  /// node's behaviour: a rejection nothing handles ends the run (status 1). The test262 runner turns
  /// it off, since ECMAScript leaves it to the host and tests reject promises freely.
  public var endsOnUnhandledRejection = true
  /// The bundle's compiled native code (`BundleLoader.compileNativeCode`), attached to its functions;
  /// nil (`cruftvm run --no-jit`, `--max-steps`) runs every function as bytecode.
  public var nativeCode: LoadedNativeCode?
  /// `cruftvm run --profile`: when set, the run records calls and parameter kinds and leaves the
  /// profile here when it ends (whatever its outcome).
  public var profile: ProfileRecording?

  public init() {}
}

/// Where a profiled run leaves its profile; read it after `BundleRunner.run` returns.
public final class ProfileRecording: @unchecked Sendable {
  public var profile: RunProfile?
  public init() {}
}

/// Runs a verified bundle: link, evaluate the entry module, drain the job queue.
public enum BundleRunner {
  /// The VM's thread's stack. Native code that calls back into bytecode (`[].map(f)` calling `f`)
  /// recurses on it; it is reserved, not committed, so only what deep recursion touches is used.
  static let threadStackBytes = 1 << 29

  public static func run(
    _ loaded: LoadedBundle, options: RunOptions, standardOutput: @escaping (String) -> Void,
    standardError: @escaping (String) -> Void
  ) -> RunOutcome {
    nonisolated(unsafe) var outcome = RunOutcome.finished(0)
    let done = DispatchSemaphore(value: 0)
    // The caller waits until the thread is done: the closures are never used concurrently.
    nonisolated(unsafe) let output = standardOutput
    nonisolated(unsafe) let error = standardError
    let thread = Thread {
      outcome = runOnThisThread(loaded, options: options, standardOutput: output, standardError: error)
      done.signal()
    }
    thread.stackSize = threadStackBytes
    thread.start()
    done.wait()
    return outcome
  }

  private static func runOnThisThread(
    _ loaded: LoadedBundle, options: RunOptions, standardOutput: @escaping (String) -> Void,
    standardError: @escaping (String) -> Void
  ) -> RunOutcome {
    let vm = VM(limits: options.limits, freezesIntrinsics: options.freezesIntrinsics)
    vm.endsOnUnhandledRejection = options.endsOnUnhandledRejection
    // What stays of the stack below this frame's address is a margin for the native code that runs
    // between two checks (a sort comparator, a JSON writer, the collector's marking).
    vm.hostStackFloor = vm.currentStackAddress() - UInt(threadStackBytes - (16 << 20))
    vm.standardOutput = standardOutput
    vm.standardError = standardError
    let context = RunContext(
      arguments: ["cruftvm"] + options.arguments, environment: options.environment,
      clock: { Date().timeIntervalSince1970 }, root: options.root)
    let manifest = loaded.manifest
    var decoded: [String: BytecodeModule] = [:]
    for module in manifest.modules {
      decoded[module.name] = loaded.code[module.codeSection]
    }
    do throws(Throw) {
      try vm.link(loaded.bundle, decoded: decoded) { (name, package) throws(Throw) in
        try vm.makeHandle(name, package: package, grants: options.grants, context: context)
      }
      if let native = options.nativeCode { vm.attach(native) }
      if options.profile != nil { vm.startProfiling() }
      defer {
        options.profile?.profile = vm.profiler?.profile(
          application: manifest.application.description, manifest: manifest)
      }
      return try evaluateEntry(vm, manifest: manifest, context: context)
    } catch {
      switch error.termination {
      case .stepLimit(let steps)?: return .stepLimit(steps)
      case .heapLimit(let bytes)?: return .heapLimit(bytes)
      case .stackLimit(let depth)?: return .stackLimit(depth)
      case .link(let message)?: return .linkFailure(message)
      case .exit(let status)?: return .finished(status)
      case .unhandledRejection?: return .uncaught(vm.describeUncaught(vm.pendingRejectionReason))
      case nil: return .uncaught(vm.describeUncaught(error.value))
      }
    }
  }

  private static func evaluateEntry(_ vm: VM, manifest: BundleManifest, context: RunContext) throws(Throw)
    -> RunOutcome
  {
    guard let entry = manifest.modules.firstIndex(where: { $0.name == manifest.entry }) else {
      return .linkFailure("the entry module \(manifest.entry) is not in the bundle")
    }
    do throws(Throw) {
      try vm.evaluate(entry)
      try vm.runEventLoop(startWithTicks: vm.modules[entry].isCommonJS)
    } catch {
      if error.termination != nil { throw error }
      return .uncaught(vm.describeUncaught(error.value))
    }
    return .finished(context.exitCode ?? 0)
  }
}

extension VM {
  /// The text Node prints for an uncaught exception: the error's stack, or the thrown value.
  func describeUncaught(_ value: Value) -> String {
    if value.isObject, value.object.kind == .error {
      if let stack = try? get(value, names.stack), stack.isString {
        return "Uncaught " + stack.string.swiftString
      }
    }
    return "Uncaught " + ((try? inspect(value, topLevel: false)) ?? "exception")
  }
}
