import Diagnostics

/// GraphCheck's diagnostic codes (E1xxx). Codes are stable: a code is never reused for another meaning.
public enum GraphCheckCode: String, DiagnosticCodeSet {
  case dynamicImport = "E1001"
  case dynamicRequire = "E1002"
  case requireAsValue = "E1003"
  case eval = "E1004"
  case functionConstructor = "E1005"
  case importOutsideClosure = "E1006"
  case unresolvedImport = "E1007"
  case packagePathNotExported = "E1008"
  case packageNotInLockfile = "E1009"
  case integrityMismatch = "E1010"
  case lockfileOutOfDate = "E1011"
  case unsupportedModule = "E1012"
  case invalidJSONModule = "E1013"

  public var title: String { GraphCheckCode.catalog(self).title }
  public var explanation: String { GraphCheckCode.catalog(self).explanation }

  static func catalog(_ code: GraphCheckCode) -> (title: String, explanation: String) {
    switch code {
    case .dynamicImport:
      (
        "dynamic import() of a computed specifier",
        """
        import() must name its module with a string literal, so that the whole module graph is known \
        when the bundle is built and pinned by the lockfile. A computed specifier could load any code \
        at run time, which is how a compromised dependency would fetch its payload.

        Import each possible module statically, or use import('literal') for each case.
        """
      )
    case .dynamicRequire:
      (
        "require() of a computed specifier",
        """
        require() must name its module with a string literal. A computed argument (a variable, a \
        concatenation, a template with substitutions) makes the module graph open: the module loaded \
        could be anything on disk. cruft closes the graph at build time.

        Replace the computed require with literal requires of the modules it can load, for example \
        a table { json: require('./json.js'), yaml: require('./yaml.js') }.
        """
      )
    case .requireAsValue:
      (
        "require used as a value",
        """
        require may only be called directly with a literal, or tested with typeof. Passing it, \
        storing it, aliasing it, reading require.main or require.cache, calling module.require, or \
        require.resolve with a computed argument all hand out the power to load arbitrary modules.

        Call require('literal') where the module is needed.
        """
      )
    case .eval:
      (
        "eval",
        """
        eval compiles and runs code from a string. The cruft VM has no parser and no eval at all, so \
        code that uses it cannot be compiled: any reference to the global eval is rejected, direct \
        or indirect.

        Replace eval with ordinary code; for data, use JSON.parse.
        """
      )
    case .functionConstructor:
      (
        "the Function constructor",
        """
        Function(...) and new Function(...) compile code from strings. The cruft VM has no parser, \
        so this cannot work; the constructor exists only for instanceof and throws when called.

        Write the function in source instead. Template engines should be precompiled.
        """
      )
    case .importOutsideClosure:
      (
        "import from outside the lockfile closure",
        """
        The specifier reaches outside the packages the lockfile pins: an absolute path, a file: or \
        http: URL, or a relative path that climbs out of its package's root. Only code inside the \
        closure is compiled into the bundle.

        Import the code through its package name, after adding the package as a dependency.
        """
      )
    case .unresolvedImport:
      (
        "module not found",
        """
        The specifier does not resolve to a file or a Node builtin with Node's algorithm (for \
        require: extensions, index files and package.json main; for import: exact paths and package \
        exports).

        Check the spelling and that the package is installed; ES imports need the file extension.
        """
      )
    case .packagePathNotExported:
      (
        "path not exported by the package",
        """
        The package's package.json "exports" field does not expose this subpath, so Node refuses \
        to load it (ERR_PACKAGE_PATH_NOT_EXPORTED). Deep imports into another package's internals \
        are outside its public interface.

        Import one of the subpaths the package exports.
        """
      )
    case .packageNotInLockfile:
      (
        "package not in the lockfile",
        """
        The module graph reaches a package that cruft.lock does not record. Every package that \
        code can reach must be pinned, with its digests and capability claims, before it is built.

        Run cruftc lock and review the change to cruft.lock.
        """
      )
    case .integrityMismatch:
      (
        "file does not match its lockfile digest",
        """
        The bytes of a file in the module graph differ from the SHA-512 digest recorded in \
        cruft.lock. Either the file was edited, or a dependency was replaced after it was locked: \
        exactly what a supply-chain attack does.

        If the change is intended, run cruftc lock and review the diff of cruft.lock.
        """
      )
    case .lockfileOutOfDate:
      (
        "lockfile out of date",
        """
        cruft.lock does not describe the current module graph: a file, package, version or edge \
        was added or removed since it was written.

        Run cruftc lock and review the diff of cruft.lock.
        """
      )
    case .invalidJSONModule:
      (
        "JSON module that is not valid JSON",
        """
        A module loaded as JSON (require('./data.json')) is not strict JSON, so loading it would \
        throw a SyntaxError. JSON has no comments, no trailing commas and no single quotes.

        Fix the file; JSON5 or YAML need a parser package and a .js module that uses it.
        """
      )
    case .unsupportedModule:
      (
        "module kind that cannot be compiled",
        """
        The module is a native addon (.node), WebAssembly, or another kind of file cruft cannot \
        compile to verified bytecode. Native code would run outside the VM's confinement.

        Use a pure JavaScript alternative.
        """
      )
    }
  }
}
