"""Benchmarks for kabar; results are recorded in docs/benchmarks.md."""
