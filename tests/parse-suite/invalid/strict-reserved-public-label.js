// reject: strict mode, reserved word as identifier: public as a label in strict code
"use strict";
public: ;
