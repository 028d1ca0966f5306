"""Screens of the glossary TUI: one per file."""
