import Bytecode
import CapLowering
import Diagnostics
import GraphCheck
import HotPaths
import Provenance
import Seal

/// The sealed bundle of a compiled graph: one `code` section per module and a manifest of packages
/// (lockfile pins and CapLowering's capabilities) and modules (linkage and digests). Everything is
/// derived from the graph, the lockfile and the code, never from a clock or a host path.
public enum BundleAssembly {
  public static func bundle(
    graph: ModuleGraph, report: CapabilityReport, compiled: [CompiledModule], lockfile: Lockfile,
    compilerVersion: String, key: SecretKey
  ) throws(BundleError) -> [UInt8] {
    let (manifest, sections) = manifest(
      graph: graph, report: report, compiled: compiled, lockfile: lockfile, compilerVersion: compilerVersion)
    return try BundleWriter.write(manifest: manifest, sections: sections, key: key)
  }

  /// The digest over a package's files' digests, as cruft.lock computes it: for the toolchain's
  /// Node library, which the lockfile does not pin.
  static func filesDigest(_ package: ModuleGraph.Package, graph: ModuleGraph) -> SHA512Digest {
    var files: [String: String] = [:]
    for module in package.modules {
      files[graph.modules[module].relativePath] = graph.modules[module].digest.integrity
    }
    return SHA512Digest(integrity: Lockfile.integrity(of: files)) ?? SHA512Digest(of: [])
  }

  /// The manifest's spelling of a native function's parameter kind (the guard the VM applies).
  static func nativeParameter(_ parameter: HotParameter) -> NativeParameter {
    switch parameter {
    case .number: return .number
    case .boolean: return .boolean
    case .typedArray(let kind):
      switch kind {
      case .int8: return .int8Array
      case .uint8: return .uint8Array
      case .uint8Clamped: return .uint8ClampedArray
      case .int16: return .int16Array
      case .uint16: return .uint16Array
      case .int32: return .int32Array
      case .uint32: return .uint32Array
      case .float32: return .float32Array
      case .float64: return .float64Array
      }
    }
  }

  public static func manifest(
    graph: ModuleGraph, report: CapabilityReport, compiled: [CompiledModule], lockfile: Lockfile,
    compilerVersion: String
  ) -> (BundleManifest, [BundleSection]) {
    var packages: [BundlePackage] = []
    for (index, package) in graph.packages.enumerated() {
      let locked = lockfile.packages[package.key]
      let integrity =
        locked.flatMap { SHA512Digest(integrity: $0.integrity) } ?? filesDigest(package, graph: graph)
      let capabilities = index < report.packages.count ? report.packages[index] : nil
      let provenance = ProvenanceRecord(locked?.provenance)
      packages.append(
        BundlePackage(
          key: package.key, name: package.name, version: package.version, integrity: integrity,
          claims: capabilities?.claims.json ?? .object([]), grants: capabilities?.grants.json ?? .object([]),
          receives: capabilities?.receives.json ?? .object([]), publisher: provenance?.publisher,
          registry: provenance?.registry))
    }
    var modules: [BundleModule] = []
    var sections: [BundleSection] = []
    var digestByName: [String: SHA512Digest] = [:]
    for module in graph.modules {
      digestByName[CapLowering.moduleName(module, graph: graph)] = module.digest
    }
    for module in compiled {
      let section = BundleSection(
        name: "code/" + module.name, kind: .code, bytes: BytecodeEncoding.encode(module.code))
      sections.append(section)
      var native: BundleNativeCode?
      if let hot = module.hotPaths, !hot.functions.isEmpty {
        let bitcode = BundleSection(
          name: BundleNativeCode.sectionName(module: module.name), kind: .bitcode, bytes: hot.bitcode)
        sections.append(bitcode)
        let functions = hot.functions.sorted { $0.functionIndex < $1.functionIndex }.map {
          BundleNativeFunction(
            function: $0.functionIndex, arity: $0.arity, returns: $0.returnsBoolean ? .boolean : .number,
            parameters: $0.parameters.map(nativeParameter))
        }
        native = BundleNativeCode(section: bitcode.name, digest: bitcode.digest, functions: functions)
      }
      modules.append(
        BundleModule(
          package: module.package, path: module.path,
          sourceDigest: digestByName[module.name] ?? SHA512Digest(of: []), codeSection: section.name,
          codeDigest: section.digest, imports: module.imports, handles: module.handles, native: native))
    }
    let root = graph.packages.first { $0.key == "." } ?? graph.packages.first
    let entry = graph.entries.first.map { CapLowering.moduleName(graph.modules[$0], graph: graph) } ?? ""
    let manifest = BundleManifest(
      compilerVersion: compilerVersion,
      application: BundleIdentity(name: root?.name ?? "application", version: root?.version ?? "0.0.0"),
      lockfileDigest: lockfile.digest, packages: packages, modules: modules, entry: entry)
    return (manifest, sections)
  }
}
