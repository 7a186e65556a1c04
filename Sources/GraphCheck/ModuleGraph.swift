import Diagnostics
import Foundation
import Frontend
import Provenance

/// The closed module graph of an application: every module reachable from its entries through
/// static edges, grouped by package, with each file's digest. Builtin modules are not files; they
/// are recorded per module for CapLowering.
public struct ModuleGraph: Sendable {
  public struct Module: Sendable {
    /// Canonical absolute path (never written to the lockfile or the bundle).
    public var path: String
    /// Path relative to its package root, with forward slashes.
    public var relativePath: String
    public var package: Int
    public var format: ModuleFormat
    public var digest: SHA512Digest
    public var edges: [Edge] = []
    /// The parsed module and its scopes, for the stages after GraphCheck (nil for JSON modules
    /// and for modules that failed to parse).
    public var ast: AST?
    public var scopes: ScopeTree?
  }

  public struct Edge: Sendable {
    public enum Target: Sendable, Equatable {
      case module(Int)
      case builtin(String)
    }
    public var edge: ImportEdge
    public var target: Target
  }

  public struct Package: Sendable {
    /// The key that identifies the package in the lockfile: "." for the application, otherwise
    /// the package root relative to the project ("node_modules/a/node_modules/b"), or
    /// "store:NAME" for a package from a store.
    public var key: String
    public var name: String
    public var version: String
    public var root: String
    public var manifest: PackageManifest?
    public var modules: [Int] = []
    /// The toolchain's Node library (`NodeLibrary`): not a dependency, never in cruft.lock.
    public var isToolchain: Bool { key == NodeLibrary.packageKey }
  }

  public internal(set) var modules: [Module] = []
  public internal(set) var packages: [Package] = []
  /// Indices of the entry modules.
  public internal(set) var entries: [Int] = []

  /// Names of the packages a package's modules import (its edges in the package graph), sorted.
  /// The toolchain's Node library is not a dependency: its modules count as builtins.
  public func dependencies(of package: Int) -> [String] {
    var keys = Set<String>()
    for module in packages[package].modules {
      for edge in modules[module].edges {
        if case .module(let target) = edge.target, modules[target].package != package,
          !packages[modules[target].package].isToolchain
        {
          keys.insert(packages[modules[target].package].key)
        }
      }
    }
    return keys.sorted()
  }

  /// Node builtins a package's modules import, without the `node:` prefix, sorted: capability
  /// builtins and those the toolchain's Node library implements.
  public func builtins(of package: Int) -> [String] {
    var names = Set<String>()
    for module in packages[package].modules {
      for edge in modules[module].edges {
        switch edge.target {
        case .builtin(let name): names.insert(name)
        case .module(let target):
          if packages[modules[target].package].isToolchain && !packages[package].isToolchain,
            let name = NodeLibrary.builtinName(ofRelativePath: modules[target].relativePath)
          {
            names.insert(name)
          }
        }
      }
    }
    return names.sorted()
  }
}

/// Walks the closure from a project's entries: parses each module, runs the static-import gate,
/// resolves every edge with Node's algorithm, and reports every violation (not only the first).
public struct GraphBuilder {
  let project: Project
  let resolver: ModuleResolver
  var graph = ModuleGraph()
  public private(set) var diagnostics: [Diagnostic] = []
  private var moduleIndex: [String: Int] = [:]
  private var packageIndex: [String: Int] = [:]
  /// Modules waiting to be scanned, with the bytes their digest was taken from: each file is read
  /// once, so what is parsed is exactly what the lockfile pins.
  private var queue: [(index: Int, bytes: [UInt8])] = []

  public init(project: Project) {
    self.project = project
    resolver = ModuleResolver(layout: project.layout)
  }

  /// Builds the graph. Parsing runs on the Frontend's large-stack thread.
  public static func build(_ project: Project) -> (ModuleGraph, [Diagnostic]) {
    nonisolated(unsafe) var builder = GraphBuilder(project: project)
    Frontend.withParserStack { builder.run() }
    return (builder.graph, builder.diagnostics)
  }

  mutating func run() {
    for entry in project.entries {
      let path = URL(fileURLWithPath: entry).resolvingSymlinksInPath().path
      if let index = addModule(path, format: resolver.format(ofFile: path)) {
        graph.entries.append(index)
      }
    }
    while !queue.isEmpty {
      let (index, bytes) = queue.removeFirst()
      process(index, bytes: bytes)
    }
  }

