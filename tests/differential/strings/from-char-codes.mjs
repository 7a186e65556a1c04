console.log(String.fromCharCode(65.9, 66 + 65536, -1).length, String.fromCharCode(65.9, 66 + 65536));
console.log(String.fromCharCode(0xd83d, 0xde00) === "😀", String.fromCodePoint(65, 0x1f600).length);
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name); }
try { String.fromCodePoint(1.5); } catch (e) { console.log(e.name); }
