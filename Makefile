# Convenience targets; the README's two commands are scripts/example.sh and scripts/test.sh.
.PHONY: example test bench bench-startup bench-parse bench-check fuzz-parser format

example:
	bash scripts/example.sh

test:
	bash scripts/test.sh

bench:
	swift build -c release --product cruftc
	swift build -c release --product cruftvm
	swift build -c release --product CruftJIT
	python3 scripts/bench-vm.py

bench-startup:
	swift build -c release --product cruftc
	swift build -c release --product cruftvm
	python3 scripts/bench-startup.py --cruftc .build/release/cruftc --cruftvm cruftvm=.build/release/cruftvm

bench-parse:
	bash scripts/bench-parse.sh

bench-check:
	bash scripts/bench-check.sh

fuzz-parser:
	bash scripts/fuzz-parser.sh

format:
	swift format --in-place --recursive --configuration .swift-format Sources Tests Fuzz
