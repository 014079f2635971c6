"""The dashboard's figures and a customer's timeline."""
