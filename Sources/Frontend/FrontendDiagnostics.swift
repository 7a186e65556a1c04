import Diagnostics

/// The Frontend's diagnostic codes. Codes are stable: a code is never reused for another meaning.
///
/// E00xx are lexical errors, E01xx syntax errors, E02xx early errors of declarations, functions and
/// classes, E03xx module-goal errors.
public enum DiagnosticCode: String, DiagnosticCodeSet {
  case invalidUTF8 = "E0001"
  case unexpectedCharacter = "E0002"
  case unterminatedComment = "E0003"
  case unterminatedString = "E0004"
  case unterminatedTemplate = "E0005"
  case unterminatedRegExp = "E0006"
  case invalidEscape = "E0007"
  case invalidNumber = "E0008"
  case htmlCommentInModule = "E0009"
  case legacyOctalInStrictMode = "E0010"
  case invalidRegExp = "E0011"

  case unexpectedToken = "E0100"
  case nestingTooDeep = "E0101"
  case invalidAssignmentTarget = "E0102"
  case invalidDestructuring = "E0103"
  case reservedWord = "E0104"
  case strictModeRestriction = "E0105"
  case mixedOperators = "E0106"
  case invalidOptionalChain = "E0107"
  case declarationNotAllowedHere = "E0108"
  case invalidForLoopHead = "E0109"

  case duplicateDeclaration = "E0200"
  case duplicateParameter = "E0201"
  case useStrictWithComplexParameters = "E0202"
  case invalidLabel = "E0203"
  case invalidBreakOrContinue = "E0204"
  case returnOutsideFunction = "E0205"
  case invalidSuper = "E0206"
  case newTargetOutsideFunction = "E0207"
  case invalidClassElement = "E0208"
  case invalidPrivateName = "E0209"
  case invalidAccessorParameters = "E0210"
  case invalidAwaitOrYield = "E0211"
  case argumentsInClassInitializer = "E0212"

  case moduleSyntaxOutsideModule = "E0300"
  case duplicateExport = "E0301"
  case undeclaredExport = "E0302"

  public var title: String { FrontendDiagnosticCatalog.entry(self).title }
  public var explanation: String { FrontendDiagnosticCatalog.entry(self).explanation }

  /// The hint shown when the error site gives no more specific one.
  var defaultHelp: String? { FrontendDiagnosticCatalog.entry(self).help }
}
