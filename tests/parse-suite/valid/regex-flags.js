// accept: all ES2023 flags: d g i m s u y
/a/d; /a/g; /a/i; /a/m; /a/s; /a/u; /a/y; /a/dgimsuy
