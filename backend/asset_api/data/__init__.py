"""The asset data endpoints: accounts, balance, transactions, instruments, daily prices.

Each endpoint is one file named by its spec id (balance.py, transactions.py, ...) with its
statement in sql/<same name>.sql; routes.py holds the HTTP side of all of them.
"""
