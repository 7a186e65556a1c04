'use strict';
// uuid: v1 with fixed node, clock sequence and time; v3 and v5 name-based; v4 with fixed random
// bytes; parse, stringify, validate, version and NIL.
const uuid = require('uuid');
const out = (label, value) => console.log(label + ': ' + JSON.stringify(value));
const attempt = (label, fn) => {
  try { out(label, fn()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
};
const fixedBytes = (start) => Array.from({ length: 16 }, (_, i) => (start + i * 17) & 255);
out('NIL', uuid.NIL);
attempt('v1 fixed', () => uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 0x1234, msecs: Date.UTC(2020, 0, 1), nsecs: 5678 }));
attempt('v1 fixed later', () => uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 0x1234, msecs: Date.UTC(2030, 5, 15, 12), nsecs: 0 }));
attempt('v1 into buffer', () => { const buf = new Array(20).fill(0); uuid.v1({ node: [9, 9, 9, 9, 9, 9], clockseq: 1, msecs: 0, nsecs: 0 }, buf, 2); return buf; });
attempt('v1 nsecs out of range', () => uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 1, msecs: 0, nsecs: 10001 }));
attempt('v4 random option', () => uuid.v4({ random: fixedBytes(3) }));
attempt('v4 rng option', () => uuid.v4({ rng: () => fixedBytes(200) }));
attempt('v4 into buffer', () => { const buf = new Uint8Array(16); uuid.v4({ random: fixedBytes(0) }, buf); return Array.from(buf); });
attempt('v5 DNS', () => uuid.v5('example.com', uuid.v5.DNS));
attempt('v5 URL', () => uuid.v5('https://example.com/', uuid.v5.URL));
attempt('v5 custom namespace', () => uuid.v5('hello', '1b671a64-40d5-491e-99b0-da01ff1f3341'));
attempt('v5 bytes name', () => uuid.v5([1, 2, 3], uuid.v5.DNS));
attempt('v3 DNS', () => uuid.v3('example.com', uuid.v3.DNS));
attempt('v3 URL', () => uuid.v3('https://example.com/', uuid.v3.URL));
attempt('v5 invalid namespace', () => uuid.v5('x', 'not-a-uuid'));
const samples = [uuid.NIL, '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '3d813cbb-47fb-32ba-91df-831e1593ac29', 'C56A4180-65AA-42EC-A945-5FD21DEC0538', 'c56a4180-65aa-42ec-a945-5fd21dec053', 'c56a418065aa42eca9455fd21dec0538', 'g56a4180-65aa-42ec-a945-5fd21dec0538', '', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '00000000-0000-6000-8000-000000000000'];
out('validate', samples.map((s) => uuid.validate(s)));
out('version', samples.map((s) => { try { return uuid.version(s); } catch (e) { return e.name + ': ' + e.message; } }));
attempt('parse', () => Array.from(uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')));
attempt('parse invalid', () => uuid.parse('nope'));
attempt('stringify', () => uuid.stringify(fixedBytes(7)));
attempt('stringify offset', () => uuid.stringify([0, 0, ...fixedBytes(11)], 2));
attempt('stringify invalid', () => uuid.stringify([1, 2, 3]));
attempt('round trip', () => uuid.stringify(uuid.parse('C56A4180-65AA-42EC-A945-5FD21DEC0538')));
