// reject: module goal: default import after named imports
import { a }, b from "m";
