import Diagnostics

/// CapLowering's diagnostic codes (E2xxx errors, W2xxx warnings). Codes are stable.
public enum CapLoweringCode: String, DiagnosticCodeSet {
  case forbiddenAuthority = "E2001"
  case unclaimedCapability = "E2002"
  case dynamicCode = "E2003"
  case invalidClaims = "E2004"
  case grantNotClaimed = "E2005"
  case sloppyConstruct = "E2006"
  case assignmentToUndeclared = "E2007"
  case capabilitiesChanged = "E2008"
  case capabilityNotGranted = "E2009"
  case unresolvedName = "W2001"

  public var title: String { CapLoweringCode.catalog(self).0 }
  public var explanation: String { CapLoweringCode.catalog(self).1 }

  static func catalog(_ code: CapLoweringCode) -> (String, String) {
    switch code {
    case .forbiddenAuthority:
      (
        "authority that is never granted",
        """
        The code reaches for something no grant can give a package: child_process, vm, \
        worker_threads, inspector, the module system, process.binding, process.dlopen, \
        process.mainModule, process.exit, process.kill, process.chdir, WebAssembly, and the other \
        entries marked "never" in docs/capabilities.md. These escape the package's confinement \
        entirely (running programs, compiling code, reaching the host process).

        Remove the use. If the application itself needs it, it belongs in the application, not in a \
        dependency.
        """
      )
    case .unclaimedCapability:
      (
        "capability used but not claimed",
        """
        The package declares its capabilities ("caps" in its package.json, or the consumer's \
        "claims" in cruft.json), and this use needs one it does not declare. A package gets only \
        what it claims and the application grants, so the use would be refused at run time; cruft \
        says so at compile time instead.

        Add the capability to the package's "caps" (for example "env": ["HOME"]) and grant it in \
        cruft.json, or remove the use.
        """
      )
    case .dynamicCode:
      (
        "code compiled from a string",
        """
        setTimeout, setInterval and setImmediate compile a string argument as code. The cruft VM \
        has no parser, so this cannot run.

        Pass a function instead: setTimeout(() => work(), 100).
        """
      )
    case .invalidClaims:
      (
        "invalid capability declaration",
        """
        A "caps" object (in a package.json, or "claims" and "grants" in cruft.json) has a key that \
        is not a capability kind, or a value of the wrong form. The forms are: "fs": ["./dir"] (read \
        and write) or "fs": { "read": [...], "write": [...] }; "net": ["host:port"]; "env": \
        ["NAME"]; "clock", "random" and "stdio": true.
        """
      )
    case .grantNotClaimed:
      (
        "grant exceeds the package's claims",
        """
        cruft.json grants a package a capability, a path, a host or a variable that the package \
        does not claim. A package receives the intersection of its claims and its grants, so the \
        extra grant would be dead; it is an error so that the grant table says exactly what \
        packages get.

        Remove the grant, or add the claim to the package (or to "claims" in cruft.json).
        """
      )
    case .sloppyConstruct:
      (
        "sloppy-mode construct",
        """
        cruft compiles every module, CommonJS scripts included, with strict-mode semantics (see \
        docs/strict-mode.md). 'with' has no strict-mode meaning: its names cannot be resolved at \
        compile time.

        Rewrite the block with a local variable for the object.
        """
      )
    case .assignmentToUndeclared:
      (
        "assignment to an undeclared variable",
        """
        In sloppy code, assigning to a name that was never declared creates a property of the \
        global object. cruft compiles strict-mode code, where this throws a ReferenceError, and \
        each package's global object is frozen anyway.

        Declare the variable with let, const or var.
        """
      )
    case .capabilitiesChanged:
      (
        "capabilities changed since cruft.lock",
        """
        A package's claims, the grants it is given, or the uses that justify them differ from what \
        cruft.lock records. A dependency that starts reading the environment or opening sockets \
        must be seen by a person before it ships.

        Run cruftc lock, and review the change of the package's "capabilities" in the diff of \
        cruft.lock (cruftc audit shows claimed, granted and used side by side).
        """
      )
    case .capabilityNotGranted:
      (
        "capability not granted",
        """
        A dependency's code uses a capability, outside any typeof guard, that the application does \
        not grant it. At run time the handle would refuse every use; cruftc check and build say so \
        before anything runs. (cruftc lock still records the package's claims, so that a person can \
        review them and decide.)

        Grant it in cruft.json ("grants": { "package": { "env": ["NAME"] } }) if the package should \
        have it, or replace the package.
        """
      )
    case .unresolvedName:
      (
        "name that is not defined",
        """
        The name is not declared in the module, not an ECMAScript built-in, and not a capability: \
        reading it throws a ReferenceError when (and if) the code runs. This is a warning because \
        code often reaches such names only on another platform (a browser's document, an engine's \
        print); --deny-warnings makes it fail the check.
        """
      )
    }
  }
}
