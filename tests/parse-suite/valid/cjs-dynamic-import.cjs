// accept: import() in a CommonJS module
import('m').then(m => m)
