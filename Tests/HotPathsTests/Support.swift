import Diagnostics
import Frontend
import HotPaths
import XCTest

/// Parses `source` and runs the hot-path stage, numbering function nodes 0, 1, ... in arena order
/// (as a stand-in for the Backend's bytecode function indices).
func hotModule(
  _ source: String, goal: SourceGoal = .script, profile: HotProfile? = nil, file: StaticString = #filePath,
  line: UInt = #line
) -> (HotModule, AST)? {
  switch Frontend.parse(SourceFile(path: "test.js", text: source), goal: goal) {
  case .failure(let error):
    XCTFail("unexpected \(error.code.rawValue): \(error.message)", file: file, line: line)
    return nil
  case .success(let ast):
    var indices: [NodeID: Int] = [:]
    for (position, node) in ast.nodes.enumerated()
    where node.kind == .functionDeclaration || node.kind == .functionExpression
      || node.kind == .arrowFunctionExpression
    {
      indices[NodeID(UInt32(position))] = indices.count
    }
    return (HotPaths.compile(ast, functionIndex: { indices[$0] }, profile: profile), ast)
  }
}

/// The report entry of the function named `name`.
func entry(_ module: HotModule, _ name: String, file: StaticString = #filePath, line: UInt = #line)
  -> HotReportEntry?
{
  guard let found = module.report.first(where: { $0.name == name }) else {
    XCTFail("no report entry for \(name): \(module.report)", file: file, line: line)
    return nil
  }
  return found
}
