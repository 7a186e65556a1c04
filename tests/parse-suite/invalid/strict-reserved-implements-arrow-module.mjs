// reject: strict mode, reserved word as identifier: implements as an arrow parameter in a module
(implements) => 1;
