import BitcodeRules
import CLLVM
import Frontend

/// What a native function's parameter receives, as the VM's guard checks it.
public enum HotParameter: Sendable, Equatable, Hashable {
  /// A JavaScript number.
  case number
  /// A boolean, passed as 0.0 or 1.0 (only a profile that saw nothing else can say so).
  case boolean
  /// A typed array of this element type (only a profile that saw nothing else can say so), passed as
  /// its slot: the position of the array among the parameters of the native entry the VM called.
  case typedArray(TypedArrayKind)

  /// "number", "boolean" or the constructor's name: the manifest's spelling.
  public var name: String {
    switch self {
    case .number: return "number"
    case .boolean: return "boolean"
    case .typedArray(let kind): return kind.rawValue
    }
  }
}

/// A function lowered to native code: `cruft_fn_F(i64 depth, i64 stackLimit, double × arity) -> double`.
public struct HotFunction: Sendable, Equatable {
  /// The function declaration node.
  public var node: NodeID
  /// The bytecode function index the Backend gave it.
  public var functionIndex: Int
  /// `cruft_fn_<functionIndex>`.
  public var symbol: String
  public var arity: Int
  /// The result is a boolean, returned as 0.0 or 1.0.
  public var returnsBoolean: Bool
  /// Per parameter, what it receives: a number unless a profile saw only booleans or only typed
  /// arrays of one element type.
  public var parameters: [HotParameter]

  /// Per parameter: a boolean (passed as 0.0 or 1.0, guarded as a boolean).
  public var booleanParameters: [Bool] { parameters.map { $0 == .boolean } }

  public init(
    node: NodeID, functionIndex: Int, symbol: String, arity: Int, returnsBoolean: Bool,
    parameters: [HotParameter]? = nil
  ) {
    self.node = node
    self.functionIndex = functionIndex
    self.symbol = symbol
    self.arity = arity
    self.returnsBoolean = returnsBoolean
    self.parameters = parameters ?? Array(repeating: .number, count: arity)
  }
}

/// What `cruftvm run --profile` saw of one module's functions, by bytecode function index.
public struct HotProfile: Sendable, Equatable {
  public var functions: [Int: ProfiledFunction]

  public init(functions: [Int: ProfiledFunction] = [:]) { self.functions = functions }
}

/// How often a function was called from bytecode, and what each parameter received.
public struct ProfiledFunction: Sendable, Equatable {
  public var calls: Int
  /// Per parameter, the kinds of value seen ("int32", "double", "boolean", "string", "undefined", ...).
  public var parameterKinds: [Set<String>]

  public init(calls: Int, parameterKinds: [Set<String>]) {
    self.calls = calls
    self.parameterKinds = parameterKinds
  }

  /// Whether parameter `index` received booleans and nothing else.
  func sawOnlyBooleans(_ index: Int) -> Bool {
    calls > 0 && index < parameterKinds.count && parameterKinds[index] == ["boolean"]
  }

  /// The element type of the typed arrays parameter `index` received, if it received nothing else
  /// and all of one type (never the BigInt ones).
  func sawOnlyTypedArrays(_ index: Int) -> TypedArrayKind? {
    guard calls > 0, index < parameterKinds.count, parameterKinds[index].count == 1 else { return nil }
    return TypedArrayKind(rawValue: parameterKinds[index].first!)
  }
}

/// One function the selection considered, and why it was or was not selected.
public struct HotReportEntry: Sendable, Equatable {
  public var name: String
  /// 1-based, of the function declaration.
  public var line: Int
  public var column: Int
  public var selected: Bool
  /// One line: "numeric: 2 parameters, returns a number", "reads 'this' at 12:5", ...
  public var reason: String

  public init(name: String, line: Int, column: Int, selected: Bool, reason: String) {
    self.name = name
    self.line = line
    self.column = column
    self.selected = selected
    self.reason = reason
  }
}

/// A module's native code: the selected functions and their optimised LLVM module.
public struct HotModule: Sendable {
  /// Empty: no bitcode for this module.
  public var functions: [HotFunction] = []
  /// Optimised (O2) LLVM bitcode, with no target triple or data layout; empty when `functions` is.
  public var bitcode: [UInt8] = []
  /// The optimised module as LLVM IR text (`cruftc build --emit=llvm`); empty when `functions` is.
  public var irText: String = ""
  /// Every function considered, in source order.
  public var report: [HotReportEntry] = []

  public init(
    functions: [HotFunction] = [], bitcode: [UInt8] = [], irText: String = "", report: [HotReportEntry] = []
  ) {
    self.functions = functions
    self.bitcode = bitcode
    self.irText = irText
    self.report = report
  }
}

