// RUN: %cruftc parse --dump-ast --goal script %s | FileCheck %s --match-full-lines --strict-whitespace
const a = `plain`;
const b = `one ${x} two ${y + 1} three`;
const c = tag`\unicode and \u{1F600} ${z}`;
const d = /[a-z]+\/(?<year>\d{4})/giu.exec(s) / 2;
// CHECK:Program 1:1-{{[0-9]+:[0-9]+}} script
// CHECK-NEXT:  body: [
// CHECK-NEXT:    VariableDeclaration 2:1-2:19 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 2:7-2:18
// CHECK-NEXT:          id: Identifier 2:7-2:8 a
// CHECK-NEXT:          init: TemplateLiteral 2:11-2:18
// CHECK-NEXT:            parts: [
// CHECK-NEXT:              TemplateElement 2:12-2:17 `plain` tail
// CHECK-NEXT:            ]
// CHECK-NEXT:      ]
// CHECK-NEXT:    VariableDeclaration 3:1-3:41 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 3:7-3:40
// CHECK-NEXT:          id: Identifier 3:7-3:8 b
// CHECK-NEXT:          init: TemplateLiteral 3:11-3:40
// CHECK-NEXT:            parts: [
// CHECK-NEXT:              TemplateElement 3:12-3:16 `one `
// CHECK-NEXT:              Identifier 3:18-3:19 x
// CHECK-NEXT:              TemplateElement 3:20-3:25 ` two `
// CHECK-NEXT:              BinaryExpression 3:27-3:32 '+'
// CHECK-NEXT:                left: Identifier 3:27-3:28 y
// CHECK-NEXT:                right: NumericLiteral 3:31-3:32 `1`
// CHECK-NEXT:              TemplateElement 3:33-3:39 ` three` tail
// CHECK-NEXT:            ]
// CHECK-NEXT:      ]
// CHECK-NEXT:    VariableDeclaration 4:1-4:44 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 4:7-4:43
// CHECK-NEXT:          id: Identifier 4:7-4:8 c
// CHECK-NEXT:          init: TaggedTemplateExpression 4:11-4:43
// CHECK-NEXT:            tag: Identifier 4:11-4:14 tag
// CHECK-NEXT:            quasi: TemplateLiteral 4:14-4:43
// CHECK-NEXT:              parts: [
// CHECK-NEXT:                TemplateElement 4:15-4:38 `\unicode and \u{1F600} ` invalid-cooked
// CHECK-NEXT:                Identifier 4:40-4:41 z
// CHECK-NEXT:                TemplateElement 4:42-4:42 `` tail
// CHECK-NEXT:              ]
// CHECK-NEXT:      ]
// CHECK-NEXT:    VariableDeclaration 5:1-5:51 const
// CHECK-NEXT:      declarations: [
// CHECK-NEXT:        VariableDeclarator 5:7-5:50
// CHECK-NEXT:          id: Identifier 5:7-5:8 d
// CHECK-NEXT:          init: BinaryExpression 5:11-5:50 '/'
// CHECK-NEXT:            left: CallExpression 5:11-5:46
// CHECK-NEXT:              callee: MemberExpression 5:11-5:43
// CHECK-NEXT:                object: RegExpLiteral 5:11-5:38 `/[a-z]+\/(?<year>\d{4})/giu`
// CHECK-NEXT:                property: Identifier 5:39-5:43 exec
// CHECK-NEXT:              arguments: [
// CHECK-NEXT:                Identifier 5:44-5:45 s
// CHECK-NEXT:              ]
// CHECK-NEXT:            right: NumericLiteral 5:49-5:50 `2`
// CHECK-NEXT:      ]
// CHECK-NEXT:  ]
