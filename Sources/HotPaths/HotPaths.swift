import CLLVM
import Frontend

// Interface only, while the HotPaths helper writes the stage (branch hotpaths replaces this file).
public struct HotFunction: Sendable, Equatable {
  public var node: NodeID
  public var functionIndex: Int
  public var symbol: String
  public var arity: Int
  public var returnsBoolean: Bool
}

public struct HotReportEntry: Sendable, Equatable {
  public var name: String
  public var line: Int
  public var column: Int
  public var selected: Bool
  public var reason: String
}

public struct HotModule: Sendable {
  public var functions: [HotFunction] = []
  public var bitcode: [UInt8] = []
  public var irText: String = ""
  public var report: [HotReportEntry] = []
}

public enum HotPaths {
  public static func compile(_ ast: AST, functionIndex: (NodeID) -> Int?) -> HotModule { HotModule() }
}
