-- What the account reports (realized-pnl, daily-valuations) read, kept by triggers.
--
-- Both reports derive from an account's whole history: a sell's cost is the moving average
-- over every earlier buy and sell of the instrument, a day's valuation needs the positions
-- and cash after every earlier transaction. Replaying the history on every call would cost
-- in proportion to its length, so the replay's results are stored here and a call reads one
-- page of them (data/sql/realized_pnl.sql, data/sql/daily_valuations.sql):
--
--   realized_sells    one row per sell: its moving-average cost (the realized-pnl rows)
--   position_days     per account, instrument and day it moved: the position after the day,
--                     and the instrument's running totals of sells and dividends
--   account_days      per account and day with transactions: the cash after the day, and the
--                     account's running totals (the realized-pnl summary subtracts two rows)
--   daily_valuations  per account and trading day: cash, purchase amount, evaluation at that
--                     day's closes, net inflow and the previous day's total assets
--   report_positions  per account and instrument it ever traded: the position after the last
--                     transaction (the list of instruments a replay starts from)
--   report_accounts   per account: its first transaction, the cash after the last one, and
--                     whether the history explains its holdings and cash (history_complete)
--   trading_days      per environment, the days with any daily price, and how many
--
-- Who writes transactions, holdings, cash balances or daily prices (loader, demo, sync, a
-- test, psql) only marks the accounts concerned in report_dirty, with the earliest date that
-- changed; at commit, a deferred trigger rebuilds each marked account once, from that date
-- on, so a load that deletes a period and copies it again (ingest/dataset.py) replays it
-- once. Other transactions see the reports only with the writes they derive from.
--
-- Valuations depend on prices as well: a price written later (a correction, a late close)
-- changes the evaluation of every account that holds the instrument from that day on, and a
-- new trading day adds a row to every account. They are stored, not computed per page, so a
-- page is one index range however deep, and the price triggers mark the accounts concerned
-- from the first changed day. A day's valuation is a sum over the account's holdings, so
-- computing it per page would cost a price lookup per holding and day shown.
--
-- Amounts derived by summing are numeric: a history's totals may exceed bigint where no
-- single row does, and a load must not fail at commit over it.

CREATE TABLE trading_days (
    env         text NOT NULL,
    trade_date  date NOT NULL,
    -- daily_prices rows of the day (no CHECK: the upsert's proposed row of a deletion is
    -- negative; a day whose count reaches 0 is deleted in the same trigger)
    prices      bigint NOT NULL,
    PRIMARY KEY (env, trade_date)
);

CREATE TABLE report_accounts (
    account_id        bigint PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    first_date        date,              -- of the first transaction; NULL: none
    cash              numeric NOT NULL,  -- after the last transaction
    uncovered_sells   bigint NOT NULL,   -- sells of more shares than the history had bought
    history_complete  boolean NOT NULL
);

-- Derived rows without foreign keys: their referential checks would cost more than the
-- replay that writes them. A deleted account's transactions go with it, which marks it, and
-- its rebuild then removes every derived row of the account.
CREATE TABLE report_positions (
    account_id     bigint NOT NULL,
    instrument_id  bigint NOT NULL,
    quantity       numeric NOT NULL,
    cost           numeric NOT NULL,  -- 매입금액: moving average, fees excluded
    PRIMARY KEY (account_id, instrument_id)
);
CREATE INDEX report_positions_instrument ON report_positions (instrument_id);

CREATE TABLE position_days (
    account_id     bigint NOT NULL,
    instrument_id  bigint NOT NULL,
    trade_date     date NOT NULL,
    quantity       numeric NOT NULL,  -- after the day
    cost           numeric NOT NULL,
    -- running totals of the instrument's sells and dividends since the first transaction
    sell_amount    numeric NOT NULL,
    purchase_cost  numeric NOT NULL,
    sell_fee       numeric NOT NULL,
    sell_tax       numeric NOT NULL,
    dividends      numeric NOT NULL,
    PRIMARY KEY (account_id, instrument_id, trade_date)
);

CREATE TABLE account_days (
    account_id     bigint NOT NULL,
    trade_date     date NOT NULL,
    cash           numeric NOT NULL,  -- after the day
    -- running totals since the first transaction (the same columns as position_days)
    sell_amount    numeric NOT NULL,
    purchase_cost  numeric NOT NULL,
    sell_fee       numeric NOT NULL,
    sell_tax       numeric NOT NULL,
    dividends      numeric NOT NULL,  -- gross
    deposits       numeric NOT NULL,
    withdrawals    numeric NOT NULL,
    PRIMARY KEY (account_id, trade_date)
);

