"""Pure rules on values: dates as staff type them, repeats, phones and emails, pinyin. No database."""
