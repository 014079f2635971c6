"""Voice of the customer (客户之声, issue 27): surveys (NPS, CSAT, CES), their answers,
the closed loop each answer starts, and the scores by the book."""
