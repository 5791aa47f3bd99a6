"""Widgets shared by the record pages: a lazily fetched table model, the record page frame, and the
record dialog that validates as the user types."""
