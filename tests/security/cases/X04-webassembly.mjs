// case: X04 WebAssembly compiles code from bytes
// context: N
// expect: reject E_DYNAMIC_CODE
export const result = WebAssembly.compile(new Uint8Array([0, 97, 115, 109]));
