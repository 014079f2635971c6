"""The start password and idle lock, masked mobiles, erasure of a customer's personal data."""
