// accept: every statement kind
var a = 1
let b = 2
const c = 3
;
if (a) b; else c
for (var i = 0, j = 0; i < 1; i++, j--) {}
for (let i = 0; ; ) break
for (;;) break
for (var k in {}) ;
for (const k in {}) ;
for (let v of []) ;
while (false) ;
do ; while (false)
switch (a) { case 1: case 2: break; default: ; case 3: }
try { throw 1 } catch (e) {} finally {}
try {} catch {}
try {} finally {}
debugger
x: ;
function f() { return }
class K {}
