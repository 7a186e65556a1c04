const o = { prefix: ">", tag(s, ...v) { return this.prefix + s.join("|") + v.join(","); } };
console.log(o.tag`x${1}y${2}z`);
const chained = (s) => (s2) => s[0] + s2[0];
console.log(chained`first``second`);
class H { static html(s, ...v) { return s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).replace(/</g, "&lt;") : ""), ""); } }
console.log(H.html`<p>${"<b>"}</p>${1}`);
