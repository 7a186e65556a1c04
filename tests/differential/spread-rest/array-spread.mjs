const a = [1, 2], b = [3];
console.log(JSON.stringify([...a, ...b, ...[], 4]), JSON.stringify([..."hi"]), JSON.stringify([...new Set([1, 1, 2])]));
console.log(JSON.stringify([...new Map([[1, 2]])]), JSON.stringify([...[, 1]]), [...a].length);
try { [...{}]; } catch (e) { console.log(e.name); }
try { [...null]; } catch (e) { console.log(e.name); }
