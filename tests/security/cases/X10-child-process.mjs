// case: X10 child_process
// context: FSROOT
// expect: reject E_IMPORT_CLOSURE
import { execSync } from 'node:child_process';
export const result = execSync('id');
