-- The realtime feed (CONTRACT.md "Realtime feed"): approval keys, the events table that is the
-- bus between writers and every API process, and the registry of open websocket connections.
--
-- Events are written by triggers in the same transaction as the change they report, whoever
-- writes it (loader, demo, Kiwoom sync, a test, psql). A stream is (env, tr_id, tr_key):
-- ('real', 'transactions', account_no), ('real', 'balance', account_no), ('mock', 'prices',
-- code), ... Its `seq` is counted in realtime_streams: the writer of a stream upserts the
-- stream's row, which holds that row's lock until its commit, so two writers of one stream take
-- turns and the stream's seqs are gap-free and committed in order (a reader that has seen seq N
-- has seen everything below it). Writers of other streams never wait for each other.
-- Each statement then NOTIFYs `realtime` with the heads of the streams it wrote ("env tr_id
-- tr_key seq" lines); the notification arrives after the commit, at every listening process.

-- Approval keys (POST /asset-erp/v1/get-approval): checked when a websocket connection starts.
-- Only the keyed hash is stored, as for tokens.
CREATE TABLE approval_keys (
    id          bigserial PRIMARY KEY,
    key_hash    bytea NOT NULL UNIQUE,
    key_id      bigint NOT NULL REFERENCES api_keys (id),
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    client_ip   inet
);
CREATE INDEX approval_keys_key ON approval_keys (key_id);
CREATE INDEX approval_keys_expires ON approval_keys (expires_at);

CREATE TABLE realtime_streams (
    env       text NOT NULL,
    tr_id     text NOT NULL,
    tr_key    text NOT NULL,
    last_seq  bigint NOT NULL,
    PRIMARY KEY (env, tr_id, tr_key)
);

-- Append-only: rows are only ever inserted, and deleted in bulk past the retention.
-- `body` is json, not jsonb, so the fields keep the order of the REST endpoint's rows.
CREATE TABLE realtime_events (
    env         text NOT NULL,
    tr_id       text NOT NULL,
    tr_key      text NOT NULL,
    seq         bigint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    body        json NOT NULL,
    PRIMARY KEY (env, tr_id, tr_key, seq)
);
-- Rows arrive in time order, so a BRIN index finds the expired ones for next to nothing.
CREATE INDEX realtime_events_created ON realtime_events USING brin (created_at);

CREATE FUNCTION realtime_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'realtime_events is append-only';
END
$$;
CREATE TRIGGER realtime_events_append_only BEFORE UPDATE ON realtime_events
    FOR EACH ROW EXECUTE FUNCTION realtime_events_are_append_only();

-- The fields of the REST endpoints' rows, defined once here and read by both the endpoints'
-- statements (data/sql/*.sql) and the triggers below, so that an event carries exactly the
-- fields and values of the REST row it reports. Plain SQL functions that the planner inlines
-- into the statements that call them: the plans of the endpoints are those of the same SQL
-- written out in place.

-- A percentage with two decimals, rounded half away from zero, as text ("12.34", "-3.10");
-- "0.00" when the base is zero.
CREATE FUNCTION percent_of(part numeric, whole numeric) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(round(part * 100.0 / NULLIF(whole, 0), 2), 0.00)::text
$$;

-- The change of a close against the previous trading day's (none: 0 and "0.00").
CREATE FUNCTION price_change(close bigint, previous_close bigint)
RETURNS TABLE (change bigint, change_rate text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(close - previous_close, 0), percent_of(close - previous_close, previous_close)
$$;

-- One row of GET .../transactions (TransactionsTransactionsItem): transaction `t`, with the
-- code and name of its instrument `i` (NULL for a cash movement).
-- The transaction number integrators see: TX, the trade date, and the row id in at least six
-- digits (transactions, realized-pnl and the realtime events all show this one).
CREATE FUNCTION transaction_no(trade_date date, id bigint) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT 'TX' || to_char(trade_date, 'YYYYMMDD') || lpad(id::text, greatest(6, length(id::text)), '0')
$$;

CREATE FUNCTION transaction_item(t transactions, i instruments)
RETURNS TABLE (transaction_id text, trade_date text, trade_time text, kind text, code text,
               name text, quantity bigint, price bigint, amount bigint, fee bigint, tax bigint,
               settlement_amount bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT transaction_no(t.trade_date, t.id),
           to_char(t.trade_date, 'YYYYMMDD'),
           to_char(t.trade_time, 'HH24MISS'),
           t.kind, i.code, i.name, t.quantity, t.price, t.amount, t.fee, t.tax,
           t.settlement_amount
$$;

-- The holdings of an account as GET .../balance values them: BalanceHoldingsItem's fields
-- up to the weight (a share of the account's total, which the caller has), then the
-- instrument's id and the date of the close it is valued at. A position is valued at its
-- instrument's latest close (latest_prices, migration 0005), or at what was paid for it while
-- it has no price yet; the average price is cut to the won.
CREATE FUNCTION balance_holdings(account bigint)
RETURNS TABLE (code text, name text, quantity bigint, avg_purchase_price bigint,
               purchase_amount bigint, current_price bigint, evaluation_amount bigint,
               profit_loss bigint, profit_loss_rate text, instrument_id bigint, price_date date)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT i.code, i.name, h.quantity, h.purchase_amount / h.quantity, h.purchase_amount,
           c.current_price, v.evaluation_amount, v.evaluation_amount - h.purchase_amount,
           percent_of(v.evaluation_amount - h.purchase_amount, h.purchase_amount),
           h.instrument_id, p.trade_date
    FROM holdings h
    JOIN instruments i ON i.id = h.instrument_id
    LEFT JOIN latest_prices p ON p.instrument_id = h.instrument_id
    CROSS JOIN LATERAL (
        SELECT COALESCE(p.close, h.purchase_amount / h.quantity) AS current_price
    ) c
    CROSS JOIN LATERAL (SELECT h.quantity * c.current_price AS evaluation_amount) v
    WHERE h.account_id = account
$$;

-- The summary of GET .../balance (BalanceResponse's fields before the holdings) of an account
-- in environment `account_env`, from the totals of its holdings (balance_holdings). Without
-- holdings, price_date is the environment's latest trading day, and without any price at all
-- today in Korea.
CREATE FUNCTION balance_summary(account bigint, account_env text, purchased bigint,
                                evaluated bigint, priced_on date)
RETURNS TABLE (price_date text, deposit bigint, total_purchase_amount bigint,
               total_evaluation_amount bigint, total_profit_loss bigint,
               total_profit_loss_rate text, estimated_assets bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT to_char(COALESCE(priced_on, (
               SELECT max(latest.trade_date)
               FROM latest_prices latest
               JOIN instruments i ON i.id = latest.instrument_id
               WHERE i.env = account_env
           ), (now() AT TIME ZONE 'Asia/Seoul')::date), 'YYYYMMDD'),
           COALESCE(c.deposit, 0), purchased, evaluated, evaluated - purchased,
           percent_of(evaluated - purchased, purchased), COALESCE(c.deposit, 0) + evaluated
    FROM (SELECT account AS id) a
    LEFT JOIN cash_balances c ON c.account_id = a.id
$$;

-- Advance the streams of (envs[i], tr_id, keys[i]) by counts[i] events; returns each stream's
-- new last seq. Sorted, so two bulk writers lock the streams they share in one order.
CREATE FUNCTION realtime_advance(tr text, envs text[], keys text[], counts bigint[])
RETURNS TABLE (env text, tr_key text, last_seq bigint) LANGUAGE sql AS $$
    INSERT INTO realtime_streams AS s (env, tr_id, tr_key, last_seq)
    SELECT e, tr, k, c FROM unnest(envs, keys, counts) AS u (e, k, c) ORDER BY e, k
    ON CONFLICT (env, tr_id, tr_key) DO UPDATE SET last_seq = s.last_seq + EXCLUDED.last_seq
    RETURNING s.env, s.tr_key, s.last_seq
$$;

-- NOTIFY the heads of the streams a statement wrote, in payloads under PostgreSQL's 8000 bytes.
CREATE FUNCTION realtime_notify(tr text, envs text[], keys text[], seqs bigint[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('realtime', string_agg(line, E'\n'))
    FROM (
        SELECT e || ' ' || tr || ' ' || k || ' ' || s AS line,
               (row_number() OVER ()) / 100 AS chunk
        FROM unnest(envs, keys, seqs) AS u (e, k, s)
    ) lines
    GROUP BY chunk;
END
$$;

-- transactions → stream `transactions` of the account: each new row, with the fields of
-- GET .../transactions (transaction_item, which data/sql/transactions.sql reads too).
CREATE FUNCTION realtime_transaction_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    envs text[];
    keys text[];
    counts bigint[];
    seqs bigint[];
BEGIN
    SELECT array_agg(a.env), array_agg(a.account_no), array_agg(n) INTO envs, keys, counts
    FROM (SELECT account_id, count(*) AS n FROM new_rows GROUP BY account_id) t
    JOIN accounts a ON a.id = t.account_id;
    IF keys IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(h.env), array_agg(h.tr_key), array_agg(h.last_seq) INTO envs, keys, seqs
    FROM realtime_advance('transactions', envs, keys, counts) h;
    INSERT INTO realtime_events (env, tr_id, tr_key, seq, body)
    SELECT a.env, 'transactions', a.account_no,
           head.seq - count(*) OVER (PARTITION BY a.id)
               + row_number() OVER (PARTITION BY a.id ORDER BY t.trade_date, t.trade_time, t.id),
           row_to_json(item)
    FROM new_rows t
    JOIN accounts a ON a.id = t.account_id
    LEFT JOIN instruments i ON i.id = t.instrument_id
    CROSS JOIN LATERAL transaction_item(t, i) item
    JOIN unnest(envs, keys, seqs) AS head (env, account_no, seq)
        ON head.env = a.env AND head.account_no = a.account_no;
    PERFORM realtime_notify('transactions', envs, keys, seqs);
    RETURN NULL;
END
$$;

CREATE TRIGGER realtime_transactions_on_insert AFTER INSERT ON transactions
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_transaction_events();

-- daily_prices → stream `prices` of the instrument: each new or changed row, with the fields of
-- GET .../daily-prices (as data/sql/daily_prices.sql renders them, with price_change). The
-- change is against the previous trading day's close in daily_prices, which already holds the
-- statement's rows: one backward step on its primary key per row, whatever the statement's
-- size and shape (a join with the transition table, whose size the planner cannot know, may
-- go quadratic).
CREATE FUNCTION realtime_price_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    envs text[];
    keys text[];
    counts bigint[];
    seqs bigint[];
BEGIN
    SELECT array_agg(i.env), array_agg(i.code), array_agg(n) INTO envs, keys, counts
    FROM (SELECT instrument_id, count(*) AS n FROM new_rows GROUP BY instrument_id) p
    JOIN instruments i ON i.id = p.instrument_id;
    IF keys IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(h.env), array_agg(h.tr_key), array_agg(h.last_seq) INTO envs, keys, seqs
    FROM realtime_advance('prices', envs, keys, counts) h;
    INSERT INTO realtime_events (env, tr_id, tr_key, seq, body)
    SELECT i.env, 'prices', i.code,
           head.seq - count(*) OVER (PARTITION BY i.id)
               + row_number() OVER (PARTITION BY i.id ORDER BY d.trade_date),
           row_to_json(item)
    FROM new_rows d
    JOIN instruments i ON i.id = d.instrument_id
    LEFT JOIN LATERAL (
        SELECT b.close AS previous_close FROM daily_prices b
        WHERE b.instrument_id = d.instrument_id AND b.trade_date < d.trade_date
        ORDER BY b.trade_date DESC
        LIMIT 1
    ) b ON true
    CROSS JOIN LATERAL (
        SELECT to_char(d.trade_date, 'YYYYMMDD') AS date, d.open, d.high, d.low, d.close,
               d.volume, d.trading_value, c.change, c.change_rate
        FROM price_change(d.close, b.previous_close) c
    ) item
    JOIN unnest(envs, keys, seqs) AS head (env, code, seq)
        ON head.env = i.env AND head.code = i.code;
    PERFORM realtime_notify('prices', envs, keys, seqs);
    RETURN NULL;
END
$$;

CREATE TRIGGER realtime_prices_on_insert AFTER INSERT ON daily_prices
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_price_events();
CREATE TRIGGER realtime_prices_on_update AFTER UPDATE ON daily_prices
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_price_events();

-- holdings and cash_balances → stream `balance` of the account: the account's summary and the
-- holdings that changed, once per transaction, after all of its statements. A loader replaces
-- an account's holdings by a DELETE and a COPY; an event per statement would show the account
-- empty in between. So the statements only note the state each (account, instrument) had
-- before the transaction (the first note wins; instrument 0 stands for the cash), and a
-- deferred trigger on the notes, at commit, compares that with the state now: an account
-- whose positions and cash end as they began gets no event.
CREATE TABLE realtime_balance_notes (
    account_id       bigint NOT NULL,
    instrument_id    bigint NOT NULL,          -- 0: the cash balance
    quantity         bigint,                   -- before the transaction; NULL: no row
    purchase_amount  bigint,
    deposit          bigint,
    PRIMARY KEY (account_id, instrument_id)
);

CREATE FUNCTION realtime_note_holdings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO realtime_balance_notes (account_id, instrument_id, quantity, purchase_amount)
        SELECT account_id, instrument_id, quantity, purchase_amount FROM old_rows
        ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO realtime_balance_notes (account_id, instrument_id)
        SELECT account_id, instrument_id FROM new_rows
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION realtime_note_cash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO realtime_balance_notes (account_id, instrument_id, deposit)
        SELECT account_id, 0, deposit FROM old_rows
        ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO realtime_balance_notes (account_id, instrument_id)
        SELECT account_id, 0 FROM new_rows
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER realtime_holdings_on_insert AFTER INSERT ON holdings
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_note_holdings();
CREATE TRIGGER realtime_holdings_on_update AFTER UPDATE ON holdings
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_note_holdings();
CREATE TRIGGER realtime_holdings_on_delete AFTER DELETE ON holdings
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_note_holdings();
CREATE TRIGGER realtime_cash_on_insert AFTER INSERT ON cash_balances
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_note_cash();
CREATE TRIGGER realtime_cash_on_update AFTER UPDATE ON cash_balances
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_note_cash();
CREATE TRIGGER realtime_cash_on_delete AFTER DELETE ON cash_balances
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION realtime_note_cash();

-- The balance event of one account: the summary of GET .../balance and its holdings rows for
-- the instruments in `changed` (a position that is gone: quantity 0 and zero amounts), from
-- balance_holdings and balance_summary, which data/sql/balance.sql reads too.
CREATE FUNCTION realtime_balance_body(account bigint, changed bigint[]) RETURNS json
LANGUAGE sql STABLE AS $$
    WITH holding AS (
        SELECT * FROM balance_holdings(account)
    ),
    total AS (
        SELECT COALESCE(sum(purchase_amount), 0)::bigint AS purchase_amount,
               COALESCE(sum(evaluation_amount), 0)::bigint AS evaluation_amount,
               max(price_date) AS price_date
        FROM holding
    ),
    changed_holding AS (
        SELECT h.code, h.name, h.quantity, h.avg_purchase_price, h.purchase_amount,
               h.current_price, h.evaluation_amount, h.profit_loss, h.profit_loss_rate,
               percent_of(h.evaluation_amount, t.evaluation_amount) AS weight
        FROM holding h
        CROSS JOIN total t
        WHERE h.instrument_id = ANY (changed)
        UNION ALL
        SELECT i.code, i.name, 0, 0, 0, COALESCE(p.close, 0), 0, 0, '0.00', '0.00'
        FROM unnest(changed) AS gone (instrument_id)
        JOIN instruments i ON i.id = gone.instrument_id
        LEFT JOIN latest_prices p ON p.instrument_id = gone.instrument_id
        WHERE NOT EXISTS (SELECT 1 FROM holding h WHERE h.instrument_id = gone.instrument_id)
    )
    -- The summary's fields, then the holdings (as balance.sql splices them in).
    SELECT (rtrim(row_to_json(s)::text, '}') || ',"holdings":[' || COALESCE((
               SELECT string_agg(row_to_json(h)::text, ',' ORDER BY h.evaluation_amount DESC, h.code)
               FROM changed_holding h
           ), '') || ']}')::json
    FROM accounts a
    CROSS JOIN total t
    CROSS JOIN LATERAL balance_summary(a.id, a.env, t.purchase_amount, t.evaluation_amount,
                                       t.price_date) s
    WHERE a.id = account
$$;

-- At commit, once per account (the first of its notes; the others find them gone).
CREATE FUNCTION realtime_balance_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    account record;
    changed bigint[];
    cash_changed boolean;
    head bigint;
BEGIN
    WITH taken AS (
        DELETE FROM realtime_balance_notes WHERE account_id = NEW.account_id RETURNING *
    )
    SELECT array_agg(n.instrument_id) FILTER (
               WHERE n.instrument_id <> 0
                 AND (n.quantity, n.purchase_amount) IS DISTINCT FROM (h.quantity, h.purchase_amount)),
           bool_or(n.instrument_id = 0 AND n.deposit IS DISTINCT FROM c.deposit)
    INTO changed, cash_changed
    FROM taken n
    LEFT JOIN holdings h ON h.account_id = n.account_id AND h.instrument_id = n.instrument_id
    LEFT JOIN cash_balances c ON c.account_id = n.account_id AND n.instrument_id = 0;
    IF changed IS NULL AND NOT COALESCE(cash_changed, false) THEN
        RETURN NULL;  -- ended as it began, or another note of the account came first
    END IF;
    SELECT a.env, a.account_no INTO account FROM accounts a WHERE a.id = NEW.account_id;
    IF NOT FOUND THEN
        RETURN NULL;  -- the account itself was deleted
    END IF;
    SELECT h.last_seq INTO head
    FROM realtime_advance('balance', ARRAY[account.env], ARRAY[account.account_no], ARRAY[1::bigint]) h;
    INSERT INTO realtime_events (env, tr_id, tr_key, seq, body)
    VALUES (account.env, 'balance', account.account_no, head,
            realtime_balance_body(NEW.account_id, COALESCE(changed, '{}')));
    PERFORM realtime_notify('balance', ARRAY[account.env], ARRAY[account.account_no], ARRAY[head]);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER realtime_balance_at_commit AFTER INSERT ON realtime_balance_notes
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION realtime_balance_event();

-- The open websocket connections of every API process, for the admin screens. Each process
-- beats its row every few seconds; connections of a process whose beat is older than the
-- staleness bound (a process that died) are not counted, and housekeeping deletes them.
CREATE TABLE realtime_processes (
    id         uuid PRIMARY KEY,
    host       text NOT NULL,
    pid        integer NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now(),
    beat_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE realtime_connections (
    id          uuid PRIMARY KEY,
    process_id  uuid NOT NULL REFERENCES realtime_processes (id) ON DELETE CASCADE,
    key_id      bigint NOT NULL REFERENCES api_keys (id),
    client_ip   inet,
    opened_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX realtime_connections_key ON realtime_connections (key_id);
CREATE INDEX realtime_connections_process ON realtime_connections (process_id);

-- The connections that are open now: those of processes that beat in the last 15 seconds
-- (they beat every 2 s; a process that died stops counting within the bound).
CREATE VIEW realtime_open_connections AS
SELECT c.*
FROM realtime_connections c
JOIN realtime_processes p ON p.id = c.process_id
WHERE p.beat_at > now() - interval '15 seconds';
