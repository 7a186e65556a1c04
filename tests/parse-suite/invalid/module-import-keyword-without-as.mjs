// reject: module goal: import { if } binds a reserved word
import { if } from "m";
