"""Benchmarks at realistic scale (400k and 1M artisans), through the service layer."""
