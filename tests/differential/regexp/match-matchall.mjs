console.log(JSON.stringify("a1b2c3".match(/\d/g)), JSON.stringify("abc".match(/z/g)), "abc".match(/b/).index);
const all = [..."k1=v1;k2=v2".matchAll(/(\w+)=(\w+)/g)].map((m) => `${m[1]}->${m[2]}@${m.index}`);
console.log(all.join(" "));
try { "x".matchAll(/x/); } catch (e) { console.log(e.name); }
console.log("aaa".search(/a{2}/), "xyz".search(/q/));
