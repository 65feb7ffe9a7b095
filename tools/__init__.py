"""Project tools run from the Makefile: the stage runner and the release check."""
