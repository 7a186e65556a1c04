import CLLVM

@_cdecl("cruft_jit_version")
public func cruftJITVersion() -> UInt32 {
  var major: UInt32 = 0
  var minor: UInt32 = 0
  var patch: UInt32 = 0
  LLVMGetVersion(&major, &minor, &patch)
  return major
}