-- The sell's own figures stay in transactions (a page joins them by id); its sort key is
-- repeated here for the keyset scans.
CREATE TABLE realized_sells (
    transaction_id      bigint NOT NULL,
    account_id          bigint NOT NULL,
    instrument_id       bigint NOT NULL,
    trade_date          date NOT NULL,
    trade_time          time(0) NOT NULL,
    avg_purchase_price  numeric NOT NULL,  -- floor(cost / quantity) before the sell
    purchase_cost       numeric NOT NULL,  -- floor(cost × sold / quantity)
    uncovered           boolean NOT NULL   -- sold more shares than the history had bought
);
-- The keyset orders of GET .../realized-pnl, without and with its code filter.
CREATE UNIQUE INDEX realized_sells_keyset
    ON realized_sells (account_id, trade_date, trade_time, transaction_id);
CREATE INDEX realized_sells_instrument_keyset
    ON realized_sells (account_id, instrument_id, trade_date, trade_time, transaction_id);
CREATE INDEX realized_sells_uncovered ON realized_sells (account_id) WHERE uncovered;

CREATE TABLE daily_valuations (
    account_id             bigint NOT NULL,
    trade_date             date NOT NULL,
    cash                   numeric NOT NULL,
    purchase_amount        numeric NOT NULL,
    evaluation_amount      numeric NOT NULL,
    net_inflow             numeric NOT NULL,  -- deposits − withdrawals since the previous row
    previous_total_assets  numeric NOT NULL,  -- of the previous row; 0 on the first
    cumulative_net_inflow  numeric NOT NULL,  -- since the first transaction
    PRIMARY KEY (account_id, trade_date)
);

-- Accounts to rebuild at commit, from which dates: replay_from (transactions changed: the
-- replay and then the valuations), value_from (prices or trading days changed: valuations
-- only); both NULL: holdings or cash changed, only history_complete is checked again.
CREATE TABLE report_dirty (
    account_id   bigint PRIMARY KEY,
    replay_from  date,
    value_from   date
);

-- Where the history does not explain the holdings or the cash: one row per instrument whose
-- replayed position differs from the holding (either side may be missing), and one row with
-- instrument_id NULL when the replayed cash differs from the deposit.
CREATE VIEW report_history_gaps AS
SELECT p.account_id, p.instrument_id, p.quantity AS history_quantity, p.cost AS history_cost,
       COALESCE(h.quantity, 0) AS held_quantity, COALESCE(h.purchase_amount, 0) AS held_cost
FROM report_positions p
LEFT JOIN holdings h ON h.account_id = p.account_id AND h.instrument_id = p.instrument_id
WHERE p.quantity > 0
  AND (h.quantity IS DISTINCT FROM p.quantity OR h.purchase_amount IS DISTINCT FROM p.cost)
UNION ALL
SELECT h.account_id, h.instrument_id, COALESCE(p.quantity, 0), COALESCE(p.cost, 0),
       h.quantity, h.purchase_amount
FROM holdings h
LEFT JOIN report_positions p ON p.account_id = h.account_id AND p.instrument_id = h.instrument_id
WHERE COALESCE(p.quantity, 0) = 0
UNION ALL
SELECT r.account_id, NULL, NULL, r.cash, NULL, COALESCE(c.deposit, 0)
FROM report_accounts r
LEFT JOIN cash_balances c ON c.account_id = r.account_id
WHERE r.cash <> COALESCE(c.deposit, 0);

-- --- the moving average ---------------------------------------------------------------------

-- One transaction's effect on a position, as a window aggregate over the instrument's
-- transactions in order (trade_date, trade_time, id). The state is
-- [quantity, cost, quantity before, cost before, uncovered (0 or 1)]; the first row starts
-- from start_quantity and start_cost (the position before the replayed period).
-- A buy adds its amount to the cost; a sell of q of Q shares removes floor(cost × q / Q);
-- a sell of Q or more shares removes the whole cost, and beyond Q it sells shares the history
-- never bought (uncovered: their cost is unknown). Dividends and others change nothing.
CREATE FUNCTION report_position_step(
    state numeric[], kind text, quantity bigint, amount bigint,
    start_quantity numeric, start_cost numeric
) RETURNS numeric[] LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    held numeric := COALESCE(state[1], start_quantity, 0);
    cost numeric := COALESCE(state[2], start_cost, 0);
