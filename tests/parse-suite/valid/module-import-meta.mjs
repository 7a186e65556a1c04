// accept: import.meta in a module, at top level and in functions
import.meta.url
function f() { return import.meta }
const u = new URL('.', import.meta.url)
