// accept: import { as as as } and import from from
import { as as as } from "m"
import from from "n"
import { default as of } from "o"
export { as, from, of }
