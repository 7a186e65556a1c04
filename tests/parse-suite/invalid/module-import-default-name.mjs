// reject: module goal: import { default } binds a reserved word
import { default } from "m";
