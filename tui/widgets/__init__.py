"""Widgets of the glossary TUI, grouped by area (entry display, tables, status)."""
