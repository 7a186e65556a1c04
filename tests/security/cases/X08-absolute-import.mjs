// case: X08 import by absolute path
// context: N
// expect: reject E_IMPORT_CLOSURE
import secret from '/etc/passwd';
export const result = secret;
