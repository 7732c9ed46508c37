-- Investment asset data: accounts, instruments, holdings, cash, transactions, daily prices,
-- and which API users may see which accounts.
--
-- Every data row belongs to an environment: 'real' or 'mock' (a mock key sees only mock rows).
-- Child rows inherit the environment of their account or instrument.
-- Money, prices and share counts are bigint (KRW has no minor unit); rates are numeric and
-- computed by the queries, never stored.

CREATE TABLE accounts (
    id          bigserial PRIMARY KEY,
    env         text NOT NULL CHECK (env IN ('real', 'mock')),
    -- 10 digits: the 8-digit account number and the 2-digit product code, as brokers issue them
    account_no  text NOT NULL CHECK (account_no ~ '^[0-9]{10}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    broker      text NOT NULL CHECK (length(broker) BETWEEN 1 AND 100),
    currency    text NOT NULL DEFAULT 'KRW' CHECK (currency ~ '^[A-Z]{3}$'),
    opened_on   date NOT NULL,
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    UNIQUE (env, account_no)
);

CREATE TABLE instruments (
    id             bigserial PRIMARY KEY,
    env            text NOT NULL CHECK (env IN ('real', 'mock')),
    code           text NOT NULL CHECK (code ~ '^[0-9A-Z]{6}$'),
    isin           text NOT NULL CHECK (isin ~ '^KR[0-9A-Z]{9}[0-9]$'),
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    market         text NOT NULL CHECK (market IN ('KOSPI', 'KOSDAQ')),
    sector         text NOT NULL DEFAULT '' CHECK (length(sector) <= 100),
    listed_shares  bigint NOT NULL CHECK (listed_shares >= 0),
    currency       text NOT NULL DEFAULT 'KRW' CHECK (currency ~ '^[A-Z]{3}$'),
    UNIQUE (env, code)
);

-- The current positions with what was paid for them. The average price, the evaluation at
-- the latest close and the P&L are derived by the queries, so they can never disagree.
CREATE TABLE holdings (
    account_id       bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    instrument_id    bigint NOT NULL REFERENCES instruments (id),
    quantity         bigint NOT NULL CHECK (quantity > 0),
    purchase_amount  bigint NOT NULL CHECK (purchase_amount >= 0),   -- 매입금액 (KRW)
    PRIMARY KEY (account_id, instrument_id)
);
CREATE INDEX holdings_instrument ON holdings (instrument_id);

CREATE TABLE cash_balances (
    account_id  bigint PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    deposit     bigint NOT NULL CHECK (deposit >= 0)   -- 예수금 (KRW)
);

CREATE TABLE transactions (
    id                 bigserial PRIMARY KEY,
    account_id         bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    trade_date         date NOT NULL,
    trade_time         time(0) NOT NULL,
    kind               text NOT NULL
                       CHECK (kind IN ('buy', 'sell', 'deposit', 'withdrawal', 'dividend', 'fee')),
    instrument_id      bigint REFERENCES instruments (id),
    quantity           bigint NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    price              bigint NOT NULL DEFAULT 0 CHECK (price >= 0),
    -- trades and dividends: quantity × price; deposits, withdrawals: the sum; fees: 0
    amount             bigint NOT NULL CHECK (amount >= 0),
    fee                bigint NOT NULL DEFAULT 0 CHECK (fee >= 0),
    tax                bigint NOT NULL DEFAULT 0 CHECK (tax >= 0),
    -- The change in the account's cash: negative for buys, withdrawals and fees. Derived so
    -- that no loaded file can make it disagree with the amount, fee and tax.
    settlement_amount  bigint NOT NULL GENERATED ALWAYS AS (
        CASE WHEN kind IN ('buy', 'withdrawal', 'fee') THEN -(amount + fee + tax)
             ELSE amount - fee - tax
        END
    ) STORED,
    CONSTRAINT transactions_trade_shape CHECK (
        kind NOT IN ('buy', 'sell')
        OR (instrument_id IS NOT NULL AND quantity > 0 AND amount = quantity * price)
    ),
    CONSTRAINT transactions_dividend_shape CHECK (kind <> 'dividend' OR instrument_id IS NOT NULL),
    CONSTRAINT transactions_cash_shape CHECK (
        kind NOT IN ('deposit', 'withdrawal', 'fee') OR (quantity = 0 AND price = 0)
    ),
    CONSTRAINT transactions_fee_shape CHECK (kind <> 'fee' OR amount = 0),
    CONSTRAINT transactions_inflow_covers_costs CHECK (
        kind IN ('buy', 'withdrawal', 'fee') OR fee + tax <= amount
    )
);
-- Exactly the keyset order of GET .../transactions (read backwards: newest first), and the
-- same within one kind for its `kind` filter, so a rare kind never scans the others.
CREATE INDEX transactions_keyset ON transactions (account_id, trade_date, trade_time, id);
CREATE INDEX transactions_kind_keyset
    ON transactions (account_id, kind, trade_date, trade_time, id);

CREATE TABLE daily_prices (
    instrument_id  bigint NOT NULL REFERENCES instruments (id) ON DELETE CASCADE,
    trade_date     date NOT NULL,
    open           bigint NOT NULL CHECK (open >= 0),
    high           bigint NOT NULL CHECK (high >= 0),
    low            bigint NOT NULL CHECK (low >= 0),
    close          bigint NOT NULL CHECK (close >= 0),
    volume         bigint NOT NULL CHECK (volume >= 0),
    trading_value  bigint NOT NULL CHECK (trading_value >= 0),   -- 거래대금 (KRW)
    -- The primary key serves both the keyset of .../daily-prices and "latest close" lookups.
    PRIMARY KEY (instrument_id, trade_date),
    CHECK (low <= high)
);

-- The accounts an API user (without all_accounts) may see. Checked inside every data query.
CREATE TABLE user_accounts (
    user_id     bigint NOT NULL REFERENCES api_users (id) ON DELETE CASCADE,
    account_id  bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    granted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, account_id)
);
CREATE INDEX user_accounts_account ON user_accounts (account_id);
