import CLLVM

/// Placeholder entry point while the stage is written (replaced by the HotPaths helper).
public enum HotPaths {
  public static var llvmVersion: String {
    var major: UInt32 = 0
    var minor: UInt32 = 0
    var patch: UInt32 = 0
    LLVMGetVersion(&major, &minor, &patch)
    return "\(major).\(minor).\(patch)"
  }
}