BEGIN
    IF kind = 'buy' THEN
        RETURN ARRAY[held + quantity, cost + amount, held, cost, 0];
    ELSIF kind <> 'sell' THEN
        RETURN ARRAY[held, cost, held, cost, 0];
    ELSIF quantity >= held THEN
        RETURN ARRAY[0, 0, held, cost, (quantity > held)::int];
    END IF;
    RETURN ARRAY[held - quantity, cost - div(cost * quantity, held), held, cost, 0];
END
$$;

CREATE AGGREGATE report_position(text, bigint, bigint, numeric, numeric) (
    SFUNC = report_position_step,
    STYPE = numeric[]
);

-- --- rebuilding one account -----------------------------------------------------------------

-- Replays the account's transactions from `since` on: realized_sells, position_days and
-- account_days from that date, then report_positions and report_accounts. Rows before
-- `since` are kept and give the starting positions and totals.
CREATE FUNCTION report_replay(account bigint, since date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    traded bigint[];
BEGIN
    DELETE FROM realized_sells WHERE account_id = account AND trade_date >= since;
    DELETE FROM position_days WHERE account_id = account AND trade_date >= since;
    DELETE FROM account_days WHERE account_id = account AND trade_date >= since;

    WITH start AS (
        -- each instrument's position and totals before `since`
        SELECT p.*
        FROM report_positions r
        CROSS JOIN LATERAL (
            SELECT * FROM position_days p
            WHERE p.account_id = account AND p.instrument_id = r.instrument_id
              AND p.trade_date < since
            ORDER BY p.trade_date DESC
            LIMIT 1
        ) p
        WHERE r.account_id = account
    ),
    moves AS (
        -- every transaction since, with the position of its instrument before and after it
        SELECT t.id, t.instrument_id, t.trade_date, t.trade_time, t.kind, t.amount, t.fee,
               t.tax, t.settlement_amount,
               report_position(t.kind, t.quantity, t.amount, s.quantity, s.cost) OVER (
                   PARTITION BY t.instrument_id ORDER BY t.trade_date, t.trade_time, t.id
               ) AS state
        FROM transactions t
        LEFT JOIN start s ON s.instrument_id = t.instrument_id
        WHERE t.account_id = account AND t.trade_date >= since
    ),
    sells AS (
        INSERT INTO realized_sells (transaction_id, account_id, instrument_id, trade_date,
                                    trade_time, avg_purchase_price, purchase_cost, uncovered)
        SELECT m.id, account, m.instrument_id, m.trade_date, m.trade_time,
               CASE WHEN m.state[3] > 0 THEN div(m.state[4], m.state[3]) ELSE 0 END,
               m.state[4] - m.state[2], m.state[5] = 1
        FROM moves m
        WHERE m.kind = 'sell'
    ),
    -- What each day changed, per instrument and for the whole account: a position moves by
    -- its buys less what its sells removed, so its state after a day is the running sum.
    instrument_days AS (
        SELECT m.instrument_id, m.trade_date,
               sum(m.state[1] - m.state[3]) AS quantity,
               sum(m.state[2] - m.state[4]) AS cost,
               sum(m.amount) FILTER (WHERE m.kind = 'sell') AS sell_amount,
               sum(m.state[4] - m.state[2]) FILTER (WHERE m.kind = 'sell') AS purchase_cost,
               sum(m.fee) FILTER (WHERE m.kind = 'sell') AS sell_fee,
               sum(m.tax) FILTER (WHERE m.kind = 'sell') AS sell_tax,
               sum(m.amount) FILTER (WHERE m.kind = 'dividend') AS dividends
        FROM moves m
        WHERE m.instrument_id IS NOT NULL
        GROUP BY m.instrument_id, m.trade_date
    ),
    positions AS (
        INSERT INTO position_days (account_id, instrument_id, trade_date, quantity, cost,
                                   sell_amount, purchase_cost, sell_fee, sell_tax, dividends)
        SELECT account, d.instrument_id, d.trade_date,
               COALESCE(s.quantity, 0) + sum(d.quantity) OVER w,
               COALESCE(s.cost, 0) + sum(d.cost) OVER w,
               COALESCE(s.sell_amount, 0) + COALESCE(sum(d.sell_amount) OVER w, 0),
               COALESCE(s.purchase_cost, 0) + COALESCE(sum(d.purchase_cost) OVER w, 0),
               COALESCE(s.sell_fee, 0) + COALESCE(sum(d.sell_fee) OVER w, 0),
               COALESCE(s.sell_tax, 0) + COALESCE(sum(d.sell_tax) OVER w, 0),
               COALESCE(s.dividends, 0) + COALESCE(sum(d.dividends) OVER w, 0)
        FROM instrument_days d
        LEFT JOIN start s ON s.instrument_id = d.instrument_id
        WINDOW w AS (PARTITION BY d.instrument_id ORDER BY d.trade_date)
    ),
    account_day AS (
        SELECT m.trade_date,
               sum(m.settlement_amount) AS settlement,
               COALESCE(sum(m.amount) FILTER (WHERE m.kind = 'sell'), 0) AS sell_amount,
               COALESCE(sum(m.state[4] - m.state[2]) FILTER (WHERE m.kind = 'sell'), 0)
                   AS purchase_cost,
               COALESCE(sum(m.fee) FILTER (WHERE m.kind = 'sell'), 0) AS sell_fee,
               COALESCE(sum(m.tax) FILTER (WHERE m.kind = 'sell'), 0) AS sell_tax,
               COALESCE(sum(m.amount) FILTER (WHERE m.kind = 'dividend'), 0) AS dividends,
               COALESCE(sum(m.amount) FILTER (WHERE m.kind = 'deposit'), 0) AS deposits,
               COALESCE(sum(m.amount) FILTER (WHERE m.kind = 'withdrawal'), 0) AS withdrawals
        FROM moves m
        GROUP BY m.trade_date
    ),
    start_day AS (
        SELECT * FROM account_days d
        WHERE d.account_id = account AND d.trade_date < since
        ORDER BY d.trade_date DESC
        LIMIT 1
    )
    INSERT INTO account_days (account_id, trade_date, cash, sell_amount, purchase_cost,
                              sell_fee, sell_tax, dividends, deposits, withdrawals)
    SELECT account, d.trade_date,
           COALESCE(b.cash, 0) + sum(d.settlement) OVER w,
           COALESCE(b.sell_amount, 0) + sum(d.sell_amount) OVER w,
           COALESCE(b.purchase_cost, 0) + sum(d.purchase_cost) OVER w,
           COALESCE(b.sell_fee, 0) + sum(d.sell_fee) OVER w,
           COALESCE(b.sell_tax, 0) + sum(d.sell_tax) OVER w,
           COALESCE(b.dividends, 0) + sum(d.dividends) OVER w,
           COALESCE(b.deposits, 0) + sum(d.deposits) OVER w,
           COALESCE(b.withdrawals, 0) + sum(d.withdrawals) OVER w
    FROM account_day d
    LEFT JOIN start_day b ON true
    WINDOW w AS (ORDER BY d.trade_date);

    -- The instruments the account ever traded: those it had, and those traded since.
    SELECT array_agg(instrument_id) INTO traded FROM (
        SELECT instrument_id FROM report_positions WHERE account_id = account
        UNION
        SELECT DISTINCT instrument_id FROM position_days
        WHERE account_id = account AND trade_date >= since
    ) i;
    DELETE FROM report_positions WHERE account_id = account;
    INSERT INTO report_positions (account_id, instrument_id, quantity, cost)
    SELECT account, p.instrument_id, p.quantity, p.cost
    FROM unnest(traded) AS i (id)
    CROSS JOIN LATERAL (
        SELECT * FROM position_days p
        WHERE p.account_id = account AND p.instrument_id = i.id
        ORDER BY p.trade_date DESC
        LIMIT 1
    ) p;
END
$$;

-- Values the account on every trading day from `since` on (daily_valuations), from its
-- positions (position_days), cash (account_days) and the closes of each day, or the latest
-- earlier close; a holding without any close yet is valued at its average purchase price,
-- as the balance endpoint does.
CREATE FUNCTION report_revalue(account bigint, since date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    account_env text;
    history_start date;
BEGIN
    DELETE FROM daily_valuations WHERE account_id = account AND trade_date >= since;
    SELECT a.env, r.first_date INTO account_env, history_start
    FROM accounts a JOIN report_accounts r ON r.account_id = a.id
    WHERE a.id = account;
    IF history_start IS NULL THEN
        RETURN;  -- no transactions, nothing to value
    END IF;
    since := greatest(since, history_start);

    WITH prior AS (
        SELECT v.cash + v.evaluation_amount AS total_assets, v.cumulative_net_inflow
        FROM daily_valuations v
        WHERE v.account_id = account AND v.trade_date < since
        ORDER BY v.trade_date DESC
        LIMIT 1
    ),
    books AS (
        -- each trading day's cash and cumulative net inflow: those of its latest account day
        SELECT t.trade_date, b.cash, b.deposits - b.withdrawals AS cumulative_net_inflow
        FROM trading_days t
        CROSS JOIN LATERAL (
            SELECT * FROM account_days d
            WHERE d.account_id = account AND d.trade_date <= t.trade_date
            ORDER BY d.trade_date DESC
            LIMIT 1
        ) b
        WHERE t.env = account_env AND t.trade_date >= since
    ),
    spans AS (
        -- each position from the day it took effect until the next change (exclusive): the
        -- last one before `since` and all from `since` on, per instrument ever traded
        SELECT p.instrument_id, p.trade_date AS first_day, p.quantity, p.cost,
               lead(p.trade_date, 1, 'infinity')
                   OVER (PARTITION BY p.instrument_id ORDER BY p.trade_date) AS end_day
        FROM report_positions r
        CROSS JOIN LATERAL (
            (SELECT * FROM position_days p
             WHERE p.account_id = account AND p.instrument_id = r.instrument_id
               AND p.trade_date < since
             ORDER BY p.trade_date DESC
             LIMIT 1)
            UNION ALL
            (SELECT * FROM position_days p
             WHERE p.account_id = account AND p.instrument_id = r.instrument_id
               AND p.trade_date >= since)
        ) p
        WHERE r.account_id = account
    ),
    held AS (
        -- each holding on each trading day it was held, valued at that day's close or the
        -- latest earlier one
        SELECT held_on.trade_date, s.cost,
               s.quantity * COALESCE(c.close, floor(s.cost / s.quantity)) AS evaluation
        FROM spans s
        CROSS JOIN LATERAL (
            SELECT t.trade_date FROM trading_days t
            WHERE t.env = account_env
              AND t.trade_date >= greatest(s.first_day, since) AND t.trade_date < s.end_day
        ) held_on
        LEFT JOIN LATERAL (
            SELECT d.close FROM daily_prices d
            WHERE d.instrument_id = s.instrument_id AND d.trade_date <= held_on.trade_date
            ORDER BY d.trade_date DESC
            LIMIT 1
        ) c ON true
        WHERE s.quantity > 0
    ),
    totals AS (
        -- a day's books and its holdings added up (every held day is one of the books' days)
        SELECT x.trade_date, sum(x.cash) AS cash,
               sum(x.cumulative_net_inflow) AS cumulative_net_inflow,
               sum(x.cost) AS purchase_amount, sum(x.evaluation) AS evaluation_amount
        FROM (
            SELECT b.trade_date, b.cash, b.cumulative_net_inflow, 0 AS cost, 0 AS evaluation
            FROM books b
            UNION ALL
            SELECT h.trade_date, 0, 0, h.cost, h.evaluation FROM held h
        ) x
        GROUP BY x.trade_date
    )
    INSERT INTO daily_valuations (account_id, trade_date, cash, purchase_amount,
                                  evaluation_amount, net_inflow, previous_total_assets,
                                  cumulative_net_inflow)
    SELECT account, t.trade_date, t.cash, t.purchase_amount, t.evaluation_amount,
           t.cumulative_net_inflow - COALESCE(lag(t.cumulative_net_inflow) OVER w,
                                              (SELECT cumulative_net_inflow FROM prior), 0),
           COALESCE(lag(t.cash + t.evaluation_amount) OVER w,
                    (SELECT total_assets FROM prior), 0),
           t.cumulative_net_inflow
    FROM totals t
    WINDOW w AS (ORDER BY t.trade_date);
END
$$;

-- Rebuilds what changed for one account: the replay from replay_from, the valuations from
-- the earlier of the two dates, and always report_accounts with history_complete.
-- Its statements reach their rows through indexes (an account's range, a day's or a
-- position's row) in LATERAL loops, and join the rest by hashing. The two settings keep
-- them to that: statistics taken while the derived tables were empty (an autovacuum during
-- the very load that fills them, or after a truncate) make scans and loops look free, and a
-- demo load then took minutes instead of a second.
CREATE FUNCTION report_rebuild(account bigint, replay_from date, value_from date)
RETURNS void LANGUAGE plpgsql SET enable_seqscan = off SET enable_nestloop = off AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM accounts WHERE id = account) THEN
        DELETE FROM realized_sells WHERE account_id = account;
        DELETE FROM position_days WHERE account_id = account;
        DELETE FROM account_days WHERE account_id = account;
        DELETE FROM daily_valuations WHERE account_id = account;
        DELETE FROM report_positions WHERE account_id = account;
        RETURN;  -- report_accounts went with the account
    END IF;
    IF replay_from IS NOT NULL THEN
        PERFORM report_replay(account, replay_from);
    END IF;
    INSERT INTO report_accounts AS r (account_id, first_date, cash, uncovered_sells,
                                      history_complete)
    SELECT account,
           (SELECT min(t.trade_date) FROM transactions t WHERE t.account_id = account),
           COALESCE((SELECT d.cash FROM account_days d WHERE d.account_id = account
                     ORDER BY d.trade_date DESC LIMIT 1), 0),
           (SELECT count(*) FROM realized_sells s WHERE s.account_id = account AND s.uncovered),
           false
    ON CONFLICT (account_id) DO UPDATE
    SET first_date = EXCLUDED.first_date, cash = EXCLUDED.cash,
        uncovered_sells = EXCLUDED.uncovered_sells;
    UPDATE report_accounts r
    SET history_complete = r.uncovered_sells = 0
        AND NOT EXISTS (SELECT 1 FROM report_history_gaps g WHERE g.account_id = account)
    WHERE r.account_id = account;
    value_from := least(value_from, replay_from);
    IF value_from IS NOT NULL THEN
        PERFORM report_revalue(account, value_from);
    END IF;
END
$$;

-- At commit: each marked account once (a later event of the same account finds no mark).
CREATE FUNCTION report_rebuild_marked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    marked report_dirty;
BEGIN
    DELETE FROM report_dirty WHERE account_id = NEW.account_id RETURNING * INTO marked;
    IF FOUND THEN
        PERFORM report_rebuild(marked.account_id, marked.replay_from, marked.value_from);
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER report_dirty_rebuild AFTER INSERT OR UPDATE ON report_dirty
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION report_rebuild_marked();

-- --- marking --------------------------------------------------------------------------------

-- Writers of the data the reports derive from take turns from their first such write to
-- their commit (READ COMMITTED: each statement after the lock sees every earlier commit), so
-- a price and a trade written at once cannot each miss the other in their rebuilds.
CREATE FUNCTION report_lock() RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(7231009)
$$;

CREATE FUNCTION report_mark(marked bigint[], replay_from date, value_from date)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO report_dirty AS d (account_id, replay_from, value_from)
    SELECT DISTINCT a.id, replay_from, value_from FROM unnest(marked) AS a (id)
    ORDER BY a.id
    ON CONFLICT (account_id) DO UPDATE
    SET replay_from = least(d.replay_from, EXCLUDED.replay_from),
        value_from = least(d.value_from, EXCLUDED.value_from)
$$;

CREATE FUNCTION report_mark_all(replay_from date, value_from date) RETURNS void
LANGUAGE sql AS $$
    SELECT report_mark(array_agg(account_id), replay_from, value_from) FROM report_accounts
$$;

-- Each branch names only the transition tables its event has.
CREATE FUNCTION report_transactions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched_accounts bigint[];
    first_dates date[];
BEGIN
    PERFORM report_lock();
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM report_mark_all('-infinity', NULL);
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(account_id), array_agg(first_date) INTO touched_accounts, first_dates
        FROM (SELECT account_id, min(trade_date) AS first_date FROM changed_rows GROUP BY 1) r;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(account_id), array_agg(first_date) INTO touched_accounts, first_dates
        FROM (SELECT account_id, min(trade_date) AS first_date FROM removed_rows GROUP BY 1) r;
    ELSE
        SELECT array_agg(account_id), array_agg(first_date) INTO touched_accounts, first_dates
        FROM (
            SELECT account_id, min(trade_date) AS first_date
            FROM (SELECT account_id, trade_date FROM changed_rows
                  UNION ALL SELECT account_id, trade_date FROM removed_rows) u
            GROUP BY 1
        ) r;
    END IF;
    INSERT INTO report_dirty AS d (account_id, replay_from)
    SELECT * FROM unnest(touched_accounts, first_dates) ORDER BY 1
    ON CONFLICT (account_id) DO UPDATE SET replay_from = least(d.replay_from, EXCLUDED.replay_from);
    RETURN NULL;
END
$$;

CREATE TRIGGER report_transactions_on_insert AFTER INSERT ON transactions
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_transactions_changed();
CREATE TRIGGER report_transactions_on_update AFTER UPDATE ON transactions
    REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_transactions_changed();
CREATE TRIGGER report_transactions_on_delete AFTER DELETE ON transactions
    REFERENCING OLD TABLE AS removed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_transactions_changed();
CREATE TRIGGER report_transactions_on_truncate AFTER TRUNCATE ON transactions
    FOR EACH STATEMENT EXECUTE FUNCTION report_transactions_changed();

-- Holdings and cash balances: only history_complete can change.
CREATE FUNCTION report_snapshot_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched_accounts bigint[];
BEGIN
    PERFORM report_lock();
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM report_mark_all(NULL, NULL);
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT account_id) INTO touched_accounts FROM changed_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT account_id) INTO touched_accounts FROM removed_rows;
    ELSE
        SELECT array_agg(DISTINCT account_id) INTO touched_accounts
        FROM (SELECT account_id FROM changed_rows UNION SELECT account_id FROM removed_rows) u;
    END IF;
    PERFORM report_mark(touched_accounts, NULL, NULL);
    RETURN NULL;
