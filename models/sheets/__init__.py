"""Spreadsheets in and out (calamine/openpyxl reading, xlsxwriter tables), knowing nothing of customers."""
