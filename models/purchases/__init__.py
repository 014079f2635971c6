"""Purchases and refunds, RFM, lifecycle stages."""