END
$$;

CREATE TRIGGER report_holdings_on_insert AFTER INSERT ON holdings
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshot_changed();
CREATE TRIGGER report_holdings_on_update AFTER UPDATE ON holdings
    REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshot_changed();
CREATE TRIGGER report_holdings_on_delete AFTER DELETE ON holdings
    REFERENCING OLD TABLE AS removed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshot_changed();
CREATE TRIGGER report_holdings_on_truncate AFTER TRUNCATE ON holdings
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshot_changed();

CREATE TRIGGER report_cash_balances_on_insert AFTER INSERT ON cash_balances
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshot_changed();
CREATE TRIGGER report_cash_balances_on_update AFTER UPDATE ON cash_balances
    REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshot_changed();
CREATE TRIGGER report_cash_balances_on_delete AFTER DELETE ON cash_balances
    REFERENCING OLD TABLE AS removed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshot_changed();
CREATE TRIGGER report_cash_balances_on_truncate AFTER TRUNCATE ON cash_balances
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshot_changed();

-- Prices: the trading days they make, and the valuations of the accounts that ever traded
-- a repriced instrument, from its first repriced day. A day that becomes or stops being a
-- trading day changes every valued account of its environment from that day on.
CREATE FUNCTION report_moved_prices(
    added_instruments bigint[], added_days date[],
    removed_instruments bigint[], removed_days date[]
) RETURNS TABLE (instrument_id bigint, trade_date date, delta int) LANGUAGE sql AS $$
    SELECT a.*, 1 FROM unnest(added_instruments, added_days) AS a
    UNION ALL
    SELECT r.*, -1 FROM unnest(removed_instruments, removed_days) AS r
