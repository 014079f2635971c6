"""The numbered schema steps: the one place that knows every table."""
