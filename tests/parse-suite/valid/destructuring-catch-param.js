// accept: destructuring catch parameters
try {} catch ({ message }) {}
try {} catch ([a, b = 1]) {}
