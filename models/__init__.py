"""Guanjia's data layer and domain rules: Peewee models, queries and pure computations (no Qt)."""