$$;

-- (Hash joins for the reason report_rebuild gives.)
CREATE FUNCTION report_prices_moved(
    added_instruments bigint[], added_days date[],
    removed_instruments bigint[], removed_days date[]
) RETURNS void LANGUAGE plpgsql SET enable_nestloop = off AS $$
DECLARE
    changed_envs text[];
    changed_from date[];
    orphan_days date[];
BEGIN
    -- Each day's count of prices; a day whose count leaves or reaches 0 changed.
    WITH moved AS (
        SELECT i.env, m.trade_date, sum(m.delta) AS delta
        FROM report_moved_prices(added_instruments, added_days,
                                 removed_instruments, removed_days) m
        JOIN instruments i ON i.id = m.instrument_id
        GROUP BY i.env, m.trade_date
        HAVING sum(m.delta) <> 0
    ),
    applied AS (
        INSERT INTO trading_days AS t (env, trade_date, prices)
        SELECT env, trade_date, delta FROM moved
        ON CONFLICT (env, trade_date) DO UPDATE SET prices = t.prices + EXCLUDED.prices
        RETURNING t.env, t.trade_date, t.prices
    )
    SELECT array_agg(env), array_agg(first_day) INTO changed_envs, changed_from
    FROM (
        SELECT a.env, min(a.trade_date) AS first_day
        FROM applied a
        JOIN moved m ON m.env = a.env AND m.trade_date = a.trade_date
        WHERE a.prices = m.delta OR a.prices = 0  -- it had none before, or has none now
        GROUP BY a.env
    ) c;
    DELETE FROM trading_days WHERE prices = 0;

    -- Prices of a deleted instrument (a cascade) no longer say their environment: their days
    -- are counted again from daily_prices, and every valued account is redone from the first.
    SELECT array_agg(DISTINCT m.trade_date) INTO orphan_days
    FROM report_moved_prices(added_instruments, added_days, removed_instruments, removed_days) m
    WHERE NOT EXISTS (SELECT 1 FROM instruments i WHERE i.id = m.instrument_id);
    IF orphan_days IS NOT NULL THEN
        DELETE FROM trading_days WHERE trade_date = ANY (orphan_days);
        INSERT INTO trading_days (env, trade_date, prices)
        SELECT i.env, d.trade_date, count(*)
        FROM daily_prices d JOIN instruments i ON i.id = d.instrument_id
        WHERE d.trade_date = ANY (orphan_days)
        GROUP BY i.env, d.trade_date;
        PERFORM report_mark_all(NULL, (SELECT min(day) FROM unnest(orphan_days) AS day));
    END IF;

    INSERT INTO report_dirty AS d (account_id, value_from)
    SELECT marked.account_id, min(marked.first_day)
    FROM (
        SELECT p.account_id, m.first_day
        FROM (
            SELECT x.instrument_id, min(x.trade_date) AS first_day
            FROM report_moved_prices(added_instruments, added_days,
                                     removed_instruments, removed_days) x
            GROUP BY x.instrument_id
        ) m
        JOIN report_positions p ON p.instrument_id = m.instrument_id
        UNION ALL
        SELECT r.account_id, c.first_day
        FROM unnest(changed_envs, changed_from) AS c (env, first_day)
        JOIN accounts a ON a.env = c.env
        JOIN report_accounts r ON r.account_id = a.id
        WHERE r.first_date IS NOT NULL
    ) marked
    GROUP BY marked.account_id
    ORDER BY marked.account_id
    ON CONFLICT (account_id) DO UPDATE SET value_from = least(d.value_from, EXCLUDED.value_from);
