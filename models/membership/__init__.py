"""Membership (会员体系): member cards, levels, the points, stored-value and count-card
ledgers, paid membership and referrals (issue 26). The ledgers are the truth; the kept
balances are written in each ledger row's transaction and checked against it."""
