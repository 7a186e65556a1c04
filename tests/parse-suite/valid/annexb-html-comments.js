// accept: HTML-like comments in a script: <!-- anywhere, --> at line start and after a multi-line comment
var a = 1 <!-- comment
--> also a comment
  --> indented too
/* multi
line */ --> after a multi-line comment
<!-- at line start
