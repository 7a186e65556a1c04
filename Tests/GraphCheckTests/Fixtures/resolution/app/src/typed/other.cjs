// fixture app/src/typed/other.cjs
