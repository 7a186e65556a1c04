// case: E25 static import of fs
// context: N
// expect: reject E_IMPORT_CLOSURE
import * as fs from 'fs';
import { readFileSync } from 'node:fs';
export const result = [fs, readFileSync];