END
$$;

CREATE FUNCTION report_prices_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added_instruments bigint[];
    added_days date[];
    removed_instruments bigint[];
    removed_days date[];
BEGIN
    PERFORM report_lock();
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM trading_days;
        PERFORM report_mark_all(NULL, '-infinity');
        RETURN NULL;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        SELECT array_agg(instrument_id), array_agg(trade_date)
        INTO added_instruments, added_days FROM changed_rows;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        SELECT array_agg(instrument_id), array_agg(trade_date)
        INTO removed_instruments, removed_days FROM removed_rows;
    END IF;
    PERFORM report_prices_moved(added_instruments, added_days, removed_instruments, removed_days);
    RETURN NULL;
END
$$;

-- Named to fire before latest_prices_* (triggers fire in name order): every writer then
-- takes this lock before latest_prices' own, whatever it writes first, so that two writers
-- never wait for each other's second lock.
CREATE TRIGGER daily_valuations_on_insert AFTER INSERT ON daily_prices
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_prices_changed();
CREATE TRIGGER daily_valuations_on_update AFTER UPDATE ON daily_prices
    REFERENCING OLD TABLE AS removed_rows NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_prices_changed();
CREATE TRIGGER daily_valuations_on_delete AFTER DELETE ON daily_prices
    REFERENCING OLD TABLE AS removed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION report_prices_changed();
CREATE TRIGGER daily_valuations_on_truncate AFTER TRUNCATE ON daily_prices
    FOR EACH STATEMENT EXECUTE FUNCTION report_prices_changed();

-- The data already there: its trading days, and every account rebuilt at this commit.
INSERT INTO trading_days (env, trade_date, prices)
SELECT i.env, d.trade_date, count(*)
FROM daily_prices d JOIN instruments i ON i.id = d.instrument_id
GROUP BY i.env, d.trade_date;
SELECT report_mark(array_agg(id), '-infinity', NULL) FROM accounts;
