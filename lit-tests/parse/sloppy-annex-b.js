// RUN: %cruftc parse --dump-ast --goal script %s | FileCheck %s --match-full-lines --strict-whitespace
<!-- an HTML-like comment in a script
var octal = 017, esc = "\101";
if (x) function declared() {}
label: function labelled() {}
with (obj) { let = 1; yield = 2; }
--> also a comment at the start of a line
// CHECK:Program 1:1-{{[0-9]+:[0-9]+}} script
// CHECK-NEXT:  body: [
// CHECK-NEXT:    VariableDeclaration 3:1-3:31 var
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 3:5-3:16
// CHECK-NEXT:          id: Identifier 3:5-3:10 octal
// CHECK-NEXT:          init: NumericLiteral 3:13-3:16 `017`
// CHECK-NEXT:        VariableDeclarator 3:18-3:30
// CHECK-NEXT:          id: Identifier 3:18-3:21 esc
// CHECK-NEXT:          init: StringLiteral 3:24-3:30 `"\101"`
// CHECK-NEXT:      ]
// CHECK-NEXT:    IfStatement 4:1-4:30
// CHECK-NEXT:      test: Identifier 4:5-4:6 x
// CHECK-NEXT:      consequent: FunctionDeclaration 4:8-4:30
// CHECK-NEXT:        id: Identifier 4:17-4:25 declared
// CHECK-NEXT:        params: []
// CHECK-NEXT:        body: BlockStatement 4:28-4:30
// CHECK-NEXT:          body: []
// CHECK-NEXT:    LabeledStatement 5:1-5:30
// CHECK-NEXT:      label: Identifier 5:1-5:6 label
// CHECK-NEXT:      body: FunctionDeclaration 5:8-5:30
// CHECK-NEXT:        id: Identifier 5:17-5:25 labelled
// CHECK-NEXT:        params: []
// CHECK-NEXT:        body: BlockStatement 5:28-5:30
// CHECK-NEXT:          body: []
// CHECK-NEXT:    WithStatement 6:1-6:35
// CHECK-NEXT:      object: Identifier 6:7-6:10 obj
// CHECK-NEXT:      body: BlockStatement 6:12-6:35
// CHECK-NEXT:        body: [
// CHECK-NEXT:          ExpressionStatement 6:14-6:22
// CHECK-NEXT:            expression: AssignmentExpression 6:14-6:21 '='
// CHECK-NEXT:              left: Identifier 6:14-6:17 let
// CHECK-NEXT:              right: NumericLiteral 6:20-6:21 `1`
// CHECK-NEXT:          ExpressionStatement 6:23-6:33
// CHECK-NEXT:            expression: AssignmentExpression 6:23-6:32 '='
// CHECK-NEXT:              left: Identifier 6:23-6:28 yield
// CHECK-NEXT:              right: NumericLiteral 6:31-6:32 `2`
// CHECK-NEXT:        ]
// CHECK-NEXT:  ]
