// reject: label: labelled generator declaration (not allowed even in sloppy code)
a: function* g() {}