public enum HotPaths {
  /// Selects the module's provably numeric top-level functions and lowers them to optimised bitcode.
  /// `functionIndex` gives the bytecode function index the Backend assigned to a function node
  /// (nil: not compiled). Deterministic, and never fails: what it cannot prove is left out, with a
  /// reason in the report.
  /// A `profile` of the module marks parameters that only ever received booleans as boolean, and
  /// those that only ever received typed arrays of one element type as typed arrays (the VM guards
  /// both), and adds call counts to the report.
  public static func compile(_ ast: AST, functionIndex: (NodeID) -> Int?, profile: HotProfile? = nil)
    -> HotModule
  {
    let facts = ModuleScan.run(ast, functionIndex: functionIndex, profile: profile)
    var forced: [Int: String] = [:]
    // A function whose optimised code the JIT would refuse is dropped (with its callers) and the
    // module built again; each round drops at least one function.
    for _ in 0...facts.candidates.count {
      let selection = Fixpoint.select(ast, facts: facts, forced: forced)
      let chosen = selection.plans.keys.sorted()
      if chosen.isEmpty { return HotModule(report: report(facts, selection)) }
      let plans = chosen.map {
        (plan: selection.plans[$0]!, functionIndex: facts.candidates[$0].functionIndex!)
      }
      let ir = IRModule()
      IRLowering(ir: ir).lower(plans)
      if let message = ir.verify() {
        return dropAll(
          facts, selection, chosen,
          reason: "internal error: the LLVM module does not verify: \(firstLine(message))")
      }
      if let message = Optimizer.optimize(ir) {
        return dropAll(facts, selection, chosen, reason: "internal error: \(firstLine(message))")
      }
      // The JIT library's own rules (BitcodeRules), so that the VM never refuses what this writes.
      guard let violation = BitcodeChecker(module: ir.module).firstViolation(listed: nil) else {
        let functions = plans.map { entry in
          HotFunction(
            node: facts.candidates[entry.plan.candidate].node, functionIndex: entry.functionIndex,
            symbol: IRLowering.symbol(entry.functionIndex), arity: entry.plan.arity,
            returnsBoolean: entry.plan.returnType == .boolean,
            parameters: entry.plan.slots.prefix(entry.plan.arity).map(HotPaths.parameter))
        }
        return HotModule(
          functions: functions, bitcode: ir.bitcode, irText: ir.text, report: report(facts, selection))
      }
      guard let symbol = violation.function,
        let index = chosen.first(where: { IRLowering.symbol(facts.candidates[$0].functionIndex!) == symbol })
      else {
        return dropAll(facts, selection, chosen, reason: "internal error: \(violation.message)")
      }
      forced[index] = "internal: \(violation.message)"
    }
    return HotModule(report: report(facts, Fixpoint.select(ast, facts: facts, forced: forced)))
  }

  static func parameter(_ type: ValueType) -> HotParameter {
    switch type {
    case .boolean: return .boolean
    case .typedArray(let kind): return .typedArray(kind)
    case .number, .element: return .number
    }
  }

  static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
  }

  static func dropAll(_ facts: ModuleFacts, _ selection: SelectionResult, _ chosen: [Int], reason: String)
    -> HotModule
  {
    var selection = selection
    for index in chosen {
      selection.plans[index] = nil
      selection.reasons[index] = reason
    }
    return HotModule(report: report(facts, selection))
  }

  static func report(_ facts: ModuleFacts, _ selection: SelectionResult) -> [HotReportEntry] {
    facts.candidates.enumerated().map { index, candidate in
      var reason: String
      let selected: Bool
      if let plan = selection.plans[index] {
        selected = true
        var parameters =
          plan.arity == 0 ? "no parameters" : plan.arity == 1 ? "1 parameter" : "\(plan.arity) parameters"
        // "(1 boolean, 2 Float64Arrays, from the profile)": booleans first, then each typed-array
        // kind in the order of its first parameter.
        let kinds = plan.slots.prefix(plan.arity)
        var counts: [String] = []
        let booleans = kinds.filter { $0 == .boolean }.count
        if booleans > 0 { counts.append(booleans == 1 ? "1 boolean" : "\(booleans) booleans") }
        var seen: [TypedArrayKind] = []
        for kind in kinds.compactMap(\.typedArray) where !seen.contains(kind) { seen.append(kind) }
        for kind in seen {
          let count = kinds.filter { $0 == .typedArray(kind) }.count
          counts.append("\(count) \(kind.rawValue)\(count == 1 ? "" : "s")")
        }
        if !counts.isEmpty { parameters += " (\(counts.joined(separator: ", ")), from the profile)" }
        reason = "numeric: \(parameters), returns \(plan.returnType.article)"
      } else {
        selected = false
        reason = selection.reasons[index] ?? "not selected"
      }
      if let calls = candidate.profiledCalls {
        reason += calls == 1 ? "; called once in the profile" : "; called \(calls) times in the profile"
      }
      return HotReportEntry(
        name: candidate.name, line: candidate.line, column: candidate.column, selected: selected,
        reason: reason)
    }
  }
}
