// accept: import() with expressions, chained then
import('m')
import('m' + 1).then(x => x)
const s = 'n'
import(s)
