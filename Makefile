# Shortcuts for the scripts in scripts/ (which work without make, too).
.PHONY: run test bundle onefile icons
run:
	bash scripts/run.sh
test:
	bash scripts/test.sh
bundle:
	bash scripts/build.sh
onefile:
	CHATDESK_ONEFILE=1 bash scripts/build.sh
icons:
	.venv/bin/python resources/make_icons.py
