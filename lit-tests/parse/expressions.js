// RUN: %cruftc parse --dump-ast --goal script %s | FileCheck %s --match-full-lines --strict-whitespace
x = a ? b : c ?? d;
y = (-a) ** 2 === void 0 || typeof a !== "undefined" && !b;
z ||= a?.b?.[c]?.(d) ?? new Foo.Bar(...args);
w = (a, b), [, x, ...rest] = arr, {p, q: [r = 1], ...others} = obj;
// CHECK:Program 1:1-{{[0-9]+:[0-9]+}} script
// CHECK-NEXT:  body: [
// CHECK-NEXT:    ExpressionStatement 2:1-2:20
// CHECK-NEXT:      expression: AssignmentExpression 2:1-2:19 '='
// CHECK-NEXT:        left: Identifier 2:1-2:2 x
// CHECK-NEXT:        right: ConditionalExpression 2:5-2:19
// CHECK-NEXT:          test: Identifier 2:5-2:6 a
// CHECK-NEXT:          consequent: Identifier 2:9-2:10 b
// CHECK-NEXT:          alternate: LogicalExpression 2:13-2:19 '??'
// CHECK-NEXT:            left: Identifier 2:13-2:14 c
// CHECK-NEXT:            right: Identifier 2:18-2:19 d
// CHECK-NEXT:    ExpressionStatement 3:1-3:60
// CHECK-NEXT:      expression: AssignmentExpression 3:1-3:59 '='
// CHECK-NEXT:        left: Identifier 3:1-3:2 y
// CHECK-NEXT:        right: LogicalExpression 3:5-3:59 '||'
// CHECK-NEXT:          left: BinaryExpression 3:5-3:25 '==='
// CHECK-NEXT:            left: BinaryExpression 3:5-3:14 '**'
// CHECK-NEXT:              left: UnaryExpression 3:6-3:8 '-' parenthesized
// CHECK-NEXT:                argument: Identifier 3:7-3:8 a
// CHECK-NEXT:              right: NumericLiteral 3:13-3:14 `2`
// CHECK-NEXT:            right: UnaryExpression 3:19-3:25 'void'
// CHECK-NEXT:              argument: NumericLiteral 3:24-3:25 `0`
// CHECK-NEXT:          right: LogicalExpression 3:29-3:59 '&&'
// CHECK-NEXT:            left: BinaryExpression 3:29-3:53 '!=='
// CHECK-NEXT:              left: UnaryExpression 3:29-3:37 'typeof'
// CHECK-NEXT:                argument: Identifier 3:36-3:37 a
// CHECK-NEXT:              right: StringLiteral 3:42-3:53 `"undefined"`
// CHECK-NEXT:            right: UnaryExpression 3:57-3:59 '!'
// CHECK-NEXT:              argument: Identifier 3:58-3:59 b
// CHECK-NEXT:    ExpressionStatement 4:1-4:46
// CHECK-NEXT:      expression: AssignmentExpression 4:1-4:45 '||='
// CHECK-NEXT:        left: Identifier 4:1-4:2 z
// CHECK-NEXT:        right: LogicalExpression 4:7-4:45 '??'
// CHECK-NEXT:          left: ChainExpression 4:7-4:21
// CHECK-NEXT:            expression: CallExpression 4:7-4:21 optional
// CHECK-NEXT:              callee: MemberExpression 4:7-4:16 computed optional
// CHECK-NEXT:                object: MemberExpression 4:7-4:11 optional
// CHECK-NEXT:                  object: Identifier 4:7-4:8 a
// CHECK-NEXT:                  property: Identifier 4:10-4:11 b
// CHECK-NEXT:                property: Identifier 4:14-4:15 c
// CHECK-NEXT:              arguments: [
// CHECK-NEXT:                Identifier 4:19-4:20 d
// CHECK-NEXT:              ]
// CHECK-NEXT:          right: NewExpression 4:25-4:45
// CHECK-NEXT:            callee: MemberExpression 4:29-4:36
// CHECK-NEXT:              object: Identifier 4:29-4:32 Foo
// CHECK-NEXT:              property: Identifier 4:33-4:36 Bar
// CHECK-NEXT:            arguments: [
// CHECK-NEXT:              SpreadElement 4:37-4:44
// CHECK-NEXT:                argument: Identifier 4:40-4:44 args
// CHECK-NEXT:            ]
// CHECK-NEXT:    ExpressionStatement 5:1-5:68
// CHECK-NEXT:      expression: SequenceExpression 5:1-5:67
// CHECK-NEXT:        expressions: [
// CHECK-NEXT:          AssignmentExpression 5:1-5:11 '='
// CHECK-NEXT:            left: Identifier 5:1-5:2 w
// CHECK-NEXT:            right: SequenceExpression 5:6-5:10 parenthesized
// CHECK-NEXT:              expressions: [
// CHECK-NEXT:                Identifier 5:6-5:7 a
// CHECK-NEXT:                Identifier 5:9-5:10 b
// CHECK-NEXT:              ]
// CHECK-NEXT:          AssignmentExpression 5:13-5:33 '='
// CHECK-NEXT:            left: ArrayPattern 5:13-5:27
// CHECK-NEXT:              elements: [
// CHECK-NEXT:                <none>
// CHECK-NEXT:                Identifier 5:16-5:17 x
// CHECK-NEXT:                RestElement 5:19-5:26
// CHECK-NEXT:                  argument: Identifier 5:22-5:26 rest
// CHECK-NEXT:              ]
// CHECK-NEXT:            right: Identifier 5:30-5:33 arr
// CHECK-NEXT:          AssignmentExpression 5:35-5:67 '='
// CHECK-NEXT:            left: ObjectPattern 5:35-5:61
// CHECK-NEXT:              properties: [
// CHECK-NEXT:                Property 5:36-5:37 shorthand
// CHECK-NEXT:                  key: Identifier 5:36-5:37 p
// CHECK-NEXT:                  value: Identifier 5:36-5:37 p
// CHECK-NEXT:                Property 5:39-5:49
// CHECK-NEXT:                  key: Identifier 5:39-5:40 q
// CHECK-NEXT:                  value: ArrayPattern 5:42-5:49
// CHECK-NEXT:                    elements: [
// CHECK-NEXT:                      AssignmentPattern 5:43-5:48
// CHECK-NEXT:                        left: Identifier 5:43-5:44 r
// CHECK-NEXT:                        right: NumericLiteral 5:47-5:48 `1`
// CHECK-NEXT:                    ]
// CHECK-NEXT:                RestElement 5:51-5:60
// CHECK-NEXT:                  argument: Identifier 5:54-5:60 others
// CHECK-NEXT:              ]
// CHECK-NEXT:            right: Identifier 5:64-5:67 obj
// CHECK-NEXT:        ]
// CHECK-NEXT:  ]
