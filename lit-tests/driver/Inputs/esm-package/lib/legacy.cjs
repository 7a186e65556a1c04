module.exports = 42;
return;
