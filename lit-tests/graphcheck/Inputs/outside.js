module.exports = "outside the package";
