module.exports = "plugin a";
