"""Conformance tests: the SDK replayed against real recorded API traffic."""
