"""The application shell: entry point, start-up, settings, main window wiring, the CLI."""
