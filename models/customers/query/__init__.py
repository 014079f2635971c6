"""The search language (issue 29): `字段:值` terms, negation, OR and parentheses over the
customer list. `syntax` reads the text into a tree, `fields` names what can be asked,
`compiler` turns the tree into a Peewee condition that CustomerFilter's `query` applies,
`completion` helps as one types."""
