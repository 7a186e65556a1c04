// reject: yield in generator context: generator expression named yield
(function* yield() {});
