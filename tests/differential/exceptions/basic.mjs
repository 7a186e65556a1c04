try { throw new Error("boom"); } catch (e) { console.log(e.message, e instanceof Error); }
try { throw "string"; } catch (e) { console.log(typeof e, e); }
try { throw 42; } catch (e) { console.log(e + 1); }
try { throw null; } catch (e) { console.log(e === null); }
try { throw { code: 1 }; } catch (e) { console.log(JSON.stringify(e)); }
try { undefinedFunction(); } catch (e) { console.log(e.name); }
