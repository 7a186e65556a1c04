// accept: function named let in sloppy code
function let() {}
