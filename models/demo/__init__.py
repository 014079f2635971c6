"""Made-up data for trying Guanjia and for benchmarks, and the separate demo database."""
