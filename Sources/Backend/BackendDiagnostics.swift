import Diagnostics

/// The bytecode compiler's diagnostic codes (E50xx). Codes are stable.
public enum BackendCode: String, DiagnosticCodeSet {
  case unsupportedConstruct = "E5001"
  case internalLimit = "E5002"

  public var title: String { BackendCode.catalog(self).0 }
  public var explanation: String { BackendCode.catalog(self).1 }

  static func catalog(_ code: BackendCode) -> (String, String) {
    switch code {
    case .unsupportedConstruct:
      (
        "a construct the bytecode compiler cannot compile",
        """
        The program is valid JavaScript, but it uses a construct that cruft's bytecode compiler does \
        not compile (the message names it), such as a sloppy-mode `with` statement or `require` used \
        as a value. Nothing is written when this happens.

        Rewrite the code without the construct; the message's help line says how.
        """
      )
    case .internalLimit:
      (
        "a module exceeds a limit of the bytecode format",
        """
        A function needs more registers, constants or code than the bytecode format can address, or a \
        name the compiler expected to resolve was missing. This is a limit or defect of the compiler, \
        not of the program.

        Split the module or the function into smaller ones, and report the case.
        """
      )
    }
  }
}
