// SwiftPM passes a C target's include/ directory to every importer; this file only makes the target.