  /// Adds a file to the graph (once), with its digest; nil when it cannot be read.
  private mutating func addModule(_ path: String, format: ModuleFormat) -> Int? {
    if let existing = moduleIndex[path] { return existing }
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(
        Diagnostic(
          code: GraphCheckCode.unresolvedImport.rawValue, message: "cannot read '\(displayPath(path))'",
          file: nil,
          range: 0..<0, help: "check that the file exists and is readable", subject: displayPath(path)))
      return nil
    }
    let package = packageFor(path)
    let root = graph.packages[package].root
    let relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    let bytes = [UInt8](data)
    graph.modules.append(
      ModuleGraph.Module(
        path: path, relativePath: relative, package: package, format: format,
        digest: SHA512Digest(of: bytes)))
    let index = graph.modules.count - 1
    graph.packages[package].modules.append(index)
    moduleIndex[path] = index
    queue.append((index, bytes))
    return index
  }

  private mutating func packageFor(_ path: String) -> Int {
    let manifest = resolver.package(containing: path)
    // A file with no package.json above it belongs to the application when it is inside the
    // project, and otherwise forms a package of its own directory: Debian's store symlinks some
    // packages' code into /usr/share/javascript, and Node keys modules by their real paths.
    let directory = (path as NSString).deletingLastPathComponent
    let root =
      manifest?.directory ?? (path.hasPrefix(project.directory + "/") ? project.directory : directory)
    if let existing = packageIndex[root] { return existing }
    let key: String
    if root == NodeLibrary.directory {
      key = NodeLibrary.packageKey
    } else if root == project.directory {
      key = "."
    } else if root.hasPrefix(project.directory + "/") {
      key = String(root.dropFirst(project.directory.count + 1))
    } else if case .store(let store) = project.layout, root.hasPrefix(store + "/") {
      key = "store:" + root.dropFirst(store.count + 1)
    } else {
      key = "external:" + root
    }
    graph.packages.append(
      ModuleGraph.Package(
        key: key, name: manifest?.name ?? (root as NSString).lastPathComponent,
        version: manifest?.version ?? "0.0.0",
        root: root, manifest: manifest))
    packageIndex[root] = graph.packages.count - 1
    return graph.packages.count - 1
  }

  /// A path as shown to people: relative to the project, or to the store.
  func displayPath(_ path: String) -> String {
    if path.hasPrefix(NodeLibrary.directory + "/") {
      return "node:" + path.dropFirst(NodeLibrary.directory.count + 1)
    }
    if path.hasPrefix(project.directory + "/") { return String(path.dropFirst(project.directory.count + 1)) }
    return path
  }

  private mutating func process(_ index: Int, bytes: [UInt8]) {
    let module = graph.modules[index]
    if module.format == .json {
      // JSON modules have no edges, but a malformed one would throw when loaded.
      do throws(JSONParseError) {
        _ = try JSONValue.parse(Data(bytes))
      } catch {
        let file = SourceFile(path: displayPath(module.path), bytes: bytes)
        let offset = min(error.offset, file.bytes.count)
        diagnostics.append(
          Diagnostic(
            code: GraphCheckCode.invalidJSONModule.rawValue, message: "not valid JSON: \(error.reason)",
            file: file,
            range: offset..<min(offset + 1, file.bytes.count),
            help: "JSON has no comments, trailing commas or single quotes"))
      }
      return
    }
    guard module.format == .module || module.format == .commonjs else { return }
    let file = SourceFile(path: displayPath(module.path), bytes: bytes)
    let ast: AST
    switch Frontend.parse(file, goal: module.format == .module ? .module : .commonJS) {
    case .success(let tree): ast = tree
    case .failure(let error):
      diagnostics.append(error.diagnostic(in: file))
      return
    }
    let scopes = ScopeAnalysis.analyze(ast)
    graph.modules[index].ast = ast
    graph.modules[index].scopes = scopes
    var imports = ImportScanner.scan(ast, scopes: scopes)
    diagnostics.append(contentsOf: imports.violations)
    if !graph.packages[module.package].isToolchain {
      imports.edges += Self.implicitLibraryEdges(ast, scopes: scopes, imports: imports.edges)
    }
    for edge in imports.edges {
      if let target = resolve(edge, from: module, file: file) {
        graph.modules[index].edges.append(ModuleGraph.Edge(edge: edge, target: target))
      }
    }
  }

  /// `Buffer`, `URL`, ... read as free names: one `require('node:buffer')`-like edge per builtin, at
  /// the first reference, so that the Backend can load the global from the library module.
  /// A module that imports a handle returning bytes (fs, crypto) gets an edge to `buffer` too: the
  /// VM gives those bytes as Buffers, made with the bundle's own library Buffer.
  static func implicitLibraryEdges(_ ast: AST, scopes: ScopeTree, imports: [ImportEdge]) -> [ImportEdge] {
    var edges: [ImportEdge] = []
    var seen = Set<String>()
    for edge in imports {
      let name = edge.specifier.hasPrefix("node:") ? String(edge.specifier.dropFirst(5)) : edge.specifier
      if NodeLibrary.bytesReturningBuiltins.contains(name), NodeLibrary.moduleNames.contains("buffer"),
        seen.insert("node:buffer").inserted
      {
        edges.append(ImportEdge(specifier: "node:buffer", kind: .require, range: edge.range))
      }
    }
    for index in ast.nodes.indices where ast.nodes[index].kind == .identifier {
      let id = NodeID(UInt32(index))
      guard scopes.resolution(of: id) == .free,
        let specifier = NodeLibrary.implicitSpecifier(forGlobal: ast.name(id)),
        seen.insert(specifier).inserted
      else { continue }
      edges.append(ImportEdge(specifier: specifier, kind: .require, range: ast.range(id)))
    }
    return edges
  }

  private mutating func resolve(_ edge: ImportEdge, from module: ModuleGraph.Module, file: SourceFile)
    -> ModuleGraph.Edge.Target?
  {
    let specifier = edge.specifier
    func reject(_ code: GraphCheckCode, _ message: String, _ help: String) -> ModuleGraph.Edge.Target? {
      diagnostics.append(
        Diagnostic(code: code.rawValue, message: message, file: file, range: edge.range, help: help))
      return nil
    }
    if specifier.hasPrefix("/") {
      return reject(
        .importOutsideClosure, "'\(specifier)' is an absolute path, outside the lockfile closure",
        "import the code through a package, or with a path relative to this file inside its package")
    }
    if let colon = specifier.firstIndex(of: ":"), !specifier.hasPrefix("node:") {
      let scheme = specifier[..<colon]
      if scheme.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }) {
        return reject(
          .importOutsideClosure, "'\(specifier)' is a \(scheme): URL, outside the lockfile closure",
          "code is loaded only from packages in the lockfile; add the code as a dependency")
      }
    }
    let inLibrary = graph.packages[module.package].isToolchain
    if inLibrary && specifier == NodeLibrary.nativeBuiltin { return .builtin(specifier) }
    let mode: ResolutionMode = edge.usesImportResolution ? .import : .require
    switch resolver.resolve(specifier, from: module.path, mode: mode) {
    case .failure(var error):
      // Paths inside the project read better relative to it, as in every other message.
      error.message = error.message.replacingOccurrences(of: project.directory + "/", with: "")
      switch error.kind {
      case .packagePathNotExported:
        return reject(
          .packagePathNotExported, error.message,
          "import one of the subpaths listed in the package's \"exports\"")
      case .notFound where specifier.hasSuffix(".node") || error.message.contains("native addon"):
        return reject(.unsupportedModule, error.message, "use a pure JavaScript alternative")
      default:
        return reject(
          .unresolvedImport, error.message,
          mode == .import
            ? "check the spelling and that the package is installed; ES imports need the file extension"
            : "check the spelling and that the package is installed")
      }
    case .success(let resolved):
      switch resolved.target {
      case .builtin(let name):
        guard let file = NodeLibrary.file(forBuiltin: name) else { return .builtin(name) }
        guard let target = addModule(file, format: .commonjs) else { return nil }
        return .module(target)
      case .file(let path):
        let sourceRoot = graph.packages[module.package].root
        if specifier.hasPrefix(".") && !path.hasPrefix(sourceRoot + "/") && resolved.packageRoot != sourceRoot
        {
          return reject(
            .importOutsideClosure, "'\(specifier)' climbs out of its package to '\(displayPath(path))'",
            "import the other package by its name, so that it is a dependency in the lockfile")
        }
        // In an application, every module lives in the project; a symlink that leads elsewhere
        // would pull arbitrary files of the machine into the graph. A package store (Debian's)
        // legitimately links some packages' code out of the store, so it may.
        if case .nodeModules = project.layout, !inLibrary, !path.hasPrefix(project.directory + "/") {
          return reject(
            .importOutsideClosure,
            "'\(specifier)' resolves, through a symbolic link, to '\(path)' outside the project",
            "install the package as files inside node_modules (npm ci --install-links), not as a link")
        }
        let ext = (path as NSString).pathExtension
        if ext == "node" || ext == "wasm" {
          return reject(
            .unsupportedModule,
            "'\(specifier)' is a \(ext == "node" ? "native addon" : "WebAssembly module")",
            "use a pure JavaScript alternative")
        }
        guard let target = addModule(path, format: resolved.format) else { return nil }
        return .module(target)
      }
    }
  }
}
